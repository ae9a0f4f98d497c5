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
      m_conninfo(std::move(other.m_conninfo))
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
    }
    return *this;
}

PgConnection PgConnection::open(const QString &conninfo, const QString &applicationName)
{
    PgConnection connection;
    connection.m_conninfo = conninfo;
    // application_name shows which workstation holds a lock in pg_stat_activity.
    const QByteArray info = conninfo.toUtf8();
    const QByteArray app = (applicationName.isEmpty() ? QStringLiteral("pela") : applicationName)
                               .toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout", nullptr};
    const char *values[] = {info.constData(), app.constData(), "10", nullptr};
    connection.m_conn = PQconnectdbParams(keys, values, /*expand_dbname*/ 1);
    if (PQstatus(connection.m_conn) != CONNECTION_OK) {
        connection.m_error = DbError::fromConnectionFailure(
            QString::fromUtf8(PQerrorMessage(connection.m_conn)),
            PQconnectionNeedsPassword(connection.m_conn));
        PQfinish(connection.m_conn);
        connection.m_conn = nullptr;
        return connection;
    }
    // Timestamps are shown in WIT by default; the server's time is the only clock we trust.
    PQclear(PQexec(connection.m_conn, "SET datestyle = 'ISO'; SET intervalstyle = 'iso_8601'; SET client_min_messages = warning"));
    return connection;
}

bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

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

PgResult PgConnection::exec(const char *sql, const SqlParams &params)
{
    if (!m_conn)
        return PgResult(DbError(DbError::Kind::ConnectionLost,
                                QCoreApplication::translate("pela::core::DbError",
                                                            "Not connected to the database.")));
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
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
    return PgResult(PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr,
                                 nullptr, 0));
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

int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

bool PgConnection::reset()
{
    if (!m_conn)
        return false;
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
