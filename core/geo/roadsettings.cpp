#include "roadsettings.h"

#include "db/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>

namespace pela::core {

RoadSettings RoadSettings::defaults()
{
    RoadSettings settings;
    // Ambulance averages over a whole street, junctions and slowing included, not limits. Ambon
    // is a bay city squeezed between the sea and steep hills: the trunk along the coast and the
    // few primary/secondary roads carry all through traffic, angkot stopping anywhere, and jam
    // in the centre (Sirimau, Nusaniwe) even for a siren; the residential streets climbing the
    // hills are narrow, steep and winding, often one car wide. Higher figures would promise
    // ETAs that crews cannot drive.
    settings.speedsKmh = {
        {QStringLiteral("motorway"), 60},     {QStringLiteral("motorway_link"), 40},
        {QStringLiteral("trunk"), 40},        {QStringLiteral("trunk_link"), 30},
        {QStringLiteral("primary"), 35},      {QStringLiteral("primary_link"), 25},
        {QStringLiteral("secondary"), 30},    {QStringLiteral("secondary_link"), 25},
        {QStringLiteral("tertiary"), 25},     {QStringLiteral("tertiary_link"), 20},
        {QStringLiteral("unclassified"), 20}, {QStringLiteral("road"), 15},
        {QStringLiteral("residential"), 18},  {QStringLiteral("living_street"), 10},
        {QStringLiteral("service"), 10},
        // Not routable by default: track (unpaved hill tracks, grade 5 where tagged; an admin can
        // add a speed), path, footway, steps, pedestrian, cycleway, bridleway, corridor,
        // construction, proposed.
    };
    // Calibrated on Ambon's roads with the speeds above (bench_eta prints calibration_*): for
    // the fastest ambulance to a random place, the median road/straight distance ratio is 1.46
    // and the median road speed 29 km/h. The motorcycle figure is a guess, not measured: it
    // slips through traffic.
    settings.straightLineSpeedsKmh = {
        {QStringLiteral("ambulance_als"), 28}, {QStringLiteral("ambulance_bls"), 28},
        {QStringLiteral("rescue"), 28},        {QStringLiteral("hearse"), 28},
        {QStringLiteral("motorcycle"), 35},
    };
    settings.straightLineDefaultKmh = 28;
    settings.detourFactor = 1.45;
    return settings;
}

double RoadSettings::straightLineSeconds(double meters, const QString &unitKind) const
{
    const double kmh = straightLineSpeedsKmh.value(unitKind, straightLineDefaultKmh);
    return meters * detourFactor / (std::max(kmh, 1.0) / 3.6);
}

namespace {

bool positiveNumber(const QJsonValue &value, double *out)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0)
        return false;
    *out = value.toDouble();
    return true;
}

} // namespace

RoadSettingsLoad RoadSettingsLoader::fromValues(const QHash<QString, QByteArray> &values)
{
    RoadSettingsLoad load;
    RoadSettings &settings = load.settings;
    settings = RoadSettings::defaults();
    const auto parsed = [&](const QString &key, QJsonValue *out) {
        if (!values.contains(key))
            return false;
        // jsonb text of a scalar is not a document: wrap it to parse any JSON value.
        const QJsonDocument document = QJsonDocument::fromJson("[" + values.value(key) + "]");
        if (!document.isArray() || document.array().size() != 1) {
            load.problems.append(tr("Setting %1 is not valid JSON; the default is used.").arg(key));
            return false;
        }
        *out = document.array().at(0);
        return true;
    };
    const auto mergeSpeeds = [&](const QString &key, QHash<QString, double> &speeds) {
        QJsonValue value;
        if (!parsed(key, &value))
            return;
        if (!value.isObject()) {
            load.problems.append(
                tr("Setting %1 must be an object of km/h figures; the defaults are used.")
                    .arg(key));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            double kmh = 0;
            if (it.value().isNull() || (it.value().isDouble() && it.value().toDouble() == 0))
                speeds.remove(it.key());
            else if (positiveNumber(it.value(), &kmh) && kmh <= 200)
                speeds.insert(it.key(), kmh);
            else
                load.problems.append(
                    tr("Setting %1: %2 is not a speed in km/h; the default is used.")
                        .arg(key, it.key()));
        }
    };
    const auto number = [&](const QString &key, double *target, double maximum) {
        QJsonValue value;
        if (!parsed(key, &value))
            return;
        double figure = 0;
        if (positiveNumber(value, &figure) && figure <= maximum)
            *target = figure;
        else
            load.problems.append(tr("Setting %1 must be a positive number up to %2; the default "
                                    "is used.")
                                     .arg(key)
                                     .arg(maximum));
    };

    mergeSpeeds(QStringLiteral("road_speeds_kmh"), settings.speedsKmh);
    mergeSpeeds(QStringLiteral("straight_line_speeds_kmh"), settings.straightLineSpeedsKmh);
    number(QStringLiteral("road_snap_max_m"), &settings.snapMaxMeters, 100000);
    double minutes = settings.coverageThresholdSeconds / 60;
    number(QStringLiteral("coverage_threshold_minutes"), &minutes, 24 * 60);
    settings.coverageThresholdSeconds = minutes * 60;
    number(QStringLiteral("straight_line_detour_factor"), &settings.detourFactor, 10);
    if (settings.detourFactor < 1) {
        load.problems.append(tr("Setting straight_line_detour_factor must be at least 1; the "
                                "default is used."));
        settings.detourFactor = RoadSettings::defaults().detourFactor;
    }
    QJsonValue against;
    if (parsed(QStringLiteral("road_against_oneway_allowed"), &against)) {
        if (against.isBool())
            settings.againstOnewayAllowed = against.toBool();
        else
            load.problems.append(tr("Setting road_against_oneway_allowed must be true or false; "
                                    "the default is used."));
    }
    return load;
}

RoadSettingsLoad RoadSettingsLoader::load(PgConnection &connection)
{
    const PgResult result = connection.exec(
        "SELECT key, value::text AS value FROM settings WHERE key IN ('road_speeds_kmh', "
        "'road_snap_max_m', 'road_against_oneway_allowed', 'coverage_threshold_minutes', "
        "'straight_line_speeds_kmh', 'straight_line_detour_factor')");
    if (!result.ok()) {
        RoadSettingsLoad load;
        load.settings = RoadSettings::defaults();
        load.error = result.error();
        return load;
    }
    QHash<QString, QByteArray> values;
    for (int row = 0; row < result.rowCount(); ++row)
        values.insert(result.text(row, "key"), result.text(row, "value").toUtf8());
    return fromValues(values);
}

} // namespace pela::core
