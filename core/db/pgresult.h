// RAII owner of a libpq result: the rows of one statement, or its error with SQLSTATE.
#pragma once

#include "dberror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <memory>

struct pg_result;

namespace pela::core {

class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    explicit PgResult(DbError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    const DbError &error() const { return m_error; }
    QString sqlState() const { return m_error.sqlState(); }

    int rowCount() const;
    int columnCount() const;
    int column(const char *name) const; // -1 when absent
    QString columnName(int column) const;
    // Rows touched by INSERT/UPDATE/DELETE.
    int affectedRows() const;

    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QString text(int row, const char *columnName) const { return text(row, column(columnName)); }
    qint64 toInt(int row, const char *columnName, qint64 fallback = 0) const;
    double toDouble(int row, const char *columnName, double fallback = 0) const;
    bool toBool(int row, const char *columnName) const;
    QDateTime toDateTime(int row, const char *columnName) const;
    QJsonDocument toJson(int row, const char *columnName) const;

private:
    std::shared_ptr<pg_result> m_result;
    DbError m_error;
};

} // namespace pela::core
