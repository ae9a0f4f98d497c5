#include "mapview.h"

#include "geo/maplayerstore.h"
#include "live/labels.h"
#include "mapscene.h"
#include "rastertilelayer.h"
#include "selection.h"

#include <QPainter>
#include <algorithm>

namespace pela::ui {

const QGeoCoordinate MapView::DefaultCentre(-3.69580, 128.18150);

namespace {

constexpr int ClockIntervalMs = 1000;
constexpr int AnimationIntervalMs = 125;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

MapItemKind itemKindOf(OverlayKey::Kind kind)
{
    switch (kind) {
    case OverlayKey::Kind::Hospital:
    case OverlayKey::Kind::HospitalLink:
        return MapItemKind::Hospital;
    case OverlayKey::Kind::Unit:
    case OverlayKey::Kind::UnitLink:
        return MapItemKind::Unit;
    case OverlayKey::Kind::Case:
    case OverlayKey::Kind::EdgeAlert:
        return MapItemKind::Case;
    }
    return MapItemKind::Case;
}

} // namespace

MapView::MapView(MapScene *scene, Selection *selection, QObject *parent)
    : QObject(parent), m_scene(scene), m_selection(selection),
      m_viewport(core::mercator::toWorld(DefaultCentre), DefaultZoom, QSizeF(800, 600)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_scene, &MapScene::itemChanged, this, &MapView::onItemChanged);
    connect(m_scene, &MapScene::reset, this, &MapView::refreshOverlay);
    if (m_selection)
        connect(m_selection, &Selection::changed, this, &MapView::onSelectionChanged);
    m_clockTimer.setInterval(ClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &MapView::refreshOverlay);
    m_clockTimer.start();
    m_animationTimer.setInterval(AnimationIntervalMs);
    connect(&m_animationTimer, &QTimer::timeout, this, &MapView::refreshOverlay);
    rebuildOverlay();
}

MapView::~MapView() = default;

void MapView::setLayerStore(core::MapLayerStore *store)
{
    connect(store, &core::MapLayerStore::dataChanged, this,
            [this, store] { setData(store->data()); });
    setData(store->data());
}

void MapView::setData(core::MapDataPtr data)
{
    m_renderer.setData(std::move(data));
    const QRectF bounds = m_renderer.data()->bounds();
    // A first map of another city: show it all, rather than Ambon's empty sea.
    if (!m_fittedOnce && !bounds.isNull()) {
        m_fittedOnce = true;
        if (!bounds.contains(core::mercator::toWorld(DefaultCentre)))
            showAll();
    }
    emit layersChanged();
    emit fullUpdateRequested();
}

void MapView::setRasterLayer(RasterTileLayer *layer)
{
    m_renderer.setRasterLayer(layer);
    if (layer) {
        layer->setEnabled(m_switches.raster);
        connect(layer, &RasterTileLayer::tileArrived, this, &MapView::fullUpdateRequested);
    }
    emit fullUpdateRequested();
}

void MapView::setViewport(const core::MapViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    viewChanged();
}

void MapView::setSize(const QSize &size)
{
    // Room for about a dozen views of tiles (a few zoom levels around where the operator
    // works, and what is painted ahead), 256 KB each.
    const int perView = (size.width() / BaseTileCache::TileSize + 2) *
                        (size.height() / BaseTileCache::TileSize + 2);
    m_renderer.tileCache().setCapacity(std::clamp(12 * perView, 300, 800));
    core::MapViewport viewport = m_viewport;
    viewport.setSize(QSizeF(size));
    setViewport(viewport);
}

void MapView::panBy(const QPointF &delta)
{
    core::MapViewport viewport = m_viewport;
    viewport.panBy(delta);
    setViewport(viewport);
}

void MapView::zoomBy(double steps, const QPointF &anchor)
{
    core::MapViewport viewport = m_viewport;
    viewport.zoomAround(anchor, m_viewport.zoom() + steps * ZoomStep);
    if (steps != 0)
        m_renderer.setZoomDirection(steps > 0 ? 1 : -1);
    setViewport(viewport);
}

void MapView::centreOn(const QPointF &world)
{
    core::MapViewport viewport = m_viewport;
    viewport.setCentre(world);
    setViewport(viewport);
}

void MapView::showAll()
{
    const QRectF bounds = m_renderer.data()->bounds();
    if (bounds.isNull())
        return;
    core::MapViewport viewport = m_viewport;
    viewport.fit(bounds);
    setViewport(viewport);
}

void MapView::setLayers(const MapLayerSwitches &switches)
{
    if (switches == m_switches)
        return;
    m_switches = switches;
    BaseMapLayers base;
    base.land = switches.land;
    base.roads = switches.roads;
    base.boundaries = switches.boundaries;
    m_renderer.setBaseLayers(base);
    if (RasterTileLayer *raster = m_renderer.rasterLayer())
        raster->setEnabled(switches.raster);
    rebuildOverlay();
    emit layersChanged();
    emit fullUpdateRequested();
}

void MapView::setFollowSelection(bool follow)
{
    m_follow = follow;
    if (follow)
        followSelected(true);
}

void MapView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshOverlay();
}

void MapView::setGuides(const MapGuides &guides)
{
    if (guides == m_renderer.guides())
        return;
    m_renderer.setGuides(guides);
    emit fullUpdateRequested();
}

void MapView::render(QPainter &painter, const QRect &clip)
{
    m_renderer.render(painter, m_viewport, m_layout, clip);
}

std::optional<OverlayKey> MapView::itemAt(const QPointF &screen) const
{
    return m_layout.itemAt(screen);
}

bool MapView::selectAt(const QPointF &screen)
{
    const std::optional<OverlayKey> key = itemAt(screen);
    if (!m_selection)
        return key.has_value();
    if (!key) {
        m_selection->clear();
        return false;
    }
    m_selection->select(itemKindOf(key->kind), key->id);
    // A badge at the edge stands for a case out of sight: go there.
    if (key->kind == OverlayKey::Kind::EdgeAlert)
        if (const CaseMarker *marker = m_scene->caseMarker(key->id))
            centreOn(marker->world);
    return true;
}

void MapView::viewChanged()
{
    rebuildOverlay();
    emit viewportChanged();
    emit fullUpdateRequested();
}

void MapView::rebuildOverlay()
{
    OverlayOptions options;
    options.hospitals = m_switches.hospitals;
    options.cases = m_switches.cases;
    options.units = m_switches.units;
    m_layout = OverlayLayout::build(*m_scene, m_viewport, options, m_selection, m_clock());
    if (m_layout.isAnimated() != m_animationTimer.isActive()) {
        if (m_layout.isAnimated())
            m_animationTimer.start();
        else
            m_animationTimer.stop();
    }
}

void MapView::refreshOverlay()
{
    const OverlayLayout before = m_layout;
    rebuildOverlay();
    for (const QRect &rect : m_layout.differences(before))
        emit updateRequested(rect);
}

void MapView::onItemChanged(MapItemKind kind, qint64 id)
{
    if (m_follow && m_selection && m_selection->is(kind, id))
        followSelected(false);
    refreshOverlay();
}

void MapView::onSelectionChanged()
{
    if (m_follow)
        followSelected(true);
    refreshOverlay();
}

std::optional<QPointF> MapView::selectedWorld() const
{
    if (!m_selection || m_selection->isEmpty())
        return std::nullopt;
    switch (m_selection->kind()) {
    case MapItemKind::Case:
        if (const CaseMarker *marker = m_scene->caseMarker(m_selection->id());
            marker && marker->located)
            return marker->world;
        break;
    case MapItemKind::Unit:
        if (const UnitMarker *marker = m_scene->unit(m_selection->id()); marker && marker->located)
            return marker->world;
        break;
    case MapItemKind::Hospital:
        if (const HospitalMarker *marker = m_scene->hospital(m_selection->id());
            marker && marker->located)
            return marker->world;
        break;
    }
    return std::nullopt;
}

void MapView::followSelected(bool always)
{
    const std::optional<QPointF> world = selectedWorld();
    if (!world)
        return;
    // A moving unit is followed in jumps: only when it leaves the middle of the view, so the
    // map does not slide under the operator's eyes with every fix.
    const QRectF screen(QPointF(0, 0), m_viewport.size());
    const QRectF middle = screen.adjusted(screen.width() * 0.2, screen.height() * 0.2,
                                          -screen.width() * 0.2, -screen.height() * 0.2);
    if (always || !middle.contains(m_viewport.toScreen(*world)))
        centreOn(*world);
}

QString MapView::toolTipAt(const QPointF &screen) const
{
    const std::optional<OverlayKey> key = itemAt(screen);
    if (!key) {
        // Over the ground: which kelurahan this is.
        const QPointF world = m_viewport.toWorld(screen);
        if (const core::MapFeature *area =
                m_renderer.data()->boundaryAt(world, QStringLiteral("kelurahan")))
            return tr("Kelurahan/desa %1").arg(escaped(area->name));
        return {};
    }
    switch (itemKindOf(key->kind)) {
    case MapItemKind::Hospital:
        return hospitalToolTip(key->id);
    case MapItemKind::Case:
        return caseToolTip(key->id);
    case MapItemKind::Unit:
        return unitToolTip(key->id);
    }
    return {};
}

QString MapView::hospitalToolTip(qint64 id) const
{
    const HospitalMarker *hospital = m_scene->hospital(id);
    if (!hospital)
        return {};
    QString text =
        QStringLiteral("<b>%1</b> — %2").arg(escaped(hospital->code), escaped(hospital->name));
    QString er = core::labels::erStatus(hospital->erStatus);
    if (!hospital->erReason.isEmpty())
        er += QStringLiteral(" (%1)").arg(escaped(hospital->erReason));
    text += QStringLiteral("<br>") + tr("ER: %1").arg(er);
    QStringList beds;
    for (const QVariant &value : hospital->beds) {
        const QVariantMap bed = value.toMap();
        const QString total = bed.value(QStringLiteral("total")).isNull()
                                  ? QStringLiteral("?")
                                  : bed.value(QStringLiteral("total")).toString();
        beds << tr("%1 %2 of %3 free")
                    .arg(
                        core::labels::bedCategory(bed.value(QStringLiteral("category")).toString()),
                        bed.value(QStringLiteral("available")).toString(), total);
    }
    text +=
        QStringLiteral("<br>") +
        tr("Beds: %1").arg(beds.isEmpty() ? tr("not reported") : beds.join(QStringLiteral(", ")));
    QStringList capabilities;
    for (const QString &capability : hospital->capabilities)
        capabilities << (capability == QLatin1String("igd") ? core::labels::bedCategory(capability)
                                                            : capability);
    text += QStringLiteral("<br>") +
            tr("Capabilities: %1").arg(escaped(capabilities.join(QStringLiteral(", "))));
    if (hospital->approximate)
        text += QStringLiteral("<br><i>") +
                tr("Location approximate: %1").arg(escaped(hospital->locationNote)) +
                QStringLiteral("</i>");
    return text;
}

QString MapView::caseToolTip(qint64 id) const
{
    const CaseMarker *marker = m_scene->caseMarker(id);
    if (!marker)
        return {};
    QString text = QStringLiteral("<b>%1</b> — %2, %3")
                       .arg(escaped(marker->number), core::labels::priority(marker->priority),
                            core::labels::caseCategory(marker->category));
    text += QStringLiteral("<br>") + core::labels::caseState(marker->state) + QStringLiteral(", ") +
            tr("opened %1 (%2 ago)")
                .arg(core::labels::clockTime(marker->openedAt),
                     core::labels::age(marker->openedAt, now()));
    if (!marker->locationText.isEmpty())
        text += QStringLiteral("<br>") + escaped(marker->locationText);
    text += QStringLiteral("<br>") +
            (marker->units.isEmpty()
                 ? tr("No unit assigned")
                 : tr("Units: %1").arg(escaped(marker->units.join(QStringLiteral(", ")))));
    return text;
}

QString MapView::unitToolTip(qint64 id) const
{
    const UnitMarker *unit = m_scene->unit(id);
    if (!unit)
        return {};
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(escaped(unit->callSign), core::labels::unitKind(unit->kind));
    text += QStringLiteral("<br>") + core::labels::unitStatus(unit->status);
    if (unit->assignedCaseId)
        if (const CaseMarker *marker = m_scene->caseMarker(unit->assignedCaseId))
            text += QStringLiteral(" — ") + escaped(marker->number);
    if (unit->positionAt.isValid()) {
        const QString fix = tr("last position %1 (%2 ago)")
                                .arg(core::labels::clockTime(unit->positionAt),
                                     core::labels::age(unit->positionAt, now()));
        text +=
            QStringLiteral("<br>") +
            (unit->stale ? QStringLiteral("<b>%1</b>").arg(tr("Position out of date: %1").arg(fix))
                         : fix);
    }
    return text;
}

} // namespace pela::ui
