#include "basetilecache.h"

#include "geo/projection.h"
#include "labelplan.h"

#include <QPainter>
#include <QSemaphore>
#include <atomic>

namespace pela::ui {

size_t qHash(const TileKey &key, size_t seed)
{
    return qHashMulti(seed, key.zoomKey, key.x, key.y, key.layers);
}

BaseTileCache::BaseTileCache(int capacityTiles) : m_data(std::make_shared<core::MapData>())
{
    m_tiles.setMaxCost(capacityTiles);
    // The GUI thread paints too: one helper per further core.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("pela-map-tiles"));
}

BaseTileCache::~BaseTileCache()
{
    m_pool.waitForDone();
}

void BaseTileCache::setData(core::MapDataPtr data)
{
    m_data = data ? std::move(data) : std::make_shared<core::MapData>();
    clear();
}

void BaseTileCache::clear()
{
    m_tiles.clear();
    m_plans.clear();
}

std::shared_ptr<const LabelPlan> BaseTileCache::labelPlan(int zoomKey)
{
    auto found = m_plans.constFind(zoomKey);
    if (found != m_plans.constEnd())
        return *found;
    auto plan =
        std::make_shared<const LabelPlan>(*m_data, zoomKey * core::MapViewport::ZoomQuantum);
    m_plans.insert(zoomKey, plan);
    return plan;
}

QImage BaseTileCache::paintTile(const TileKey &key, const LabelPlan &plan) const
{
    BaseMapLayers layers;
    layers.land = key.layers & 1;
    layers.roads = key.layers & 2;
    layers.boundaries = key.layers & 4;
    layers.transparentGround = key.layers & 8;
    QImage image(TileSize, TileSize,
                 layers.transparentGround ? QImage::Format_ARGB32_Premultiplied
                                          : QImage::Format_RGB32);
    if (layers.transparentGround)
        image.fill(Qt::transparent);
    QPainter painter(&image);
    BaseMapPainter::paint(painter, *m_data, key.zoomKey * core::MapViewport::ZoomQuantum,
                          QRect(key.x * TileSize, key.y * TileSize, TileSize, TileSize), layers,
                          &plan, &m_sprites);
    return image;
}

QList<QImage> BaseTileCache::tiles(const QList<TileKey> &keys)
{
    QList<QImage> result(keys.size());
    QList<int> missing;
    for (int i = 0; i < keys.size(); ++i) {
        if (const QImage *tile = m_tiles.object(keys[i]))
            result[i] = *tile;
        else
            missing.append(i);
    }
    if (missing.isEmpty())
        return result;

    // Plans first, on this thread: the painters only read them.
    QHash<int, std::shared_ptr<const LabelPlan>> plans;
    for (int i : missing)
        if (!plans.contains(keys[i].zoomKey))
            plans.insert(keys[i].zoomKey, labelPlan(keys[i].zoomKey));

    std::atomic<int> next{0};
    auto work = [&] {
        for (int n = next++; n < missing.size(); n = next++) {
            const TileKey &key = keys[missing[n]];
            result[missing[n]] = paintTile(key, *plans.value(key.zoomKey));
        }
    };
    const int helpers = std::min<int>(m_pool.maxThreadCount(), int(missing.size()) - 1);
    QSemaphore done;
    for (int h = 0; h < helpers; ++h)
        m_pool.start([&work, &done] {
            work();
            done.release();
        });
    work();
    done.acquire(helpers);

    for (int i : missing) {
        m_tiles.insert(keys[i], new QImage(result[i]), 1);
        ++m_painted;
    }
    return result;
}

} // namespace pela::ui
