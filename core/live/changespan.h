// Collects what one record change touched (columns and roles) into a single dataChanged.
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <algorithm>
#include <limits>

namespace pela::core {

class ChangeSpan
{
public:
    // column -1: a role that no column displays.
    void add(int column, int role)
    {
        if (column >= 0) {
            m_first = std::min(m_first, column);
            m_last = std::max(m_last, column);
            addRole(Qt::DisplayRole);
        }
        addRole(role);
    }
    bool isEmpty() const { return m_roles.isEmpty(); }

    void emitFor(QAbstractItemModel *model, int row) const
    {
        if (isEmpty())
            return;
        // Role-only changes are announced on the first column, where role data is read.
        const int first = m_last < 0 ? 0 : m_first;
        const int last = m_last < 0 ? 0 : m_last;
        emit model->dataChanged(model->index(row, first), model->index(row, last), m_roles);
    }

private:
    void addRole(int role)
    {
        if (!m_roles.contains(role))
            m_roles.append(role);
    }

    int m_first = std::numeric_limits<int>::max();
    int m_last = -1;
    QList<int> m_roles;
};

} // namespace pela::core
