#include "liveconnection.h"

#include "db/connectionsettings.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <libpq-fe.h>
#include <vector>

namespace pela::core {

Q_LOGGING_CATEGORY(lcLiveConnection, "pela.live.connection", QtInfoMsg)

namespace {

// Pointers into params for libpq, null for SQL NULL; valid while params lives.
std::vector<const char *> values(const LiveConnection::Params &params)
{
    std::vector<const char *> pointers;
    pointers.reserve(params.size());
    for (const QByteArray &param : params)
        pointers.push_back(param.isNull() ? nullptr : param.constData());
    return pointers;
}

} // namespace

LiveConnection::LiveConnection(QObject *parent)
    : QObject(parent), m_deadline(ConnectionTimeouts::configured().commandDeadline)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &LiveConnection::connectTimedOut);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &LiveConnection::deadlinePassed);
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(std::chrono::milliseconds(5000));
    connect(&m_probeTimer, &QTimer::timeout, this, &LiveConnection::probe);
}

LiveConnection::~LiveConnection()
{
    close();
}

void LiveConnection::setIdleProbeInterval(std::chrono::milliseconds interval)
{
    m_probeTimer.setInterval(interval);
    if (interval.count() <= 0)
        m_probeTimer.stop();
    else if (isOpen())
        m_probeTimer.start();
}

void LiveConnection::open(const QString &conninfo, const QString &program)
{
    close();
    m_connection = PgConnection::beginOpen(conninfo, ConnectionPurpose::Interactive, program);
    if (!m_connection.handle()) {
        const DbError error = m_connection.error();
        m_connection = PgConnection();
        emit lost(error);
        return;
    }
    m_state = State::Connecting;
    // libpq's own connect_timeout only works in its blocking open.
    m_connectTimer.start(m_connectTimeout);
    // Right after the start libpq waits for the socket to become writable (connected).
    watch(false, true);
}

void LiveConnection::close()
{
    ++m_generation;
    unwatch();
    m_connectTimer.stop();
    m_deadlineTimer.stop();
    m_probeTimer.stop();
    m_queue.clear();
    m_current = Statement();
    m_inFlight = false;
    m_currentResult = PgResult();
    m_currentHasResult = false;
    m_prepared.clear();
    m_notifications.clear();
    // Non-blocking by now, so libpq's goodbye to the server cannot wait for a silent one.
    m_connection = PgConnection();
    m_state = State::Closed;
}

void LiveConnection::send(const QByteArray &sql, const Params &params, Handler handler)
{
    enqueue({Kind::Query, {}, sql, params, std::move(handler)});
}

void LiveConnection::sendPrepared(const QByteArray &name, const QByteArray &sql,
                                  const Params &params, Handler handler)
{
    enqueue({Kind::Prepared, name, sql, params, std::move(handler)});
}

void LiveConnection::sendScript(const QByteArray &sql, Handler handler)
{
    enqueue({Kind::Script, {}, sql, {}, std::move(handler)});
}

void LiveConnection::enqueue(Statement statement)
{
    if (m_state == State::Closed)
        return; // nothing is answered on a closed connection; lost() was said already
    m_queue.push_back(std::move(statement));
    sendNext();
}

QList<QByteArray> LiveConnection::takeNotifications()
{
    return std::exchange(m_notifications, {});
}

int LiveConnection::backendPid() const
{
    return isOpen() ? PQbackendPID(m_connection.handle()) : 0;
}

void LiveConnection::watch(bool read, bool write)
{
    // libpq may move to another socket while connecting (next address, SSL refused).
    const int socket = m_connection.socket();
    if (socket != m_socket || !m_readNotifier) {
        unwatch();
        m_socket = socket;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &LiveConnection::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &LiveConnection::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void LiveConnection::unwatch()
{
    for (QSocketNotifier **notifier : {&m_readNotifier, &m_writeNotifier}) {
        if (!*notifier)
            continue;
        (*notifier)->setEnabled(false);
        (*notifier)->deleteLater();
        *notifier = nullptr;
    }
    m_socket = -1;
}

void LiveConnection::continueConnecting()
{
    switch (m_connection.continueOpen()) {
    case PgConnection::OpenProgress::WaitForRead:
        watch(true, false);
        return;
    case PgConnection::OpenProgress::WaitForWrite:
        watch(false, true);
        return;
    case PgConnection::OpenProgress::Failed:
        fail(m_connection.error());
        return;
    case PgConnection::OpenProgress::Ready:
        break;
    }
    m_connectTimer.stop();
    // From here on no libpq call may wait for the socket: sending queues what does not fit.
    if (PQsetnonblocking(m_connection.handle(), 1) != 0) {
        fail(brokenError());
        return;
    }
    m_state = State::Open;
    watch(true, false);
    if (m_probeTimer.interval() > 0)
        m_probeTimer.start();
    const quint64 generation = m_generation;
    emit opened();
    if (generation == m_generation)
        sendNext();
}

void LiveConnection::connectTimedOut()
{
    // Classified like libpq's own "timeout expired": the server cannot be reached.
    fail(DbError::fromConnectionFailure(
        QStringLiteral("timeout expired (no answer within %1 ms)").arg(m_connectTimeout.count()),
        false));
}

void LiveConnection::onReadable()
{
    if (m_state == State::Connecting) {
        continueConnecting();
        return;
    }
    if (m_state != State::Open)
        return;
    pg_conn *connection = m_connection.handle();
    if (!PQconsumeInput(connection)) {
        fail(brokenError());
        return;
    }
    // The server is alive: a statement that is still being answered gets its time again.
    if (m_inFlight)
        m_deadlineTimer.start(m_deadline);
    if (m_probeTimer.interval() > 0)
        m_probeTimer.start();
    const quint64 generation = m_generation;
    if (m_writeNotifier && m_writeNotifier->isEnabled() && !flush())
        return;
    // A handler may reach code that runs a nested event loop: what arrives meanwhile waits
    // until this reading is done, so answers are handed out in order, one at a time.
    QSocketNotifier *reading = m_readNotifier;
    reading->setEnabled(false);
    collectResults();
    if (generation == m_generation)
        collectNotifications();
    if (generation != m_generation)
        return; // closed: the notifier is being deleted
    reading->setEnabled(true);
    if (PQstatus(connection) != CONNECTION_OK)
        fail(brokenError());
}

void LiveConnection::onWritable()
{
    if (m_state == State::Connecting)
        continueConnecting();
    else if (m_state == State::Open)
        flush();
}

void LiveConnection::sendNext()
{
    if (m_state != State::Open || m_inFlight || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_inFlight = true;
    sendCurrent();
}

bool LiveConnection::sendCurrent()
{
    pg_conn *connection = m_connection.handle();
    const std::vector<const char *> bound = values(m_current.params);
    const int count = int(bound.size());
    int sent = 0;
    switch (m_current.kind) {
    case Kind::Query:
        sent = PQsendQueryParams(connection, m_current.sql.constData(), count, nullptr,
                                 bound.data(), nullptr, nullptr, 0);
        break;
    case Kind::Prepared:
        // Planned once per connection: every notification runs one of a few statements on each
        // console, so planning them once halves the server's work per change.
        m_current.preparing = !m_prepared.contains(m_current.name);
        sent = m_current.preparing ? PQsendPrepare(connection, m_current.name.constData(),
                                                   m_current.sql.constData(), 0, nullptr)
                                   : PQsendQueryPrepared(connection, m_current.name.constData(),
                                                         count, bound.data(), nullptr, nullptr, 0);
        break;
    case Kind::Script:
        sent = PQsendQuery(connection, m_current.sql.constData());
        break;
    }
    if (!sent) {
        fail(brokenError());
        return false;
    }
    m_deadlineTimer.start(m_deadline);
    return flush();
}

bool LiveConnection::flush()
{
    const int pending = PQflush(m_connection.handle());
    if (pending < 0) {
        fail(brokenError());
        return false;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(pending == 1);
    return true;
}

void LiveConnection::collectResults()
{
    pg_conn *connection = m_connection.handle();
    const quint64 generation = m_generation;
    while (m_inFlight && generation == m_generation) {
        if (PQisBusy(connection))
            return; // the rest is still on its way
        pg_result *raw = PQgetResult(connection);
        if (!raw) {
            finishCurrent(std::exchange(m_currentResult, PgResult()));
            continue;
        }
        PgResult result(raw);
        // A script answers once per statement: keep its first failure, else its latest answer.
        if (!m_currentHasResult || m_currentResult.ok())
            m_currentResult = std::move(result);
        m_currentHasResult = true;
    }
}

void LiveConnection::finishCurrent(PgResult result)
{
    m_inFlight = false;
    m_currentHasResult = false;
    m_deadlineTimer.stop();
    if (PQstatus(m_connection.handle()) != CONNECTION_OK) {
        fail(result.ok() ? brokenError() : result.error());
        return;
    }
    if (m_current.kind == Kind::Prepared && m_current.preparing && result.ok()) {
        m_prepared.insert(m_current.name);
        m_inFlight = true;
        sendCurrent();
        return;
    }
    const Handler handler = std::move(m_current.handler);
    m_current = Statement();
    const quint64 generation = m_generation;
    if (handler)
        handler(result);
    if (generation == m_generation)
        sendNext();
}

void LiveConnection::collectNotifications()
{
    bool any = false;
    while (PGnotify *notification = PQnotifies(m_connection.handle())) {
        m_notifications.append(QByteArray(notification->extra));
        PQfreemem(notification);
        any = true;
    }
    if (any)
        emit notified();
}

void LiveConnection::probe()
{
    if (!isOpen())
        return;
    if (m_inFlight || !m_queue.empty()) {
        m_probeTimer.start(); // a statement under way has its own deadline
        return;
    }
    // An empty statement: the backend process itself must answer it.
    sendScript(QByteArray(""), {});
}

void LiveConnection::deadlinePassed()
{
    if (!m_inFlight)
        return;
    qCWarning(lcLiveConnection) << "no answer within" << m_deadline.count() << "ms";
    fail(DbError::fixed(
        DbError::Kind::ConnectionLost,
        QT_TRANSLATE_NOOP("pela::core::DbError", "The database stopped answering."),
        QStringLiteral("no answer from the server within %1 ms").arg(m_deadline.count()),
        QStringLiteral("08006")));
}

void LiveConnection::fail(const DbError &error)
{
    close();
    emit lost(error);
}

DbError LiveConnection::brokenError() const
{
    pg_conn *connection = m_connection.handle();
    const QString detail =
        connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    return DbError::fixed(
        DbError::Kind::ConnectionLost,
        QT_TRANSLATE_NOOP("pela::core::DbError", "The connection to the database was lost."),
        detail, QStringLiteral("08006"));
}

} // namespace pela::core
