// A small hand-made road network with round lengths, shared by the road suites, and the path of
// the real Ambon data.
#pragma once

#include "geo/roadfeature.h"
#include "geo/roadsettings.h"

#include <QDir>
#include <QGeoCoordinate>
#include <QJsonObject>

namespace pela::test {

// Speeds in round metres per second: trunk 10, residential 5, service 2.5, living street 5
// (routable here, so that motorcar=no is what closes one); footway not routable.
inline core::RoadSettings smallNetworkSettings()
{
    core::RoadSettings settings = core::RoadSettings::defaults();
    settings.speedsKmh = {{QStringLiteral("trunk"), 36},
                          {QStringLiteral("residential"), 18},
                          {QStringLiteral("service"), 9},
                          {QStringLiteral("living_street"), 18}};
    settings.snapMaxMeters = 300;
    settings.straightLineSpeedsKmh = {{QStringLiteral("ambulance_als"), 36}};
    settings.straightLineDefaultKmh = 18;
    settings.detourFactor = 1.5;
    return settings;
}

inline core::RoadFeature road(const QString &highway, const QList<QGeoCoordinate> &points,
                              QJsonObject properties = {}, const QString &name = {})
{
    properties.insert(QStringLiteral("highway"), highway);
    if (!name.isEmpty())
        properties.insert(QStringLiteral("name"), name);
    return core::RoadFeature{highway, name, properties, points};
}

inline QJsonObject oneway(const QString &value)
{
    return {{QStringLiteral("oneway"), value}};
}

// Junctions (metres east, north of A, near Ambon's centre):
//
//   F (0,2300)  dead end of a one-way service stub C → F
//   C (0,2000) ── residential ── E (1000 east of C)
//   |                             ↑ one-way D → E (residential)
//   B (0,1000) ── residential ── D (1000 east of B)      island G–H: residential at 1200 east
//   |   \ living_street west, motorcar=no                 of B, from 600 to 900 north of A
//   A (0,0)  ┄┄ footway A–D (not routable)
// A–B–C: one trunk way, 10 m/s.
struct SmallNetwork
{
    QGeoCoordinate a{-3.7000, 128.1800};
    QGeoCoordinate b = a.atDistanceAndAzimuth(1000, 0);
    QGeoCoordinate c = b.atDistanceAndAzimuth(1000, 0);
    QGeoCoordinate d = b.atDistanceAndAzimuth(1000, 90);
    QGeoCoordinate e = c.atDistanceAndAzimuth(1000, 90);
    QGeoCoordinate f = c.atDistanceAndAzimuth(300, 0);
    QGeoCoordinate w = b.atDistanceAndAzimuth(500, 270);
    QGeoCoordinate g = a.atDistanceAndAzimuth(600, 0).atDistanceAndAzimuth(1200, 90);
    QGeoCoordinate h = g.atDistanceAndAzimuth(300, 0);

    // A point `north` metres north and `east` metres east of A.
    QGeoCoordinate at(double east, double north) const
    {
        return a.atDistanceAndAzimuth(north, 0).atDistanceAndAzimuth(east, 90);
    }

    QList<core::RoadFeature> features() const
    {
        return {
            road(QStringLiteral("trunk"), {a, b, c}, {}, QStringLiteral("Jalan Utama")),
            road(QStringLiteral("residential"), {b, d}, {}, QStringLiteral("Lorong Satu")),
            road(QStringLiteral("residential"), {d, e}, oneway(QStringLiteral("yes")),
                 QStringLiteral("Lorong Dua")),
            road(QStringLiteral("residential"), {e, c}, {}, QStringLiteral("Lorong Tiga")),
            road(QStringLiteral("footway"), {a, d}),
            road(QStringLiteral("living_street"), {b, w},
                 {{QStringLiteral("motorcar"), QStringLiteral("no")}}),
            road(QStringLiteral("residential"), {g, h}, {}, QStringLiteral("Pulau")),
            road(QStringLiteral("service"), {c, f}, oneway(QStringLiteral("yes"))),
        };
    }
};

// The Ambon reference data folder, or an empty string when it is not there.
inline QString ambonDataDirectory()
{
    QString directory = qEnvironmentVariable("PELA_SHARED_DATA");
    if (directory.isEmpty() && !qEnvironmentVariable("PELA_SOURCE_DIR").isEmpty())
        directory =
            qEnvironmentVariable("PELA_SOURCE_DIR") + QStringLiteral("/../shared/data/ambon");
    if (directory.isEmpty() ||
        !QDir(directory).exists(QStringLiteral("roads-osm-2025-09-17.geojson")))
        return {};
    return directory;
}

} // namespace pela::test
