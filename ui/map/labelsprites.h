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
    // The name as an image, its centre at the image's centre (device-independent pixels).
    QImage sprite(MapLabel::Kind kind, const QString &text);

private:
    QMutex m_mutex;
    QHash<QString, QImage> m_sprites; // key: kind + text
};

} // namespace pela::ui
