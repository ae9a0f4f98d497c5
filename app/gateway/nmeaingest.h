// NMEA 0183 over TCP: one connection per device, named by its first line or by the port it
// connects to (a port per device, for trackers that cannot send a name). Runs on the main
// thread's event loop; each connection's sentences are read by core's NmeaStream.
#pragma once

#include "avl/devicedirectory.h"
#include "avl/fixchecker.h"
#include "avl/positionwriter.h"
#include "avl/serverclock.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace pela::gateway {

class NmeaIngest : public QObject
{
    Q_OBJECT
public:
    // A connection silent this long is closed.
    static constexpr int IdleSeconds = 600;
    static constexpr int MaxConnections = 2000;

    NmeaIngest(core::DeviceDirectory &directory, core::FixChecker &checker,
               core::ServerClock &clock, core::PositionWriter &writer, QObject *parent = nullptr);
    ~NmeaIngest() override;

    // port: devices name themselves on their first line; deviceId set: the port is that
    // device's. Returns the port listened on, 0 on failure (*error says why).
    quint16 listen(const QHostAddress &address, quint16 port, const QString &deviceId,
                   QString *error);
    void close();

private:
    void accept(QTcpServer *server, const QString &deviceId);
    void serve(QTcpSocket *socket, const QString &deviceId);

    core::DeviceDirectory &m_directory;
    core::FixChecker &m_checker;
    core::ServerClock &m_clock;
    core::PositionWriter &m_writer;
    QList<QTcpServer *> m_servers;
    int m_connections = 0;
};

} // namespace pela::gateway
