#include "labelsprites.h"

#include "mapstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QTransform>
#include <cmath>

namespace pela::ui {

QImage LabelSprites::sprite(MapLabel::Kind kind, const QString &text, double angle)
{
    const int degrees = int(std::lround(angle));
    const QString key = QString::number(int(kind)) + QLatin1Char(':') + QString::number(degrees) +
                        QLatin1Char(':') + text;
    QMutexLocker lock(&m_mutex);
    if (const auto found = m_sprites.constFind(key); found != m_sprites.constEnd())
        return *found;
    lock.unlock();

    QPainterPath upright;
    upright.addText(0, 0, LabelPlan::fontFor(kind),
                    kind == MapLabel::Kind::Road ? text : text.toUpper());
    QTransform turn;
    turn.rotate(degrees);
    const QPainterPath path = turn.map(upright.translated(-upright.boundingRect().center()));
    QPainterPathStroker stroker;
    stroker.setWidth(3.5);
    stroker.setJoinStyle(Qt::RoundJoin);
    const QPainterPath halo = stroker.createStroke(path);
    const QRectF box = halo.boundingRect().adjusted(-1, -1, 1, 1);
    QImage image(int(std::ceil(box.width())) | 1, int(std::ceil(box.height())) | 1,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Centred in the image: whoever stamps it puts the image's centre on the label's.
        painter.translate(QPointF(image.width(), image.height()) / 2 - box.center());
        painter.fillPath(halo, mapstyle::Halo);
        painter.fillPath(path, kind == MapLabel::Kind::Road ? mapstyle::RoadName
                                                            : mapstyle::BoundaryName);
    }
    lock.relock();
    m_sprites.insert(key, image);
    return image;
}

} // namespace pela::ui
