#include "roadsearch.h"

#include <queue>

namespace pela::core::roadsearch {

namespace {

bool open(double seconds)
{
    return seconds < kUnreachable;
}

// The time of a part of an edge; nothing at all when the part is empty, even against a one-way
// (a position on a junction is at the junction).
double partial(double edgeSeconds, double part)
{
    return part <= 0 ? 0 : edgeSeconds * part;
}

} // namespace

void appendSeeds(const RoadGraph &graph, const RoadPosition &position, Direction direction,
                 int source, std::vector<Seed> &seeds)
{
    const RoadEdge &edge = graph.edge(position.edge);
    const double f = position.fraction;
    const double length = edge.lengthMeters;
    const auto add = [&](int node, double seconds, double part) {
        if (open(seconds))
            seeds.push_back({node, seconds, length * part, source});
    };
    if (direction == Direction::ToSeeds) {
        // Arriving at the position: from `from` along the edge, or from `to` against it.
        add(edge.from, partial(edge.forwardSeconds, f), f);
        add(edge.to, partial(edge.backwardSeconds, 1 - f), 1 - f);
    } else {
        // Leaving the position: to `to` along the edge, or to `from` against it.
        add(edge.to, partial(edge.forwardSeconds, 1 - f), 1 - f);
        add(edge.from, partial(edge.backwardSeconds, f), f);
    }
}

void appendStopNodes(const RoadGraph &graph, const RoadPosition &position, Direction direction,
                     std::vector<int> &nodes)
{
    const RoadEdge &edge = graph.edge(position.edge);
    // ToSeeds: the position leaves by `to` (along) or `from` (against); FromSeeds: it is entered
    // from `from` (along) or `to` (against).
    const double f = position.fraction;
    if (direction == Direction::ToSeeds) {
        if (open(partial(edge.forwardSeconds, 1 - f)))
            nodes.push_back(edge.to);
        if (open(partial(edge.backwardSeconds, f)))
            nodes.push_back(edge.from);
    } else {
        if (open(partial(edge.forwardSeconds, f)))
            nodes.push_back(edge.from);
        if (open(partial(edge.backwardSeconds, 1 - f)))
            nodes.push_back(edge.to);
    }
}

void run(const RoadGraph &graph, Direction direction, const std::vector<Seed> &seeds,
         const std::vector<int> &stopNodes, Tree &tree)
{
    const size_t nodes = size_t(graph.junctionCount());
    tree.seconds.assign(nodes, kUnreachable);
    tree.meters.assign(nodes, kUnreachable);
    tree.via.assign(nodes, -1);
    tree.source.assign(nodes, -1);
    using Entry = std::pair<double, int>;
    std::vector<Entry> storage;
    storage.reserve(nodes / 4);
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue(std::greater<>{},
                                                                         std::move(storage));
    for (const Seed &seed : seeds) {
        const size_t n = size_t(seed.node);
        if (seed.seconds < tree.seconds[n]) {
            tree.seconds[n] = seed.seconds;
            tree.meters[n] = seed.meters;
            tree.source[n] = seed.source;
            queue.emplace(seed.seconds, seed.node);
        }
    }
    // Stop nodes still to settle; 0 = the whole component.
    std::vector<char> wanted;
    int remaining = 0;
    if (!stopNodes.empty()) {
        wanted.assign(nodes, 0);
        for (int node : stopNodes)
            if (!wanted[size_t(node)]) {
                wanted[size_t(node)] = 1;
                ++remaining;
            }
    }
    std::vector<char> settled(nodes, 0);
    while (!queue.empty()) {
        const auto [seconds, node] = queue.top();
        queue.pop();
        if (settled[size_t(node)])
            continue;
        settled[size_t(node)] = 1;
        if (!wanted.empty() && wanted[size_t(node)] && --remaining == 0)
            break;
        const auto [first, last] =
            direction == Direction::FromSeeds ? graph.forwardArcs(node) : graph.reverseArcs(node);
        for (const RoadArc *arc = first; arc != last; ++arc) {
            const double reached = seconds + arc->seconds;
            const size_t next = size_t(arc->node);
            if (reached < tree.seconds[next]) {
                tree.seconds[next] = reached;
                tree.meters[next] = tree.meters[size_t(node)] + arc->meters;
                tree.via[next] = arc->edge;
                tree.source[next] = tree.source[size_t(node)];
                queue.emplace(reached, arc->node);
            }
        }
    }
}

Arrival evaluate(const RoadGraph &graph, const Tree &tree, const RoadPosition &position,
                 Direction direction)
{
    Arrival best;
    const RoadEdge &edge = graph.edge(position.edge);
    const double f = position.fraction;
    const double length = edge.lengthMeters;
    const auto consider = [&](int node, double partSeconds, double partMeters) {
        if (!open(partSeconds) || !open(tree.seconds[size_t(node)]))
            return;
        const double seconds = tree.seconds[size_t(node)] + partSeconds;
        if (seconds < best.seconds) {
            best.seconds = seconds;
            best.meters = tree.meters[size_t(node)] + partMeters;
            best.node = node;
            best.source = tree.source[size_t(node)];
        }
    };
    if (direction == Direction::ToSeeds) {
        consider(edge.to, partial(edge.forwardSeconds, 1 - f), length * (1 - f));
        consider(edge.from, partial(edge.backwardSeconds, f), length * f);
    } else {
        consider(edge.from, partial(edge.forwardSeconds, f), length * f);
        consider(edge.to, partial(edge.backwardSeconds, 1 - f), length * (1 - f));
    }
    return best;
}

Arrival direct(const RoadGraph &graph, const RoadPosition &from, const RoadPosition &to)
{
    Arrival arrival;
    if (from.edge != to.edge)
        return arrival;
    const RoadEdge &edge = graph.edge(from.edge);
    const double span = to.fraction - from.fraction;
    const double seconds =
        span >= 0 ? partial(edge.forwardSeconds, span) : partial(edge.backwardSeconds, -span);
    if (open(seconds)) {
        arrival.seconds = seconds;
        arrival.meters = edge.lengthMeters * std::abs(span);
    }
    return arrival;
}

} // namespace pela::core::roadsearch
