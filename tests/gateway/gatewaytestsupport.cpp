#include "gatewaytestsupport.h"

#include "avl/deviceregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace pela::test {

using namespace pela::core;

QString pelaGatewayPath()
{
    const QString path = qEnvironmentVariable("PELA_GATEWAY");
    return path.isEmpty() ? QStringLiteral("pela-gateway") : path;
}

GatewayProcess::GatewayProcess(const QString &conninfo, const QStringList &extra,
                               const QProcessEnvironment &given)
{
    QProcessEnvironment environment = given;
    if (!environment.contains(QStringLiteral("XDG_CONFIG_HOME")))
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.remove(QStringLiteral("PELA_DATABASE_URL"));
    m_process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1"),
                          QStringLiteral("--http-port"), QStringLiteral("0"),
                          QStringLiteral("--nmea-port"), QStringLiteral("0")};
    if (!conninfo.isEmpty())
        arguments << QStringLiteral("--db") << conninfo;
    m_process.start(pelaGatewayPath(), arguments + extra);
    if (!m_process.waitForStarted(10000))
        FAIL("pela-gateway did not start: " << m_process.errorString().toStdString());
    // "listening http 127.0.0.1:PORT", "listening nmea ...", "listening nmea-device ... ID",
    // then "ready".
    static const QRegularExpression listening(
        QStringLiteral("^listening (\\S+) [^ ]*:(\\d+)(?: (\\S+))?$"));
    QElapsedTimer waited;
    waited.start();
    while (!m_ready && waited.elapsed() < 20000 && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(500))
            continue;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("ready"))) {
                m_ready = true;
                break;
            }
            const QRegularExpressionMatch match = listening.match(line);
            if (!match.hasMatch())
                continue;
            const quint16 port = quint16(match.captured(2).toUInt());
            if (match.captured(1) == QLatin1String("http") ||
                match.captured(1) == QLatin1String("https"))
                m_httpPort = port;
            else if (match.captured(1) == QLatin1String("nmea"))
                m_nmeaPort = port;
            else
                m_devicePorts.insert(match.captured(3), port);
        }
    }
    if (!m_ready)
        m_process.waitForFinished(5000);
    m_log += QString::fromUtf8(m_process.readAllStandardError());
}

GatewayProcess::~GatewayProcess()
{
    if (isRunning())
        stop();
}

QString GatewayProcess::log()
{
    // QProcess reads its pipes from the event loop.
    QCoreApplication::processEvents();
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

int GatewayProcess::stop()
{
    if (!isRunning())
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int GatewayProcess::exitCode() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void GatewayProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
    log();
}

HttpConnection::HttpConnection(quint16 port)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    m_socket.waitForConnected(10000);
}

void HttpConnection::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

HttpReply HttpConnection::send(const QByteArray &request, int timeoutMs)
{
    write(request);
    return receive(timeoutMs);
}

HttpReply HttpConnection::receive(int timeoutMs)
{
    HttpReply reply;
    QElapsedTimer waited;
    waited.start();
    // The test's own reading of an answer: status line, Content-Length, the body.
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = m_buffer.left(end);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> status = lines.value(0).split(' ');
            qsizetype length = 0;
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (m_buffer.size() >= end + 4 + length) {
                reply.status = status.value(1).toInt();
                reply.body = m_buffer.mid(end + 4, length);
                m_buffer.remove(0, end + 4 + length);
                return reply;
            }
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0 || m_socket.state() != QAbstractSocket::ConnectedState)
            return reply;
        if (m_socket.bytesAvailable() == 0 &&
            !m_socket.waitForReadyRead(int(std::min<qint64>(left, 1000))))
            continue;
        m_buffer += m_socket.readAll();
    }
}

QByteArray osmandGet(const QByteArray &query)
{
    return "GET /?" + query +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Keep-Alive\r\n"
           "Accept-Encoding: gzip\r\nUser-Agent: okhttp/4.12.0\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &contentType, const QByteArray &body)
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: okhttp/4.12.0\r\n"
           "Content-Type: " +
           contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}

HttpReply request(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    HttpConnection connection(port);
    return connection.send(bytes, timeoutMs);
}

void registerDevice(PgConnection &owner, const QString &deviceId, const QString &callSign,
                    const QString &token)
{
    DeviceRegistry registry(owner);
    const CommandResult added = registry.add(deviceId, callSign, token);
    if (!added.ok())
        FAIL("registering " << deviceId.toStdString()
                            << " failed: " << added.message.toStdString());
}

qint64 countOf(PgConnection &db, const char *sql, const SqlParams &params)
{
    const PgResult result = db.exec(sql, params);
    if (!result.ok())
        FAIL(sql << ": " << result.error().fullText().toStdString());
    return result.toInt(0, result.columnName(0).toUtf8().constData());
}

} // namespace pela::test
