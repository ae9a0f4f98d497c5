#include "pgresult.h"

#include <QJsonObject>
#include <libpq-fe.h>

namespace pela::core {

PgResult::PgResult(pg_result *result) : m_result(result, PQclear)
{
    if (!result) {
        m_error = DbError::fixed(
            DbError::Kind::ConnectionLost,
            QT_TRANSLATE_NOOP("pela::core::DbError", "The connection to the database was lost."));
        return;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN ||
        status == PGRES_COPY_OUT || status == PGRES_EMPTY_QUERY)
        return;
    const QString sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const QString primary = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    const QString detail = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    const bool lost = sqlState.isEmpty() || sqlState.startsWith(QLatin1String("08")) ||
                      sqlState.startsWith(QLatin1String("57P"));
    m_error = DbError(lost ? DbError::Kind::ConnectionLost : DbError::Kind::Query,
                      primary.isEmpty() ? detail : primary, detail, sqlState);
    const QString hint = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_HINT));
    if (hint.startsWith(QLatin1String("pela:")))
        m_error.setPelaReason(
            hint.mid(5),
            QJsonDocument::fromJson(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL)).object());
}

int PgResult::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

QString PgResult::columnName(int column) const
{
    return m_result ? QString::fromUtf8(PQfname(m_result.get(), column)) : QString();
}

int PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toInt() : 0;
}

bool PgResult::isNull(int row, int column) const
{
    if (!m_result || column < 0 || row < 0 || row >= rowCount())
        return true;
    return PQgetisnull(m_result.get(), row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::toInt(int row, const char *columnName, qint64 fallback) const
{
    const int c = column(columnName);
    if (isNull(row, c))
        return fallback;
    bool ok = false;
    const qint64 value = text(row, c).toLongLong(&ok);
    return ok ? value : fallback;
}

double PgResult::toDouble(int row, const char *columnName, double fallback) const
{
    const int c = column(columnName);
    if (isNull(row, c))
        return fallback;
    bool ok = false;
    const double value = text(row, c).toDouble(&ok);
    return ok ? value : fallback;
}

bool PgResult::toBool(int row, const char *columnName) const
{
    return text(row, column(columnName)) == QLatin1String("t");
}

QDateTime PgResult::toDateTime(int row, const char *columnName) const
{
    const int c = column(columnName);
    if (isNull(row, c))
        return {};
    // Server sends ISO 8601 with offset (DateStyle ISO); normalise to Qt's ISO form.
    QString value = text(row, c);
    value.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (value.size() > 3 && (value.at(value.size() - 3) == QLatin1Char('+') ||
                             value.at(value.size() - 3) == QLatin1Char('-')))
        value += QStringLiteral(":00");
    return QDateTime::fromString(value, Qt::ISODateWithMs);
}

QJsonDocument PgResult::toJson(int row, const char *columnName) const
{
    return QJsonDocument::fromJson(text(row, column(columnName)).toUtf8());
}

} // namespace pela::core
