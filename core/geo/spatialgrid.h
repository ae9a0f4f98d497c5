// A uniform grid over rectangles (features' bounds in world coordinates) for "what lies in
// this tile/near this point" without looking at every feature.
#pragma once

#include <QList>
#include <QRectF>
#include <vector>

namespace pela::core {

class SpatialGrid
{
public:
    SpatialGrid() = default;
    // bounds: the area the grid covers; cells per side grows with the item count.
    SpatialGrid(const QRectF &bounds, const QList<QRectF> &items);

    // Indices of the items whose rectangle intersects area, each once, in ascending order
    // (the order they were given: later items are drawn over earlier ones).
    QList<int> query(const QRectF &area) const;
    bool isEmpty() const { return m_count == 0; }

private:
    int cellX(double x) const;
    int cellY(double y) const;

    QRectF m_bounds;
    int m_columns = 0, m_rows = 0, m_count = 0;
    std::vector<std::vector<int>> m_cells;
    QList<QRectF> m_items;
};

} // namespace pela::core
