// Tunable figures of road routing (speeds per OSM class, snapping, one-way rule, coverage
// threshold, straight-line fallback), with Ambon defaults, overridable from the `settings` table.
#pragma once

#include "db/dberror.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace pela::core {

class PgConnection;

struct RoadSettings
{
    // Average ambulance speed per OSM highway class, km/h. A class not listed (or 0) is not
    // routable: footway, path, steps, track, construction, ...
    QHash<QString, double> speedsKmh;
    // A point farther than this from every road is "off road": no invented route.
    double snapMaxMeters = 300;
    // Allows driving against a one-way on small streets (residential, living street, service,
    // unclassified) at half the class speed; never on larger roads.
    bool againstOnewayAllowed = false;
    // Coverage: a kelurahan whose centroid no available ambulance reaches within this is listed.
    double coverageThresholdSeconds = 600;
    // Straight-line fallback (no roads imported, or a point off road): distance × detour factor
    // at a speed per unit kind.
    QHash<QString, double> straightLineSpeedsKmh;
    double straightLineDefaultKmh = 28;
    double detourFactor = 1.45;

    static RoadSettings defaults();

    // The km/h of a highway class, 0 when it is not routable.
    double speedKmh(const QString &highway) const { return speedsKmh.value(highway, 0); }
    // Straight-line estimate in seconds for a unit kind over a straight distance.
    double straightLineSeconds(double meters, const QString &unitKind) const;
};

struct RoadSettingsLoad
{
    RoadSettings settings; // defaults where the table says nothing usable
    QStringList problems;  // a value present but unusable (kept at its default), for the admin
    DbError error;         // the query failed: settings are the defaults
};

class RoadSettingsLoader
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::RoadSettingsLoader)
public:
    // Keys read: road_speeds_kmh (object, merged over the defaults; 0 or null removes a class),
    // road_snap_max_m, road_against_oneway_allowed, coverage_threshold_minutes,
    // straight_line_speeds_kmh (object by unit kind, merged), straight_line_detour_factor.
    static RoadSettingsLoad load(PgConnection &connection);
    // The same from already fetched key → JSON text pairs.
    static RoadSettingsLoad fromValues(const QHash<QString, QByteArray> &values);
};

} // namespace pela::core
