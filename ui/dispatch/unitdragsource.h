// Makes a list of units a drag source: a press and a move on a row drags that unit in the
// UnitDrag format (QDrag, so Esc cancels it and any drop target in the application may take it).
#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPoint>

class QAbstractItemView;
class QMimeData;

namespace pela::ui {

class UnitDragSource : public QObject
{
    Q_OBJECT
public:
    // The view shows units (RecordRole holds a UnitRecord); it is watched, not owned.
    explicit UnitDragSource(QAbstractItemView *view);

    // The drag's data for the unit on that row; nullptr when the row holds no unit.
    static QMimeData *mimeDataFor(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QPoint m_pressedAt;
    QPersistentModelIndex m_pressed;
};

} // namespace pela::ui
