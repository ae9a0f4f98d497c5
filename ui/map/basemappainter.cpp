#include "basemappainter.h"

#include "labelplan.h"
#include "labelsprites.h"
#include "mapstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cmath>

namespace pela::ui {

namespace {

using Points = QVarLengthArray<QPointF, 512>;

// Calls draw(points, count) for each run of a polyline that comes near area (pixel plane),
// in coordinates relative to origin (the painted area's top-left). Points closer than half a pixel
// to the last kept one are dropped: far out a street is a few pixels long, whatever its vertices.
template <typename Draw>
void forEachRun(const QList<QPointF> &world, double scale, const QRectF &area,
                const QPointF &origin, Points &buffer, Draw draw)
{
    buffer.clear();
    QPointF previous;
    auto flush = [&] {
        if (buffer.size() >= 2)
            draw(buffer.data(), int(buffer.size()));
        buffer.clear();
    };
    for (qsizetype i = 0; i < world.size(); ++i) {
        const QPointF point = world[i] * scale;
        if (i > 0) {
            // A segment that does not come near the area breaks the run.
            const double left = std::min(previous.x(), point.x());
            const double right = std::max(previous.x(), point.x());
            const double top = std::min(previous.y(), point.y());
            const double bottom = std::max(previous.y(), point.y());
            const bool near = right >= area.left() && left <= area.right() &&
                              bottom >= area.top() && top <= area.bottom();
            if (!near) {
                flush();
            } else {
                if (buffer.isEmpty())
                    buffer.append(previous - origin);
                const QPointF relative = point - origin;
                const QPointF delta = relative - buffer.last();
                const bool last = i + 1 == world.size();
                if (last || std::abs(delta.x()) + std::abs(delta.y()) >= 0.5)
                    buffer.append(relative);
            }
        }
        previous = point;
    }
    flush();
}

// Sutherland–Hodgman: the part of a polygon ring inside a rectangle. Filling a clipped ring
// costs what the tile shows, not the island's thousands of coastline vertices.
QPolygonF clipped(const QPolygonF &ring, const QRectF &rect)
{
    QPolygonF input = ring;
    QPolygonF output;
    auto clipEdge = [&](auto inside, auto intersect) {
        output.clear();
        if (input.isEmpty())
            return;
        QPointF previous = input.last();
        bool previousInside = inside(previous);
        for (const QPointF &point : std::as_const(input)) {
            const bool pointInside = inside(point);
            if (pointInside != previousInside)
                output.append(intersect(previous, point));
            if (pointInside)
                output.append(point);
            previous = point;
            previousInside = pointInside;
        }
        std::swap(input, output);
    };
    auto atX = [](const QPointF &a, const QPointF &b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    auto atY = [](const QPointF &a, const QPointF &b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    const double left = rect.left(), right = rect.right(), top = rect.top(), bottom = rect.bottom();
    clipEdge([left](const QPointF &p) { return p.x() >= left; },
             [&](const QPointF &a, const QPointF &b) { return atX(a, b, left); });
    clipEdge([right](const QPointF &p) { return p.x() <= right; },
             [&](const QPointF &a, const QPointF &b) { return atX(a, b, right); });
    clipEdge([top](const QPointF &p) { return p.y() >= top; },
             [&](const QPointF &a, const QPointF &b) { return atY(a, b, top); });
    clipEdge([bottom](const QPointF &p) { return p.y() <= bottom; },
             [&](const QPointF &a, const QPointF &b) { return atY(a, b, bottom); });
    return input;
}

QPainterPath polygonPath(const core::MapFeature &feature, double scale, const QPointF &origin,
                         const QRectF &clip)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QList<QPointF> &ring : feature.parts) {
        QPolygonF polygon;
        polygon.reserve(ring.size());
        QPointF last(1e300, 1e300);
        for (const QPointF &world : ring) {
            const QPointF point = world * scale - origin;
            if (std::abs(point.x() - last.x()) + std::abs(point.y() - last.y()) < 0.5)
                continue;
            polygon.append(point);
            last = point;
        }
        if (polygon.size() < 3)
            continue;
        polygon = clipped(polygon, clip);
        if (polygon.size() >= 3)
            path.addPolygon(polygon);
    }
    return path;
}

void paintLabels(QPainter &painter, const LabelPlan &plan, LabelSprites &sprites,
                 const QRectF &area, bool areaNames, bool roadNames)
{
    const QList<int> visible = plan.labelsIn(area);
    for (int index : visible) {
        const MapLabel &label = plan.labels()[index];
        if (!(label.kind == MapLabel::Kind::Road ? roadNames : areaNames))
            continue;
        const QImage sprite = sprites.sprite(label.kind, label.text, label.angle);
        // Rounded in the whole zoom level's pixel plane: neighbouring tiles stamp the same
        // name at the same pixels, so it is whole across their seam.
        const QPoint topLeft(int(std::lround(label.centre.x() - sprite.width() / 2.0)),
                             int(std::lround(label.centre.y() - sprite.height() / 2.0)));
        painter.drawImage(topLeft - area.topLeft(), sprite);
    }
}

} // namespace

void BaseMapPainter::paint(QPainter &painter, const core::MapData &data, double zoom,
                           const QRect &area, const BaseMapLayers &layers, const LabelPlan *labels,
                           LabelSprites *sprites)
{
    const double scale = 256 * std::exp2(zoom);
    const QRectF areaF(area);
    const QPointF origin = areaF.topLeft();
    // The widest stroke reaches this far beyond a feature's bounds.
    const double margin = 24;
    const QRectF worldArea(areaF.adjusted(-margin, -margin, margin, margin).topLeft() / scale,
                           areaF.adjusted(-margin, -margin, margin, margin).bottomRight() / scale);
    const QRectF nearArea = areaF.adjusted(-margin, -margin, margin, margin);
    const QRectF target(0, 0, area.width(), area.height());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QList<const core::MapLayer *> lands = data.layersOf(core::MapLayerKind::Land);
    if (!layers.transparentGround) {
        const bool landKnown = layers.land && !lands.isEmpty();
        painter.fillRect(target, landKnown ? mapstyle::Sea : mapstyle::UnknownGround);
        if (landKnown)
            for (const core::MapLayer *layer : lands)
                for (int index : layer->featuresIn(worldArea)) {
                    const core::MapFeature &feature = layer->features[index];
                    if (feature.isPolygon)
                        painter.fillPath(
                            polygonPath(feature, scale, origin, target.adjusted(-2, -2, 2, 2)),
                            mapstyle::Land);
                }
    }

    Points buffer;
    if (layers.boundaries && zoom >= mapstyle::KelurahanMinZoom - 3) {
        for (const core::MapLayer *layer : data.layersOf(core::MapLayerKind::Boundaries)) {
            const QList<int> features = layer->featuresIn(worldArea);
            for (const bool kecamatan : {false, true}) {
                if (!kecamatan && zoom < mapstyle::KelurahanMinZoom)
                    continue;
                // Hairlines only: a dashed one for kelurahan, a doubled one for kecamatan. Wide
                // or dashed strokes of these long rings cost ten times more and read no better.
                QPen pen(kecamatan ? mapstyle::KecamatanBoundary : mapstyle::KelurahanBoundary);
                pen.setWidth(1);
                pen.setCosmetic(true);
                if (!kecamatan)
                    pen.setDashPattern({4, 3});
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                for (int index : features) {
                    const core::MapFeature &feature = layer->features[index];
                    if ((feature.featureClass == QLatin1String("kecamatan")) != kecamatan)
                        continue;
                    for (const QList<QPointF> &ring : feature.parts)
                        forEachRun(ring, scale, nearArea, origin, buffer,
                                   [&painter, kecamatan](QPointF *points, int count) {
                                       painter.drawPolyline(points, count);
                                       if (!kecamatan)
                                           return;
                                       // The second line, a pixel aside: two pixels wide.
                                       for (int i = 0; i < count; ++i)
                                           points[i] += QPointF(0.9, 0.9);
                                       painter.drawPolyline(points, count);
                                   });
                }
            }
        }
    }

    if (layers.roads) {
        struct Stroke
        {
            const core::MapFeature *feature;
            mapstyle::RoadStyle style;
            double width;
        };
        std::array<QList<Stroke>, mapstyle::RoadRankCount> byRank;
        for (const core::MapLayer *layer : data.layersOf(core::MapLayerKind::Roads))
            for (int index : layer->featuresIn(worldArea)) {
                const core::MapFeature &feature = layer->features[index];
                const mapstyle::RoadStyle style = mapstyle::roadStyle(feature.featureClass);
                const double width = mapstyle::roadWidth(style, zoom);
                if (width > 0)
                    byRank[size_t(style.rank)].append({&feature, style, width});
            }
        for (QList<Stroke> &strokes : byRank)
            std::stable_sort(strokes.begin(), strokes.end(), [](const Stroke &a, const Stroke &b) {
                return a.feature->featureClass < b.feature->featureClass;
            });
        const bool round = zoom >= mapstyle::RoundJoinMinZoom;
        auto strokeAll = [&](const QList<Stroke> &strokes, bool casing) {
            for (const Stroke &stroke : strokes) {
                const bool outlined = mapstyle::isOutlined(stroke.style, zoom);
                if (casing && !outlined)
                    continue;
                QPen pen(casing ? stroke.style.casing
                                : (outlined ? stroke.style.fill : stroke.style.overview));
                const double width = casing ? stroke.width + 2 : stroke.width;
                const bool overview = zoom < mapstyle::CasingMinZoom &&
                                      stroke.style.rank <= mapstyle::RoadRank::Minor;
                if (!casing && !outlined && (width < mapstyle::HairlineWidth || overview)) {
                    // A hairline: the raster engine's fast path, many times cheaper than a
                    // stroked outline and as good at this width.
                    pen.setWidth(1);
                    pen.setCosmetic(true);
                } else {
                    pen.setWidthF(width);
                    pen.setCapStyle(round ? Qt::RoundCap
                                          : (stroke.style.dashed ? Qt::FlatCap : Qt::SquareCap));
                    pen.setJoinStyle(round ? Qt::RoundJoin : Qt::BevelJoin);
                }
                if (stroke.style.dashed)
                    pen.setDashPattern({3, 2});
                // Roads of a class share their pen: set it once, not for every way.
                if (pen != painter.pen())
                    painter.setPen(pen);
                for (const QList<QPointF> &part : stroke.feature->parts)
                    forEachRun(part, scale, nearArea, origin, buffer,
                               [&painter](QPointF *points, int count) {
                                   painter.drawPolyline(points, count);
                               });
            }
        };
        for (const QList<Stroke> &strokes : byRank)
            strokeAll(strokes, true);
        for (const QList<Stroke> &strokes : byRank)
            strokeAll(strokes, false);
    }

    if (labels && sprites)
        paintLabels(painter, *labels, *sprites, areaF, layers.boundaries, layers.roads);
    painter.restore();
}

} // namespace pela::ui
