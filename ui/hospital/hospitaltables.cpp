#include "hospitaltables.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>

namespace pela::ui::hospitaltables {

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // Short columns fit their text; the last (a note, a position) takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setStyleSheet(QStringLiteral("QTableView { font-size: 11pt; }"));
    return table;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; padding: 4px 0;"));
    return label;
}

void keepSelection(QTableView *table)
{
    auto select = [table] {
        if (table->model()->rowCount() > 0 && !table->selectionModel()->hasSelection())
            table->selectRow(0);
    };
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table, select);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, table, select);
}

} // namespace pela::ui::hospitaltables
