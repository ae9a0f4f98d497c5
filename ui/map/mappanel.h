// The console's map panel: layer switches and "follow selection" above the map, the map
// itself, and beside it what cannot be placed on it (a hospital whose location is unknown, a
// unit with no position, a case without coordinates), listed rather than invented. A unit
// dragged onto a case is handed to the console's drop controller; its undo shows under the map.
#pragma once

#include "mapview.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace pela::core {
class MapLayerStore;
}

namespace pela::ui {

class DatabaseConnector;
class DropController;
class LiveSession;
class MapInputHandler;
class MapScene;
class MapWidget;
class RasterTileLayer;
class Selection;

class MapPanel : public QFrame
{
    Q_OBJECT
public:
    // None is owned; all must outlive the panel.
    MapPanel(LiveSession *session, DatabaseConnector *connector, Selection *selection,
             QWidget *parent = nullptr);
    ~MapPanel() override;

    MapView *view() const { return m_view; }
    MapWidget *mapWidget() const { return m_widget; }
    MapInputHandler *inputHandler() const { return m_input; }
    MapScene *scene() const { return m_scene; }
    core::MapLayerStore *layerStore() const { return m_store; }
    RasterTileLayer *rasterLayer() const { return m_raster; }
    // Units dragged onto cases go to controller (not owned; the board's, so one undo serves
    // both), which shows the answer at the drop point.
    void setDropController(DropController *controller);
    QPushButton *undoButton() const { return m_undo; }
    // "Pick on map": the next click reports its point (inputHandler()->pointPicked); a hint
    // says so above the map until then or Esc.
    void beginPick();

    // What the side list says is not on the map (plain text, one entry per line).
    QString offMapText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySwitches();
    void updateOffMap();
    void updateUndo();

    LiveSession *m_session;
    DropController *m_drop = nullptr;
    MapScene *m_scene = nullptr;
    core::MapLayerStore *m_store = nullptr;
    RasterTileLayer *m_raster = nullptr;
    MapView *m_view = nullptr;
    MapWidget *m_widget = nullptr;
    MapInputHandler *m_input = nullptr;

    QToolButton *m_roads = nullptr;
    QToolButton *m_boundaries = nullptr;
    QToolButton *m_hospitals = nullptr;
    QToolButton *m_cases = nullptr;
    QToolButton *m_units = nullptr;
    QToolButton *m_rasterButton = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_wholeMap = nullptr;
    QLabel *m_pickHint = nullptr;
    QFrame *m_side = nullptr;
    QLabel *m_sideTitle = nullptr;
    QLabel *m_sideText = nullptr;
    QWidget *m_undoStrip = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_offMapPlain;
    bool m_offMapPending = false;
};

} // namespace pela::ui
