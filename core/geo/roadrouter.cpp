#include "roadrouter.h"

#include "roadsearch.h"

#include <algorithm>

namespace pela::core {

using roadsearch::Direction;

RoadRouter::RoadRouter(RoadGraphPtr graph, RoadSettings settings)
    : m_graph(graph ? std::move(graph) : RoadGraph::empty()), m_settings(std::move(settings))
{
}

RoadSnap RoadRouter::snap(const QGeoCoordinate &point) const
{
    return m_graph->snap(point, m_settings.snapMaxMeters);
}

Eta RoadRouter::straightLine(const EtaSubject &subject, const QGeoCoordinate &anchor,
                             const QString &kind, EtaNote note) const
{
    Eta eta;
    eta.id = subject.id;
    eta.note = note;
    eta.method = EtaMethod::StraightLine;
    eta.straightMeters = subject.position.distanceTo(anchor);
    eta.meters = eta.straightMeters;
    eta.seconds = m_settings.straightLineSeconds(eta.straightMeters, kind);
    return eta;
}

EtaBatch RoadRouter::etasTo(const QGeoCoordinate &destination,
                            const QList<EtaSubject> &origins) const
{
    return etas(destination, origins, /*toAnchor*/ true, {});
}

EtaBatch RoadRouter::etasFrom(const QGeoCoordinate &origin, const QList<EtaSubject> &destinations,
                              const QString &travellerKind) const
{
    return etas(origin, destinations, /*toAnchor*/ false, travellerKind);
}

EtaBatch RoadRouter::etas(const QGeoCoordinate &anchor, const QList<EtaSubject> &subjects,
                          bool toAnchor, const QString &travellerKind) const
{
    EtaBatch batch;
    batch.anchor = snap(anchor);
    batch.etas.reserve(subjects.size());
    // Units travel at their own kind's straight-line speed to a case; to hospitals the
    // traveller is the transporting unit.
    const auto kindOf = [&](const EtaSubject &subject) {
        return toAnchor ? subject.kind : travellerKind;
    };
    const EtaNote anchorNote = !hasRoads()         ? EtaNote::NoRoads
                               : batch.anchor.ok() ? EtaNote::None
                                                   : EtaNote::AnchorOffRoad;
    // Positions of the subjects on the roads; index -1 for those off road or without one.
    std::vector<RoadPosition> positions;
    positions.reserve(size_t(subjects.size()));
    std::vector<int> positionOf(size_t(subjects.size()), -1);
    std::vector<int> stopNodes;
    const Direction direction = toAnchor ? Direction::ToSeeds : Direction::FromSeeds;
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const EtaSubject &subject = subjects[i];
        if (!subject.position.isValid() || !anchor.isValid()) {
            Eta none;
            none.id = subject.id;
            none.note = EtaNote::NoPosition;
            batch.etas.append(none);
            continue;
        }
        if (anchorNote != EtaNote::None) {
            batch.etas.append(straightLine(subject, anchor, kindOf(subject), anchorNote));
            continue;
        }
        const RoadSnap snapped = snap(subject.position);
        if (!snapped.ok()) {
            batch.etas.append(
                straightLine(subject, anchor, kindOf(subject), EtaNote::SubjectOffRoad));
            continue;
        }
        positionOf[size_t(i)] = int(positions.size());
        positions.push_back(snapped.position);
        roadsearch::appendStopNodes(*m_graph, snapped.position, direction, stopNodes);
        Eta eta;
        eta.id = subject.id;
        eta.method = EtaMethod::Road;
        eta.straightMeters = subject.position.distanceTo(anchor);
        eta.offRoadMeters = snapped.position.offRoadMeters;
        batch.etas.append(eta);
    }
    if (stopNodes.empty())
        return batch;

    std::vector<roadsearch::Seed> seeds;
    roadsearch::appendSeeds(*m_graph, batch.anchor.position, direction, 0, seeds);
    thread_local roadsearch::Tree tree; // reused by this thread's next query
    roadsearch::run(*m_graph, direction, seeds, stopNodes, tree);
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        Eta &eta = batch.etas[i];
        if (positionOf[size_t(i)] < 0)
            continue;
        const RoadPosition &position = positions[size_t(positionOf[size_t(i)])];
        roadsearch::Arrival best = roadsearch::evaluate(*m_graph, tree, position, direction);
        const roadsearch::Arrival direct =
            toAnchor ? roadsearch::direct(*m_graph, position, batch.anchor.position)
                     : roadsearch::direct(*m_graph, batch.anchor.position, position);
        if (direct.seconds < best.seconds)
            best = direct;
        if (best.seconds < kUnreachable) {
            eta.seconds = best.seconds;
            eta.meters = best.meters;
        } else {
            const double offRoad = eta.offRoadMeters;
            eta = straightLine(subjects[i], anchor, kindOf(subjects[i]), EtaNote::Unreachable);
            eta.offRoadMeters = offRoad;
        }
    }
    return batch;
}

std::vector<double> RoadRouter::secondsTo(const RoadPosition &destination,
                                          const std::vector<RoadPosition> &origins) const
{
    std::vector<double> seconds(origins.size(), kUnreachable);
    if (!destination.isValid())
        return seconds;
    std::vector<int> stopNodes;
    for (const RoadPosition &origin : origins)
        if (origin.isValid())
            roadsearch::appendStopNodes(*m_graph, origin, Direction::ToSeeds, stopNodes);
    if (stopNodes.empty())
        return seconds;
    std::vector<roadsearch::Seed> seeds;
    roadsearch::appendSeeds(*m_graph, destination, Direction::ToSeeds, 0, seeds);
    thread_local roadsearch::Tree tree; // reused by this thread's next query
    roadsearch::run(*m_graph, Direction::ToSeeds, seeds, stopNodes, tree);
    for (size_t i = 0; i < origins.size(); ++i) {
        if (!origins[i].isValid())
            continue;
        const double viaRoads =
            roadsearch::evaluate(*m_graph, tree, origins[i], Direction::ToSeeds).seconds;
        seconds[i] =
            std::min(viaRoads, roadsearch::direct(*m_graph, origins[i], destination).seconds);
    }
    return seconds;
}

Route RoadRouter::route(const QGeoCoordinate &from, const QGeoCoordinate &to,
                        const QString &travellerKind) const
{
    Route route;
    if (!from.isValid() || !to.isValid()) {
        route.note = EtaNote::NoPosition;
        return route;
    }
    route.origin = snap(from);
    route.destination = snap(to);
    const auto straight = [&](EtaNote note) {
        const Eta eta = straightLine(EtaSubject{0, from, travellerKind}, to, travellerKind, note);
        route.method = EtaMethod::StraightLine;
        route.note = note;
        route.seconds = eta.seconds;
        route.meters = eta.meters;
        route.path = {from, to};
        return route;
    };
    if (!hasRoads())
        return straight(EtaNote::NoRoads);
    if (!route.destination.ok())
        return straight(EtaNote::AnchorOffRoad);
    if (!route.origin.ok())
        return straight(EtaNote::SubjectOffRoad);

    // Backwards from the destination, so the tree leads from any junction towards it.
    const RoadPosition &origin = route.origin.position;
    const RoadPosition &destination = route.destination.position;
    std::vector<int> stopNodes;
    roadsearch::appendStopNodes(*m_graph, origin, Direction::ToSeeds, stopNodes);
    std::vector<roadsearch::Seed> seeds;
    roadsearch::appendSeeds(*m_graph, destination, Direction::ToSeeds, 0, seeds);
    thread_local roadsearch::Tree tree; // reused by this thread's next query
    roadsearch::run(*m_graph, Direction::ToSeeds, seeds, stopNodes, tree);
    const roadsearch::Arrival viaRoads =
        roadsearch::evaluate(*m_graph, tree, origin, Direction::ToSeeds);
    const roadsearch::Arrival direct = roadsearch::direct(*m_graph, origin, destination);
    if (direct.seconds <= viaRoads.seconds && direct.seconds < kUnreachable) {
        route.method = EtaMethod::Road;
        route.seconds = direct.seconds;
        route.meters = direct.meters;
        m_graph->appendGeometry(origin.edge, origin.fraction, destination.fraction, route.path);
        return route;
    }
    if (!(viaRoads.seconds < kUnreachable))
        return straight(EtaNote::Unreachable);
    route.method = EtaMethod::Road;
    route.seconds = viaRoads.seconds;
    route.meters = viaRoads.meters;
    // Origin → the junction it leaves by → along the tree → the destination's edge.
    // (On a loop edge both ends are one junction: leave by the cheaper side.)
    const RoadEdge &first = m_graph->edge(origin.edge);
    const bool leavesByTo = first.from == first.to ? first.forwardSeconds * (1 - origin.fraction) <=
                                                         first.backwardSeconds * origin.fraction
                                                   : viaRoads.node == first.to;
    m_graph->appendGeometry(origin.edge, origin.fraction, leavesByTo ? 1.0 : 0.0, route.path);
    int node = viaRoads.node;
    while (tree.via(node) >= 0) {
        const int edgeIndex = tree.via(node);
        const RoadEdge &edge = m_graph->edge(edgeIndex);
        const bool along = edge.from == node;
        m_graph->appendGeometry(edgeIndex, along ? 0.0 : 1.0, along ? 1.0 : 0.0, route.path);
        node = along ? edge.to : edge.from;
    }
    const RoadEdge &last = m_graph->edge(destination.edge);
    const bool entersByFrom = last.from == last.to
                                  ? last.forwardSeconds * destination.fraction <=
                                        last.backwardSeconds * (1 - destination.fraction)
                                  : node == last.from;
    m_graph->appendGeometry(destination.edge, entersByFrom ? 0.0 : 1.0, destination.fraction,
                            route.path);
    return route;
}

} // namespace pela::core
