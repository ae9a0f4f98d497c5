// Where the base map's names go at one zoom level: kecamatan and kelurahan names inside their
// areas, street names along their roads. Placed once per zoom for the whole map (greedy, major
// first, no overlaps), so that tiles rendered separately draw each name once and whole.
#pragma once

#include "geo/mapdata.h"
#include "geo/spatialgrid.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace pela::ui {

struct MapLabel
{
    enum class Kind
    {
        Kecamatan,
        Kelurahan,
        Road,
    };
    Kind kind = Kind::Road;
    QString text;
    QPointF centre;   // in the zoom level's pixel plane
    double angle = 0; // degrees, clockwise; road names follow their road
    QRectF bounds;    // axis-aligned, halo included, pixel plane
};

class LabelPlan
{
public:
    LabelPlan() = default;
    LabelPlan(const core::MapData &data, double zoom);

    double zoom() const { return m_zoom; }
    const QList<MapLabel> &labels() const { return m_labels; }
    // Labels whose bounds meet area (pixel plane).
    QList<int> labelsIn(const QRectF &area) const { return m_index.query(area); }

    static QFont fontFor(MapLabel::Kind kind);

private:
    void placeAreaNames(const core::MapData &data, double scale);
    void placeRoadNames(const core::MapData &data, double scale);
    bool place(MapLabel label, double minimumDistanceToSameText = 0);

    double m_zoom = 0;
    QList<MapLabel> m_labels;
    core::SpatialGrid m_index;
    // Placed bounds on a coarse grid, to refuse overlaps while placing.
    QHash<qint64, QList<int>> m_cells;
};

} // namespace pela::ui
