// The drivable road network in memory: junctions, road pieces with travel times per direction,
// its main strongly connected component and a grid index for snapping points onto roads.
// Immutable once built, so one graph is shared between threads (std::shared_ptr<const RoadGraph>);
// a new roads layer or new speeds means building a new graph.
#pragma once

#include "roadfeature.h"
#include "roadsettings.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>
#include <limits>
#include <memory>
#include <vector>

namespace pela::core {

inline constexpr double kUnreachable = std::numeric_limits<double>::infinity();

// A place on a road: a fraction of one edge's length from its `from` junction.
struct RoadPosition
{
    int edge = -1;
    double fraction = 0;
    QGeoCoordinate point;     // on the road
    double offRoadMeters = 0; // from the point asked about to `point`
    bool isValid() const { return edge >= 0; }
};

enum class SnapOutcome
{
    Snapped,
    NoRoads,     // the graph is empty: no roads imported
    FarFromRoad, // no routable road within the limit
};

struct RoadSnap
{
    SnapOutcome outcome = SnapOutcome::NoRoads;
    RoadPosition position; // valid when Snapped
    // A road cut off from the main network (an island, a one-way dead end) was nearer than the
    // road snapped to: the point was moved to the main network rather than stranded there.
    bool passedIsolatedRoad = false;
    bool ok() const { return outcome == SnapOutcome::Snapped; }
};

struct RoadEdge
{
    int from = 0;
    int to = 0;
    double lengthMeters = 0;
    double forwardSeconds = kUnreachable;  // from → to; kUnreachable when closed that way
    double backwardSeconds = kUnreachable; // to → from
    int feature = 0;                       // index into the graph's feature names/classes
    int firstPoint = 0;                    // geometry: points [firstPoint, lastPoint]
    int lastPoint = 0;
    bool inMainComponent = false; // both junctions in the main component: a snapping target
};

// One step of a search: an edge leaving (forward arcs) or entering (reverse arcs) a junction.
struct RoadArc
{
    int edge;
    int node; // the junction at the other end
    double seconds;
    double meters;
};

class RoadGraph
{
public:
    struct Statistics
    {
        int featuresUsed = 0;
        int featuresExcluded = 0; // class not routable or closed to motor vehicles
        int junctions = 0;
        int edges = 0;
        int components = 0; // strongly connected
        int mainComponentJunctions = 0;
        double drivableKilometres = 0;
        double mainComponentKilometres = 0;
    };

    // Builds from road features with the settings' speeds and one-way rule.
    static std::shared_ptr<const RoadGraph> build(const QList<RoadFeature> &features,
                                                  const RoadSettings &settings);
    static std::shared_ptr<const RoadGraph> empty();

    bool isEmpty() const { return m_edges.empty(); }
    // The slowest single edge, for the search's bucket queue.
    double longestArcSeconds() const { return m_longestArcSeconds; }
    const Statistics &statistics() const { return m_statistics; }
    int junctionCount() const { return int(m_nodeLat.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const RoadEdge &edge(int index) const { return m_edges[size_t(index)]; }
    QGeoCoordinate junction(int node) const
    {
        return {m_nodeLat[size_t(node)], m_nodeLon[size_t(node)]};
    }
    bool inMainComponent(int node) const { return m_component[size_t(node)] == m_mainComponent; }
    QString highway(int edgeIndex) const
    {
        return m_featureHighway[size_t(edge(edgeIndex).feature)];
    }
    QString name(int edgeIndex) const { return m_featureName[size_t(edge(edgeIndex).feature)]; }

    // Arcs leaving a junction (forward) or arriving at it (reverse), only directions open.
    std::pair<const RoadArc *, const RoadArc *> forwardArcs(int node) const
    {
        const RoadArc *base = m_forwardArcs.data();
        return {base + m_forwardStart[size_t(node)], base + m_forwardStart[size_t(node) + 1]};
    }
    std::pair<const RoadArc *, const RoadArc *> reverseArcs(int node) const
    {
        const RoadArc *base = m_reverseArcs.data();
        return {base + m_reverseStart[size_t(node)], base + m_reverseStart[size_t(node) + 1]};
    }

    // The nearest point on a road of the main component within maxMeters.
    RoadSnap snap(const QGeoCoordinate &point, double maxMeters) const;
    // The position of a junction, as a RoadPosition on one of its main-component edges.
    RoadPosition positionAtJunction(int node) const;
    // Appends the geometry of an edge between two fractions, in travel order (fromFraction may
    // be greater than toFraction: against the edge's direction).
    void appendGeometry(int edgeIndex, double fromFraction, double toFraction,
                        QList<QGeoCoordinate> &path) const;
    QGeoCoordinate pointAt(int edgeIndex, double fraction) const;

private:
    RoadGraph() = default;
    void renumberSpatially();
    void buildComponents();
    void buildIndex();
    void cellOf(double x, double y, int *column, int *row) const;

    // Local equirectangular metres around the network's centre: exact enough for snapping
    // within a city, and cheap.
    double projectX(double lon) const { return lon * m_metresPerDegreeLon; }
    double projectY(double lat) const { return lat * m_metresPerDegreeLat; }

    std::vector<double> m_nodeLat, m_nodeLon;
    std::vector<RoadEdge> m_edges;
    // Geometry points of all edges, each edge's own run (junction points repeated per edge).
    std::vector<double> m_pointLat, m_pointLon, m_pointX, m_pointY;
    std::vector<double> m_pointAlong; // metres from the edge's first point
    std::vector<int> m_pointEdge;
    std::vector<QString> m_featureHighway, m_featureName;
    // Compressed adjacency: arcs of node n are [start[n], start[n + 1]).
    std::vector<int> m_forwardStart, m_reverseStart;
    std::vector<RoadArc> m_forwardArcs, m_reverseArcs;
    std::vector<int> m_component;
    int m_mainComponent = -1;
    double m_longestArcSeconds = 0;
    // Grid of segments (a segment = a point index i, from point i to i + 1 of the same edge).
    double m_metresPerDegreeLat = 0, m_metresPerDegreeLon = 0;
    double m_gridX0 = 0, m_gridY0 = 0, m_cellMetres = 50;
    int m_gridColumns = 0, m_gridRows = 0;
    std::vector<int> m_cellStart, m_cellSegments;
    Statistics m_statistics;
};

using RoadGraphPtr = std::shared_ptr<const RoadGraph>;

} // namespace pela::core
