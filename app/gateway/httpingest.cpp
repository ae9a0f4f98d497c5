#include "httpingest.h"

#include "avl/amlparser.h"
#include "avl/osmandparser.h"
#include "domain/inputrules.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <arpa/inet.h>
#include <netinet/in.h>

namespace pela::gateway {

Q_LOGGING_CATEGORY(lcHttp, "pela.gateway.http")

using namespace pela::core;

namespace {

// Largest body read: an OsmAnd JSON list of locations, an AML message with its form.
constexpr qsizetype MaxBodyBytes = 64 * 1024;

enum class Route
{
    OsmAnd,
    AmlSms,
    AmlHttps,
    Health,
};

} // namespace

// One request on its way: the body as it arrives, then, while suspended, its answer.
struct HttpIngest::Request
{
    Route route = Route::OsmAnd;
    bool post = false;
    bool tooLarge = false;
    QByteArray body;
    // Suspended: waiting for its batch (Writing) or for the devices to be read (LookingUp).
    enum class Stage
    {
        Reading,
        Writing,
        LookingUp,
    };
    Stage stage = Stage::Reading;
    bool lookedUp = false; // an unknown device waits for one reload of the devices, once
    // Set by the writer's callbacks before the connection is resumed.
    std::atomic<int> pending{0};
    QMutex answerMutex;
    unsigned status = 200;
    QByteArray answer;
    int storedCount = 0;
    QStringList refusals;
    bool unavailable = false;
};

HttpIngest::HttpIngest(HttpIngestOptions options, DeviceDirectory &directory, FixChecker &checker,
                       ServerClock &clock, PositionWriter &writer)
    : m_options(std::move(options)), m_directory(directory), m_checker(checker), m_clock(clock),
      m_writer(writer)
{
}

HttpIngest::~HttpIngest()
{
    stop();
}

namespace {

// Values are decoded by the parsers (percent escapes, '+'), not by libmicrohttpd, so that a
// query and a form body are read by the same rules.
size_t keepEscaped(void *, MHD_Connection *, char *text)
{
    return strlen(text);
}

void logFromLibrary(void *, const char *format, va_list arguments)
{
    char line[512];
    vsnprintf(line, sizeof line, format, arguments);
    qCWarning(lcHttp).noquote() << QString::fromUtf8(line).trimmed();
}

MHD_Result collectArgument(void *fields, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<FormFields *>(fields)->appendEncoded(QByteArrayView(key),
                                                     QByteArrayView(value ? value : ""));
    return MHD_YES;
}

QString peerOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return QStringLiteral("?");
    QHostAddress address(info->client_addr);
    return address.toString();
}

QByteArray header(MHD_Connection *connection, const char *name)
{
    const char *value = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name);
    return value ? QByteArray(value) : QByteArray();
}

// A token in "Authorization: Bearer T".
QString bearerToken(MHD_Connection *connection)
{
    const QByteArray authorization = header(connection, MHD_HTTP_HEADER_AUTHORIZATION).trimmed();
    if (authorization.toLower().startsWith("bearer "))
        return QString::fromUtf8(authorization.mid(7).trimmed());
    return {};
}

} // namespace

bool HttpIngest::start(QString *error)
{
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG;
    sockaddr_storage address{};
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol) {
        flags |= MHD_USE_IPv6;
        auto *six = reinterpret_cast<sockaddr_in6 *>(&address);
        six->sin6_family = AF_INET6;
        six->sin6_port = htons(m_options.port);
        const Q_IPV6ADDR bytes = m_options.address.toIPv6Address();
        memcpy(&six->sin6_addr, &bytes, sizeof bytes);
    } else {
        auto *four = reinterpret_cast<sockaddr_in *>(&address);
        four->sin_family = AF_INET;
        four->sin_port = htons(m_options.port);
        four->sin_addr.s_addr = htonl(m_options.address.toIPv4Address());
    }
    const bool tls = !m_options.tlsCertificate.isEmpty();
    if (tls)
        flags |= MHD_USE_TLS;
    m_options.tlsCertificate.append('\0');
    m_options.tlsKey.append('\0');
    std::vector<MHD_OptionItem> items = {
        {MHD_OPTION_EXTERNAL_LOGGER, reinterpret_cast<intptr_t>(&logFromLibrary), nullptr},
        {MHD_OPTION_SOCK_ADDR, 0, &address},
        {MHD_OPTION_THREAD_POOL_SIZE, m_options.threads, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, intptr_t(m_options.connectionLimit), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, intptr_t(m_options.idleTimeoutSeconds), nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&HttpIngest::completed), this},
        {MHD_OPTION_UNESCAPE_CALLBACK, reinterpret_cast<intptr_t>(&keepEscaped), nullptr},
    };
    if (tls) {
        items.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0,
                         const_cast<char *>(m_options.tlsCertificate.constData())});
        items.push_back(
            {MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(m_options.tlsKey.constData())});
    }
    items.push_back({MHD_OPTION_END, 0, nullptr});
    m_daemon = MHD_start_daemon(flags, m_options.port, nullptr, nullptr, &HttpIngest::accessHandler,
                                this, MHD_OPTION_ARRAY, items.data(), MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("cannot listen on %1 port %2 (in use, or not an address of this "
                                "machine%3)")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(tls ? QStringLiteral(", or the TLS certificate and key do not fit")
                              : QString());
        return false;
    }
    return true;
}

quint16 HttpIngest::port() const
{
    if (!m_daemon)
        return 0;
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : m_options.port;
}

void HttpIngest::quiesce()
{
    if (m_daemon)
        MHD_quiesce_daemon(m_daemon);
}

void HttpIngest::stop()
{
    if (m_daemon) {
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
    }
}

void HttpIngest::completed(void *, MHD_Connection *, void **requestState,
                           MHD_RequestTerminationCode)
{
    delete static_cast<Request *>(*requestState);
    *requestState = nullptr;
}

MHD_Result HttpIngest::accessHandler(void *self, MHD_Connection *connection, const char *url,
                                     const char *method, const char *, const char *uploadData,
                                     size_t *uploadDataSize, void **requestState)
{
    auto *ingest = static_cast<HttpIngest *>(self);
    auto *request = static_cast<Request *>(*requestState);
    if (!request) {
        // The headers are in: decide the route, then read the body (if any) as it comes.
        request = new Request;
        *requestState = request;
        const QByteArrayView path(url);
        if (path == "/health")
            request->route = Route::Health;
        else if (path == "/aml/sms" || path.startsWith("/aml/sms/"))
            request->route = Route::AmlSms;
        else if (path == "/aml" || path == "/aml/")
            request->route = Route::AmlHttps;
        request->post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
        if (!request->post && strcmp(method, MHD_HTTP_METHOD_GET) != 0 &&
            strcmp(method, MHD_HTTP_METHOD_HEAD) != 0) {
            request->tooLarge = false;
            request->status = MHD_HTTP_METHOD_NOT_ALLOWED;
        }
        return MHD_YES;
    }
    if (*uploadDataSize) {
        if (request->body.size() + qsizetype(*uploadDataSize) > MaxBodyBytes)
            request->tooLarge = true;
        else
            request->body.append(uploadData, qsizetype(*uploadDataSize));
        *uploadDataSize = 0;
        return MHD_YES;
    }
    if (request->stage == Request::Stage::Writing) {
        // Resumed: the writer has answered.
        QMutexLocker lock(&request->answerMutex);
        return ingest->respond(connection, request->status, request->answer);
    }
    if (request->stage == Request::Stage::LookingUp) {
        // Resumed: the devices were read again; the same request once more.
        request->stage = Request::Stage::Reading;
        return ingest->handle(connection, *request);
    }
    if (request->status == MHD_HTTP_METHOD_NOT_ALLOWED)
        return ingest->respond(connection, MHD_HTTP_METHOD_NOT_ALLOWED,
                               "only GET and POST are answered\n");
    if (request->tooLarge) {
        ++ingest->m_counters.badRequests;
        return ingest->respond(connection, MHD_HTTP_CONTENT_TOO_LARGE,
                               QByteArray("the body is larger than ") +
                                   QByteArray::number(MaxBodyBytes) + " bytes\n");
    }
    ++ingest->m_counters.requests;
    return ingest->handle(connection, *request);
}

MHD_Result HttpIngest::respond(MHD_Connection *connection, unsigned status, const QByteArray &body)
{
    MHD_Response *response = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");
    const MHD_Result queued = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return queued;
}

MHD_Result HttpIngest::handle(MHD_Connection *connection, Request &request)
{
    switch (request.route) {
    case Route::Health: {
        const bool connected = m_writer.isConnected();
        const QByteArray text = (connected ? QByteArray("ok: ") : QByteArray("no database: ")) +
                                QByteArray::number(m_directory.size()) + " devices\n";
        return respond(connection, connected ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, text);
    }
    case Route::AmlSms:
        return handleAml(connection, request, true);
    case Route::AmlHttps:
        return handleAml(connection, request, false);
    case Route::OsmAnd:
        break;
    }
    return handleOsmAnd(connection, request);
}

namespace {

// The worst outcome of a request's fixes decides its answer; called once per fix.
void settle(MHD_Connection *connection, HttpIngest::Request &request, const StoreResult &outcome,
            HttpCounters &counters)
{
    {
        QMutexLocker lock(&request.answerMutex);
        switch (outcome.outcome) {
        case StoreResult::Outcome::Stored:
            ++request.storedCount;
            ++counters.stored;
            break;
        case StoreResult::Outcome::Refused:
            request.refusals << outcome.reason;
            break;
        case StoreResult::Outcome::Unavailable:
            request.unavailable = true;
            break;
        }
    }
    if (request.pending.fetch_sub(1, std::memory_order_acq_rel) != 1)
        return;
    {
        QMutexLocker lock(&request.answerMutex);
        if (request.unavailable) {
            ++counters.unavailable;
            request.status = MHD_HTTP_SERVICE_UNAVAILABLE;
            request.answer = "not stored: the database cannot be reached; send it again\n";
        } else if (request.storedCount == 0 && !request.refusals.isEmpty()) {
            ++counters.badRequests;
            request.status = MHD_HTTP_BAD_REQUEST;
            request.answer = request.refusals.join(QLatin1Char('\n')).toUtf8() + '\n';
        } else {
            request.status = MHD_HTTP_OK;
            request.answer =
                request.refusals.isEmpty()
                    ? QByteArray("stored\n")
                    : "stored, except: " + request.refusals.join(QStringLiteral("; ")).toUtf8() +
                          '\n';
        }
    }
    // The last touch: after this the connection may answer and the request may be gone.
    MHD_resume_connection(connection);
}

} // namespace

MHD_Result HttpIngest::handleOsmAnd(MHD_Connection *connection, Request &request)
{
    FormFields query;
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &query);
    const QDateTime serverNow = m_clock.now();
    OsmAndParse parse = OsmAndParser::fromRequest(
        query, header(connection, MHD_HTTP_HEADER_CONTENT_TYPE), request.body, serverNow);
    if (!parse.ok()) {
        ++m_counters.badRequests;
        return respond(connection, MHD_HTTP_BAD_REQUEST, parse.error.toUtf8() + '\n');
    }
    const QString bearer = bearerToken(connection);
    std::vector<PositionWrite> writes;
    QStringList refusals;
    int acknowledged = 0;
    for (AvlReport &report : parse.reports) {
        const QString token = report.token.isEmpty() ? bearer : report.token;
        const DeviceDirectory::Match device = m_directory.find(report.fix.deviceId, token);
        if (device.result == DeviceDirectory::Result::Unknown && !request.lookedUp) {
            // Perhaps registered a moment ago: read the devices again, then look once more.
            request.lookedUp = true;
            request.stage = Request::Stage::LookingUp;
            MHD_suspend_connection(connection);
            m_writer.afterDeviceReload([connection] { MHD_resume_connection(connection); });
            return MHD_YES;
        }
        if (device.result == DeviceDirectory::Result::Unknown) {
            ++m_counters.unknownDevices;
            logUnknownDevice(report.fix.deviceId, peerOf(connection));
            return respond(connection, MHD_HTTP_NOT_FOUND,
                           QStringLiteral("unknown device %1: an administrator registers it with "
                                          "'pela-admin device add %1 UNIT'\n")
                               .arg(report.fix.deviceId)
                               .toUtf8());
        }
        if (device.result == DeviceDirectory::Result::WrongToken) {
            ++m_counters.wrongTokens;
            qCWarning(lcHttp).noquote() << "wrong or missing token for device"
                                        << report.fix.deviceId << "from" << peerOf(connection);
            return respond(connection, MHD_HTTP_UNAUTHORIZED,
                           "this device needs its token (token=... or Authorization: Bearer)\n");
        }
        const FixCheck check = m_checker.check(report.fix, serverNow);
        switch (check.verdict) {
        case FixCheck::Verdict::Refused:
            refusals << check.reason;
            continue;
        case FixCheck::Verdict::Duplicate:
            ++m_counters.duplicates;
            ++acknowledged;
            continue;
        case FixCheck::Verdict::Invalid:
            ++acknowledged;
            continue;
        case FixCheck::Verdict::Store:
            break;
        }
        PositionWrite write;
        write.fix = std::move(report.fix);
        write.unitId = device.unitId;
        write.check = check;
        writes.push_back(std::move(write));
    }
    if (!m_options.store && !writes.empty()) {
        m_counters.stored += qint64(writes.size());
        return respond(connection, MHD_HTTP_OK, "stored\n"); // not really: --no-store
    }
    if (writes.empty()) {
        if (acknowledged == 0 && !refusals.isEmpty()) {
            ++m_counters.badRequests;
            return respond(connection, MHD_HTTP_BAD_REQUEST,
                           refusals.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
        return respond(connection, MHD_HTTP_OK,
                       refusals.isEmpty()
                           ? QByteArray("stored\n")
                           : "stored, except: " + refusals.join(QStringLiteral("; ")).toUtf8() +
                                 '\n');
    }
    // Held until the batch is committed: suspended first, so that even a writer faster than
    // this thread resumes a suspended connection.
    request.refusals = refusals;
    request.storedCount = acknowledged;
    request.pending.store(int(writes.size()), std::memory_order_release);
    request.stage = Request::Stage::Writing;
    MHD_suspend_connection(connection);
    Request *held = &request;
    HttpCounters *counters = &m_counters;
    for (PositionWrite &write : writes) {
        write.done = [connection, held, counters](const StoreResult &outcome) {
            settle(connection, *held, outcome, *counters);
        };
        m_writer.submit(std::move(write));
    }
    return MHD_YES;
}

MHD_Result HttpIngest::handleAml(MHD_Connection *connection, Request &request, bool sms)
{
    FormFields fields;
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &fields);
    const QByteArray contentType = header(connection, MHD_HTTP_HEADER_CONTENT_TYPE).toLower();
    const bool form = contentType.startsWith("application/x-www-form-urlencoded");
    if (form || (!sms && !request.body.isEmpty())) {
        const FormFields body = FormFields::parse(request.body);
        for (const FormField &field : body.fields())
            fields.append(field);
    }
    if (!m_options.amlToken.isEmpty()) {
        const QString given = fields.value(u"token").value_or(bearerToken(connection));
        if (given != m_options.amlToken) {
            ++m_counters.wrongTokens;
            qCWarning(lcHttp).noquote()
                << "AML request without the right token from" << peerOf(connection);
            return respond(connection, MHD_HTTP_UNAUTHORIZED,
                           "the AML token is missing or wrong\n");
        }
    }
    HandsetWrite write;
    if (sms) {
        write.channel = QStringLiteral("sms");
        // SMS gateways name the fields differently (Kannel, Jasmin, playSMS, Twilio, ...).
        for (const char16_t *name :
             {u"from", u"sender", u"msisdn", u"From", u"phone", u"number", u"originator"})
            if (const std::optional<QString> value = fields.value(name)) {
                write.sender = *value;
                break;
            }
        std::optional<QString> text;
        for (const char16_t *name : {u"text", u"body", u"message", u"content", u"Body", u"msg"})
            if ((text = fields.value(name)))
                break;
        if (!text && !form && !request.body.isEmpty())
            text = QString::fromUtf8(request.body); // a text/plain body is the message itself
        if (!text) {
            ++m_counters.badRequests;
            return respond(connection, MHD_HTTP_BAD_REQUEST,
                           "no message: the SMS text goes in 'text' (or the body)\n");
        }
        write.body = *text;
        write.parse = AmlParser::fromSms(write.sender, write.body);
    } else {
        write.channel = QStringLiteral("https");
        write.sender = fields.value(u"device_number").value_or(QString());
        if (!request.body.isEmpty()) {
            write.body = QString::fromUtf8(request.body);
        } else {
            QStringList pairs;
            for (const FormField &field : fields.fields())
                pairs << field.name + QLatin1Char('=') + field.value;
            write.body = pairs.join(QLatin1Char('&'));
        }
        write.parse = AmlParser::fromHttps(fields);
    }
    ++m_counters.handset;
    const AmlParse::Outcome parsed = write.parse.outcome;
    const QString reason = write.parse.reason;
    request.pending.store(1, std::memory_order_release);
    request.stage = Request::Stage::Writing;
    MHD_suspend_connection(connection);
    Request *held = &request;
    write.done = [connection, held, parsed, reason](const StoreResult &outcome) {
        {
            QMutexLocker lock(&held->answerMutex);
            if (outcome.outcome == StoreResult::Outcome::Unavailable) {
                held->status = MHD_HTTP_SERVICE_UNAVAILABLE;
                held->answer = "not stored: the database cannot be reached; send it again\n";
            } else if (parsed == AmlParse::Outcome::Refused ||
                       outcome.outcome == StoreResult::Outcome::Refused) {
                held->status = MHD_HTTP_BAD_REQUEST;
                held->answer =
                    (parsed == AmlParse::Outcome::Refused ? reason : outcome.reason).toUtf8() +
                    " (kept as received)\n";
            } else {
                held->status = MHD_HTTP_OK;
                held->answer = parsed == AmlParse::Outcome::NoLocation
                                   ? QByteArray("received: no location in it\n")
                                   : QByteArray("stored\n");
            }
        }
        held->pending.store(0, std::memory_order_release);
        MHD_resume_connection(connection);
    };
    m_writer.submit(std::move(write));
    return MHD_YES;
}

void HttpIngest::logUnknownDevice(const QString &deviceId, const QString &peer)
{
    // Once in ten minutes per device: a device retrying every second must not fill the log.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_unknownMutex);
        if (m_unknownLoggedAt.size() > 10000)
            m_unknownLoggedAt.clear();
        qint64 &last = m_unknownLoggedAt[deviceId];
        if (last && now - last < 600000)
            return;
        last = now;
    }
    qCWarning(lcHttp).noquote() << QStringLiteral(
                                       "unknown device %1 (from %2) sent a position; register "
                                       "it with: pela-admin device add %1 UNIT")
                                       .arg(InputRules::printable(deviceId), peer);
}

} // namespace pela::gateway
