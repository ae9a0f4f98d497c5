#include "mapinputhandler.h"

#include "mapview.h"
#include "mapwidget.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace pela::ui {

MapInputHandler::MapInputHandler(MapWidget *widget, MapView *view, QObject *parent)
    : QObject(parent), m_widget(widget), m_view(view)
{
    m_widget->installEventFilter(this);
}

void MapInputHandler::cancelUnitDrag()
{
    if (m_mode != Mode::UnitDrag)
        return;
    const qint64 unit = m_unit;
    m_mode = Mode::Idle;
    m_unit = 0;
    m_widget->unsetCursor();
    emit unitDragCancelled(unit);
}

void MapInputHandler::beginPick()
{
    if (!m_picking)
        qApp->installEventFilter(this); // Esc cancels wherever the focus is (the intake form)
    m_picking = true;
    m_widget->setCursor(Qt::CrossCursor);
}

void MapInputHandler::cancelPick()
{
    if (!m_picking)
        return;
    endPick();
    emit pickCancelled();
}

void MapInputHandler::endPick()
{
    m_picking = false;
    qApp->removeEventFilter(this);
    m_widget->unsetCursor();
}

bool MapInputHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (m_picking && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelPick();
        return true;
    }
    if (watched != m_widget)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return mousePress(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return mouseMove(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return mouseRelease(static_cast<QMouseEvent *>(event));
    case QEvent::Wheel:
        return wheel(static_cast<QWheelEvent *>(event));
    case QEvent::KeyPress:
        return key(static_cast<QKeyEvent *>(event));
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_view->toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_widget,
                               QRect(help->pos() - QPoint(6, 6), QSize(12, 12)));
        return true;
    }
    default:
        return false;
    }
}

bool MapInputHandler::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_widget->setFocus(Qt::MouseFocusReason);
    m_mode = Mode::Pressed;
    m_pressPosition = m_lastPosition = event->position();
    const std::optional<OverlayKey> key = m_view->itemAt(event->position());
    m_unit = key && key->kind == OverlayKey::Kind::Unit ? key->id : 0;
    return true;
}

bool MapInputHandler::mouseMove(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (m_mode == Mode::Idle || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(position);
        return false;
    }
    if (m_mode == Mode::Pressed &&
        (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        // Dragging a unit picks it up; dragging anything else moves the map.
        m_mode = m_unit ? Mode::UnitDrag : Mode::Pan;
        if (m_mode == Mode::UnitDrag) {
            m_widget->setCursor(Qt::DragMoveCursor);
            emit unitDragStarted(m_unit);
        } else {
            m_widget->setCursor(Qt::ClosedHandCursor);
        }
    }
    if (m_mode == Mode::Pan)
        m_view->panBy(position - m_lastPosition);
    m_lastPosition = position;
    return true;
}

bool MapInputHandler::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_mode == Mode::Idle)
        return false;
    const Mode mode = m_mode;
    m_mode = Mode::Idle;
    const QPointF position = event->position();
    switch (mode) {
    case Mode::Pressed:
        if (m_picking) {
            endPick();
            emit pointPicked(m_view->viewport().toCoordinate(position), position.toPoint());
        } else {
            m_view->selectAt(position);
        }
        break;
    case Mode::UnitDrag: {
        const std::optional<OverlayKey> target = m_view->itemAt(position);
        if (target &&
            (target->kind == OverlayKey::Kind::Case || target->kind == OverlayKey::Kind::EdgeAlert))
            emit unitDropped(m_unit, target->id, position.toPoint());
        else
            emit unitDragCancelled(m_unit);
        break;
    }
    default:
        break;
    }
    m_unit = 0;
    updateCursor(position);
    return true;
}

bool MapInputHandler::wheel(QWheelEvent *event)
{
    // One notch is 120; touchpads send less at a time.
    m_wheelRemainder += event->angleDelta().y();
    const int steps = m_wheelRemainder / 120;
    if (steps == 0)
        return true;
    m_wheelRemainder -= steps * 120;
    m_view->zoomBy(steps, event->position());
    return true;
}

bool MapInputHandler::key(QKeyEvent *event)
{
    const int distance = event->modifiers() & Qt::ShiftModifier ? KeyPanPixels * 4 : KeyPanPixels;
    const QPointF centre(m_widget->width() / 2.0, m_widget->height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        m_view->panBy(QPointF(distance, 0));
        return true;
    case Qt::Key_Right:
        m_view->panBy(QPointF(-distance, 0));
        return true;
    case Qt::Key_Up:
        m_view->panBy(QPointF(0, distance));
        return true;
    case Qt::Key_Down:
        m_view->panBy(QPointF(0, -distance));
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_view->zoomBy(1, centre);
        return true;
    case Qt::Key_Minus:
        m_view->zoomBy(-1, centre);
        return true;
    case Qt::Key_Home:
        m_view->showAll();
        return true;
    case Qt::Key_Escape:
        if (m_mode == Mode::UnitDrag) {
            cancelUnitDrag();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void MapInputHandler::updateCursor(const QPointF &position)
{
    if (m_mode == Mode::Pan || m_mode == Mode::UnitDrag)
        return;
    if (m_picking) {
        m_widget->setCursor(Qt::CrossCursor);
        return;
    }
    if (m_view->itemAt(position))
        m_widget->setCursor(Qt::PointingHandCursor);
    else
        m_widget->setCursor(Qt::OpenHandCursor);
}

} // namespace pela::ui
