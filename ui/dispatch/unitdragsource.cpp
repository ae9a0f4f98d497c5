#include "unitdragsource.h"

#include "live/livestate.h"
#include "live/roles.h"
#include "unitdrag.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

namespace pela::ui {

UnitDragSource::UnitDragSource(QAbstractItemView *view) : QObject(view), m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

QMimeData *UnitDragSource::mimeDataFor(const QModelIndex &index)
{
    const QVariant record = index.data(core::RecordRole);
    if (!record.canConvert<core::UnitRecord>())
        return nullptr;
    return UnitDrag::toMimeData(record.value<core::UnitRecord>());
}

bool UnitDragSource::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto *press = static_cast<QMouseEvent *>(event);
        if (press->button() == Qt::LeftButton) {
            m_pressedAt = press->position().toPoint();
            m_pressed = m_view->indexAt(m_pressedAt);
        }
    } else if (event->type() == QEvent::MouseMove && m_pressed.isValid()) {
        auto *move = static_cast<QMouseEvent *>(event);
        if (!(move->buttons() & Qt::LeftButton)) {
            m_pressed = QPersistentModelIndex();
            return false;
        }
        if ((move->position().toPoint() - m_pressedAt).manhattanLength() <
            QApplication::startDragDistance())
            return false;
        QMimeData *data = mimeDataFor(m_pressed);
        m_pressed = QPersistentModelIndex();
        if (!data)
            return false;
        auto *drag = new QDrag(m_view);
        drag->setMimeData(data);
        // The call sign under the cursor, so the dispatcher sees what is carried.
        const QString callSign = data->text();
        QFont font = m_view->font();
        font.setBold(true);
        const QFontMetrics metrics(font);
        QPixmap pixmap(metrics.horizontalAdvance(callSign) + 16, metrics.height() + 8);
        pixmap.fill(QColor(0x15, 0x65, 0xc0));
        QPainter painter(&pixmap);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pixmap.rect(), Qt::AlignCenter, callSign);
        painter.end();
        drag->setPixmap(pixmap);
        drag->exec(Qt::CopyAction);
        return true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = QPersistentModelIndex();
    }
    return false;
}

} // namespace pela::ui
