// The map on screen: a thin widget that hands painting to its MapView and repaints what the
// view says changed. Input is the MapInputHandler's job, not this widget's.
#pragma once

#include <QWidget>

namespace pela::ui {

class MapView;

class MapWidget : public QWidget
{
    Q_OBJECT
public:
    // view is not owned and must outlive the widget.
    explicit MapWidget(MapView *view, QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    QSize sizeHint() const override { return {800, 600}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    MapView *m_view;
};

} // namespace pela::ui
