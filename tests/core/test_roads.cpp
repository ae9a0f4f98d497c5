// Road graph, snapping, ETAs, routes and coverage on a small hand-made network whose times are
// known exactly, and the straight-line fallback without roads.
#include "geo/coverageareas.h"
#include "geo/roadgraph.h"
#include "geo/roadrouter.h"
#include "test_roads_support.h"

#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::road;
using pela::test::SmallNetwork;

namespace {

constexpr double kSecondsMargin = 0.01; // snapping goes through a local projection

RoadRouter smallRouter(const SmallNetwork &network,
                       RoadSettings settings = pela::test::smallNetworkSettings())
{
    return RoadRouter(RoadGraph::build(network.features(), settings), settings);
}

double etaTo(const RoadRouter &router, const QGeoCoordinate &from, const QGeoCoordinate &to)
{
    const EtaBatch batch =
        router.etasTo(to, {EtaSubject{1, from, QStringLiteral("ambulance_als")}});
    REQUIRE(batch.etas.size() == 1);
    REQUIRE(batch.etas[0].method == EtaMethod::Road);
    return batch.etas[0].seconds;
}

const RoadEdge &onlyEdge(const RoadGraph &graph)
{
    REQUIRE(graph.edgeCount() == 1);
    return graph.edge(0);
}

} // namespace

TEST_CASE("footways and ways closed to cars stay out of the graph")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const RoadGraph::Statistics &statistics = router.graph()->statistics();
    CHECK(statistics.featuresExcluded == 2); // the footway A–D, the living street with motorcar=no
    CHECK(statistics.junctions == 8);        // A B C D E F G H, not the living street's end
    CHECK(statistics.edges == 7);
    // A to D goes by B (100 s + 200 s), not along the 1.4 km footway.
    CHECK(etaTo(router, network.a, network.d) == Approx(300).margin(kSecondsMargin));
    // The footway's middle is 500 m from every drivable road.
    CHECK(router.snap(network.at(500, 500)).outcome == SnapOutcome::FarFromRoad);
}

TEST_CASE("a one-way street is driven only its way; against it only on small streets when allowed")
{
    const SmallNetwork network;
    const double lorongDua = network.d.distanceTo(network.e);
    SECTION("one-way respected")
    {
        const RoadRouter router = smallRouter(network);
        CHECK(etaTo(router, network.d, network.e) == Approx(lorongDua / 5).margin(kSecondsMargin));
        // E to D: round by C and B (200 + 100 + 200 s).
        CHECK(etaTo(router, network.e, network.d) == Approx(500).margin(kSecondsMargin));
    }
    SECTION("against the one-way at half speed when the setting allows it")
    {
        RoadSettings settings = pela::test::smallNetworkSettings();
        settings.againstOnewayAllowed = true;
        const RoadRouter router = smallRouter(network, settings);
        CHECK(etaTo(router, network.e, network.d) ==
              Approx(lorongDua / 2.5).margin(kSecondsMargin));
    }
    SECTION("never against a one-way trunk or a roundabout")
    {
        RoadSettings settings = pela::test::smallNetworkSettings();
        settings.againstOnewayAllowed = true;
        const RoadEdge trunk =
            onlyEdge(*RoadGraph::build({road(QStringLiteral("trunk"), {network.a, network.b},
                                             pela::test::oneway(QStringLiteral("yes")))},
                                       settings));
        CHECK(trunk.forwardSeconds == Approx(100));
        CHECK(trunk.backwardSeconds == kUnreachable);
        const RoadEdge roundabout = onlyEdge(
            *RoadGraph::build({road(QStringLiteral("residential"), {network.a, network.b},
                                    {{QStringLiteral("junction"), QStringLiteral("roundabout")}})},
                              settings));
        CHECK(roundabout.backwardSeconds == kUnreachable);
    }
}

TEST_CASE(
    "OSM one-way values: yes/true/1 forward, -1 backward, reversible closed, roundabouts one-way")
{
    const SmallNetwork network;
    const RoadSettings settings = pela::test::smallNetworkSettings();
    const auto edgeFor = [&](const QJsonObject &properties) {
        return onlyEdge(*RoadGraph::build(
            {road(QStringLiteral("residential"), {network.a, network.b}, properties)}, settings));
    };
    for (const QString &value :
         {QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1")}) {
        const RoadEdge edge = edgeFor(pela::test::oneway(value));
        CHECK(edge.forwardSeconds == Approx(200));
        CHECK(edge.backwardSeconds == kUnreachable);
    }
    const RoadEdge backward = edgeFor(pela::test::oneway(QStringLiteral("-1")));
    CHECK(backward.forwardSeconds == kUnreachable);
    CHECK(backward.backwardSeconds == Approx(200));
    const RoadEdge both = edgeFor(pela::test::oneway(QStringLiteral("no")));
    CHECK(both.forwardSeconds == Approx(200));
    CHECK(both.backwardSeconds == Approx(200));
    const RoadEdge roundabout =
        edgeFor({{QStringLiteral("junction"), QStringLiteral("roundabout")}});
    CHECK(roundabout.backwardSeconds == kUnreachable);
    // A reversible way changes direction by the hour: never routed.
    CHECK(RoadGraph::build({road(QStringLiteral("residential"), {network.a, network.b},
                                 pela::test::oneway(QStringLiteral("reversible")))},
                           settings)
              ->isEmpty());
    // A posted maxspeed lowers the class speed, never raises it.
    CHECK(edgeFor({{QStringLiteral("maxspeed"), QStringLiteral("9")}}).forwardSeconds ==
          Approx(400));
    CHECK(edgeFor({{QStringLiteral("maxspeed"), QStringLiteral("60")}}).forwardSeconds ==
          Approx(200));
}

TEST_CASE(
    "a point by an island or a one-way dead end snaps to the main network, or says it is off road")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const RoadGraph::Statistics &statistics = router.graph()->statistics();
    CHECK(statistics.components == 3); // the main network, the island G–H, the dead end F
    CHECK(statistics.mainComponentJunctions == 5);

    // 10 m from the island, 276 m from D: placed at D, where an ambulance can come and go.
    const RoadSnap byIsland = router.snap(network.at(1190, 800));
    REQUIRE(byIsland.ok());
    CHECK(byIsland.passedIsolatedRoad);
    CHECK(byIsland.position.point.distanceTo(network.d) < 0.5);
    CHECK(byIsland.position.offRoadMeters == Approx(std::hypot(190, 200)).margin(0.5));
    // 90 m from the island but 417 m from the main network: off road, no invented route.
    CHECK(router.snap(network.at(1290, 700)).outcome == SnapOutcome::FarFromRoad);
    const EtaBatch offRoad = router.etasTo(
        network.a, {EtaSubject{7, network.at(1290, 700), QStringLiteral("ambulance_als")}});
    CHECK(offRoad.etas[0].method == EtaMethod::StraightLine);
    CHECK(offRoad.etas[0].note == EtaNote::SubjectOffRoad);

    // A unit at the end of the one-way stub C → F (280 m up it) is placed at C: from F itself no
    // road leads out.
    const QGeoCoordinate onStub = network.c.atDistanceAndAzimuth(280, 0);
    const RoadSnap stub = router.snap(onStub);
    REQUIRE(stub.ok());
    CHECK(stub.passedIsolatedRoad);
    CHECK(stub.position.point.distanceTo(network.c) < 0.5);
    CHECK(etaTo(router, onStub, network.a) == Approx(200).margin(kSecondsMargin));
}

TEST_CASE("snapping puts a point on the nearest road and splits the edge there")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const RoadSnap snap = router.snap(network.at(50, 500));
    REQUIRE(snap.ok());
    const RoadEdge &edge = router.graph()->edge(snap.position.edge);
    CHECK(router.graph()->highway(snap.position.edge) == QLatin1String("trunk"));
    CHECK(edge.lengthMeters == Approx(1000).margin(0.01));
    // Halfway along A–B, whichever way the edge was stored.
    CHECK(snap.position.fraction == Approx(0.5).margin(0.001));
    CHECK(snap.position.offRoadMeters == Approx(50).margin(0.5));
    CHECK(snap.position.point.distanceTo(network.at(0, 500)) < 0.5);
    CHECK_FALSE(snap.passedIsolatedRoad);

    CHECK(router.snap(network.at(-400, 0)).outcome == SnapOutcome::FarFromRoad);
    RoadSettings strict = pela::test::smallNetworkSettings();
    strict.snapMaxMeters = 30;
    CHECK(smallRouter(network, strict).snap(network.at(50, 500)).outcome ==
          SnapOutcome::FarFromRoad);
    CHECK(RoadGraph::empty()->snap(network.a, 300).outcome == SnapOutcome::NoRoads);
}

TEST_CASE("one backward search gives every unit its exact road time to the case")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const QGeoCoordinate middleOfLorongSatu = network.at(500, 1000);
    const QString als = QStringLiteral("ambulance_als");
    const EtaBatch batch = router.etasTo(middleOfLorongSatu, {{1, network.a, als},
                                                              {2, network.d, als},
                                                              {3, network.e, als},
                                                              {4, network.at(0, 1500), als},
                                                              {5, QGeoCoordinate(), als}});
    REQUIRE(batch.anchor.ok());
    REQUIRE(batch.etas.size() == 5);
    CHECK(batch.etas[0].id == 1);
    CHECK(batch.etas[0].seconds == Approx(200).margin(kSecondsMargin)); // A→B 100 s, 500 m at 5 m/s
    CHECK(batch.etas[0].meters == Approx(1500).margin(0.1));
    CHECK(batch.etas[1].seconds == Approx(100).margin(kSecondsMargin)); // D, half the street
    CHECK(batch.etas[2].seconds == Approx(400).margin(kSecondsMargin)); // E: not against D→E
    CHECK(batch.etas[3].seconds == Approx(150).margin(kSecondsMargin)); // mid B–C: 50 + 100 s
    CHECK(batch.etas[4].method == EtaMethod::None);
    CHECK(batch.etas[4].note == EtaNote::NoPosition);
    for (int i = 0; i < 4; ++i) {
        CHECK(batch.etas[i].method == EtaMethod::Road);
        CHECK(batch.etas[i].note == EtaNote::None);
    }

    // The other way round, case to places (forward): E is reached along the one-way.
    const EtaBatch outward =
        router.etasFrom(middleOfLorongSatu, {{1, network.a, {}}, {3, network.e, {}}}, als);
    CHECK(outward.etas[0].seconds == Approx(200).margin(kSecondsMargin));
    CHECK(outward.etas[1].seconds ==
          Approx(100 + network.d.distanceTo(network.e) / 5).margin(kSecondsMargin));
}

TEST_CASE("two points on one edge: direct when the way is open, round the block against a one-way")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    CHECK(etaTo(router, network.at(0, 200), network.at(0, 700)) ==
          Approx(50).margin(kSecondsMargin));
    const double azimuth = network.d.azimuthTo(network.e);
    const QGeoCoordinate ahead = network.d.atDistanceAndAzimuth(700, azimuth);
    const QGeoCoordinate behind = network.d.atDistanceAndAzimuth(200, azimuth);
    CHECK(etaTo(router, behind, ahead) == Approx(100).margin(kSecondsMargin));
    // Ahead → behind: on to E, C, B, D and up again: 60 + 200 + 100 + 200 + 40 s.
    const double remaining = (network.d.distanceTo(network.e) - 700) / 5;
    CHECK(etaTo(router, ahead, behind) == Approx(remaining + 540).margin(kSecondsMargin));
}

TEST_CASE("a route follows the roads from the unit to the case")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const Route route =
        router.route(network.a, network.at(500, 1000), QStringLiteral("ambulance_als"));
    REQUIRE(route.method == EtaMethod::Road);
    CHECK(route.seconds == Approx(200).margin(kSecondsMargin));
    CHECK(route.meters == Approx(1500).margin(0.1));
    REQUIRE(route.path.size() == 3);
    CHECK(route.path[0].distanceTo(network.a) < 0.5);
    CHECK(route.path[1].distanceTo(network.b) < 0.5);
    CHECK(route.path[2].distanceTo(network.at(500, 1000)) < 0.5);

    // E to D cannot take the one-way back: E, C, B, D.
    const Route around = router.route(network.e, network.d, QStringLiteral("ambulance_als"));
    REQUIRE(around.path.size() == 4);
    CHECK(around.path[1].distanceTo(network.c) < 0.5);
    CHECK(around.path[2].distanceTo(network.b) < 0.5);
    CHECK(around.seconds == Approx(500).margin(kSecondsMargin));

    // Same edge: two points.
    const Route along = router.route(network.at(0, 200), network.at(0, 700), {});
    CHECK(along.path.size() == 2);
    CHECK(along.meters == Approx(500).margin(0.1));
}

TEST_CASE("coverage gives each area its nearest ambulance's time, its slowest junction and the "
          "areas out of reach")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter(network);
    const auto rectangle = [&](double west, double south, double east, double north) {
        return QList<QList<QGeoCoordinate>>{{network.at(west, south), network.at(east, south),
                                             network.at(east, north), network.at(west, north)}};
    };
    QList<CoverageArea> areas = {
        {QStringLiteral("01"), QStringLiteral("Selatan"), QStringLiteral("kelurahan"),
         network.at(0, 400), rectangle(-100, -100, 1100, 1500)},
        {QStringLiteral("02"), QStringLiteral("Utara"), QStringLiteral("desa"),
         network.at(500, 2000), rectangle(-100, 1500, 1100, 2500)},
    };
    const QString als = QStringLiteral("ambulance_als");

    SECTION("junctions shared out by the boundaries")
    {
        const CoverageAreasPtr coverage = CoverageAreas::build(router, areas);
        CHECK(coverage->assignment() == CoverageAreas::Assignment::Boundaries);
        const CoverageReport one = coverage->compute({{11, network.a, als}}, 250);
        REQUIRE(one.areas.size() == 2);
        const AreaCoverage &selatan = one.areas[0];
        CHECK(selatan.name == QLatin1String("Selatan"));
        CHECK(selatan.method == EtaMethod::Road);
        CHECK(selatan.seconds == Approx(40).margin(kSecondsMargin));
        CHECK(selatan.unitId == 11);
        CHECK(selatan.junctions == 3); // A, B, D
        CHECK(selatan.worstJunctionSeconds == Approx(300).margin(kSecondsMargin));
        CHECK(selatan.worstJunction.distanceTo(network.d) < 0.5);
        CHECK_FALSE(selatan.beyondThreshold);
        const AreaCoverage &utara = one.areas[1];
        CHECK(utara.seconds == Approx(300).margin(kSecondsMargin)); // A→C 200 s, half of C–E
        CHECK(utara.junctions == 2); // C, E (the dead end F is not in the main network)
        CHECK(utara.worstJunctionSeconds == Approx(400).margin(kSecondsMargin));
        CHECK(utara.worstJunction.distanceTo(network.e) < 0.5);
        CHECK(utara.beyondThreshold);
        CHECK(one.beyondThreshold == QList<int>{1});

        // A second ambulance at E: Utara is now near; each area names its nearest unit.
        const CoverageReport two =
            coverage->compute({{11, network.a, als}, {12, network.e, als}}, 250);
        CHECK(two.areas[1].seconds == Approx(100).margin(kSecondsMargin));
        CHECK(two.areas[1].unitId == 12);
        CHECK(two.areas[1].worstJunctionSeconds == Approx(200).margin(kSecondsMargin));
        CHECK(two.areas[0].unitId == 11);
        CHECK(two.beyondThreshold.isEmpty());
    }
    SECTION("without boundaries, junctions go to the nearest centroid")
    {
        for (CoverageArea &area : areas)
            area.rings.clear();
        const CoverageAreasPtr coverage = CoverageAreas::build(router, areas);
        CHECK(coverage->assignment() == CoverageAreas::Assignment::NearestCentroid);
        const CoverageReport report = coverage->compute({{11, network.a, als}}, 250);
        CHECK(report.areas[0].junctions == 2); // A, B; D is nearer Utara's centroid
        CHECK(report.areas[0].worstJunctionSeconds == Approx(100).margin(kSecondsMargin));
        CHECK(report.areas[1].junctions == 3); // C, D, E
    }
    SECTION("no ambulance available, or none on a road: every area is out of reach")
    {
        const CoverageAreasPtr coverage = CoverageAreas::build(router, areas);
        const CoverageReport none = coverage->compute({}, 600);
        CHECK(none.beyondThreshold.size() == 2);
        CHECK(none.areas[0].seconds == kUnreachable);
        CHECK(none.areas[0].unitId == 0);
        const CoverageReport offRoad = coverage->compute({{13, network.at(-400, 0), als}}, 600);
        CHECK(offRoad.unitsLeftOut == QList<qint64>{13});
        CHECK(offRoad.beyondThreshold.size() == 2);
    }
    SECTION("the threshold comes from the settings unless given")
    {
        RoadSettings settings = pela::test::smallNetworkSettings();
        settings.coverageThresholdSeconds = 350;
        const CoverageAreasPtr coverage =
            CoverageAreas::build(smallRouter(network, settings), areas);
        const CoverageReport report = coverage->compute({{11, network.a, als}});
        CHECK(report.thresholdSeconds == 350);
        CHECK(report.beyondThreshold.isEmpty());
    }
}

TEST_CASE("without roads every estimate is a straight line, and says so")
{
    const SmallNetwork network;
    const RoadSettings settings = pela::test::smallNetworkSettings();
    const RoadRouter router(RoadGraph::empty(), settings);
    CHECK_FALSE(router.hasRoads());
    const QGeoCoordinate caseAt = network.at(0, 2000);
    const EtaBatch batch =
        router.etasTo(caseAt, {{1, network.a, QStringLiteral("ambulance_als")},
                               {2, network.a, QStringLiteral("hearse")},
                               {3, QGeoCoordinate(), QStringLiteral("ambulance_als")}});
    CHECK(batch.anchor.outcome == SnapOutcome::NoRoads);
    const double straight = network.a.distanceTo(caseAt);
    CHECK(batch.etas[0].method == EtaMethod::StraightLine);
    CHECK(batch.etas[0].note == EtaNote::NoRoads);
    // 2 km × detour 1.5 at the ALS speed (10 m/s), at the default (5 m/s) for a kind not listed.
    CHECK(batch.etas[0].seconds == Approx(straight * 1.5 / 10));
    CHECK(batch.etas[1].seconds == Approx(straight * 1.5 / 5));
    CHECK(batch.etas[2].method == EtaMethod::None);

    const Route route = router.route(network.a, caseAt, QStringLiteral("ambulance_als"));
    CHECK(route.method == EtaMethod::StraightLine);
    CHECK(route.path == QList<QGeoCoordinate>{network.a, caseAt});

    const CoverageAreasPtr coverage = CoverageAreas::build(
        router,
        {{QStringLiteral("01"), QStringLiteral("Utara"), QStringLiteral("desa"), caseAt, {}}});
    const CoverageReport report =
        coverage->compute({{1, network.a, QStringLiteral("ambulance_als")}}, 250);
    CHECK(report.areas[0].method == EtaMethod::StraightLine);
    CHECK(report.areas[0].note == EtaNote::NoRoads);
    CHECK(report.areas[0].seconds == Approx(straight * 1.5 / 10));
    CHECK(report.beyondThreshold == QList<int>{0});

    // With roads, a case far from every road falls back the same way, marked differently.
    const RoadRouter withRoads = smallRouter(network);
    const EtaBatch offRoadCase =
        withRoads.etasTo(network.at(-600, 0), {{1, network.a, QStringLiteral("ambulance_als")}});
    CHECK(offRoadCase.anchor.outcome == SnapOutcome::FarFromRoad);
    CHECK(offRoadCase.etas[0].method == EtaMethod::StraightLine);
    CHECK(offRoadCase.etas[0].note == EtaNote::AnchorOffRoad);
}
