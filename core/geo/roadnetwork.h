// Loads routing from the shared database: the settings, the newest roads layer (map_features),
// the kelurahan/desa with their boundaries, and builds the graph and coverage areas from them.
// Blocking: call it on a worker thread with that thread's own connection.
#pragma once

#include "coverageareas.h"
#include "db/dberror.h"
#include "roadfeature.h"
#include "roadrouter.h"

#include <QDateTime>
#include <QStringList>

namespace pela::core {

class PgConnection;

struct RoadLayerLoad
{
    int layerId = 0; // 0: no roads layer
    QString layerName;
    QDateTime importedAt;
    QList<RoadFeature> features;
    int skippedFeatures = 0; // rows whose geometry is not a line
    DbError error;
    bool found() const { return layerId > 0; }
};

struct CoverageAreaLoad
{
    QList<CoverageArea> areas;
    int withBoundary = 0;
    DbError error;
};

// What a worker hands to the GUI thread: everything immutable, cheap to copy.
struct RoadNetwork
{
    RoadRouter router;
    CoverageAreasPtr coverage;
    int layerId = 0; // the roads layer used, 0 when none (straight-line estimates)
    QString layerName;
    QDateTime importedAt;
    QStringList problems; // unusable settings, kept at their defaults
    DbError error;        // a query failed: router and coverage fall back to straight lines

    // Settings, roads, graph and coverage areas in one go.
    static RoadNetwork load(PgConnection &connection);

    // The newest layer of that kind (map_layers.kind).
    static RoadLayerLoad loadRoads(PgConnection &connection,
                                   const QString &kind = QStringLiteral("roads"));
    static RoadLayerLoad loadRoadLayer(PgConnection &connection, const QString &layerName);
    // places of kind kelurahan/desa (code, name, centroid), with the boundary polygons of the
    // newest layer holding features of class 'kelurahan' (property `kode`) where known.
    static CoverageAreaLoad loadCoverageAreas(PgConnection &connection);

private:
    static RoadLayerLoad loadLayerFeatures(PgConnection &connection, RoadLayerLoad layer);
};

} // namespace pela::core
