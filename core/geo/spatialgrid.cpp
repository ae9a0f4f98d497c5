#include "spatialgrid.h"

#include <algorithm>
#include <cmath>

namespace pela::core {

namespace {
// QRectF::intersects is false for an empty rectangle (a point, a north-south road).
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() &&
           a.bottom() >= b.top();
}
} // namespace

SpatialGrid::SpatialGrid(const QRectF &bounds, const QList<QRectF> &items)
    : m_bounds(bounds), m_count(int(items.size())), m_items(items)
{
    if (items.isEmpty())
        return;
    // A layer of one straight east-west road is a line: give it some height to divide.
    const double pad = std::max({bounds.width(), bounds.height(), 1e-9}) * 1e-6;
    m_bounds = bounds.adjusted(-pad, -pad, pad, pad);
    // About four items per cell when spread evenly; never more than 256 cells a side.
    const int side = std::clamp(int(std::sqrt(items.size() / 4.0)), 1, 256);
    m_columns = m_rows = side;
    m_cells.resize(size_t(m_columns) * size_t(m_rows));
    for (int i = 0; i < items.size(); ++i) {
        const QRectF &item = items[i];
        for (int y = cellY(item.top()); y <= cellY(item.bottom()); ++y)
            for (int x = cellX(item.left()); x <= cellX(item.right()); ++x)
                m_cells[size_t(y) * size_t(m_columns) + size_t(x)].push_back(i);
    }
}

int SpatialGrid::cellX(double x) const
{
    return std::clamp(int((x - m_bounds.left()) / m_bounds.width() * m_columns), 0, m_columns - 1);
}

int SpatialGrid::cellY(double y) const
{
    return std::clamp(int((y - m_bounds.top()) / m_bounds.height() * m_rows), 0, m_rows - 1);
}

QList<int> SpatialGrid::query(const QRectF &area) const
{
    QList<int> result;
    if (m_cells.empty() || !overlaps(area, m_bounds))
        return result;
    std::vector<bool> seen(size_t(m_count), false);
    for (int y = cellY(area.top()); y <= cellY(area.bottom()); ++y)
        for (int x = cellX(area.left()); x <= cellX(area.right()); ++x)
            for (int index : m_cells[size_t(y) * size_t(m_columns) + size_t(x)]) {
                if (seen[size_t(index)])
                    continue;
                seen[size_t(index)] = true;
                if (overlaps(m_items[index], area))
                    result.append(index);
            }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace pela::core
