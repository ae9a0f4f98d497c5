// What a test reads or sets in the database directly, beside the commands it drives: one value
// of a query, and a unit's position as its tracker would report it.
#pragma once

#include "db/pgconnection.h"

#include <QGeoCoordinate>
#include <QString>
#include <catch2/catch.hpp>

namespace pela::test {

// The one value of a query that must return exactly one row.
inline QString scalar(core::PgConnection &connection, const char *sql,
                      const core::SqlParams &params = {})
{
    const core::PgResult result = connection.exec(sql, params);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.rowCount() == 1);
    return result.text(0, 0);
}

// Puts a unit at a place now, as a position report would.
inline void placeUnit(core::PgConnection &connection, const QString &callSign,
                      const QGeoCoordinate &at)
{
    const core::PgResult result = connection.exec(
        "UPDATE units SET lat = $1, lon = $2, position_at = now() WHERE call_sign = $3",
        {QString::number(at.latitude(), 'f', 6), QString::number(at.longitude(), 'f', 6),
         callSign});
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
}

} // namespace pela::test
