#include "pgconnection.h"

#include "connectionsettings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSysInfo>
#include <libpq-fe.h>
#include <vector>

namespace pela::core {

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_error(std::move(other.m_error)),
      m_conninfo(std::move(other.m_conninfo)), m_prepared(std::move(other.m_prepared)),
      m_stop(std::exchange(other.m_stop, nullptr))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_error = std::move(other.m_error);
        m_conninfo = std::move(other.m_conninfo);
        m_prepared = std::move(other.m_prepared);
        m_stop = std::exchange(other.m_stop, nullptr);
    }
    return *this;
}

namespace {

// libpq's environment variable for each keyword that has one (PGCONNECT_TIMEOUT, PGOPTIONS, ...).
const QHash<QByteArray, QByteArray> &environmentVariables()
{
    static const QHash<QByteArray, QByteArray> variables = [] {
        QHash<QByteArray, QByteArray> names;
        PQconninfoOption *defaults = PQconndefaults();
        for (PQconninfoOption *option = defaults; option && option->keyword; ++option)
            if (option->envvar)
                names.insert(option->keyword, option->envvar);
        PQconninfoFree(defaults);
        return names;
    }();
    return variables;
}

QByteArray milliseconds(std::chrono::milliseconds duration)
{
    return QByteArray::number(qint64(duration.count()));
}

// The keyword arrays for libpq: the program's defaults first, then whatever the environment
// and the conninfo set, so that an administrator's choice always wins.
class ConnectParameters
{
public:
    ConnectParameters(const QString &conninfo, ConnectionPurpose purpose, const QString &program)
    {
        const ConnectionTimeouts &timeouts = ConnectionTimeouts::configured();
        QString name = program.isEmpty() ? QCoreApplication::applicationName() : program;
        if (name.isEmpty())
            name = QStringLiteral("pela");
        // pg_stat_activity and every event's workstation column say which program on which
        // machine; still only a name the client asserts.
        set("fallback_application_name",
            (name + QLatin1Char('@') + QSysInfo::machineHostName()).toUtf8());
        set("connect_timeout", QByteArray::number(qint64(timeouts.connect.count())));
        set("keepalives", "1");
        set("keepalives_idle", QByteArray::number(qint64(timeouts.keepalivesIdle.count())));
        set("keepalives_interval", QByteArray::number(qint64(timeouts.keepalivesInterval.count())));
        set("keepalives_count", QByteArray::number(timeouts.keepalivesCount));
        set("tcp_user_timeout", milliseconds(timeouts.tcpUser));
        // Sent with the startup packet: nothing needs to run after the connection is made.
        // The server's time is the only clock we trust; we read it in ISO form.
        QByteArray options = "-c datestyle=ISO -c intervalstyle=iso_8601 "
                             "-c client_min_messages=warning";
        if (purpose == ConnectionPurpose::Interactive)
            options += " -c statement_timeout=" + milliseconds(timeouts.statement) +
                       " -c lock_timeout=" + milliseconds(timeouts.lock) +
                       " -c idle_in_transaction_session_timeout=" +
                       milliseconds(timeouts.idleInTransaction);
        else
            options += " -c statement_timeout=0 -c lock_timeout=0";
        set("options", options);

        // The environment (PGCONNECT_TIMEOUT, PGOPTIONS, PGAPPNAME...) is the administrator's
        // too: libpq ignores it for every keyword we pass, so it is applied here.
        for (const auto &[keyword, variable] : environmentVariables().asKeyValueRange()) {
            const QByteArray value = qgetenv(variable.constData());
            if (!value.isEmpty() && m_values.contains(keyword))
                set(keyword, keyword == "options" ? options + ' ' + value : value);
        }
        options = m_values.value("options");

        char *error = nullptr;
        PQconninfoOption *parsed = PQconninfoParse(conninfo.toUtf8().constData(), &error);
        if (!parsed) {
            m_error =
                error ? QString::fromUtf8(error) : QStringLiteral("invalid connection string");
            PQfreemem(error);
            return;
        }
        for (PQconninfoOption *option = parsed; option->keyword; ++option) {
            if (!option->val)
                continue;
            const QByteArray key = option->keyword;
            // Appended, so that on the server the administrator's -c settings come last and win.
            set(key, key == "options" ? options + ' ' + option->val : QByteArray(option->val));
        }
        PQconninfoFree(parsed);
        for (const QByteArray &key : std::as_const(m_order)) {
            m_keywordPointers.push_back(key.constData());
            m_valuePointers.push_back(m_values.constFind(key)->constData());
        }
        m_keywordPointers.push_back(nullptr);
        m_valuePointers.push_back(nullptr);
    }

    // libpq's complaint about the conninfo itself; empty when it could be read.
    QString error() const { return m_error; }

    // Null-terminated, as libpq wants them; valid while this object lives.
    const char *const *keywords() const { return m_keywordPointers.data(); }
    const char *const *values() const { return m_valuePointers.data(); }

private:
    void set(const QByteArray &key, const QByteArray &value)
    {
        if (!m_values.contains(key))
            m_order.append(key);
        m_values.insert(key, value);
    }

    QList<QByteArray> m_order;
    QHash<QByteArray, QByteArray> m_values;
    std::vector<const char *> m_keywordPointers;
    std::vector<const char *> m_valuePointers;
    QString m_error;
};

} // namespace

PgConnection PgConnection::open(const QString &conninfo, ConnectionPurpose purpose,
                                const QString &program)
{
    PgConnection connection;
    connection.m_conninfo = conninfo;
    ConnectParameters parameters(conninfo, purpose, program);
    if (!parameters.error().isEmpty()) {
        connection.m_error = DbError::fromConnectionFailure(parameters.error(), false);
        return connection;
    }
    // Parsed already: dbname is a database name here, never a connection string to expand.
    connection.m_conn =
        PQconnectdbParams(parameters.keywords(), parameters.values(), /*expand_dbname*/ 0);
    connection.finishOpen();
    return connection;
}

PgConnection PgConnection::beginOpen(const QString &conninfo, ConnectionPurpose purpose,
                                     const QString &program)
{
    PgConnection connection;
    connection.m_conninfo = conninfo;
    ConnectParameters parameters(conninfo, purpose, program);
    if (!parameters.error().isEmpty()) {
        connection.m_error = DbError::fromConnectionFailure(parameters.error(), false);
        return connection;
    }
    connection.m_conn = PQconnectStartParams(parameters.keywords(), parameters.values(), 0);
    if (!connection.m_conn || PQstatus(connection.m_conn) == CONNECTION_BAD)
        connection.finishOpen();
    return connection;
}

PgConnection::OpenProgress PgConnection::continueOpen()
{
    if (!m_conn)
        return OpenProgress::Failed;
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        return OpenProgress::WaitForRead;
    case PGRES_POLLING_WRITING:
        return OpenProgress::WaitForWrite;
    case PGRES_POLLING_OK:
        finishOpen();
        return OpenProgress::Ready;
    default:
        finishOpen();
        return OpenProgress::Failed;
    }
}

void PgConnection::finishOpen()
{
    m_prepared.clear();
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        m_error = DbError::fromConnectionFailure(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn))
                                                        : QString(),
                                                 m_conn && PQconnectionNeedsPassword(m_conn));
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        return;
    }
    m_error = {};
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

static QByteArray paramText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "t" : "f";
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QJsonDocument:
        return value.toJsonDocument().toJson(QJsonDocument::Compact);
    case QMetaType::QStringList:
        // A PostgreSQL text[] literal with every element quoted.
        {
            QByteArray out = "{";
            const QStringList items = value.toStringList();
            for (int i = 0; i < items.size(); ++i) {
                QByteArray item = items[i].toUtf8();
                item.replace('\\', "\\\\").replace('"', "\\\"");
                out += (i ? ",\"" : "\"") + item + '"';
            }
            return out + '}';
        }
    default:
        return value.toString().toUtf8();
    }
}

namespace {

// Text forms of bound parameters; values point into storage.
struct BoundParameters
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;

    explicit BoundParameters(const SqlParams &params)
    {
        storage.reserve(params.size());
        values.reserve(params.size());
        for (const QVariant &param : params) {
            if (param.isNull()) {
                values.push_back(nullptr);
                continue;
            }
            storage.push_back(paramText(param));
            values.push_back(storage.back().constData());
        }
    }
    int count() const { return int(values.size()); }
};

PgResult notConnected()
{
    return PgResult(
        DbError::fixed(DbError::Kind::ConnectionLost,
                       QT_TRANSLATE_NOOP("pela::core::DbError", "Not connected to the database.")));
}

} // namespace

PgResult PgConnection::exec(const char *sql, const SqlParams &params)
{
    if (!m_conn || stopped())
        return notConnected();
    const BoundParameters bound(params);
    return PgResult(PQexecParams(m_conn, sql, bound.count(), nullptr, bound.values.data(), nullptr,
                                 nullptr, 0));
}

PgResult PgConnection::execPrepared(const char *name, const QByteArray &sql,
                                    const SqlParams &params)
{
    if (!m_conn || stopped())
        return notConnected();
    if (!m_prepared.contains(name)) {
        PgResult prepared(PQprepare(m_conn, name, sql.constData(), int(params.size()), nullptr));
        if (!prepared.ok())
            return prepared;
        m_prepared.insert(name);
    }
    const BoundParameters bound(params);
    return PgResult(
        PQexecPrepared(m_conn, name, bound.count(), bound.values.data(), nullptr, nullptr, 0));
}

PgResult PgConnection::exec(const QString &sql, const SqlParams &params)
{
    return exec(sql.toUtf8().constData(), params);
}

PgResult PgConnection::execScript(const QString &sql)
{
    if (!m_conn || stopped())
        return notConnected();
    return PgResult(PQexec(m_conn, sql.toUtf8().constData()));
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

bool PgConnection::reset()
{
    if (!m_conn || stopped())
        return false;
    m_prepared.clear();
    PQreset(m_conn);
    return PQstatus(m_conn) == CONNECTION_OK;
}

PgTransaction::PgTransaction(PgConnection &connection) : m_connection(connection)
{
    const PgResult begin = m_connection.exec("BEGIN");
    m_active = begin.ok();
    m_error = begin.error();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        rollback();
}

PgResult PgTransaction::commit()
{
    m_active = false;
    return m_connection.exec("COMMIT");
}

void PgTransaction::rollback()
{
    m_active = false;
    m_connection.exec("ROLLBACK");
}

QString redactedConninfo(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return QCoreApplication::translate("pela::core::DbError",
                                           "(unreadable connection settings)");
    }
    QStringList parts;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val || QByteArray(option->keyword) == "password")
            continue;
        parts << QString::fromUtf8(option->keyword) + QLatin1Char('=') +
                     QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return parts.join(QLatin1Char(' '));
}

QString conninfoWithLogin(const QString &conninfo, const QString &user, const QString &password)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return {};
    }
    // key='value' with \ and ' escaped, as libpq reads it.
    auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        if (!option->val || keyword == "user" || keyword == "password")
            continue;
        parts << QString::fromUtf8(keyword) + QLatin1Char('=') +
                     quoted(QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    parts << QStringLiteral("user=") + quoted(user);
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoted(password);
    return parts.join(QLatin1Char(' '));
}

} // namespace pela::core
