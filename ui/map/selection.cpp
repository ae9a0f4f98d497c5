#include "selection.h"

#include "live/roles.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace pela::ui {

Selection::Selection(QObject *parent) : QObject(parent) {}

void Selection::select(MapItemKind kind, qint64 id)
{
    if (id == 0) {
        clear();
        return;
    }
    if (is(kind, id))
        return;
    m_kind = kind;
    m_id = id;
    emit changed();
}

void Selection::clear()
{
    if (m_id == 0)
        return;
    m_id = 0;
    emit changed();
}

void Selection::bindCaseTable(QAbstractItemView *view)
{
    QPointer<QAbstractItemView> table(view);
    auto fromTable = [this, table](const QModelIndex &current) {
        if (!table || !current.isValid())
            return;
        select(MapItemKind::Case, current.data(core::IdRole).toLongLong());
    };
    auto toTable = [this, table] {
        if (!table || !table->model() || !table->selectionModel())
            return;
        QAbstractItemModel *model = table->model();
        if (isEmpty() || m_kind != MapItemKind::Case) {
            return; // a unit or hospital selected elsewhere leaves the board as it is
        }
        if (table->currentIndex().isValid() &&
            table->currentIndex().data(core::IdRole).toLongLong() == m_id)
            return;
        const QModelIndexList rows =
            model->match(model->index(0, 0), core::IdRole, m_id, 1, Qt::MatchExactly);
        if (!rows.isEmpty())
            table->selectionModel()->setCurrentIndex(
                rows.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    auto connectSelectionModel = [this, table, fromTable] {
        if (!table || !table->selectionModel())
            return;
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [fromTable](const QModelIndex &current) { fromTable(current); });
    };
    connectSelectionModel();
    connect(this, &Selection::changed, view, toTable);
}

} // namespace pela::ui
