#include "mapwidget.h"

#include "mapview.h"

#include <QPaintEvent>
#include <QPainter>

namespace pela::ui {

MapWidget::MapWidget(MapView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("mapWidget"));
    // Every pixel is painted by the view: no background fill first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    connect(m_view, &MapView::updateRequested, this, qOverload<const QRect &>(&QWidget::update));
    connect(m_view, &MapView::fullUpdateRequested, this, qOverload<>(&QWidget::update));
}

void MapWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    m_view->render(painter, event->rect());
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->setSize(size());
}

} // namespace pela::ui
