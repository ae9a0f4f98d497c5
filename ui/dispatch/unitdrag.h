// The drag's data format for a unit, the same from the unit list, the map or anywhere else:
// MIME type application/x-pela-unit, a small JSON object with the unit's id, call sign and the
// version the dispatcher saw (a change since is noticed by assignUnit).
#pragma once

#include "live/livestate.h"

#include <QString>
#include <optional>

class QMimeData;

namespace pela::ui {

struct UnitDrag
{
    qint64 unitId = 0;
    QString callSign;
    int version = 0;

    static QString mimeType();
    // A new QMimeData (the caller owns it, or hands it to a QDrag) carrying the unit; also as
    // text (its call sign), so that dropping it into a text field types the call sign.
    static QMimeData *toMimeData(const core::UnitRecord &unit);
    // nullopt when data carries no unit in this format (or a malformed one).
    static std::optional<UnitDrag> fromMimeData(const QMimeData *data);
};

} // namespace pela::ui
