// Routing on Ambon's real roads (../shared/data/ambon): the network's shape, the bay that makes
// straight lines lie, agreement between search directions, and concurrent queries.
#include "geo/roadrouter.h"
#include "test_roads_support.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <thread>

using namespace pela::core;

namespace {

// Built once per run; nullptr (with a warning) when the data folder is absent.
const RoadRouter *ambon()
{
    static const std::unique_ptr<RoadRouter> router = [] {
        const QString directory = pela::test::ambonDataDirectory();
        if (directory.isEmpty())
            return std::unique_ptr<RoadRouter>();
        const RoadFeatureRead read = RoadFeatureReader::fromGeoJsonFile(
            directory + QStringLiteral("/roads-osm-2025-09-17.geojson"));
        REQUIRE(read.ok());
        const RoadSettings settings = RoadSettings::defaults();
        return std::make_unique<RoadRouter>(RoadGraph::build(read.features, settings), settings);
    }();
    if (!router)
        WARN("Ambon data not found (set PELA_SHARED_DATA to ../shared/data/ambon): skipped");
    return router.get();
}

// Random points on the main network, a little off the road as real positions are.
QList<EtaSubject> randomUnits(const RoadRouter &router, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const RoadGraph &graph = *router.graph();
    QList<EtaSubject> units;
    while (units.size() < count) {
        const int edge = int(random.bounded(graph.edgeCount()));
        if (!graph.edge(edge).inMainComponent)
            continue;
        const QGeoCoordinate onRoad = graph.pointAt(edge, random.generateDouble());
        units.append({qint64(units.size() + 1),
                      onRoad.atDistanceAndAzimuth(random.bounded(30.0), random.bounded(360.0)),
                      QStringLiteral("ambulance_bls")});
    }
    return units;
}

} // namespace

TEST_CASE("Ambon's drivable roads form one main network")
{
    const RoadRouter *router = ambon();
    if (!router)
        return;
    const RoadGraph::Statistics &statistics = router->graph()->statistics();
    CHECK(statistics.junctions > 8000);
    CHECK(statistics.drivableKilometres > 700);
    CHECK(statistics.drivableKilometres < 800);
    // A few one-way dead ends and islands aside, every junction reaches every other.
    CHECK(statistics.mainComponentJunctions > 0.99 * statistics.junctions);
    CHECK(statistics.mainComponentKilometres > 0.99 * statistics.drivableKilometres);
    // The middle of the bay is no road.
    CHECK(router->snap(QGeoCoordinate(-3.6850, 128.1600)).outcome == SnapOutcome::FarFromRoad);
}

TEST_CASE("across Teluk Ambon the ambulance that looks nearest drives round the bay and comes last")
{
    const RoadRouter *router = ambon();
    if (!router)
        return;
    // A case on the north shore at Tawiri; one ambulance straight across the water at Amahusu,
    // one at RSUP Leimena (Rumah Tiga) farther away but on the same shore.
    const QGeoCoordinate tawiri(-3.68531, 128.12118);
    const QGeoCoordinate amahusu(-3.72613, 128.14507);
    const QGeoCoordinate leimena(-3.66149, 128.18420);
    const QString als = QStringLiteral("ambulance_als");
    const EtaBatch batch = router->etasTo(tawiri, {{1, amahusu, als}, {2, leimena, als}});
    REQUIRE(batch.anchor.ok());
    const Eta &across = batch.etas[0];
    const Eta &sameShore = batch.etas[1];
    REQUIRE(across.method == EtaMethod::Road);
    REQUIRE(sameShore.method == EtaMethod::Road);

    // In a straight line Amahusu is nearer ...
    CHECK(across.straightMeters < sameShore.straightMeters);
    const double acrossStraightEstimate =
        router->settings().straightLineSeconds(across.straightMeters, als);
    CHECK(acrossStraightEstimate <
          router->settings().straightLineSeconds(sameShore.straightMeters, als));
    // ... but it drives more than four times that distance, round by the city and the bridge,
    // and arrives far later than the straight-line estimate said, after Leimena's ambulance.
    CHECK(across.meters > 4 * across.straightMeters);
    CHECK(across.seconds > 1.8 * acrossStraightEstimate);
    CHECK(sameShore.seconds < across.seconds);
    CHECK(sameShore.meters < 1.25 * sameShore.straightMeters);

    // Its route crosses the bay on the Merah Putih bridge.
    const Route route = router->route(amahusu, tawiri, als);
    REQUIRE(route.method == EtaMethod::Road);
    CHECK(route.seconds == Approx(across.seconds).epsilon(1e-9));
    const QGeoCoordinate bridge(-3.6629, 128.1976);
    const bool crossesBridge =
        std::any_of(route.path.begin(), route.path.end(),
                    [&](const QGeoCoordinate &p) { return p.distanceTo(bridge) < 150; });
    CHECK(crossesBridge);
}

TEST_CASE(
    "on the real roads, one backward search agrees with a forward search and a route per unit")
{
    const RoadRouter *router = ambon();
    if (!router)
        return;
    const QList<EtaSubject> units = randomUnits(*router, 40, 7);
    const QList<EtaSubject> cases = randomUnits(*router, 5, 11);
    for (const EtaSubject &incident : cases) {
        const EtaBatch backward = router->etasTo(incident.position, units);
        REQUIRE(backward.anchor.ok());
        for (qsizetype i = 0; i < units.size(); ++i) {
            const Eta &eta = backward.etas[i];
            REQUIRE(eta.method == EtaMethod::Road);
            const EtaBatch forward = router->etasFrom(units[i].position, {incident}, {});
            CHECK(forward.etas[0].seconds == Approx(eta.seconds).epsilon(1e-9));
            const Route route = router->route(units[i].position, incident.position, {});
            CHECK(route.seconds == Approx(eta.seconds).epsilon(1e-9));
            CHECK(route.meters == Approx(eta.meters).epsilon(1e-9));
            // The drawn line is the road driven: its length is the route's.
            double drawn = 0;
            for (qsizetype p = 1; p < route.path.size(); ++p)
                drawn += route.path[p - 1].distanceTo(route.path[p]);
            CHECK(drawn == Approx(route.meters).epsilon(0.002).margin(1));
        }
    }
}

TEST_CASE("one graph answers queries from several threads at once")
{
    const RoadRouter *router = ambon();
    if (!router)
        return;
    const QList<EtaSubject> units = randomUnits(*router, 100, 21);
    const QList<EtaSubject> cases = randomUnits(*router, 32, 22);
    QList<EtaBatch> sequential;
    for (const EtaSubject &incident : cases)
        sequential.append(router->etasTo(incident.position, units));
    QList<EtaBatch> parallel(cases.size());
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (qsizetype c = t; c < cases.size(); c += 4)
                parallel[c] = router->etasTo(cases[c].position, units);
        });
    for (std::thread &thread : threads)
        thread.join();
    bool same = true;
    for (qsizetype c = 0; c < cases.size(); ++c)
        for (qsizetype u = 0; u < units.size(); ++u)
            same = same && parallel[c].etas[u].seconds == sequential[c].etas[u].seconds;
    CHECK(same);
}
