// The base map as pre-rendered tiles (256 px squares of a zoom level's pixel plane), kept in
// memory so that a pan only paints the tiles it uncovers. Missing tiles are painted on all
// cores at once; names are placed once per zoom (LabelPlan) so tiles agree at their seams.
#pragma once

#include "basemappainter.h"
#include "geo/mapdata.h"
#include "labelsprites.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QThreadPool>
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
    explicit BaseTileCache(int capacityTiles = 480);
    ~BaseTileCache();

    void setData(core::MapDataPtr data);
    const core::MapDataPtr &data() const { return m_data; }
    void clear();

    // The tiles for keys, in order; missing ones are painted first (in parallel).
    QList<QImage> tiles(const QList<TileKey> &keys);
    bool contains(const TileKey &key) const { return m_tiles.contains(key); }
    // The names' placement at a zoom (computed on first use).
    std::shared_ptr<const LabelPlan> labelPlan(int zoomKey);

    // Tiles painted since the start (for tests and the benchmark).
    qint64 paintedTiles() const { return m_painted; }

private:
    QImage paintTile(const TileKey &key, const LabelPlan &plan) const;

    core::MapDataPtr m_data;
    QCache<TileKey, QImage> m_tiles;
    QHash<int, std::shared_ptr<const LabelPlan>> m_plans;
    mutable LabelSprites m_sprites;
    QThreadPool m_pool;
    qint64 m_painted = 0;
};

} // namespace pela::ui
