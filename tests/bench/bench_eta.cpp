// bench_eta: road ETAs on Ambon's real roads (../shared/data/ambon).
//   - the ETA of every unit (the demo fleet's 23 + 300 random units) to one case, over 1,000
//     random cases: eta_all_units_median_ms, eta_all_units_p95_ms;
//   - the same question asked of pgRouting (pgr_dijkstraCost from the units' junctions to the
//     case's junction, same edges and costs) in the benchmark's own cluster: pgrouting_median_ms;
//   - coverage of the 50 kelurahan/desa for the demo fleet's ambulances: coverage_ms;
//   - over 2,000 random incidents, how often the ambulance nearest in a straight line is not the
//     fastest by road: straight_line_wrong_pick_pct.
// Random places are uniform over the length of the main road network, up to 30 m off the road.
//
//   bench_eta [--cases N] [--pgrouting-cases N (default 100)] [--incidents N]
// Needs the Ambon data (PELA_SHARED_DATA, or ../shared/data/ambon beside the source tree) and,
// for the comparison only, Debian's postgresql-15-pgrouting (and postgresql-15-postgis-3).
#include "db/pgconnection.h"
#include "geo/coverageareas.h"
#include "geo/roadnetwork.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

using namespace pela::core;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread: what a query costs, without the time the scheduler gave others
// (this machine's two cores are shared).
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * fraction))];
}

// The 1-minute load average: timings on a shared 2-core machine mean little without it.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("unknown");
}

QString dataDirectory()
{
    QStringList candidates;
    if (!qEnvironmentVariable("PELA_SHARED_DATA").isEmpty())
        candidates << qEnvironmentVariable("PELA_SHARED_DATA");
    if (!qEnvironmentVariable("PELA_SOURCE_DIR").isEmpty())
        candidates << qEnvironmentVariable("PELA_SOURCE_DIR") +
                          QStringLiteral("/../shared/data/ambon");
    // build/tests/bench_eta in the source tree: the source is ../.. from here.
    candidates << QCoreApplication::applicationDirPath() +
                      QStringLiteral("/../../../shared/data/ambon")
               << QDir::currentPath() + QStringLiteral("/../shared/data/ambon");
    for (const QString &candidate : candidates)
        if (QFile::exists(candidate + QStringLiteral("/roads-osm-2025-09-17.geojson")))
            return QDir(candidate).canonicalPath();
    return {};
}

// Uniform over the length of the main network, a little off the road as real positions are.
class RandomPlaces
{
public:
    RandomPlaces(const RoadGraph &graph, quint32 seed) : m_graph(graph), m_random(seed)
    {
        double total = 0;
        for (int e = 0; e < graph.edgeCount(); ++e) {
            if (!graph.edge(e).inMainComponent)
                continue;
            total += graph.edge(e).lengthMeters;
            m_edges.push_back(e);
            m_cumulative.push_back(total);
        }
    }
    QGeoCoordinate next()
    {
        const double at = m_random.generateDouble() * m_cumulative.back();
        const size_t i = size_t(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), at) -
                                m_cumulative.begin());
        const QGeoCoordinate onRoad = m_graph.pointAt(m_edges[i], m_random.generateDouble());
        return onRoad.atDistanceAndAzimuth(m_random.bounded(30.0), m_random.bounded(360.0));
    }

private:
    const RoadGraph &m_graph;
    QRandomGenerator m_random;
    std::vector<int> m_edges;
    std::vector<double> m_cumulative;
};

QList<EtaSubject> demoFleet(PgConnection &db)
{
    QList<EtaSubject> fleet;
    const PgResult units =
        db.exec("SELECT id, kind, lat, lon FROM units WHERE lat IS NOT NULL ORDER BY call_sign");
    for (int row = 0; row < units.rowCount(); ++row)
        fleet.append({units.toInt(row, "id"),
                      QGeoCoordinate(units.toDouble(row, "lat"), units.toDouble(row, "lon")),
                      units.text(row, "kind")});
    return fleet;
}

// The kelurahan boundaries as the map importer stores them: class 'kelurahan', property kode.
bool importBoundaries(PgConnection &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray features = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("features"))
                                    .toArray();
    const PgResult layer = db.exec("INSERT INTO map_layers (name, source) VALUES "
                                   "('kelurahan-boundaries', 'bench') RETURNING id");
    if (!layer.ok())
        return false;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        const std::function<void(const QJsonValue &)> visit = [&](const QJsonValue &node) {
            const QJsonArray array = node.toArray();
            if (array.size() >= 2 && array[0].isDouble()) {
                minLon = std::min(minLon, array[0].toDouble());
                maxLon = std::max(maxLon, array[0].toDouble());
                minLat = std::min(minLat, array[1].toDouble());
                maxLat = std::max(maxLat, array[1].toDouble());
                return;
            }
            for (const QJsonValue &child : array)
                visit(child);
        };
        visit(geometry.value(QStringLiteral("coordinates")));
        const PgResult inserted = db.exec(
            "INSERT INTO map_features (layer_id, class, name, properties, geometry, min_lat, "
            "min_lon, max_lat, max_lon) VALUES ($1, 'kelurahan', $2, $3, $4, $5, $6, $7, $8)",
            {layer.toInt(0, "id"), properties.value(QStringLiteral("nama")).toString(),
             QJsonDocument(properties), QJsonDocument(geometry), minLat, minLon, maxLat, maxLon});
        if (!inserted.ok())
            return false;
    }
    return true;
}

// The junction nearer the snapped point: pgRouting routes between vertices only.
int nearestJunction(const RoadGraph &graph, const RoadPosition &position)
{
    const RoadEdge &edge = graph.edge(position.edge);
    return position.fraction < 0.5 ? edge.from : edge.to;
}

QString intArray(const std::vector<qint64> &values)
{
    QStringList items;
    for (qint64 value : values)
        items << QString::number(value);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString doubleArray(const std::vector<double> &values)
{
    QStringList items;
    for (double value : values)
        items << QString::number(value, 'g', 17);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

struct PgRoutingFigures
{
    bool available = false;
    QString reason;
    std::vector<double> milliseconds;
    double maxDifferenceSeconds = 0;
};

// The same graph in an edge table: every edge with its two costs (-1 where closed), vertex ids =
// junction + 1. Empty when it worked, else why not.
QString loadPgRoutingEdges(PgConnection &db, const RoadGraph &graph)
{
    const PgResult postgis = db.exec("CREATE EXTENSION IF NOT EXISTS postgis");
    const PgResult pgrouting = db.exec("CREATE EXTENSION IF NOT EXISTS pgrouting");
    if (!pgrouting.ok())
        return pgrouting.error().detail().simplified();
    if (!postgis.ok())
        std::printf("postgis: not available (%s); pgRouting runs without it\n",
                    qPrintable(postgis.error().detail().simplified()));
    std::vector<qint64> ids, sources, targets;
    std::vector<double> costs, reverseCosts;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const RoadEdge &edge = graph.edge(e);
        ids.push_back(e + 1);
        sources.push_back(edge.from + 1);
        targets.push_back(edge.to + 1);
        costs.push_back(edge.forwardSeconds < kUnreachable ? edge.forwardSeconds : -1);
        reverseCosts.push_back(edge.backwardSeconds < kUnreachable ? edge.backwardSeconds : -1);
    }
    const bool loaded =
        db.exec("CREATE TABLE bench_edges (id bigint PRIMARY KEY, source bigint, target bigint, "
                "cost float8, reverse_cost float8)")
            .ok() &&
        db.exec("INSERT INTO bench_edges SELECT * FROM unnest($1::bigint[], $2::bigint[], "
                "$3::bigint[], $4::float8[], $5::float8[])",
                {intArray(ids), intArray(sources), intArray(targets), doubleArray(costs),
                 doubleArray(reverseCosts)})
            .ok() &&
        db.exec("ANALYZE bench_edges").ok();
    return loaded ? QString() : QStringLiteral("could not load the edge table");
}

// One pgr_dijkstraCost per case from the units' junctions to the case's junction.
PgRoutingFigures timePgRouting(PgConnection &db, const RoadRouter &router,
                               const QList<QGeoCoordinate> &cases, const QList<EtaSubject> &units)
{
    PgRoutingFigures figures;
    figures.available = true;
    const RoadGraph &graph = *router.graph();
    std::vector<int> unitNodes;
    std::vector<qint64> unitVertices;
    for (const EtaSubject &unit : units) {
        const RoadSnap snap = router.snap(unit.position);
        if (!snap.ok())
            continue;
        unitNodes.push_back(nearestJunction(graph, snap.position));
        unitVertices.push_back(unitNodes.back() + 1);
    }
    const QString unitArray = intArray(unitVertices);
    for (qsizetype c = 0; c < cases.size(); ++c) {
        const RoadSnap caseSnap = router.snap(cases[c]);
        if (!caseSnap.ok())
            continue;
        const int caseNode = nearestJunction(graph, caseSnap.position);
        const Clock::time_point start = Clock::now();
        const PgResult costsToCase = db.exec(
            "SELECT start_vid, agg_cost FROM pgr_dijkstraCost('SELECT id, source, target, cost, "
            "reverse_cost FROM bench_edges', $1::bigint[], $2::bigint, directed => true)",
            {unitArray, qint64(caseNode + 1)});
        figures.milliseconds.push_back(millisecondsSince(start));
        if (!costsToCase.ok()) {
            figures.available = false;
            figures.reason = costsToCase.error().detail().simplified();
            return figures;
        }
        // Cross-check on the first cases: junction to junction, our search gives the same costs.
        if (c < 20) {
            std::vector<RoadPosition> origins;
            for (int node : unitNodes)
                origins.push_back(graph.positionAtJunction(node));
            const std::vector<double> ours =
                router.secondsTo(graph.positionAtJunction(caseNode), origins);
            QHash<qint64, double> theirs;
            for (int row = 0; row < costsToCase.rowCount(); ++row)
                theirs.insert(costsToCase.toInt(row, "start_vid"),
                              costsToCase.toDouble(row, "agg_cost"));
            for (size_t u = 0; u < unitNodes.size(); ++u) {
                const double their =
                    unitNodes[u] == caseNode ? 0 : theirs.value(unitNodes[u] + 1, -1);
                figures.maxDifferenceSeconds =
                    std::max(figures.maxDifferenceSeconds,
                             their < 0 ? kUnreachable : std::abs(their - ours[u]));
            }
        }
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // pgRouting takes about 0.4 s per case with 323 units: 100 cases keep the run near a minute.
    int caseCount = 1000, pgRoutingCases = 100, incidentCount = 2000;
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--cases"))
            caseCount = std::max(1, arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--pgrouting-cases"))
            pgRoutingCases = std::max(0, arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--incidents"))
            incidentCount = std::max(1, arguments[i + 1].toInt());
    }
    const QString directory = dataDirectory();
    if (directory.isEmpty()) {
        std::fprintf(stderr, "bench_eta: the Ambon data (roads-osm-2025-09-17.geojson) was not "
                             "found: set PELA_SHARED_DATA to the ../shared/data/ambon folder\n");
        return 2;
    }
    std::printf("data: %s\n", qPrintable(directory));

    Clock::time_point start = Clock::now();
    const RoadFeatureRead read = RoadFeatureReader::fromGeoJsonFile(
        directory + QStringLiteral("/roads-osm-2025-09-17.geojson"));
    if (!read.ok()) {
        std::fprintf(stderr, "bench_eta: %s\n", qPrintable(read.error));
        return 2;
    }
    std::printf("roads_read_ms: %.1f\n", millisecondsSince(start));
    const RoadSettings settings = RoadSettings::defaults();
    start = Clock::now();
    const RoadRouter router(RoadGraph::build(read.features, settings), settings);
    std::printf("graph_build_ms: %.1f\n", millisecondsSince(start));
    const RoadGraph &graph = *router.graph();
    const RoadGraph::Statistics &statistics = graph.statistics();
    std::printf("junctions: %d\nedges: %d\nmain_component_junctions: %d\ndrivable_km: %.1f\n"
                "main_component_km: %.1f\n",
                statistics.junctions, statistics.edges, statistics.mainComponentJunctions,
                statistics.drivableKilometres, statistics.mainComponentKilometres);

    const QString conninfo =
        pela::test::TestCluster::instance().freshDatabase(pela::test::TestCluster::Fleet::Demo);
    PgConnection db = pela::test::connect(conninfo);
    const QList<EtaSubject> fleet = demoFleet(db);
    QList<EtaSubject> ambulances;
    for (const EtaSubject &unit : fleet)
        if (unit.kind.startsWith(QLatin1String("ambulance")))
            ambulances.append(unit);

    // 1. Every unit to one case.
    RandomPlaces places(graph, 20250917);
    QList<EtaSubject> units = fleet;
    for (int i = 0; i < 300; ++i)
        units.append({qint64(100000 + i), places.next(), QStringLiteral("ambulance_bls")});
    QList<QGeoCoordinate> cases;
    for (int i = 0; i < caseCount; ++i)
        cases.append(places.next());
    std::vector<double> etaMilliseconds, etaCpuMilliseconds;
    int fallbacks = 0;
    for (const QGeoCoordinate &incident : std::as_const(cases)) {
        start = Clock::now();
        const double cpuStart = threadCpuMilliseconds();
        const EtaBatch batch = router.etasTo(incident, units);
        etaCpuMilliseconds.push_back(threadCpuMilliseconds() - cpuStart);
        etaMilliseconds.push_back(millisecondsSince(start));
        for (const Eta &eta : batch.etas)
            fallbacks += eta.method != EtaMethod::Road;
    }
    std::printf("eta_units: %lld\neta_cases: %d\neta_not_by_road: %d\nload_average_1min: %s\n",
                qint64(units.size()), caseCount, fallbacks, qPrintable(loadAverage()));
    std::printf("eta_all_units_cpu_median_ms: %.3f\neta_all_units_cpu_p95_ms: %.3f\n",
                percentile(etaCpuMilliseconds, 0.5), percentile(etaCpuMilliseconds, 0.95));
    const double etaMedian = percentile(etaMilliseconds, 0.5);
    std::printf("eta_all_units_median_ms: %.3f\neta_all_units_p95_ms: %.3f\n", etaMedian,
                percentile(etaMilliseconds, 0.95));

    // 2. pgRouting, for comparison only: all units, and the demo fleet alone (the size of the
    //    issue's earlier measurement).
    if (pgRoutingCases > 0) {
        const QString notLoaded = loadPgRoutingEdges(db, graph);
        PgRoutingFigures all, fleetOnly;
        if (notLoaded.isEmpty()) {
            fleetOnly = timePgRouting(db, router, cases.mid(0, pgRoutingCases), fleet);
            all = timePgRouting(db, router, cases.mid(0, pgRoutingCases), units);
        }
        if (all.available && fleetOnly.available) {
            const double pgMedian = percentile(all.milliseconds, 0.5);
            std::printf("pgrouting_cases: %d\npgrouting_max_difference_s: %.6f\n"
                        "pgrouting_fleet_median_ms: %.1f\npgrouting_p95_ms: %.1f\n"
                        "pgrouting_median_ms: %.1f\npgrouting_over_eta_median: %.0f\n",
                        int(all.milliseconds.size()),
                        std::max(all.maxDifferenceSeconds, fleetOnly.maxDifferenceSeconds),
                        percentile(fleetOnly.milliseconds, 0.5), percentile(all.milliseconds, 0.95),
                        pgMedian, pgMedian / etaMedian);
        } else {
            std::printf(
                "pgrouting: not available (%s): install postgresql-15-pgrouting and "
                "postgresql-15-postgis-3 for the comparison\npgrouting_median_ms: n/a\n",
                qPrintable(notLoaded.isEmpty() ? all.reason + fleetOnly.reason : notLoaded));
        }
    }

    // 3. Coverage of the 50 kelurahan/desa by the demo fleet's ambulances.
    if (!importBoundaries(db, directory + QStringLiteral("/kelurahan-boundaries.geojson")))
        std::printf("coverage: kelurahan boundaries not imported; junctions by nearest centroid\n");
    const CoverageAreaLoad areas = RoadNetwork::loadCoverageAreas(db);
    start = Clock::now();
    const CoverageAreasPtr coverage = CoverageAreas::build(router, areas.areas);
    std::printf(
        "coverage_areas: %lld\ncoverage_areas_with_boundary: %d\ncoverage_prepare_ms: %.1f\n",
        qint64(areas.areas.size()), areas.withBoundary, millisecondsSince(start));
    std::vector<double> coverageMilliseconds;
    CoverageReport report;
    for (int i = 0; i < 100; ++i) {
        start = Clock::now();
        report = coverage->compute(ambulances);
        coverageMilliseconds.push_back(millisecondsSince(start));
    }
    QStringList beyond;
    for (int a : std::as_const(report.beyondThreshold))
        beyond << QStringLiteral("%1 %2 min")
                      .arg(report.areas[a].name)
                      .arg(report.areas[a].seconds / 60, 0, 'f', 1);
    std::printf("coverage_beyond_%.0f_min: %lld (%s)\n", report.thresholdSeconds / 60,
                qint64(beyond.size()), qPrintable(beyond.join(QStringLiteral(", "))));
    std::printf("coverage_p95_ms: %.2f\ncoverage_ms: %.2f\n",
                percentile(coverageMilliseconds, 0.95), percentile(coverageMilliseconds, 0.5));

    // 4. The straight-line pick against the road-fastest, demo fleet's ambulances.
    int wrong = 0, over60 = 0, over180 = 0;
    std::vector<double> extra, detour, roadKmh;
    for (int i = 0; i < incidentCount; ++i) {
        const EtaBatch batch = router.etasTo(places.next(), ambulances);
        const Eta *straightPick = nullptr;
        const Eta *fastest = nullptr;
        for (const Eta &eta : batch.etas) {
            if (eta.method != EtaMethod::Road)
                continue;
            if (!straightPick || eta.straightMeters < straightPick->straightMeters)
                straightPick = &eta;
            if (!fastest || eta.seconds < fastest->seconds)
                fastest = &eta;
        }
        if (!fastest)
            continue;
        const double lost = straightPick->seconds - fastest->seconds;
        if (lost > 0.5) { // units sharing a base tie: not a wrong pick
            ++wrong;
            extra.push_back(lost);
            over60 += lost >= 60;
            over180 += lost >= 180;
        }
        if (fastest->straightMeters > 500) {
            detour.push_back(fastest->meters / fastest->straightMeters);
            roadKmh.push_back(fastest->meters / fastest->seconds * 3.6);
        }
    }
    std::printf("incidents: %d\nambulances: %lld\n", incidentCount, qint64(ambulances.size()));
    std::printf("calibration_detour_median: %.2f\ncalibration_road_kmh_median: %.1f\n",
                percentile(detour, 0.5), percentile(roadKmh, 0.5));
    std::printf("straight_line_wrong_by_60s_pct: %.1f\nstraight_line_wrong_by_180s_pct: %.1f\n"
                "straight_line_wrong_extra_median_s: %.0f\n",
                100.0 * over60 / incidentCount, 100.0 * over180 / incidentCount,
                percentile(extra, 0.5));
    std::printf("straight_line_wrong_pick_pct: %.1f\n", 100.0 * wrong / incidentCount);
    std::fflush(stdout);
    db = PgConnection();
    pela::test::TestCluster::shutdown();
    return 0;
}
