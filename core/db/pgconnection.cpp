#include "pgconnection.h"

#include <QDateTime>
#include <QJsonDocument>
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
      m_conninfo(std::move(other.m_conninfo)), m_prepared(std::move(other.m_prepared))
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
    }
    return *this;
}

namespace {

struct ConnectParameters
{
    QByteArray info;
    QByteArray application;
    const char *keys[4] = {"dbname", "application_name", "connect_timeout", nullptr};
    const char *values[4] = {nullptr, nullptr, "10", nullptr};

    ConnectParameters(const QString &conninfo, const QString &applicationName)
        : info(conninfo.toUtf8()),
          // application_name shows which workstation holds a lock in pg_stat_activity.
          application(
              (applicationName.isEmpty() ? QStringLiteral("pela") : applicationName).toUtf8())
    {
        values[0] = info.constData();
        values[1] = application.constData();
    }
};

} // namespace

PgConnection PgConnection::open(const QString &conninfo, const QString &applicationName)
{
    PgConnection connection;
    connection.m_conninfo = conninfo;
    const ConnectParameters parameters(conninfo, applicationName);
    connection.m_conn = PQconnectdbParams(parameters.keys, parameters.values, /*expand_dbname*/ 1);
    connection.finishOpen();
    return connection;
}

PgConnection PgConnection::beginOpen(const QString &conninfo, const QString &applicationName)
{
    PgConnection connection;
    connection.m_conninfo = conninfo;
    const ConnectParameters parameters(conninfo, applicationName);
    connection.m_conn = PQconnectStartParams(parameters.keys, parameters.values, 1);
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
    // The server's time is the only clock we trust; we read it in ISO form.
    PQclear(PQexec(m_conn, "SET datestyle = 'ISO'; SET intervalstyle = 'iso_8601'; "
                           "SET client_min_messages = warning"));
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
    if (!m_conn)
        return notConnected();
    const BoundParameters bound(params);
    return PgResult(PQexecParams(m_conn, sql, bound.count(), nullptr, bound.values.data(), nullptr,
                                 nullptr, 0));
}

PgResult PgConnection::execPrepared(const char *name, const QByteArray &sql,
                                    const SqlParams &params)
{
    if (!m_conn)
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
    if (!m_conn)
        return exec("");
    return PgResult(PQexec(m_conn, sql.toUtf8().constData()));
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

bool PgConnection::reset()
{
    if (!m_conn)
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

} // namespace pela::core
