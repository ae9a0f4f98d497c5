#include "idtablemodel.h"

#include "roles.h"

namespace pela::core {

IdTableModel::IdTableModel(LiveState *state, int columnCount,
                           std::function<QList<qint64>()> heldIds,
                           void (LiveState::*inserted)(qint64), void (LiveState::*removed)(qint64),
                           QObject *parent)
    : QAbstractTableModel(parent), m_state(state), m_columnCount(columnCount),
      m_heldIds(std::move(heldIds))
{
    connect(m_state, &LiveState::aboutToReload, this, [this] { beginResetModel(); });
    connect(m_state, &LiveState::reloaded, this, [this] {
        m_rows.reset(m_heldIds());
        endResetModel();
    });
    connect(m_state, inserted, this, [this](qint64 id) {
        const int row = m_rows.count();
        beginInsertRows({}, row, row);
        m_rows.append(id);
        endInsertRows();
    });
    connect(m_state, removed, this, [this](qint64 id) {
        const int row = m_rows.rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
    m_rows.reset(m_heldIds());
}

int IdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int IdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant IdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnCount)
        return {};
    return columnTitle(section);
}

QHash<int, QByteArray> IdTableModel::roleNames() const
{
    return liveRoleNames();
}

qint64 IdTableModel::idOf(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return 0;
    return m_rows.idAt(index.row());
}

void IdTableModel::columnChanged(int column, const QList<int> &roles)
{
    if (m_rows.count() > 0)
        emit dataChanged(index(0, column), index(m_rows.count() - 1, column), roles);
}

} // namespace pela::core
