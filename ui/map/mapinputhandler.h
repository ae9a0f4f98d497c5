// What the operator does with the mouse and keys on a map widget: pan (drag, arrow keys), zoom
// (wheel, +/-, around the pointer), select by click, tooltips on hover, and dragging a unit
// onto a case, which becomes an intent for whoever dispatches (the drop controller); "pick on
// map" turns the next click into a point for the intake form.
#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QPoint>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace pela::ui {

class MapView;
class MapWidget;

class MapInputHandler : public QObject
{
    Q_OBJECT
public:
    // Installs itself on widget; neither is owned.
    MapInputHandler(MapWidget *widget, MapView *view, QObject *parent = nullptr);

    // Pixels an arrow key moves the map (Shift: four times as far).
    static constexpr int KeyPanPixels = 120;

    bool isDraggingUnit() const { return m_mode == Mode::UnitDrag; }
    qint64 draggedUnit() const { return m_mode == Mode::UnitDrag ? m_unit : 0; }
    // Ends a unit drag from outside (Esc seen by the drop controller): reported as cancelled.
    void cancelUnitDrag();

    // "Pick on map": the next click (a drag still pans) reports its point instead of
    // selecting; Esc anywhere in the application cancels.
    void beginPick();
    void cancelPick();
    bool isPicking() const { return m_picking; }

signals:
    // A unit marker is being dragged (the drop target may light up).
    void unitDragStarted(qint64 unitId);
    // The operator let go of a dragged unit over case caseId at point (widget pixels): the
    // intent to assign it. Nothing is dispatched here.
    void unitDropped(qint64 unitId, qint64 caseId, const QPoint &point);
    // Let go elsewhere, or Esc: nothing happens.
    void unitDragCancelled(qint64 unitId);
    // The click that ended "pick on map": where, on Earth and on the widget.
    void pointPicked(const QGeoCoordinate &coordinate, const QPoint &point);
    void pickCancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode
    {
        Idle,
        Pressed, // button down, not yet moved far enough to be a drag
        Pan,
        UnitDrag,
    };
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool wheel(QWheelEvent *event);
    bool key(QKeyEvent *event);
    void updateCursor(const QPointF &position);
    void endPick();

    MapWidget *m_widget;
    MapView *m_view;
    Mode m_mode = Mode::Idle;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    qint64 m_unit = 0; // the unit under the press, if any
    int m_wheelRemainder = 0;
    bool m_picking = false;
};

} // namespace pela::ui
