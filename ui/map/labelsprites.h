// Map names drawn once into small images with their white halo, then stamped wherever the name
// goes: outlining glyphs for a halo is slow, stamping an image is not. Shared by the threads
// that paint tiles.
#pragma once

#include "labelplan.h"

#include <QHash>
#include <QImage>
#include <QMutex>

namespace pela::ui {

class LabelSprites
{
public:
    // The name as an image, turned by angle degrees (to the nearest degree), its centre at the
    // image's centre. Turned once here rather than on every stamp: stamping a turned image
    // samples every pixel, stamping an upright one copies it.
    QImage sprite(MapLabel::Kind kind, const QString &text, double angle = 0);

private:
    QMutex m_mutex;
    QHash<QString, QImage> m_sprites; // key: kind, angle, text
};

} // namespace pela::ui
