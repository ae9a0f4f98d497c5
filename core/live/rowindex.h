// Row order of a live model: record ids by row and rows by id, for O(1) lookups both ways.
#pragma once

#include <QHash>
#include <QList>
#include <algorithm>

namespace pela::core {

class RowIndex
{
public:
    void reset(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        m_ids = std::move(ids);
        m_rows.clear();
        for (int row = 0; row < m_ids.size(); ++row)
            m_rows.insert(m_ids[row], row);
    }
    int count() const { return int(m_ids.size()); }
    qint64 idAt(int row) const { return row >= 0 && row < count() ? m_ids[row] : 0; }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    // New records go last: the order views see is the order they arrived in.
    int append(qint64 id)
    {
        m_ids.append(id);
        m_rows.insert(id, count() - 1);
        return count() - 1;
    }
    void removeAt(int row)
    {
        m_rows.remove(m_ids[row]);
        m_ids.removeAt(row);
        for (int next = row; next < count(); ++next)
            m_rows[m_ids[next]] = next;
    }
    const QList<qint64> &ids() const { return m_ids; }

private:
    QList<qint64> m_ids;
    QHash<qint64, int> m_rows;
};

} // namespace pela::core
