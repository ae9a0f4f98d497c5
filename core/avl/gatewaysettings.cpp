#include "gatewaysettings.h"

#include "db/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <functional>

namespace pela::core {

namespace {

std::optional<double> numberOf(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    if (!document.isArray() || document.array().size() != 1 || !document.array()[0].isDouble())
        return std::nullopt;
    const double value = document.array()[0].toDouble();
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace

GatewaySettingsLoad GatewaySettingsLoader::fromValues(const QHash<QString, QByteArray> &values)
{
    GatewaySettingsLoad load;
    GatewaySettings &settings = load.settings;
    auto unusable = [&](const QString &key) {
        load.problems << QStringLiteral("setting %1 is unusable; the default is kept").arg(key);
    };
    if (values.contains(QStringLiteral("service_region"))) {
        const QJsonObject box =
            QJsonDocument::fromJson(values.value(QStringLiteral("service_region"))).object();
        const double south = box.value(QLatin1String("south")).toDouble(NAN);
        const double west = box.value(QLatin1String("west")).toDouble(NAN);
        const double north = box.value(QLatin1String("north")).toDouble(NAN);
        const double east = box.value(QLatin1String("east")).toDouble(NAN);
        if (south >= -90 && north <= 90 && south < north && west >= -180 && east <= 180 &&
            west < east)
            settings.serviceRegion =
                QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
        else
            unusable(QStringLiteral("service_region"));
    }
    struct Number
    {
        const char *key;
        double min, max;
        std::function<void(double)> set;
    };
    const Number numbers[] = {
        {"max_vehicle_speed_kmh", 50, 1000, [&](double v) { settings.maxVehicleSpeedKmh = v; }},
        {"fix_max_ahead_seconds", 0, 10, [&](double v) { settings.maxAheadSeconds = int(v); }},
        {"position_retention_days", -1e9, 1e6,
         [&](double v) { settings.retentionDays = v > 0 ? int(std::ceil(v)) : 0; }},
    };
    for (const Number &number : numbers) {
        const QString key = QLatin1String(number.key);
        if (!values.contains(key))
            continue;
        const std::optional<double> value = numberOf(values.value(key));
        if (value && *value >= number.min && *value <= number.max)
            number.set(*value);
        else
            unusable(key);
    }
    return load;
}

GatewaySettingsLoad GatewaySettingsLoader::load(PgConnection &connection)
{
    const PgResult result = connection.exec(
        "SELECT key, value::text AS value FROM settings WHERE key = ANY ($1::text[])",
        {QStringList{QStringLiteral("service_region"), QStringLiteral("max_vehicle_speed_kmh"),
                     QStringLiteral("fix_max_ahead_seconds"),
                     QStringLiteral("position_retention_days")}});
    if (!result.ok()) {
        GatewaySettingsLoad load;
        load.error = result.error();
        return load;
    }
    QHash<QString, QByteArray> values;
    for (int row = 0; row < result.rowCount(); ++row)
        values.insert(result.text(row, "key"), result.text(row, "value").toUtf8());
    return fromValues(values);
}

} // namespace pela::core
