#include "coverageareas.h"

#include "roadsearch.h"

#include <algorithm>

namespace pela::core {

namespace {

// Centroids of large rural desa lie up to a few km inside the hills from the nearest road:
// the nearest road is still where an ambulance gets to, however far. Beyond this, it is not
// the same city.
constexpr double kCentroidSnapMeters = 20000;
// Without boundaries, a junction farther than this from every centroid is outside the areas.
constexpr double kNearestCentroidMeters = 10000;

struct Box
{
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    bool contains(double lat, double lon) const
    {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
};

// Even-odd over all rings: holes and multipolygon parts need no special case.
bool insideRings(const QList<QList<QGeoCoordinate>> &rings, double lat, double lon)
{
    bool inside = false;
    for (const QList<QGeoCoordinate> &ring : rings) {
        const qsizetype count = ring.size();
        for (qsizetype i = 0, j = count - 1; i < count; j = i++) {
            const double latI = ring[i].latitude(), lonI = ring[i].longitude();
            const double latJ = ring[j].latitude(), lonJ = ring[j].longitude();
            if ((latI > lat) != (latJ > lat) &&
                lon < (lonJ - lonI) * (lat - latI) / (latJ - latI) + lonI)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

std::shared_ptr<const CoverageAreas> CoverageAreas::build(const RoadRouter &router,
                                                          const QList<CoverageArea> &areas)
{
    std::shared_ptr<CoverageAreas> prepared(new CoverageAreas);
    prepared->m_router = router;
    prepared->m_areas = areas;
    prepared->m_junctionCounts.assign(size_t(areas.size()), 0);
    const RoadGraph &graph = *router.graph();
    prepared->m_centroids.reserve(size_t(areas.size()));
    for (const CoverageArea &area : areas)
        prepared->m_centroids.push_back(graph.snap(area.centroid, kCentroidSnapMeters));
    if (graph.isEmpty())
        return prepared;

    const bool byBoundaries = std::any_of(areas.begin(), areas.end(),
                                          [](const CoverageArea &a) { return !a.rings.isEmpty(); });
    prepared->m_assignment = byBoundaries ? Assignment::Boundaries : Assignment::NearestCentroid;
    std::vector<Box> boxes(size_t(areas.size()));
    for (qsizetype a = 0; a < areas.size(); ++a)
        for (const QList<QGeoCoordinate> &ring : areas[a].rings)
            for (const QGeoCoordinate &point : ring) {
                Box &box = boxes[size_t(a)];
                box.minLat = std::min(box.minLat, point.latitude());
                box.maxLat = std::max(box.maxLat, point.latitude());
                box.minLon = std::min(box.minLon, point.longitude());
                box.maxLon = std::max(box.maxLon, point.longitude());
            }
    prepared->m_junctionArea.assign(size_t(graph.junctionCount()), -1);
    for (int node = 0; node < graph.junctionCount(); ++node) {
        const QGeoCoordinate junction = graph.junction(node);
        int found = -1;
        if (byBoundaries) {
            for (qsizetype a = 0; a < areas.size() && found < 0; ++a)
                if (boxes[size_t(a)].contains(junction.latitude(), junction.longitude()) &&
                    insideRings(areas[a].rings, junction.latitude(), junction.longitude()))
                    found = int(a);
        } else {
            double nearest = kNearestCentroidMeters;
            for (qsizetype a = 0; a < areas.size(); ++a) {
                const double distance = junction.distanceTo(areas[a].centroid);
                if (distance < nearest) {
                    nearest = distance;
                    found = int(a);
                }
            }
        }
        prepared->m_junctionArea[size_t(node)] = found;
        if (found >= 0 && graph.inMainComponent(node))
            ++prepared->m_junctionCounts[size_t(found)];
    }
    return prepared;
}

CoverageReport CoverageAreas::compute(const QList<EtaSubject> &availableUnits) const
{
    return compute(availableUnits, m_router.settings().coverageThresholdSeconds);
}

CoverageReport CoverageAreas::straightLine(const QList<EtaSubject> &units,
                                           double thresholdSeconds) const
{
    CoverageReport report;
    report.thresholdSeconds = thresholdSeconds;
    for (const EtaSubject &unit : units)
        if (!unit.position.isValid())
            report.unitsLeftOut.append(unit.id);
    for (const CoverageArea &area : m_areas) {
        AreaCoverage coverage;
        coverage.code = area.code;
        coverage.name = area.name;
        coverage.method = EtaMethod::StraightLine;
        coverage.note = EtaNote::NoRoads;
        for (const EtaSubject &unit : units) {
            if (!unit.position.isValid())
                continue;
            const double seconds = m_router.settings().straightLineSeconds(
                unit.position.distanceTo(area.centroid), unit.kind);
            if (seconds < coverage.seconds) {
                coverage.seconds = seconds;
                coverage.unitId = unit.id;
            }
        }
        report.areas.append(coverage);
    }
    return report;
}

CoverageReport CoverageAreas::compute(const QList<EtaSubject> &availableUnits,
                                      double thresholdSeconds) const
{
    using roadsearch::Direction;
    CoverageReport report;
    if (!m_router.hasRoads()) {
        report = straightLine(availableUnits, thresholdSeconds);
    } else {
        const RoadGraph &graph = *m_router.graph();
        report.thresholdSeconds = thresholdSeconds;
        // Every ambulance on the roads is a seed: one search gives each junction its nearest.
        std::vector<roadsearch::Seed> seeds;
        std::vector<RoadPosition> positions(size_t(availableUnits.size()));
        for (qsizetype i = 0; i < availableUnits.size(); ++i) {
            const RoadSnap snapped = m_router.snap(availableUnits[i].position);
            if (!snapped.ok()) {
                report.unitsLeftOut.append(availableUnits[i].id);
                continue;
            }
            positions[size_t(i)] = snapped.position;
            roadsearch::appendSeeds(graph, snapped.position, Direction::FromSeeds, int(i), seeds);
        }
        thread_local roadsearch::Tree tree; // reused by this thread's next query
        roadsearch::run(graph, Direction::FromSeeds, seeds, {}, tree);

        for (qsizetype a = 0; a < m_areas.size(); ++a) {
            AreaCoverage coverage;
            coverage.code = m_areas[a].code;
            coverage.name = m_areas[a].name;
            coverage.method = EtaMethod::Road;
            coverage.junctions = m_junctionCounts[size_t(a)];
            const RoadSnap &centroid = m_centroids[size_t(a)];
            if (!centroid.ok()) {
                coverage.note = EtaNote::AnchorOffRoad;
                report.areas.append(coverage);
                continue;
            }
            coverage.centroidOffRoadMeters = centroid.position.offRoadMeters;
            roadsearch::Arrival best =
                roadsearch::evaluate(graph, tree, centroid.position, Direction::FromSeeds);
            for (size_t i = 0; i < positions.size(); ++i) {
                if (!positions[i].isValid())
                    continue;
                roadsearch::Arrival direct =
                    roadsearch::direct(graph, positions[i], centroid.position);
                direct.source = int(i);
                if (direct.seconds < best.seconds)
                    best = direct;
            }
            coverage.seconds = best.seconds;
            if (best.source >= 0)
                coverage.unitId = availableUnits[best.source].id;
            report.areas.append(coverage);
        }
        // The slowest junction of each area, in one pass over the junctions.
        for (int node = 0; node < graph.junctionCount(); ++node) {
            const int area = m_junctionArea[size_t(node)];
            if (area < 0 || !graph.inMainComponent(node))
                continue;
            AreaCoverage &coverage = report.areas[area];
            const double seconds = tree.seconds(node);
            if (!(coverage.worstJunctionSeconds >= seconds)) { // NaN (none yet) or slower
                coverage.worstJunctionSeconds = seconds;
                coverage.worstJunction = graph.junction(node);
            }
        }
    }
    for (qsizetype a = 0; a < report.areas.size(); ++a) {
        AreaCoverage &coverage = report.areas[a];
        coverage.beyondThreshold = !(coverage.seconds <= thresholdSeconds);
        if (coverage.beyondThreshold)
            report.beyondThreshold.append(int(a));
    }
    std::stable_sort(report.beyondThreshold.begin(), report.beyondThreshold.end(),
                     [&](int left, int right) {
                         return report.areas[left].seconds > report.areas[right].seconds;
                     });
    return report;
}

} // namespace pela::core
