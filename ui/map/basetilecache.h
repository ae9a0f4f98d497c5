// The base map as pre-rendered tiles (256 px squares of a zoom level's pixel plane), kept in
// memory so that a pan only paints the tiles it uncovers. Missing tiles are painted on all
// cores at once; names are placed once per zoom (LabelPlan) so tiles agree at their seams.
// Between frames, tiles the next pan or zoom step will need are painted in the background.
#pragma once

#include "basemappainter.h"
#include "geo/mapdata.h"
#include "labelsprites.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>
#include <memory>

namespace pela::ui {

class LabelPlan;

struct TileKey
{
    int zoomKey = 0; // zoom / ZoomQuantum
    int x = 0;
    int y = 0;
    int layers = 0; // BaseMapLayers::key()

    bool operator==(const TileKey &) const = default;
};
size_t qHash(const TileKey &key, size_t seed = 0);

class BaseTileCache
{
public:
    static constexpr int TileSize = 256;

    // capacityTiles: how many tiles stay in memory (256 KB each).
    explicit BaseTileCache(int capacityTiles = 300);
    void setCapacity(int tiles) { m_tiles.setMaxCost(tiles); }
    ~BaseTileCache();

    void setData(core::MapDataPtr data);
    const core::MapDataPtr &data() const { return m_data; }
    void clear();

    // The tiles for keys, in order; missing ones are painted first (in parallel), tiles being
    // painted in the background are waited for rather than painted twice.
    QList<QImage> tiles(const QList<TileKey> &keys);
    bool contains(const TileKey &key) const;
    // Paints these tiles in the background, in this order, when cores are free; replaces the
    // previous wish list (the view moved on). Tiles already cached are skipped.
    void prefetch(const QList<TileKey> &keys);
    // Background tiles still to paint (tests and the benchmark).
    int pendingPrefetch() const;
    // The names' placement at a zoom (computed on first use).
    std::shared_ptr<const LabelPlan> labelPlan(int zoomKey);

    // Tiles painted since the start, in the foreground and in the background.
    qint64 paintedTiles() const { return m_painted; }
    qint64 prefetchedTiles() const;

private:
    // What the painting threads share with this thread; replaced whole by setData(), so that
    // tiles still being painted from old data can finish without harm.
    struct Shared
    {
        core::MapDataPtr data;
        LabelSprites sprites;
        mutable QMutex mutex;
        QWaitCondition painted;
        QList<TileKey> queue;                               // background wishes
        QHash<int, std::shared_ptr<const LabelPlan>> plans; // for the queued zooms
        QSet<TileKey> inFlight;                             // being painted
        QCache<TileKey, QImage> finished; // painted ahead, not yet used (its own LRU)
        int workers = 0;                  // background tasks running
        qint64 prefetched = 0;
    };
    static QImage paintTile(Shared &shared, const TileKey &key, const LabelPlan &plan);
    // Paints the first wished tile not yet painted, if any.
    static void runBackground(Shared &shared);
    // Starts background tasks while cores and wishes are left (mutex held).
    static void schedule(const std::shared_ptr<Shared> &shared, QThreadPool *pool);
    // The cached tile, taking a painted-ahead one into the cache (mutex held); null if none.
    const QImage *cached(const TileKey &key);
    void startWorkers(); // with the mutex held

    core::MapDataPtr m_data;
    std::shared_ptr<Shared> m_shared;
    QCache<TileKey, QImage> m_tiles;
    QThreadPool m_pool;       // helpers of the GUI thread for a frame's own tiles
    QThreadPool m_background; // tiles for later, only on a core nobody else wants
    qint64 m_painted = 0;
};

} // namespace pela::ui
