// A small, known world for the map's widget and renderer suites: a square of land east of the
// sea with one trunk road and one kelurahan, three hospitals (one open, one diverting whose
// location is approximate, one whose location is unknown), three units (dispatched, out of
// service, stale) and two cases (a P1 waiting too long, a P3 with a unit and a destination),
// in a LiveState behind core's models, each watched by a Fatal QAbstractItemModelTester.
#pragma once

#include "geo/mapdata.h"
#include "geo/projection.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/unitlistmodel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/selection.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>

namespace pela::test {

// Ambon's city hall: the middle of the fixture's world.
inline const QGeoCoordinate FixtureCentre(-3.69580, 128.18150);
// The coast: sea west of this longitude, land east of it.
constexpr double CoastLongitude = 128.1700;
constexpr double RoadLatitude = -3.6930;

inline core::MapFeature fixtureFeature(const QByteArray &geometry, const QString &featureClass,
                                       const QString &name)
{
    return *core::MapData::featureFromGeoJson(geometry, featureClass, name);
}

inline core::MapDataPtr fixtureMapData()
{
    auto data = std::make_shared<core::MapData>();
    const QByteArray land =
        QStringLiteral(R"({"type":"Polygon","coordinates":[[[%1,-3.75],)"
                       R"([128.25,-3.75],[128.25,-3.64],[%1,-3.64],[%1,-3.75]]]})")
            .arg(CoastLongitude, 0, 'f', 4)
            .toUtf8();
    data->layers.append(core::MapData::makeLayer(
        1, QStringLiteral("land"), core::MapLayerKind::Land, QString(), 1,
        {fixtureFeature(land, QStringLiteral("land"), QStringLiteral("Test"))}));
    const QByteArray road = QStringLiteral(R"({"type":"LineString","coordinates":[[128.172,%1],)"
                                           R"([128.230,%1]]})")
                                .arg(RoadLatitude, 0, 'f', 4)
                                .toUtf8();
    data->layers.append(core::MapData::makeLayer(
        2, QStringLiteral("roads"), core::MapLayerKind::Roads,
        QStringLiteral("© OpenStreetMap contributors"), 1,
        {fixtureFeature(road, QStringLiteral("trunk"), QStringLiteral("Jalan Uji"))}));
    const QByteArray kelurahan =
        R"({"type":"Polygon","coordinates":[[[128.175,-3.72],)"
        R"([128.22,-3.72],[128.22,-3.70],[128.175,-3.70],[128.175,-3.72]]]})";
    data->layers.append(core::MapData::makeLayer(
        3, QStringLiteral("kelurahan"), core::MapLayerKind::Boundaries, QString(), 1,
        {fixtureFeature(kelurahan, QStringLiteral("kelurahan"), QStringLiteral("Benteng"))}));
    return data;
}

struct MapFixture
{
    using Tester = QAbstractItemModelTester;
    // A fixed clock: ages and alerts do not move while a test looks.
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);
    core::LiveState state;
    core::CaseListModel cases{&state};
    core::UnitListModel units{&state};
    core::HospitalListModel hospitals{&state};
    Tester casesTester{&cases, Tester::FailureReportingMode::Fatal};
    Tester unitsTester{&units, Tester::FailureReportingMode::Fatal};
    Tester hospitalsTester{&hospitals, Tester::FailureReportingMode::Fatal};
    ui::MapScene scene{&cases, &units, &hospitals};
    ui::Selection selection;
    ui::MapView view{&scene, &selection};

    // Hospitals 1 (open), 2 (diverting, approximate ±300 m), 3 (unknown location); units 11
    // (dispatched), 12 (out of service), 13 (en route, stale); cases 21 (P1 waiting 5 min) and
    // 22 (P3, unit 11 dispatched, destination hospital 1).
    static constexpr qint64 OpenHospital = 1, DivertingHospital = 2, UnknownHospital = 3;
    static constexpr qint64 DispatchedUnit = 11, OutOfServiceUnit = 12, StaleUnit = 13;
    static constexpr qint64 WaitingP1 = 21, ServedP3 = 22;

    MapFixture()
    {
        core::LiveSnapshot snapshot;
        auto hospital = [&](qint64 id, const QString &code, QGeoCoordinate at, const QString &er,
                            bool approximate, const QString &note) {
            core::HospitalRecord h;
            h.id = id;
            h.code = code;
            h.name = QStringLiteral("RS ") + code;
            h.location = at;
            h.erStatus = er;
            h.locationApproximate = approximate;
            h.locationNote = note;
            h.capabilities = {QStringLiteral("igd")};
            h.beds = {{QStringLiteral("igd"), 4, 10, now, QStringLiteral("pela")}};
            snapshot.hospitals.insert(id, h);
        };
        hospital(OpenHospital, QStringLiteral("OPN"), QGeoCoordinate(-3.6890, 128.1780),
                 QStringLiteral("open"), false, QStringLiteral("published point"));
        hospital(DivertingHospital, QStringLiteral("DVT"), QGeoCoordinate(-3.7000, 128.1950),
                 QStringLiteral("diverting"), true, QStringLiteral("approximate ±300 m"));
        hospital(UnknownHospital, QStringLiteral("UNK"), QGeoCoordinate(), QStringLiteral("open"),
                 true, QStringLiteral("not known"));
        auto unit = [&](qint64 id, const QString &callSign, QGeoCoordinate at,
                        const QString &status, qint64 secondsAgo) {
            core::UnitRecord u;
            u.id = id;
            u.callSign = callSign;
            u.kind = QStringLiteral("ambulance_bls");
            u.status = status;
            u.position = at;
            u.heading = 90;
            u.positionAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
            snapshot.units.insert(id, u);
        };
        unit(DispatchedUnit, QStringLiteral("AMB-D"), QGeoCoordinate(-3.6990, 128.1860),
             QStringLiteral("dispatched"), 5);
        unit(OutOfServiceUnit, QStringLiteral("AMB-O"), QGeoCoordinate(-3.7060, 128.1750),
             QStringLiteral("out_of_service"), 5);
        unit(StaleUnit, QStringLiteral("AMB-S"), QGeoCoordinate(-3.6850, 128.1900),
             QStringLiteral("en_route"), 3600);
        auto openCase = [&](qint64 id, int priority, QGeoCoordinate at, qint64 secondsAgo) {
            core::CaseRecord c;
            c.id = id;
            c.number = QStringLiteral("2026-0000%1").arg(id);
            c.category = QStringLiteral("medical");
            c.priority = priority;
            c.state = QStringLiteral("waiting");
            c.location = at;
            c.locationText = QStringLiteral("Jl. Uji");
            c.openedAt = now.addSecs(-secondsAgo);
            snapshot.cases.insert(id, c);
        };
        openCase(WaitingP1, 1, QGeoCoordinate(-3.7030, 128.1830), 300);
        openCase(ServedP3, 3, QGeoCoordinate(-3.6920, 128.1950), 120);
        snapshot.cases[ServedP3].state = QStringLiteral("dispatched");
        snapshot.cases[ServedP3].destinationHospitalId = OpenHospital;
        core::AssignmentRecord assignment;
        assignment.id = 31;
        assignment.caseId = ServedP3;
        assignment.unitId = DispatchedUnit;
        assignment.state = QStringLiteral("dispatched");
        snapshot.assignments.insert(assignment.id, assignment);
        snapshot.units[DispatchedUnit].currentAssignmentId = assignment.id;
        state.resetTo(snapshot);

        view.setClock([this] { return now; });
        view.setData(fixtureMapData());
        view.setSize(QSize(800, 600));
        core::MapViewport viewport = view.viewport();
        viewport.setCentre(FixtureCentre);
        viewport.setZoom(15);
        view.setViewport(viewport);
    }

    QImage render()
    {
        QImage image(view.viewport().size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta); // anything left unpainted would show
        QPainter painter(&image);
        view.render(painter);
        return image;
    }

    QPointF screenOf(const QGeoCoordinate &coordinate) const
    {
        return view.viewport().toScreen(coordinate);
    }
    // Where the layout put an item (units fan out from shared spots).
    QPointF itemCentre(ui::OverlayKey::Kind kind, qint64 id) const
    {
        const ui::OverlayItem *item = view.layout().find({kind, id});
        return item ? item->centre : QPointF(-1000, -1000);
    }
    void moveUnit(qint64 id, const QGeoCoordinate &to)
    {
        core::UnitRecord unit = *state.findUnit(id);
        unit.position = to;
        unit.positionAt = QDateTime::currentDateTimeUtc();
        state.applyUnits({unit}, {});
    }
};

inline QColor pixel(const QImage &image, const QPointF &at)
{
    return image.pixelColor(at.toPoint());
}

// Colours equal within a small tolerance (anti-aliasing, premultiplication).
inline bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace pela::test
