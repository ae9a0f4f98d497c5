// The state of one map on screen, apart from any widget: its viewport, the base map data, the
// live items' layout and the layer switches. Paints itself on any QPainter, tells its widget
// exactly which pixels to repaint when something changes (a moving ambulance: its old and new
// place), and answers what is under a point (for selection and tooltips).
#pragma once

#include "geo/mapdata.h"
#include "geo/projection.h"
#include "maprenderer.h"
#include "overlaylayout.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace pela::core {
class MapLayerStore;
}

namespace pela::ui {

class MapScene;
class RasterTileLayer;
class Selection;

// The layers an operator can switch on and off.
struct MapLayerSwitches
{
    bool land = true;
    bool roads = true;
    bool boundaries = true;
    bool hospitals = true;
    bool cases = true;
    bool units = true;
    bool raster = false;

    bool operator==(const MapLayerSwitches &) const = default;
};

class MapView : public QObject
{
    Q_OBJECT
public:
    // Ambon's city hall: where the map looks before anything is loaded.
    static const QGeoCoordinate DefaultCentre;
    static constexpr double DefaultZoom = 13.5;
    // One wheel notch or +/- key press.
    static constexpr double ZoomStep = 0.5;

    // scene and selection are not owned and must outlive the view (selection may be null).
    MapView(MapScene *scene, Selection *selection, QObject *parent = nullptr);
    ~MapView() override;

    // Follows the store: its data now and whenever it is reloaded. Not owned.
    void setLayerStore(core::MapLayerStore *store);
    void setData(core::MapDataPtr data);
    core::MapDataPtr data() const { return m_renderer.data(); }
    void setRasterLayer(RasterTileLayer *layer);

    const core::MapViewport &viewport() const { return m_viewport; }
    void setViewport(const core::MapViewport &viewport);
    void setSize(const QSize &size);
    void panBy(const QPointF &delta);
    // steps: +1 zooms in by ZoomStep, -1 out; anchor stays where it is on screen.
    void zoomBy(double steps, const QPointF &anchor);
    void centreOn(const QPointF &world);
    // The whole imported map (or the reference points) in view.
    void showAll();

    const MapLayerSwitches &layers() const { return m_switches; }
    void setLayers(const MapLayerSwitches &switches);
    // Keep the selected case or unit in view as it moves.
    bool followsSelection() const { return m_follow; }
    void setFollowSelection(bool follow);

    // The dispatch advice's routes and uncovered kelurahan; repaints when they changed.
    void setGuides(const MapGuides &guides);

    // Paints the clip (everything when empty) of the current view.
    void render(QPainter &painter, const QRect &clip = {});
    const OverlayLayout &layout() const { return m_layout; }
    MapRenderer &renderer() { return m_renderer; }
    MapScene *scene() const { return m_scene; }
    Selection *selection() const { return m_selection; }

    std::optional<OverlayKey> itemAt(const QPointF &screen) const;
    // Selects what is under the point (nothing: clears); true when something was hit.
    bool selectAt(const QPointF &screen);
    // Rich text for a tooltip at a screen point; empty when nothing is there.
    QString toolTipAt(const QPointF &screen) const;

    // The clock for ages and alerts (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    // Rebuilds the live items' layout and asks for the pixels that changed (normally driven
    // by the scene's signals and a timer; public for tests and the benchmark).
    void refreshOverlay();

signals:
    // Repaint these pixels (a changed item) …
    void updateRequested(const QRect &rect);
    // … or everything (a pan, a zoom, new data).
    void fullUpdateRequested();
    // The viewport changed (pan, zoom, resize).
    void viewportChanged();
    void layersChanged();

private:
    void rebuildOverlay();
    void onItemChanged(MapItemKind kind, qint64 id);
    void onSelectionChanged();
    void followSelected(bool always);
    void viewChanged();
    std::optional<QPointF> selectedWorld() const;
    QString hospitalToolTip(qint64 id) const;
    QString caseToolTip(qint64 id) const;
    QString unitToolTip(qint64 id) const;

    MapScene *m_scene;
    Selection *m_selection;
    core::MapViewport m_viewport;
    MapRenderer m_renderer;
    MapLayerSwitches m_switches;
    OverlayLayout m_layout;
    bool m_follow = false;
    bool m_fittedOnce = false;
    std::function<QDateTime()> m_clock;
    QTimer m_clockTimer;     // ages, staleness
    QTimer m_animationTimer; // alert rings
};

} // namespace pela::ui
