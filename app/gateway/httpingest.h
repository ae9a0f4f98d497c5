// The HTTP face of the gateway, on libmicrohttpd: OsmAnd position reports (GET query, POST
// form, Traccar Client's JSON) on any path but /aml..., AML from an SMS gateway on /aml/sms and
// the AML HTTPS form on /aml, and /health. A position request is held (the connection
// suspended) until its batch is committed, then answered 200; malformed input 400 with the
// reason; an unknown device 404 (logged for an admin); a wrong token 401; a database that
// cannot be reached 503. libmicrohttpd keeps the limits: connections, idle time, header size.
#pragma once

#include "avl/devicedirectory.h"
#include "avl/fixchecker.h"
#include "avl/positionwriter.h"
#include "avl/serverclock.h"

#include <QHostAddress>
#include <QMutex>
#include <atomic>
#include <cstdarg>
#include <sys/socket.h>

#include <microhttpd.h>

namespace pela::gateway {

struct HttpIngestOptions
{
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 5055;
    QByteArray tlsCertificate; // PEM; empty: plain HTTP
    QByteArray tlsKey;
    QString amlToken;
    int threads = 2;
    // false (--no-store): answer a report as soon as it is read and checked, storing nothing:
    // the benchmark's HTTP floor.
    bool store = true;
    unsigned connectionLimit = 4000;
    unsigned idleTimeoutSeconds = 120;
};

// Counters for the log, updated from the HTTP threads.
struct HttpCounters
{
    std::atomic<qint64> requests{0}, stored{0}, badRequests{0}, unknownDevices{0}, wrongTokens{0},
        duplicates{0}, unavailable{0}, handset{0};
};

class HttpIngest
{
public:
    HttpIngest(HttpIngestOptions options, core::DeviceDirectory &directory,
               core::FixChecker &checker, core::ServerClock &clock, core::PositionWriter &writer);
    ~HttpIngest();

    // Starts listening; on failure *error says why.
    bool start(QString *error);
    quint16 port() const;
    // Stops accepting new connections (the ones open are still answered).
    void quiesce();
    void stop();
    const HttpCounters &counters() const { return m_counters; }

    struct Request;

private:
    static MHD_Result accessHandler(void *self, MHD_Connection *connection, const char *url,
                                    const char *method, const char *version, const char *uploadData,
                                    size_t *uploadDataSize, void **requestState);
    static void completed(void *self, MHD_Connection *connection, void **requestState,
                          MHD_RequestTerminationCode reason);
    MHD_Result handle(MHD_Connection *connection, Request &request);
    MHD_Result handleOsmAnd(MHD_Connection *connection, Request &request);
    MHD_Result handleAml(MHD_Connection *connection, Request &request, bool sms);
    MHD_Result respond(MHD_Connection *connection, unsigned status, const QByteArray &body);
    void logUnknownDevice(const QString &deviceId, const QString &peer);

    HttpIngestOptions m_options;
    core::DeviceDirectory &m_directory;
    core::FixChecker &m_checker;
    core::ServerClock &m_clock;
    core::PositionWriter &m_writer;
    MHD_Daemon *m_daemon = nullptr;
    HttpCounters m_counters;
    QMutex m_unknownMutex;
    QHash<QString, qint64> m_unknownLoggedAt; // device id -> ms, to log each once in a while
};

} // namespace pela::gateway
