#include "caseboardview.h"

#include "dispatch/dropcontroller.h"
#include "live/caseboardmodel.h"
#include "live/roles.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace pela::ui {

namespace {

using Board = core::CaseBoardModel;

const QString tableStyle = QStringLiteral(R"(
QTableView { gridline-color: #cfd8dc; }
QTableView::item { padding: 0 6px; }
QHeaderView::section {
    background: #eceff1; color: #263238; font-weight: bold; padding: 3px 6px;
    border: none; border-right: 1px solid #cfd8dc; border-bottom: 1px solid #b0bec5;
}
)");

// Bold where the eye goes first (number, priority, an overdue timer); a blue frame on the row
// a dragged unit would be dropped on.
class BoardDelegate : public QStyledItemDelegate
{
public:
    explicit BoardDelegate(CaseBoardView *view) : QStyledItemDelegate(view), m_view(view) {}

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == Board::NumberColumn || index.column() == Board::PriorityColumn ||
            (index.column() == Board::TimerColumn && index.data(Board::TimerOverdueRole).toBool()))
            option->font.setBold(true);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QModelIndex drop = m_view->dropRow();
        if (drop.isValid() && drop.row() == index.row()) {
            painter->save();
            painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
            painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
            painter->restore();
        }
    }

private:
    CaseBoardView *m_view;
};

} // namespace

CaseBoardView::CaseBoardView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("caseBoard"));
    setItemDelegate(new BoardDelegate(this));
    setStyleSheet(tableStyle);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // one order: the board's
    setHorizontalScrollMode(ScrollPerPixel);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(DropOnly);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(false);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = caseIdAt(index))
            emit caseActivated(id);
    });
    // A model reset recreates the sections.
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            &CaseBoardView::fitColumns);
    QFont tableFont = font();
    tableFont.setPointSizeF(10);
    setFont(tableFont);
}

void CaseBoardView::setTextPixelSize(int pixels)
{
    QFont tableFont = font();
    tableFont.setPixelSize(pixels);
    setFont(tableFont);
    QFont headerFont = horizontalHeader()->font();
    headerFont.setPixelSize(std::max(12, pixels * 2 / 3));
    horizontalHeader()->setFont(headerFont);
    fitColumns();
}

void CaseBoardView::setHiddenColumns(const QList<int> &columns)
{
    m_hidden = columns;
    fitColumns();
}

void CaseBoardView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitColumns();
}

void CaseBoardView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    if (!model())
        return;
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    // Number, priority and an overdue timer are drawn bold (the delegate): measured so, or
    // large type elides them.
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics headerMetrics(header->font());
    // Typical widest contents, so that widths hold still while timers tick.
    auto sample = [](int column) -> QString {
        switch (column) {
        case Board::NumberColumn:
            return QStringLiteral("2026-000000");
        case Board::PriorityColumn:
            return QStringLiteral("P1");
        case Board::CategoryColumn:
            return QStringLiteral("Traffic accident");
        case Board::StateColumn:
            return QStringLiteral("At hospital");
        case Board::AgeColumn:
        case Board::InStateColumn:
            return QStringLiteral("12 h 00 min");
        case Board::TimerColumn:
            return QStringLiteral("P1 waiting for a unit 12:00");
        case Board::UnitsColumn:
            return QStringLiteral("AMB-HLS-1 (transporting)");
        case Board::EtaColumn:
            return QStringLiteral("AMB-KOTA-1 ≈12 min");
        case Board::DestinationColumn:
            return QStringLiteral("RSKD");
        case Board::ReferralColumn:
            return QStringLiteral("Damkar: acknowledged");
        case Board::CallTakerColumn:
        case Board::DispatcherColumn:
            return QStringLiteral("dispatcher_1");
        case Board::WaitingReasonColumn:
            return QStringLiteral("AMB-KOTA-1 was cancelled: x");
        }
        return QStringLiteral("xxxxxxxx");
    };
    for (int column = 0; column < header->count(); ++column) {
        const bool hidden = m_hidden.contains(column);
        setColumnHidden(column, hidden);
        if (hidden)
            continue;
        if (column == Board::LocationColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const bool drawnBold = column == Board::NumberColumn || column == Board::PriorityColumn ||
                               column == Board::TimerColumn;
        const int width =
            std::max((drawnBold ? boldMetrics : metrics).horizontalAdvance(sample(column)),
                     headerMetrics.horizontalAdvance(title)) +
            22;
        header->resizeSection(column, width);
    }
}

qint64 CaseBoardView::caseIdAt(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(0).data(core::IdRole).toLongLong() : 0;
}

void CaseBoardView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        if (const qint64 id = caseIdAt(currentIndex())) {
            emit caseActivated(id);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void CaseBoardView::setDropRow(const QModelIndex &index)
{
    if (QModelIndex(m_dropRow) == index)
        return;
    m_dropRow = index;
    viewport()->update();
}

void CaseBoardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_dropController && UnitDrag::fromMimeData(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void CaseBoardView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const qint64 caseId = caseIdAt(index);
    if (m_dropController && caseId && m_dropController->accepts(event->mimeData(), caseId)) {
        setDropRow(index.siblingAtColumn(0));
        event->setDropAction(Qt::CopyAction);
        event->accept(visualRect(index));
        return;
    }
    setDropRow({});
    event->ignore();
}

void CaseBoardView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropRow({});
    event->accept();
}

void CaseBoardView::dropEvent(QDropEvent *event)
{
    setDropRow({});
    const auto unit = UnitDrag::fromMimeData(event->mimeData());
    const QPoint position = event->position().toPoint();
    const qint64 caseId = caseIdAt(indexAt(position));
    if (!m_dropController || !unit) {
        event->ignore();
        return;
    }
    if (!caseId || !m_dropController->accepts(event->mimeData(), caseId)) {
        // Between rows or on a closed case: nothing happens.
        m_dropController->dropElsewhere();
        event->ignore();
        return;
    }
    m_dropController->drop(*unit, caseId, viewport(), position);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace pela::ui
