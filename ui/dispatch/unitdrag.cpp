#include "unitdrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace pela::ui {

QString UnitDrag::mimeType()
{
    return QStringLiteral("application/x-pela-unit");
}

QMimeData *UnitDrag::toMimeData(const core::UnitRecord &unit)
{
    auto *data = new QMimeData;
    const QJsonObject object{{QStringLiteral("unit_id"), unit.id},
                             {QStringLiteral("call_sign"), unit.callSign},
                             {QStringLiteral("version"), unit.version}};
    data->setData(mimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    data->setText(unit.callSign);
    return data;
}

std::optional<UnitDrag> UnitDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    // At most a few hundred bytes; anything else is not ours.
    const QByteArray bytes = data->data(mimeType());
    if (bytes.size() > 4096)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    UnitDrag drag;
    drag.unitId = object.value(QLatin1String("unit_id")).toInteger();
    drag.callSign = object.value(QLatin1String("call_sign")).toString();
    drag.version = int(object.value(QLatin1String("version")).toInteger());
    if (drag.unitId <= 0 || drag.callSign.isEmpty())
        return std::nullopt;
    return drag;
}

} // namespace pela::ui
