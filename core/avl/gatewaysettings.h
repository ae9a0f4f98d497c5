// What the gateway checks fixes against, with defaults, overridable from the `settings` table:
// service_region ({"south", "west", "north", "east"} in degrees), max_vehicle_speed_kmh,
// fix_max_ahead_seconds, position_retention_days (older fixes are refused: they would be
// pruned at once; 0 keeps history for ever and refuses only fixes older than ten years).
#pragma once

#include "db/dberror.h"

#include <QGeoRectangle>
#include <QHash>
#include <QStringList>

namespace pela::core {

class PgConnection;

struct GatewaySettings
{
    // Ambon Island with about 10 km around it: a fix outside is flagged, still stored.
    QGeoRectangle serviceRegion{QGeoCoordinate(-3.40, 127.80), QGeoCoordinate(-3.90, 128.45)};
    // Faster than this between two fixes of one device, over more than jumpMinimumMeters
    // beyond both fixes' accuracy, is a jump: no road vehicle does it.
    double maxVehicleSpeedKmh = 250;
    double jumpMinimumMeters = 300;
    // A device clock may run this far ahead of the server's (the database allows 10 s).
    int maxAheadSeconds = 5;
    // Fixes older than this are refused; 0 = kept for ever (fixes up to ten years old).
    int retentionDays = 90;

    static GatewaySettings defaults() { return {}; }
    int maxAgeDays() const { return retentionDays > 0 ? retentionDays : 3653; }
};

struct GatewaySettingsLoad
{
    GatewaySettings settings;
    QStringList problems; // a value present but unusable, kept at its default
    DbError error;
};

class GatewaySettingsLoader
{
public:
    static GatewaySettingsLoad load(PgConnection &connection);
    // The same from key -> JSON text pairs.
    static GatewaySettingsLoad fromValues(const QHash<QString, QByteArray> &values);
};

} // namespace pela::core
