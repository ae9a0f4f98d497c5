#include "basetilecache.h"

#include "geo/projection.h"
#include "labelplan.h"

#include <QPainter>
#include <QSemaphore>
#include <atomic>

namespace pela::ui {

namespace {
// Tiles painted ahead wait in a cache of their own until used (the oldest go first): ones
// never needed do not push out the tiles the operator looked at.
constexpr int MaxPaintedAhead = 160;
constexpr int ForegroundPriority = 10;
constexpr int BackgroundPriority = 0;
} // namespace

size_t qHash(const TileKey &key, size_t seed)
{
    return qHashMulti(seed, key.zoomKey, key.x, key.y, key.layers);
}

BaseTileCache::BaseTileCache(int capacityTiles)
    : m_data(std::make_shared<core::MapData>()), m_shared(std::make_shared<Shared>())
{
    m_shared->data = m_data;
    m_shared->finished.setMaxCost(MaxPaintedAhead);
    m_tiles.setMaxCost(capacityTiles);
    // The GUI thread paints too: one helper per further core.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("pela-map-tiles"));
    // Painting ahead must never slow what the operator does now, nor other programs.
    m_background.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_background.setThreadPriority(QThread::IdlePriority);
    m_background.setObjectName(QStringLiteral("pela-map-prefetch"));
}

BaseTileCache::~BaseTileCache()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->queue.clear();
    }
    m_background.waitForDone();
    m_pool.waitForDone();
}

void BaseTileCache::setData(core::MapDataPtr data)
{
    m_data = data ? std::move(data) : std::make_shared<core::MapData>();
    clear();
}

void BaseTileCache::clear()
{
    {
        // Tiles of the old data still being painted finish into the old, forgotten state.
        QMutexLocker lock(&m_shared->mutex);
        m_shared->queue.clear();
    }
    m_shared = std::make_shared<Shared>();
    m_shared->data = m_data;
    m_shared->finished.setMaxCost(MaxPaintedAhead);
    m_tiles.clear();
}

bool BaseTileCache::contains(const TileKey &key) const
{
    if (m_tiles.contains(key))
        return true;
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->finished.contains(key);
}

int BaseTileCache::pendingPrefetch() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->queue.size() + m_shared->inFlight.size());
}

qint64 BaseTileCache::prefetchedTiles() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->prefetched;
}

std::shared_ptr<const LabelPlan> BaseTileCache::labelPlan(int zoomKey)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (const auto found = m_shared->plans.constFind(zoomKey);
            found != m_shared->plans.constEnd())
            return *found;
    }
    auto plan =
        std::make_shared<const LabelPlan>(*m_data, zoomKey * core::MapViewport::ZoomQuantum);
    QMutexLocker lock(&m_shared->mutex);
    return *m_shared->plans.insert(zoomKey, plan);
}

QImage BaseTileCache::paintTile(Shared &shared, const TileKey &key, const LabelPlan &plan)
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
    BaseMapPainter::paint(painter, *shared.data, key.zoomKey * core::MapViewport::ZoomQuantum,
                          QRect(key.x * TileSize, key.y * TileSize, TileSize, TileSize), layers,
                          &plan, &shared.sprites);
    return image;
}

const QImage *BaseTileCache::cached(const TileKey &key)
{
    if (const QImage *tile = m_tiles.object(key))
        return tile;
    // A tile painted ahead joins the cache when first used: painted-ahead tiles that were
    // never needed must not push out tiles the operator looked at.
    QImage *ahead = m_shared->finished.take(key);
    if (!ahead)
        return nullptr;
    m_tiles.insert(key, ahead, 1);
    return m_tiles.object(key);
}

QList<QImage> BaseTileCache::tiles(const QList<TileKey> &keys)
{
    QList<QImage> result(keys.size());
    QList<int> toPaint;
    QList<int> toWait;
    {
        QMutexLocker lock(&m_shared->mutex);
        QSet<TileKey> claimed;
        for (int i = 0; i < keys.size(); ++i) {
            if (const QImage *tile = cached(keys[i])) {
                result[i] = *tile;
            } else if (m_shared->inFlight.contains(keys[i])) {
                toWait.append(i);
            } else if (!claimed.contains(keys[i])) {
                m_shared->inFlight.insert(keys[i]);
                claimed.insert(keys[i]);
                toPaint.append(i);
            } else {
                toWait.append(i); // the same tile twice in keys
            }
        }
        if (!claimed.isEmpty())
            m_shared->queue.removeIf(
                [&claimed](const TileKey &key) { return claimed.contains(key); });
    }

    if (!toPaint.isEmpty()) {
        QHash<int, std::shared_ptr<const LabelPlan>> plans;
        for (int i : toPaint)
            if (!plans.contains(keys[i].zoomKey))
                plans.insert(keys[i].zoomKey, labelPlan(keys[i].zoomKey));
        std::atomic<int> next{0};
        Shared &shared = *m_shared;
        auto work = [&] {
            for (int n = next++; n < toPaint.size(); n = next++) {
                const TileKey &key = keys[toPaint[n]];
                result[toPaint[n]] = paintTile(shared, key, *plans.value(key.zoomKey));
            }
        };
        const int helpers = std::min<int>(m_pool.maxThreadCount(), int(toPaint.size()) - 1);
        QSemaphore done;
        for (int h = 0; h < helpers; ++h)
            m_pool.start(
                [&work, &done] {
                    work();
                    done.release();
                },
                ForegroundPriority);
        work();
        done.acquire(helpers);
        QMutexLocker lock(&m_shared->mutex);
        for (int i : toPaint) {
            m_shared->inFlight.remove(keys[i]);
            m_tiles.insert(keys[i], new QImage(result[i]), 1);
            ++m_painted;
        }
        m_shared->painted.wakeAll();
    }

    if (!toWait.isEmpty()) {
        QMutexLocker lock(&m_shared->mutex);
        auto pending = [&] {
            for (int i : toWait)
                if (m_shared->inFlight.contains(keys[i]))
                    return true;
            return false;
        };
        while (pending())
            m_shared->painted.wait(&m_shared->mutex);
        for (int i : toWait)
            if (const QImage *tile = cached(keys[i]))
                result[i] = *tile;
    }
    // A tile waited for that did not arrive (its background painter was stopped) is painted
    // here: a frame is never left with a hole.
    for (int i = 0; i < keys.size(); ++i)
        if (result[i].isNull()) {
            result[i] = paintTile(*m_shared, keys[i], *labelPlan(keys[i].zoomKey));
            m_tiles.insert(keys[i], new QImage(result[i]), 1);
            ++m_painted;
        }
    QMutexLocker lock(&m_shared->mutex);
    startWorkers();
    return result;
}

void BaseTileCache::prefetch(const QList<TileKey> &keys)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->queue.clear();
    for (const TileKey &key : keys) {
        if (!m_tiles.contains(key) && !m_shared->inFlight.contains(key) &&
            !m_shared->finished.contains(key))
            m_shared->queue.append(key);
    }
    startWorkers();
}

void BaseTileCache::startWorkers()
{
    schedule(m_shared, &m_background);
}

void BaseTileCache::schedule(const std::shared_ptr<Shared> &shared, QThreadPool *pool)
{
    // One tile per task: between two background tiles a frame's own tiles get the thread.
    while (shared->workers < pool->maxThreadCount() && !shared->queue.isEmpty()) {
        ++shared->workers;
        pool->start(
            [shared, pool] {
                runBackground(*shared);
                QMutexLocker lock(&shared->mutex);
                --shared->workers;
                schedule(shared, pool);
            },
            BackgroundPriority);
    }
}

void BaseTileCache::runBackground(Shared &shared)
{
    // The pool's own priority setting does not reach Linux threads here; set it on the thread.
    static thread_local bool idle = [] {
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        return true;
    }();
    Q_UNUSED(idle);
    TileKey key;
    std::shared_ptr<const LabelPlan> plan;
    {
        QMutexLocker lock(&shared.mutex);
        bool found = false;
        while (!found && !shared.queue.isEmpty()) {
            key = shared.queue.takeFirst();
            found = !shared.inFlight.contains(key) && !shared.finished.contains(key);
        }
        if (!found)
            return;
        shared.inFlight.insert(key);
        plan = shared.plans.value(key.zoomKey);
    }
    if (!plan) {
        plan = std::make_shared<const LabelPlan>(*shared.data,
                                                 key.zoomKey * core::MapViewport::ZoomQuantum);
        QMutexLocker lock(&shared.mutex);
        shared.plans.insert(key.zoomKey, plan);
    }
    const QImage image = paintTile(shared, key, *plan);
    QMutexLocker lock(&shared.mutex);
    shared.inFlight.remove(key);
    shared.finished.insert(key, new QImage(image), 1);
    ++shared.prefetched;
    shared.painted.wakeAll();
}

} // namespace pela::ui
