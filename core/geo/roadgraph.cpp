#include "roadgraph.h"

#include <QHash>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace pela::core {

namespace {

// Qt's own mean earth radius (QGeoCoordinate::distanceTo), so lengths agree with Qt's.
constexpr double kEarthRadiusMetres = 6371007.2;
constexpr double kPi = 3.14159265358979323846;

enum class Passage
{
    Both,
    Forward,
    Backward,
    Closed
};

QString propertyText(const QJsonObject &properties, const char *key)
{
    const QJsonValue value = properties.value(QLatin1String(key));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString().trimmed().toLower();
}

Passage passageOf(const RoadFeature &feature)
{
    const QString oneway = propertyText(feature.properties, "oneway");
    if (oneway == QLatin1String("yes") || oneway == QLatin1String("true") ||
        oneway == QLatin1String("1"))
        return Passage::Forward;
    if (oneway == QLatin1String("-1") || oneway == QLatin1String("reverse"))
        return Passage::Backward;
    // Direction changes by the hour, and we do not know the hour's: never route through it.
    if (oneway == QLatin1String("reversible") || oneway == QLatin1String("alternating"))
        return Passage::Closed;
    if (oneway == QLatin1String("no") || oneway == QLatin1String("false") ||
        oneway == QLatin1String("0"))
        return Passage::Both;
    // OSM's implied one-ways.
    const QString junction = propertyText(feature.properties, "junction");
    if (junction == QLatin1String("roundabout") || junction == QLatin1String("circular") ||
        feature.highway == QLatin1String("motorway") ||
        feature.highway == QLatin1String("motorway_link"))
        return Passage::Forward;
    return Passage::Both;
}

bool isRoundabout(const RoadFeature &feature)
{
    const QString junction = propertyText(feature.properties, "junction");
    return junction == QLatin1String("roundabout") || junction == QLatin1String("circular");
}

// Streets where an ambulance may, when the setting allows, go against the one-way slowly.
bool isSmallStreet(const QString &highway)
{
    return highway == QLatin1String("residential") || highway == QLatin1String("living_street") ||
           highway == QLatin1String("service") || highway == QLatin1String("unclassified");
}

// access/vehicle/motor_vehicle/motorcar = no: closed to cars, or (in Ambon's alleys, the usual
// reason) too narrow for one. private and destination stay open: an ambulance goes to the door.
bool closedToCars(const RoadFeature &feature)
{
    for (const char *key : {"access", "vehicle", "motor_vehicle", "motorcar"})
        if (propertyText(feature.properties, key) == QLatin1String("no"))
            return true;
    return false;
}

// maxspeed lowers the class speed (a posted 20 means a street that cannot be driven faster);
// it never raises it.
double speedFor(const RoadFeature &feature, const RoadSettings &settings)
{
    double kmh = settings.speedKmh(feature.highway);
    if (kmh <= 0)
        return 0;
    QString maxspeed = propertyText(feature.properties, "maxspeed");
    double factor = 1;
    if (maxspeed.endsWith(QLatin1String("mph"))) {
        factor = 1.609344;
        maxspeed.chop(3);
    }
    bool ok = false;
    const double posted = maxspeed.trimmed().toDouble(&ok) * factor;
    if (ok && posted > 0)
        kmh = std::min(kmh, posted);
    return kmh;
}

quint64 pointKey(const QGeoCoordinate &point)
{
    // 1e-7 degrees: OSM's own precision, so shared nodes match exactly.
    const auto lat = quint64(qint64(std::llround(point.latitude() * 1e7)) + 900000000LL);
    const auto lon = quint64(qint64(std::llround(point.longitude() * 1e7)) + 1800000000LL);
    return (lat << 32) | lon;
}

struct KeptFeature
{
    int feature;
    QList<QGeoCoordinate> points;
    QList<quint64> keys;
    double forwardKmh;
    double backwardKmh; // 0: closed that way
};

} // namespace

std::shared_ptr<const RoadGraph> RoadGraph::empty()
{
    return std::shared_ptr<const RoadGraph>(new RoadGraph);
}

std::shared_ptr<const RoadGraph> RoadGraph::build(const QList<RoadFeature> &features,
                                                  const RoadSettings &settings)
{
    std::shared_ptr<RoadGraph> graph(new RoadGraph);
    RoadGraph &g = *graph;

    // 1. The drivable features, their directions and speeds.
    std::vector<KeptFeature> kept;
    kept.reserve(size_t(features.size()));
    QHash<quint64, int> uses; // how often each point occurs; a junction when >= 2
    uses.reserve(features.size() * 8);
    for (int index = 0; index < features.size(); ++index) {
        const RoadFeature &feature = features[index];
        const double kmh = speedFor(feature, settings);
        const Passage passage = passageOf(feature);
        if (kmh <= 0 || closedToCars(feature) || passage == Passage::Closed) {
            ++g.m_statistics.featuresExcluded;
            continue;
        }
        KeptFeature way{index, {}, {}, 0, 0};
        for (const QGeoCoordinate &point : feature.points) {
            const quint64 key = pointKey(point);
            if (!way.keys.isEmpty() && way.keys.last() == key)
                continue; // a repeated point adds nothing
            way.points.append(point);
            way.keys.append(key);
        }
        if (way.points.size() < 2) {
            ++g.m_statistics.featuresExcluded;
            continue;
        }
        const double against = settings.againstOnewayAllowed && isSmallStreet(feature.highway) &&
                                       !isRoundabout(feature)
                                   ? kmh * 0.5
                                   : 0;
        way.forwardKmh = passage == Passage::Backward ? against : kmh;
        way.backwardKmh = passage == Passage::Forward ? against : kmh;
        for (int i = 0; i < way.keys.size(); ++i)
            uses[way.keys[i]] += (i == 0 || i == way.keys.size() - 1) ? 2 : 1;
        kept.push_back(std::move(way));
    }
    g.m_statistics.featuresUsed = int(kept.size());

    // 2. Junctions and edges: a way is cut at every point it shares with another (or itself).
    QHash<quint64, int> nodeOf;
    const auto nodeFor = [&](quint64 key, const QGeoCoordinate &point) {
        auto it = nodeOf.find(key);
        if (it != nodeOf.end())
            return it.value();
        const int node = int(g.m_nodeLat.size());
        g.m_nodeLat.push_back(point.latitude());
        g.m_nodeLon.push_back(point.longitude());
        nodeOf.insert(key, node);
        return node;
    };
    for (const KeptFeature &way : kept) {
        const int featureIndex = int(g.m_featureHighway.size());
        g.m_featureHighway.push_back(features[way.feature].highway);
        g.m_featureName.push_back(features[way.feature].name);
        int start = 0;
        for (int i = 1; i < way.points.size(); ++i) {
            if (uses.value(way.keys[i]) < 2 && i != way.points.size() - 1)
                continue;
            RoadEdge edge;
            edge.from = nodeFor(way.keys[start], way.points[start]);
            edge.to = nodeFor(way.keys[i], way.points[i]);
            edge.feature = featureIndex;
            edge.firstPoint = int(g.m_pointLat.size());
            double along = 0;
            for (int p = start; p <= i; ++p) {
                if (p > start)
                    along += way.points[p - 1].distanceTo(way.points[p]);
                g.m_pointLat.push_back(way.points[p].latitude());
                g.m_pointLon.push_back(way.points[p].longitude());
                g.m_pointAlong.push_back(along);
                g.m_pointEdge.push_back(int(g.m_edges.size()));
            }
            edge.lastPoint = int(g.m_pointLat.size()) - 1;
            edge.lengthMeters = along;
            if (way.forwardKmh > 0)
                edge.forwardSeconds = along / (way.forwardKmh / 3.6);
            if (way.backwardKmh > 0)
                edge.backwardSeconds = along / (way.backwardKmh / 3.6);
            for (double seconds : {edge.forwardSeconds, edge.backwardSeconds})
                if (seconds < kUnreachable)
                    g.m_longestArcSeconds = std::max(g.m_longestArcSeconds, seconds);
            g.m_edges.push_back(edge);
            start = i;
        }
    }
    g.m_statistics.junctions = g.junctionCount();
    g.m_statistics.edges = g.edgeCount();
    if (g.m_edges.empty())
        return graph;
    g.renumberSpatially();

    // 3. Adjacency, both ways, as compressed arrays.
    const size_t nodes = g.m_nodeLat.size();
    g.m_forwardStart.assign(nodes + 1, 0);
    g.m_reverseStart.assign(nodes + 1, 0);
    for (const RoadEdge &edge : g.m_edges) {
        if (edge.forwardSeconds < kUnreachable) {
            ++g.m_forwardStart[size_t(edge.from) + 1];
            ++g.m_reverseStart[size_t(edge.to) + 1];
        }
        if (edge.backwardSeconds < kUnreachable) {
            ++g.m_forwardStart[size_t(edge.to) + 1];
            ++g.m_reverseStart[size_t(edge.from) + 1];
        }
    }
    for (size_t n = 0; n < nodes; ++n) {
        g.m_forwardStart[n + 1] += g.m_forwardStart[n];
        g.m_reverseStart[n + 1] += g.m_reverseStart[n];
    }
    g.m_forwardArcs.resize(size_t(g.m_forwardStart[nodes]));
    g.m_reverseArcs.resize(size_t(g.m_reverseStart[nodes]));
    std::vector<int> forwardFill(g.m_forwardStart.begin(), g.m_forwardStart.end() - 1);
    std::vector<int> reverseFill(g.m_reverseStart.begin(), g.m_reverseStart.end() - 1);
    for (int e = 0; e < g.edgeCount(); ++e) {
        const RoadEdge &edge = g.m_edges[size_t(e)];
        if (edge.forwardSeconds < kUnreachable) {
            g.m_forwardArcs[size_t(forwardFill[size_t(edge.from)]++)] =
                RoadArc{e, edge.to, edge.forwardSeconds, edge.lengthMeters};
            g.m_reverseArcs[size_t(reverseFill[size_t(edge.to)]++)] =
                RoadArc{e, edge.from, edge.forwardSeconds, edge.lengthMeters};
        }
        if (edge.backwardSeconds < kUnreachable) {
            g.m_forwardArcs[size_t(forwardFill[size_t(edge.to)]++)] =
                RoadArc{e, edge.from, edge.backwardSeconds, edge.lengthMeters};
            g.m_reverseArcs[size_t(reverseFill[size_t(edge.from)]++)] =
                RoadArc{e, edge.to, edge.backwardSeconds, edge.lengthMeters};
        }
    }

    g.buildComponents();
    g.buildIndex();
    return graph;
}

// Junctions numbered along a Z-order curve: neighbours on the map get nearby numbers, so a
// search touches nearby memory (about a quarter fewer L1 data misses on Ambon's network).
void RoadGraph::renumberSpatially()
{
    const size_t nodes = m_nodeLat.size();
    double minLat = m_nodeLat[0], maxLat = minLat, minLon = m_nodeLon[0], maxLon = minLon;
    for (size_t n = 0; n < nodes; ++n) {
        minLat = std::min(minLat, m_nodeLat[n]);
        maxLat = std::max(maxLat, m_nodeLat[n]);
        minLon = std::min(minLon, m_nodeLon[n]);
        maxLon = std::max(maxLon, m_nodeLon[n]);
    }
    const auto spread = [](quint32 value) { // the bits of a 16-bit value, one apart
        quint64 x = value & 0xffff;
        x = (x | (x << 8)) & 0x00ff00ff;
        x = (x | (x << 4)) & 0x0f0f0f0f;
        x = (x | (x << 2)) & 0x33333333;
        x = (x | (x << 1)) & 0x55555555;
        return x;
    };
    std::vector<std::pair<quint64, int>> keys(nodes);
    for (size_t n = 0; n < nodes; ++n) {
        const auto lat = quint32((m_nodeLat[n] - minLat) / std::max(maxLat - minLat, 1e-9) * 65535);
        const auto lon = quint32((m_nodeLon[n] - minLon) / std::max(maxLon - minLon, 1e-9) * 65535);
        keys[n] = {spread(lat) | (spread(lon) << 1), int(n)};
    }
    std::sort(keys.begin(), keys.end());
    std::vector<int> renumbered(nodes);
    std::vector<double> lat(nodes), lon(nodes);
    for (size_t i = 0; i < nodes; ++i) {
        const size_t old = size_t(keys[i].second);
        renumbered[old] = int(i);
        lat[i] = m_nodeLat[old];
        lon[i] = m_nodeLon[old];
    }
    m_nodeLat.swap(lat);
    m_nodeLon.swap(lon);
    for (RoadEdge &edge : m_edges) {
        edge.from = renumbered[size_t(edge.from)];
        edge.to = renumbered[size_t(edge.to)];
    }
}

// Tarjan's strongly connected components, iterative (a long street would overflow the stack).
// Routing stays inside the largest one: from there every junction reaches every other.
void RoadGraph::buildComponents()
{
    const int nodes = junctionCount();
    m_component.assign(size_t(nodes), -1);
    std::vector<int> index(size_t(nodes), -1), low(size_t(nodes), 0);
    std::vector<char> onStack(size_t(nodes), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, int>> calls; // node, next arc to look at
    std::vector<int> sizes;
    int counter = 0;
    for (int root = 0; root < nodes; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        calls.emplace_back(root, m_forwardStart[size_t(root)]);
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = 1;
        while (!calls.empty()) {
            auto &[node, arc] = calls.back();
            if (arc < m_forwardStart[size_t(node) + 1]) {
                const int next = m_forwardArcs[size_t(arc++)].node;
                if (index[size_t(next)] < 0) {
                    index[size_t(next)] = low[size_t(next)] = counter++;
                    stack.push_back(next);
                    onStack[size_t(next)] = 1;
                    calls.emplace_back(next, m_forwardStart[size_t(next)]);
                } else if (onStack[size_t(next)]) {
                    low[size_t(node)] = std::min(low[size_t(node)], index[size_t(next)]);
                }
                continue;
            }
            const int finished = node;
            calls.pop_back();
            if (!calls.empty())
                low[size_t(calls.back().first)] =
                    std::min(low[size_t(calls.back().first)], low[size_t(finished)]);
            if (low[size_t(finished)] == index[size_t(finished)]) {
                const int component = int(sizes.size());
                int size = 0;
                int member = -1;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[size_t(member)] = 0;
                    m_component[size_t(member)] = component;
                    ++size;
                } while (member != finished);
                sizes.push_back(size);
            }
        }
    }
    m_mainComponent = int(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    m_statistics.components = int(sizes.size());
    m_statistics.mainComponentJunctions = sizes[size_t(m_mainComponent)];
    for (RoadEdge &edge : m_edges) {
        edge.inMainComponent = m_component[size_t(edge.from)] == m_mainComponent &&
                               m_component[size_t(edge.to)] == m_mainComponent;
        m_statistics.drivableKilometres += edge.lengthMeters / 1000;
        if (edge.inMainComponent)
            m_statistics.mainComponentKilometres += edge.lengthMeters / 1000;
    }
}

void RoadGraph::buildIndex()
{
    double minLat = m_pointLat[0], maxLat = minLat;
    for (double lat : m_pointLat) {
        minLat = std::min(minLat, lat);
        maxLat = std::max(maxLat, lat);
    }
    m_metresPerDegreeLat = kEarthRadiusMetres * kPi / 180;
    m_metresPerDegreeLon = m_metresPerDegreeLat * std::cos((minLat + maxLat) / 2 * kPi / 180);
    const size_t points = m_pointLat.size();
    m_pointX.resize(points);
    m_pointY.resize(points);
    double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
    for (size_t i = 0; i < points; ++i) {
        m_pointX[i] = projectX(m_pointLon[i]);
        m_pointY[i] = projectY(m_pointLat[i]);
        minX = std::min(minX, m_pointX[i]);
        maxX = std::max(maxX, m_pointX[i]);
        minY = std::min(minY, m_pointY[i]);
        maxY = std::max(maxY, m_pointY[i]);
    }
    // 50 m cells hold a handful of segments even in a dense centre; a country-sized import
    // grows the cells so the grid stays below about four million of them.
    m_cellMetres = std::max(50.0, std::sqrt((maxX - minX) * (maxY - minY) / 4e6));
    m_gridX0 = minX;
    m_gridY0 = minY;
    m_gridColumns = int((maxX - minX) / m_cellMetres) + 1;
    m_gridRows = int((maxY - minY) / m_cellMetres) + 1;

    // Two passes: count segments per cell, then fill (a segment in every cell its box touches).
    const auto forEachCell = [&](size_t i, auto &&visit) {
        int c0, r0, c1, r1;
        cellOf(std::min(m_pointX[i], m_pointX[i + 1]), std::min(m_pointY[i], m_pointY[i + 1]), &c0,
               &r0);
        cellOf(std::max(m_pointX[i], m_pointX[i + 1]), std::max(m_pointY[i], m_pointY[i + 1]), &c1,
               &r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                visit(size_t(r) * size_t(m_gridColumns) + size_t(c));
    };
    m_cellStart.assign(size_t(m_gridColumns) * size_t(m_gridRows) + 1, 0);
    for (size_t i = 0; i + 1 < points; ++i)
        if (m_pointEdge[i] == m_pointEdge[i + 1])
            forEachCell(i, [&](size_t cell) { ++m_cellStart[cell + 1]; });
    for (size_t cell = 1; cell < m_cellStart.size(); ++cell)
        m_cellStart[cell] += m_cellStart[cell - 1];
    m_cellSegments.resize(size_t(m_cellStart.back()));
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i + 1 < points; ++i)
        if (m_pointEdge[i] == m_pointEdge[i + 1])
            forEachCell(i, [&](size_t cell) { m_cellSegments[size_t(fill[cell]++)] = int(i); });
}

void RoadGraph::cellOf(double x, double y, int *column, int *row) const
{
    *column = std::clamp(int((x - m_gridX0) / m_cellMetres), 0, m_gridColumns - 1);
    *row = std::clamp(int((y - m_gridY0) / m_cellMetres), 0, m_gridRows - 1);
}

RoadSnap RoadGraph::snap(const QGeoCoordinate &point, double maxMeters) const
{
    if (isEmpty() || !point.isValid())
        return RoadSnap{SnapOutcome::NoRoads, {}, false};
    const RoadSnap farFromRoad{SnapOutcome::FarFromRoad, {}, false};
    const double px = projectX(point.longitude());
    const double py = projectY(point.latitude());
    // The point's cell, possibly outside the grid (negative or past the end).
    const double cellX = std::floor((px - m_gridX0) / m_cellMetres);
    const double cellY = std::floor((py - m_gridY0) / m_cellMetres);
    if (std::abs(cellX) > 1e7 || std::abs(cellY) > 1e7)
        return farFromRoad; // another continent
    const int cx = int(cellX), cy = int(cellY);

    // Squared distances while searching: no square root per segment.
    double bestMain = maxMeters * maxMeters, bestAny = bestMain;
    int bestSegment = -1;
    double bestT = 0;
    const auto visitCell = [&](int c, int r) {
        if (c < 0 || r < 0 || c >= m_gridColumns || r >= m_gridRows)
            return;
        // A cell wholly farther than the best so far holds nothing nearer.
        const double cellX = m_gridX0 + c * m_cellMetres, cellY = m_gridY0 + r * m_cellMetres;
        const double outsideX = std::max({0.0, cellX - px, px - cellX - m_cellMetres});
        const double outsideY = std::max({0.0, cellY - py, py - cellY - m_cellMetres});
        if (outsideX * outsideX + outsideY * outsideY > bestMain)
            return;
        const size_t cell = size_t(r) * size_t(m_gridColumns) + size_t(c);
        for (int k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
            const size_t i = size_t(m_cellSegments[size_t(k)]);
            const double ax = m_pointX[i], ay = m_pointY[i];
            const double dx = m_pointX[i + 1] - ax, dy = m_pointY[i + 1] - ay;
            const double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
            t = std::clamp(t, 0.0, 1.0);
            const double ex = ax + t * dx - px, ey = ay + t * dy - py;
            const double distanceSquared = ex * ex + ey * ey;
            if (distanceSquared >= bestAny && distanceSquared >= bestMain)
                continue;
            bestAny = std::min(bestAny, distanceSquared);
            if (distanceSquared < bestMain && m_edges[size_t(m_pointEdge[i])].inMainComponent) {
                bestMain = distanceSquared;
                bestSegment = int(i);
                bestT = t;
            }
        }
    };
    const int maxRing = int(std::ceil(maxMeters / m_cellMetres)) + 1;
    for (int ring = 0; ring <= maxRing; ++ring) {
        // Every cell of this ring lies at least (ring - 1) cells away from the point.
        const double nearestInRing = (ring - 1) * m_cellMetres;
        if (ring >= 1 && nearestInRing * nearestInRing > bestMain)
            break;
        if (ring == 0) {
            visitCell(cx, cy);
            continue;
        }
        for (int d = -ring; d <= ring; ++d) {
            visitCell(cx + d, cy - ring);
            visitCell(cx + d, cy + ring);
        }
        for (int d = -ring + 1; d <= ring - 1; ++d) {
            visitCell(cx - ring, cy + d);
            visitCell(cx + ring, cy + d);
        }
    }
    if (bestSegment < 0)
        return farFromRoad;
    const size_t i = size_t(bestSegment);
    const RoadEdge &edge = m_edges[size_t(m_pointEdge[i])];
    const double along = m_pointAlong[i] + bestT * (m_pointAlong[i + 1] - m_pointAlong[i]);
    return RoadSnap{
        SnapOutcome::Snapped,
        RoadPosition{m_pointEdge[i],
                     edge.lengthMeters > 0 ? std::clamp(along / edge.lengthMeters, 0.0, 1.0) : 0,
                     QGeoCoordinate(m_pointLat[i] + bestT * (m_pointLat[i + 1] - m_pointLat[i]),
                                    m_pointLon[i] + bestT * (m_pointLon[i + 1] - m_pointLon[i])),
                     std::sqrt(bestMain)},
        bestAny < bestMain};
}

RoadPosition RoadGraph::positionAtJunction(int node) const
{
    RoadPosition position;
    for (auto [arc, end] = forwardArcs(node); arc != end; ++arc) {
        const RoadEdge &edge = m_edges[size_t(arc->edge)];
        if (!edge.inMainComponent)
            continue;
        position.edge = arc->edge;
        position.fraction = edge.from == node ? 0 : 1;
        position.point = junction(node);
        return position;
    }
    return position;
}

QGeoCoordinate RoadGraph::pointAt(int edgeIndex, double fraction) const
{
    const RoadEdge &edge = m_edges[size_t(edgeIndex)];
    const double along = std::clamp(fraction, 0.0, 1.0) * edge.lengthMeters;
    const auto first = m_pointAlong.begin() + edge.firstPoint;
    const auto last = m_pointAlong.begin() + edge.lastPoint;
    // The segment [i, i + 1] holding `along`.
    const ptrdiff_t above = std::upper_bound(first, last, along) - m_pointAlong.begin();
    const size_t i = size_t(std::max<ptrdiff_t>(edge.firstPoint, above - 1));
    if (i >= size_t(edge.lastPoint))
        return {m_pointLat[size_t(edge.lastPoint)], m_pointLon[size_t(edge.lastPoint)]};
    const double span = m_pointAlong[i + 1] - m_pointAlong[i];
    const double t = span > 0 ? (along - m_pointAlong[i]) / span : 0;
    return {m_pointLat[i] + t * (m_pointLat[i + 1] - m_pointLat[i]),
            m_pointLon[i] + t * (m_pointLon[i + 1] - m_pointLon[i])};
}

void RoadGraph::appendGeometry(int edgeIndex, double fromFraction, double toFraction,
                               QList<QGeoCoordinate> &path) const
{
    const RoadEdge &edge = m_edges[size_t(edgeIndex)];
    const auto append = [&](const QGeoCoordinate &point) {
        if (path.isEmpty() || path.last() != point)
            path.append(point);
    };
    const double fromAlong = fromFraction * edge.lengthMeters;
    const double toAlong = toFraction * edge.lengthMeters;
    append(pointAt(edgeIndex, fromFraction));
    if (fromAlong <= toAlong) {
        for (int i = edge.firstPoint; i <= edge.lastPoint; ++i)
            if (m_pointAlong[size_t(i)] > fromAlong && m_pointAlong[size_t(i)] < toAlong)
                append({m_pointLat[size_t(i)], m_pointLon[size_t(i)]});
    } else {
        for (int i = edge.lastPoint; i >= edge.firstPoint; --i)
            if (m_pointAlong[size_t(i)] < fromAlong && m_pointAlong[size_t(i)] > toAlong)
                append({m_pointLat[size_t(i)], m_pointLon[size_t(i)]});
    }
    append(pointAt(edgeIndex, toFraction));
}

} // namespace pela::core
