#include "livetableview.h"

#include <QHeaderView>

namespace pela::ui {

namespace {
const QString tableStyle = QStringLiteral(R"(
QTableView { gridline-color: #cfd8dc; }
QTableView::item { padding: 0 6px; }
QHeaderView::section {
    background: #eceff1; color: #263238; font-weight: bold; padding: 3px 6px;
    border: none; border-right: 1px solid #cfd8dc; border-bottom: 1px solid #b0bec5;
}
)");
} // namespace

LiveTableView::LiveTableView(QWidget *parent) : QTableView(parent)
{
    QFont tableFont = font();
    tableFont.setPointSizeF(10);
    setFont(tableFont);
    setStyleSheet(tableStyle);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // the proxy keeps one fixed order
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Tables hold tens of rows, so fitting every column to its contents stays cheap; the last
    // column takes what is left.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A model reset recreates the sections with the default mode.
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            &LiveTableView::applyColumnModes);
}

void LiveTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    applyColumnModes();
}

void LiveTableView::applyColumnModes()
{
    QHeaderView *header = horizontalHeader();
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count())
        return;
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

} // namespace pela::ui
