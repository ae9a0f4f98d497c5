// pela-gateway as a test meets it: the real program started on free ports with a pela_avl
// login, and HTTP spoken to it byte for byte as devices speak it (keep-alive included).
#pragma once

#include "db/pgconnection.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <memory>

namespace pela::test {

// The pela-gateway built with these tests (CTest passes its path in PELA_GATEWAY).
QString pelaGatewayPath();

class GatewayProcess
{
public:
    // Starts pela-gateway --db conninfo (none when empty: the embedded default) on 127.0.0.1
    // with free ports (HTTP, NMEA and any --nmea-device-port in extra) and waits until it is
    // ready, or has exited (exitCode() then says how).
    explicit GatewayProcess(
        const QString &conninfo, const QStringList &extra = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~GatewayProcess();

    bool isReady() const { return m_ready; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 nmeaPort() const { return m_nmeaPort; }
    quint16 devicePort(const QString &deviceId) const { return m_devicePorts.value(deviceId); }
    // What it printed on stderr so far.
    QString log();
    // SIGTERM and wait; its exit code.
    int stop();
    // SIGKILL: a crash, nothing flushed.
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // The exit code once it has exited by itself (-1 when it crashed).
    int exitCode() const;

private:
    QTemporaryDir m_config; // an empty settings folder: no [gateway] section of the user's
    QProcess m_process;
    QString m_log;
    bool m_ready = false;
    quint16 m_httpPort = 0;
    quint16 m_nmeaPort = 0;
    QHash<QString, quint16> m_devicePorts;
};

struct HttpReply
{
    int status = 0; // 0: no answer (connection closed or timed out)
    QByteArray body;
};

// One keep-alive connection, requests one after the other.
class HttpConnection
{
public:
    explicit HttpConnection(quint16 port);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    HttpReply send(const QByteArray &request, int timeoutMs = 15000);
    // Writes without waiting for the answer (pipelines, floods); read it with receive().
    void write(const QByteArray &bytes);
    HttpReply receive(int timeoutMs = 15000);

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// A GET of the OsmAnd query (already encoded), with the headers Traccar Client's HTTP library
// sends.
QByteArray osmandGet(const QByteArray &query);
QByteArray post(const QByteArray &path, const QByteArray &contentType, const QByteArray &body);

// One request on its own connection.
HttpReply request(quint16 port, const QByteArray &bytes, int timeoutMs = 15000);

// Registers a device for a unit (as the database's owner); token empty: none.
void registerDevice(core::PgConnection &owner, const QString &deviceId, const QString &callSign,
                    const QString &token = {});
qint64 countOf(core::PgConnection &db, const char *sql, const core::SqlParams &params = {});

} // namespace pela::test
