#include "roadsearch.h"

#include <algorithm>
#include <bit>

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

// An exact monotone priority queue for Dijkstra: entries wait in one-second buckets on a ring
// and only the current bucket is a binary heap, a handful of entries. Keys never fall below the
// last one taken, and never exceed it by more than the longest arc, so a ring of that many
// buckets never wraps onto a bucket still to come. Several times fewer instructions than one
// heap over the whole frontier, which was most of a query. Kept per thread: a query allocates
// nothing after the thread's first.
class BucketQueue
{
public:
    using Entry = std::pair<double, int>;
    void reset(double longestArcSeconds)
    {
        // A power of two, so that the ring position is a mask, not a division.
        const size_t size = std::bit_ceil(size_t(longestArcSeconds / kWidth) + 2);
        if (m_ring.size() < size)
            m_ring.resize(size);
        m_mask = m_ring.size() - 1;
        for (auto &bucket : m_ring)
            bucket.clear();
        m_current.clear();
        m_bucket = 0;
        m_waiting = 0;
    }
    bool empty() const { return m_current.empty() && m_waiting == 0; }
    void push(double key, int node)
    {
        const size_t bucket = size_t(key / kWidth);
        if (bucket <= m_bucket) {
            m_current.emplace_back(key, node);
            std::push_heap(m_current.begin(), m_current.end(), later);
        } else {
            m_ring[bucket & m_mask].emplace_back(key, node);
            ++m_waiting;
        }
    }
    Entry pop()
    {
        while (m_current.empty()) {
            auto &next = m_ring[++m_bucket & m_mask];
            if (next.empty())
                continue;
            m_current.swap(next);
            m_waiting -= m_current.size();
            std::make_heap(m_current.begin(), m_current.end(), later);
        }
        std::pop_heap(m_current.begin(), m_current.end(), later);
        const Entry entry = m_current.back();
        m_current.pop_back();
        return entry;
    }

private:
    static constexpr double kWidth = 1.0; // seconds
    static bool later(const Entry &left, const Entry &right) { return left.first > right.first; }
    std::vector<std::vector<Entry>> m_ring;
    std::vector<Entry> m_current;
    size_t m_mask = 0;
    size_t m_bucket = 0; // absolute index of the current bucket
    size_t m_waiting = 0;
};

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
    tree.labels.assign(nodes, Label{});
    Label *labels = tree.labels.data();
    thread_local BucketQueue queue;
    thread_local std::vector<char> wanted;
    queue.reset(graph.longestArcSeconds());
    for (const Seed &seed : seeds) {
        Label &label = labels[seed.node];
        if (seed.seconds < label.seconds) {
            label = Label{seed.seconds, seed.meters, -1, seed.source};
            queue.push(seed.seconds, seed.node);
        }
    }
    // Stop nodes still to settle; none = the whole component.
    int remaining = 0;
    wanted.assign(stopNodes.empty() ? 0 : nodes, 0);
    for (int node : stopNodes)
        if (!wanted[size_t(node)]) {
            wanted[size_t(node)] = 1;
            ++remaining;
        }
    while (!queue.empty()) {
        const auto [seconds, node] = queue.pop();
        const Label &label = labels[node];
        // A junction is queued again only with a strictly better time: an entry behind its
        // label's time is stale, and the one equal to it settles the junction, once.
        if (seconds > label.seconds)
            continue;
        if (!wanted.empty() && wanted[size_t(node)] && --remaining == 0)
            break;
        const auto [first, last] =
            direction == Direction::FromSeeds ? graph.forwardArcs(node) : graph.reverseArcs(node);
        const double meters = label.meters;
        const int source = label.source;
        for (const RoadArc *arc = first; arc != last; ++arc) {
            const double reached = seconds + arc->seconds;
            Label &next = labels[arc->node];
            if (reached < next.seconds) {
                next = Label{reached, meters + arc->meters, arc->edge, source};
                queue.push(reached, arc->node);
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
        const Label &label = tree.labels[size_t(node)];
        if (!open(partSeconds) || !open(label.seconds))
            return;
        const double seconds = label.seconds + partSeconds;
        if (seconds < best.seconds) {
            best.seconds = seconds;
            best.meters = label.meters + partMeters;
            best.node = node;
            best.source = label.source;
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
