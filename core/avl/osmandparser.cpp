#include "osmandparser.h"

#include "domain/inputrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace pela::core {

namespace {

constexpr double KnotsToKmh = 1.852;
constexpr double MetresPerSecondToKmh = 3.6;
constexpr int MaxJsonLocations = 100;

// A value quoted in a refusal: short and printable, whatever the device sent.
QString quoted(QStringView text)
{
    QString shown = InputRules::printable(text.left(40).toString());
    if (text.size() > 40)
        shown += QStringLiteral("…");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

std::optional<double> parseNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Optional values keep only what can be true; the fix stays.
void setHeading(AvlFix &fix, double degrees)
{
    if (degrees >= 0 && degrees < 3600)
        fix.headingDegrees = std::fmod(degrees, 360.0);
}

void setSpeedKmh(AvlFix &fix, double kmh)
{
    if (kmh >= 0 && kmh <= 400)
        fix.speedKmh = kmh;
}

void setAccuracy(AvlFix &fix, double metres)
{
    if (metres >= 0 && metres <= 100000)
        fix.accuracyMeters = metres;
}

void setAltitude(AvlFix &fix, double metres)
{
    if (metres >= -1000 && metres <= 20000)
        fix.altitudeMeters = metres;
}

void setBattery(AvlFix &fix, double percent)
{
    if (percent >= 0 && percent <= 100)
        fix.batteryPercent = percent;
}

QString checkPosition(const AvlFix &fix)
{
    if (fix.latitude < -90 || fix.latitude > 90)
        return QStringLiteral("latitude %1 is not between -90 and 90").arg(fix.latitude);
    if (fix.longitude < -180 || fix.longitude > 180)
        return QStringLiteral("longitude %1 is not between -180 and 180").arg(fix.longitude);
    if (fix.latitude == 0 && fix.longitude == 0)
        return QStringLiteral("0,0 is what a device sends without a fix, not a position");
    return {};
}

QString checkDeviceId(const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("no device id (id or deviceid)");
    if (!OsmAndParser::isDeviceId(id))
        return QStringLiteral("device id %1 is not 1-64 letters, digits, '.', '_', ':' or '-'")
            .arg(quoted(id));
    return {};
}

OsmAndParse refused(QString why)
{
    OsmAndParse parse;
    parse.error = std::move(why);
    return parse;
}

// A JSON number, or a number in a string (some SDKs send "12.5").
std::optional<double> jsonNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional(value.toDouble()) : std::nullopt;
    if (value.isString())
        return parseNumber(value.toString());
    return std::nullopt;
}

QString readJsonLocation(const QJsonObject &location, const QDateTime &receivedAt, AvlFix &fix)
{
    const QJsonValue coordsValue = location.value(QLatin1String("coords"));
    if (!coordsValue.isObject())
        return QStringLiteral("location has no coords object");
    const QJsonObject coords = coordsValue.toObject();
    const std::optional<double> latitude = jsonNumber(coords.value(QLatin1String("latitude")));
    const std::optional<double> longitude = jsonNumber(coords.value(QLatin1String("longitude")));
    if (!latitude || !longitude)
        return QStringLiteral("coords need numeric latitude and longitude");
    fix.latitude = *latitude;
    fix.longitude = *longitude;
    if (const QString why = checkPosition(fix); !why.isEmpty())
        return why;
    const QJsonValue timestamp = location.value(QLatin1String("timestamp"));
    if (timestamp.isUndefined() || timestamp.isNull()) {
        fix.fixTime = receivedAt;
    } else {
        const QString text = timestamp.isDouble() ? QString::number(qint64(timestamp.toDouble()))
                                                  : timestamp.toString();
        fix.fixTime = OsmAndParser::parseTimestamp(text);
        if (!fix.fixTime.isValid())
            return QStringLiteral("timestamp %1 is not a time").arg(quoted(text));
    }
    struct Optional
    {
        const char *key;
        void (*set)(AvlFix &, double);
        double factor;
    };
    const Optional optionals[] = {{"speed", setSpeedKmh, MetresPerSecondToKmh},
                                  {"heading", setHeading, 1},
                                  {"accuracy", setAccuracy, 1},
                                  {"altitude", setAltitude, 1}};
    for (const Optional &optional : optionals) {
        const QJsonValue value = coords.value(QLatin1String(optional.key));
        if (value.isUndefined() || value.isNull())
            continue;
        const std::optional<double> number = jsonNumber(value);
        if (!number)
            return QStringLiteral("coords.%1 is not a number").arg(QLatin1String(optional.key));
        optional.set(fix, *number * optional.factor);
    }
    const QJsonValue battery = location.value(QLatin1String("battery"));
    if (battery.isObject()) {
        // The SDK's level is 0..1; -1 when unknown.
        if (const std::optional<double> level =
                jsonNumber(battery.toObject().value(QLatin1String("level"))))
            setBattery(fix, *level * 100);
    }
    return {};
}

} // namespace

bool OsmAndParser::isDeviceId(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                             (u >= '0' && u <= '9') || u == '.' || u == '_' || u == ':' || u == '-';
        if (!allowed)
            return false;
    }
    return true;
}

QDateTime OsmAndParser::parseTimestamp(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return {};
    bool digits = true;
    for (QChar c : trimmed)
        digits = digits && (c.isDigit() || c == QLatin1Char('.'));
    if (digits) {
        bool ok = false;
        const double number = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(number) || number < 0 || number > 1e15)
            return {};
        // Seconds up to 2^31 (2038), milliseconds above, as Traccar reads it.
        const double ms = number < 2147483647.0 ? number * 1000 : number;
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), Qt::UTC);
    }
    QDateTime time;
    if (trimmed.contains(QLatin1Char('T'))) {
        time = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
    } else {
        time = QDateTime::fromString(trimmed.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!time.isValid())
            time = QDateTime::fromString(trimmed.toString(),
                                         QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
    if (!time.isValid())
        return {};
    // A time without a zone is UTC, as Traccar reads it.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

OsmAndParse OsmAndParser::fromFields(const FormFields &fields, const QDateTime &receivedAt)
{
    if (fields.truncated())
        return refused(QStringLiteral("more than %1 parameters").arg(FormFields::MaxFields));
    // A parameter given twice is ambiguous: which one did the device mean?
    for (const FormField &field : fields.fields())
        if (fields.count(field.name) > 1)
            return refused(QStringLiteral("%1 is given more than once").arg(quoted(field.name)));
    const std::optional<QString> id = fields.value(u"id");
    const std::optional<QString> deviceId = fields.value(u"deviceid");
    if (id && deviceId && *id != *deviceId)
        return refused(QStringLiteral("id and deviceid differ"));
    AvlReport report;
    AvlFix &fix = report.fix;
    fix.deviceId = id.value_or(deviceId.value_or(QString()));
    if (const QString why = checkDeviceId(fix.deviceId); !why.isEmpty())
        return refused(why);
    report.token = fields.value(u"token").value_or(QString());

    const std::optional<QString> lat = fields.value(u"lat");
    const std::optional<QString> lon = fields.value(u"lon");
    const std::optional<QString> location = fields.value(u"location");
    if (location && (lat || lon))
        return refused(QStringLiteral("give either location or lat and lon"));
    QString latText, lonText;
    if (location) {
        const QStringList parts = location->split(QLatin1Char(','));
        if (parts.size() != 2)
            return refused(QStringLiteral("location %1 is not 'lat,lon'").arg(quoted(*location)));
        latText = parts[0];
        lonText = parts[1];
    } else {
        if (!lat || !lon)
            return refused(QStringLiteral("no position: lat and lon (or location) are needed"));
        latText = *lat;
        lonText = *lon;
    }
    const std::optional<double> latitude = parseNumber(latText);
    if (!latitude)
        return refused(QStringLiteral("latitude %1 is not a number").arg(quoted(latText)));
    const std::optional<double> longitude = parseNumber(lonText);
    if (!longitude)
        return refused(QStringLiteral("longitude %1 is not a number").arg(quoted(lonText)));
    fix.latitude = *latitude;
    fix.longitude = *longitude;
    if (const QString why = checkPosition(fix); !why.isEmpty())
        return refused(why);

    if (const std::optional<QString> timestamp = fields.value(u"timestamp")) {
        fix.fixTime = parseTimestamp(*timestamp);
        if (!fix.fixTime.isValid())
            return refused(QStringLiteral("timestamp %1 is not Unix seconds or ISO 8601")
                               .arg(quoted(*timestamp)));
    } else {
        fix.fixTime = receivedAt;
    }
    if (const std::optional<QString> valid = fields.value(u"valid")) {
        const QString word = valid->trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("1"))
            fix.valid = true;
        else if (word == QLatin1String("false") || word == QLatin1String("0"))
            fix.valid = false;
        else
            return refused(
                QStringLiteral("valid %1 is not true, false, 1 or 0").arg(quoted(*valid)));
    }
    const std::optional<QString> bearing = fields.value(u"bearing");
    const std::optional<QString> heading = fields.value(u"heading");
    if (bearing && heading)
        return refused(QStringLiteral("give either bearing or heading"));
    struct Optional
    {
        const char16_t *name;
        std::optional<QString> text;
        void (*set)(AvlFix &, double);
        double factor;
    };
    const Optional optionals[] = {
        {u"speed", fields.value(u"speed"), setSpeedKmh, KnotsToKmh},
        {bearing ? u"bearing" : u"heading", bearing ? bearing : heading, setHeading, 1},
        {u"altitude", fields.value(u"altitude"), setAltitude, 1},
        {u"accuracy", fields.value(u"accuracy"), setAccuracy, 1},
        {u"batt", fields.value(u"batt"), setBattery, 1},
    };
    for (const Optional &optional : optionals) {
        if (!optional.text || optional.text->trimmed().isEmpty())
            continue;
        const std::optional<double> number = parseNumber(*optional.text);
        if (!number)
            return refused(QStringLiteral("%1 %2 is not a number")
                               .arg(QString::fromUtf16(optional.name), quoted(*optional.text)));
        optional.set(fix, *number * optional.factor);
    }
    if (const std::optional<QString> hdop = fields.value(u"hdop");
        hdop && !hdop->trimmed().isEmpty()) {
        const std::optional<double> number = parseNumber(*hdop);
        if (!number)
            return refused(QStringLiteral("hdop %1 is not a number").arg(quoted(*hdop)));
        if (*number > 0 && *number < 100)
            fix.hdop = *number;
    }
    OsmAndParse parse;
    parse.reports.append(report);
    return parse;
}

OsmAndParse OsmAndParser::fromJson(QByteArrayView body, const QDateTime &receivedAt,
                                   const FormFields &fallback)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refused(QStringLiteral("the body is not a JSON object"));
    const QJsonObject root = document.object();
    QString deviceId;
    const QJsonValue idValue = root.value(QLatin1String("device_id"));
    if (idValue.isString())
        deviceId = idValue.toString();
    else if (idValue.isDouble() && std::isfinite(idValue.toDouble()) &&
             std::fabs(idValue.toDouble()) < 1e15)
        deviceId = QString::number(qint64(idValue.toDouble()));
    else if (!idValue.isUndefined() && !idValue.isNull())
        return refused(QStringLiteral("device_id is not a string"));
    else
        deviceId = fallback.value(u"id").value_or(fallback.value(u"deviceid").value_or(QString()));
    if (const QString why = checkDeviceId(deviceId); !why.isEmpty())
        return refused(why);
    QString token = fallback.value(u"token").value_or(QString());
    if (root.value(QLatin1String("token")).isString())
        token = root.value(QLatin1String("token")).toString();

    QList<QJsonObject> locations;
    const QJsonValue location = root.value(QLatin1String("location"));
    if (location.isObject()) {
        locations.append(location.toObject());
    } else if (location.isArray()) {
        const QJsonArray list = location.toArray();
        if (list.isEmpty() || list.size() > MaxJsonLocations)
            return refused(
                QStringLiteral("location lists 1 to %1 locations").arg(MaxJsonLocations));
        for (const QJsonValue &item : list) {
            if (!item.isObject())
                return refused(QStringLiteral("a location in the list is not an object"));
            locations.append(item.toObject());
        }
    } else {
        return refused(QStringLiteral("no location object"));
    }
    OsmAndParse parse;
    for (const QJsonObject &item : locations) {
        AvlReport report;
        report.fix.deviceId = deviceId;
        report.token = token;
        if (const QString why = readJsonLocation(item, receivedAt, report.fix); !why.isEmpty())
            return refused(why);
        parse.reports.append(report);
    }
    return parse;
}

OsmAndParse OsmAndParser::fromRequest(const FormFields &query, QByteArrayView contentType,
                                      QByteArrayView body, const QDateTime &receivedAt)
{
    const QByteArray type = contentType.toByteArray().trimmed().toLower();
    const QByteArrayView trimmedBody = QByteArrayView(body).trimmed();
    const bool json =
        type.startsWith("application/json") ||
        (!type.startsWith("application/x-www-form-urlencoded") && trimmedBody.startsWith('{'));
    if (json)
        return fromJson(body, receivedAt, query);
    if (!trimmedBody.isEmpty()) {
        if (!query.isEmpty()) {
            // Parameters in both places: read them together, as one request.
            FormFields merged = query;
            const FormFields form = FormFields::parse(body);
            for (const FormField &field : form.fields())
                merged.append(field);
            return fromFields(merged, receivedAt);
        }
        return fromFields(FormFields::parse(body), receivedAt);
    }
    return fromFields(query, receivedAt);
}

} // namespace pela::core
