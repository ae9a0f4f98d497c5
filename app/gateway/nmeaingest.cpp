#include "nmeaingest.h"

#include "avl/nmeastream.h"
#include "domain/inputrules.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace pela::gateway {

Q_LOGGING_CATEGORY(lcNmea, "pela.gateway.nmea")

using namespace pela::core;

NmeaIngest::NmeaIngest(DeviceDirectory &directory, FixChecker &checker, ServerClock &clock,
                       PositionWriter &writer, QObject *parent)
    : QObject(parent), m_directory(directory), m_checker(checker), m_clock(clock), m_writer(writer)
{
}

NmeaIngest::~NmeaIngest() = default;

quint16 NmeaIngest::listen(const QHostAddress &address, quint16 port, const QString &deviceId,
                           QString *error)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen for NMEA on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    connect(server, &QTcpServer::newConnection, this,
            [this, server, deviceId] { accept(server, deviceId); });
    m_servers.append(server);
    return server->serverPort();
}

void NmeaIngest::close()
{
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
}

void NmeaIngest::accept(QTcpServer *server, const QString &deviceId)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            qCWarning(lcNmea) << "too many NMEA connections; refusing one from"
                              << socket->peerAddress().toString();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket, deviceId);
    }
}

void NmeaIngest::serve(QTcpSocket *socket, const QString &deviceId)
{
    ++m_connections;
    const QString peer = socket->peerAddress().toString();
    auto *stream = new NmeaStream(deviceId, socket);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(IdleSeconds * 1000);
    idle->start();
    // The unit this connection reports for, once the device is known.
    auto unitId = std::make_shared<qint64>(0);
    auto accepted = [this, socket, peer, unitId](const QString &id, const QString &token,
                                                 bool lookedUp) {
        const DeviceDirectory::Match match = m_directory.find(id, token);
        if (match.result == DeviceDirectory::Result::Unknown && !lookedUp)
            return false; // the caller reads the devices again, then asks once more
        if (match.result != DeviceDirectory::Result::Known) {
            qCWarning(lcNmea).noquote()
                << (match.result == DeviceDirectory::Result::Unknown
                        ? QStringLiteral("unknown device %1 (from %2) connected; register it with: "
                                         "pela-admin device add %1 UNIT")
                        : QStringLiteral("device %1 (from %2) gave a wrong or no token"))
                       .arg(InputRules::printable(id), peer);
            socket->disconnectFromHost();
            return false;
        }
        *unitId = match.unitId;
        return true;
    };
    // A device not known yet may have been registered a moment ago: read the devices again
    // (on the writer's thread), then decide here, if the connection is still there.
    auto identify = [this, socket, accepted](const QString &id, const QString &token) {
        if (accepted(id, token, false))
            return;
        QPointer<QTcpSocket> alive(socket);
        m_writer.afterDeviceReload([this, alive, accepted, id, token] {
            QMetaObject::invokeMethod(
                this,
                [alive, accepted, id, token] {
                    if (alive)
                        accepted(id, token, true);
                },
                Qt::QueuedConnection);
        });
    };
    if (!deviceId.isEmpty())
        identify(deviceId, {});
    connect(stream, &NmeaStream::identified, socket, identify);
    connect(stream, &NmeaStream::failed, socket, [socket, peer](const QString &reason) {
        qCWarning(lcNmea).noquote() << "closing the NMEA connection from" << peer << ":" << reason;
        socket->disconnectFromHost();
    });
    connect(stream, &NmeaStream::fixReceived, socket, [this, unitId](const AvlFix &fix) {
        if (*unitId == 0)
            return;
        const FixCheck check = m_checker.check(fix, m_clock.now());
        if (check.verdict == FixCheck::Verdict::Refused) {
            qCInfo(lcNmea).noquote() << "fix of" << fix.deviceId << "refused:" << check.reason;
            return;
        }
        if (check.verdict != FixCheck::Verdict::Store)
            return;
        PositionWrite write;
        write.fix = fix;
        write.unitId = *unitId;
        write.check = check;
        m_writer.submit(std::move(write));
    });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, stream, idle] {
        idle->start();
        // Read in pieces: a device flooding the connection cannot grow a buffer here.
        while (socket->bytesAvailable() > 0 && socket->state() == QAbstractSocket::ConnectedState)
            stream->feed(socket->read(4096));
    });
    connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_connections;
        socket->deleteLater();
    });
    socket->setReadBufferSize(64 * 1024);
}

} // namespace pela::gateway
