// Internal to core/geo: Dijkstra over a RoadGraph from seeds at road positions, and the travel
// time between a position and the seeds through the junctions at the ends of its edge.
#pragma once

#include "roadgraph.h"

#include <vector>

namespace pela::core::roadsearch {

enum class Direction
{
    FromSeeds, // times from the seeds to every junction (forward arcs)
    ToSeeds,   // times from every junction to the seeds (reverse arcs)
};

struct Seed
{
    int node;
    double seconds;
    double meters;
    int source; // caller's index of the position the seed stands for
};

// What a search knows of one junction, kept together: a relaxation touches one cache line.
struct Label
{
    double seconds = kUnreachable; // kUnreachable when not reached
    double meters = kUnreachable;
    int via = -1;    // the edge to the neighbour nearer the seeds; -1 at a seed
    int source = -1; // the seed's source that reached the junction first
};

struct Tree
{
    std::vector<Label> labels; // per junction
    double seconds(int node) const { return labels[size_t(node)].seconds; }
    int via(int node) const { return labels[size_t(node)].via; }
};

// Seeds standing for a position: its edge's junctions at the cost of the partial edge, in the
// direction of travel.
void appendSeeds(const RoadGraph &graph, const RoadPosition &position, Direction direction,
                 int source, std::vector<Seed> &seeds);
// The junctions whose times decide a position's time (the ends of its edge open that way).
void appendStopNodes(const RoadGraph &graph, const RoadPosition &position, Direction direction,
                     std::vector<int> &nodes);

// Runs until every stop node is settled (all junctions when stopNodes is empty).
void run(const RoadGraph &graph, Direction direction, const std::vector<Seed> &seeds,
         const std::vector<int> &stopNodes, Tree &tree);

struct Arrival
{
    double seconds = kUnreachable;
    double meters = kUnreachable;
    int node = -1;   // the junction the best path passes; -1 when direct along one edge
    int source = -1; // the seed's source
};

// Time between a position and the seeds of a run: to them (ToSeeds) or from them (FromSeeds).
Arrival evaluate(const RoadGraph &graph, const Tree &tree, const RoadPosition &position,
                 Direction direction);
// Travel along one edge between two positions on it, when they share it and the way is open.
Arrival direct(const RoadGraph &graph, const RoadPosition &from, const RoadPosition &to);

} // namespace pela::core::roadsearch
