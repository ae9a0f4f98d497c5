#include "amlparser.h"

#include "domain/inputrules.h"
#include "domain/phonenumber.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace pela::core {

namespace {

QString quoted(QStringView text)
{
    QString shown = InputRules::printable(text.left(40).toString());
    if (text.size() > 40)
        shown += QStringLiteral("…");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

AmlParse refused(QString reason)
{
    AmlParse parse;
    parse.outcome = AmlParse::Outcome::Refused;
    parse.reason = std::move(reason);
    return parse;
}

std::optional<double> number(QStringView text)
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

std::optional<qint64> integer(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// The caller's number: normalised when it is one; refused when there is none.
QString readNumber(const QString &given, HandsetLocation &location)
{
    const QString trimmed = given.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("no caller number");
    if (trimmed.size() > 64)
        return QStringLiteral("the caller number is too long");
    const PhoneNumber phone = PhoneNumber::parse(trimmed);
    if (!phone.isAccepted() || phone.kind() == PhoneNumber::Kind::Withheld)
        return QStringLiteral("the caller number %1 is not a number").arg(quoted(trimmed));
    location.callerPhone = phone.typed();
    location.callerPhoneE164 = phone.e164();
    return {};
}

QString checkCoordinates(double latitude, double longitude)
{
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
        return QStringLiteral("the position %1,%2 is not on Earth").arg(latitude).arg(longitude);
    return {};
}

void setRadius(HandsetLocation &location, std::optional<double> metres)
{
    // 0 means "unknown" in version 2; larger than a city is no help.
    if (metres && *metres > 0 && *metres <= 100000)
        location.radiusMeters = *metres;
}

void setConfidence(HandsetLocation &location, QStringView text)
{
    if (const std::optional<qint64> percent = integer(text);
        percent && *percent >= 0 && *percent <= 100)
        location.confidencePercent = int(*percent);
}

QString methodFromLetter(QStringView letter)
{
    const QString upper = letter.trimmed().toString().toUpper();
    if (upper == QLatin1String("G"))
        return QStringLiteral("gnss");
    if (upper == QLatin1String("W"))
        return QStringLiteral("wifi");
    if (upper == QLatin1String("C"))
        return QStringLiteral("cell");
    if (upper == QLatin1String("F"))
        return QStringLiteral("fused");
    return QStringLiteral("unknown");
}

void setNetwork(HandsetLocation &location, QStringView mcc, QStringView mnc)
{
    static const QRegularExpression mccPattern(QStringLiteral("^[0-9]{3}$"));
    static const QRegularExpression mncPattern(QStringLiteral("^[0-9]{2,3}$"));
    if (mccPattern.match(mcc).hasMatch() && mncPattern.match(mnc).hasMatch()) {
        location.networkMcc = mcc.toString();
        location.networkMnc = mnc.toString();
    }
}

// Fields of an SMS body: key=value separated by ';', each key once.
struct SmsFields
{
    QHash<QString, QString> values;
    QString error;
};

SmsFields splitSms(QStringView body)
{
    SmsFields fields;
    for (QStringView part : body.split(QLatin1Char(';'))) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            fields.error = QStringLiteral("%1 is not key=value").arg(quoted(part));
            return fields;
        }
        const QString key = part.first(equals).trimmed().toString();
        if (fields.values.contains(key)) {
            fields.error = QStringLiteral("%1 is given more than once").arg(quoted(key));
            return fields;
        }
        fields.values.insert(key, part.sliced(equals + 1).trimmed().toString());
    }
    return fields;
}

QString checkLength(const SmsFields &fields, QStringView body, bool required)
{
    const auto ml = fields.values.constFind(QStringLiteral("ml"));
    if (ml == fields.values.cend())
        return required ? QStringLiteral("no ml (message length): the message may be cut")
                        : QString();
    const std::optional<qint64> length = integer(*ml);
    if (!length)
        return QStringLiteral("ml %1 is not a number").arg(quoted(*ml));
    // Off by one is how some handsets count (Google's own example of a computed location is);
    // a message cut short in transit (a lost part, a gateway's 160 characters) misses more.
    if (std::abs(*length - body.size()) > 1)
        return QStringLiteral("the message has %1 characters but says ml=%2: cut or altered")
            .arg(body.size())
            .arg(*length);
    return {};
}

AmlParse readVersion1(const SmsFields &fields, QStringView body, HandsetLocation location)
{
    if (const QString why = checkLength(fields, body, true); !why.isEmpty())
        return refused(why);
    const QString lt = fields.values.value(QStringLiteral("lt"));
    const QString lg = fields.values.value(QStringLiteral("lg"));
    const std::optional<double> latitude = number(lt);
    const std::optional<double> longitude = number(lg);
    if (!latitude || !longitude)
        return refused(
            QStringLiteral("lt %1 and lg %2 must be numbers").arg(quoted(lt), quoted(lg)));
    const QString method = fields.values.value(QStringLiteral("pm"));
    AmlParse parse;
    if (method.trimmed().toUpper() == QLatin1String("N") || (*latitude == 0 && *longitude == 0)) {
        parse.outcome = AmlParse::Outcome::NoLocation;
        parse.reason = QStringLiteral("the handset found no position");
        return parse;
    }
    if (const QString why = checkCoordinates(*latitude, *longitude); !why.isEmpty())
        return refused(why);
    location.latitude = *latitude;
    location.longitude = *longitude;
    location.amlVersion = 1;
    setRadius(location, number(fields.values.value(QStringLiteral("rd"))));
    setConfidence(location, fields.values.value(QStringLiteral("lc")));
    location.positioningMethod = methodFromLetter(method);
    if (const auto top = fields.values.constFind(QStringLiteral("top"));
        top != fields.values.cend()) {
        QDateTime at = QDateTime::fromString(*top, QStringLiteral("yyyyMMddHHmmss"));
        if (!at.isValid())
            return refused(QStringLiteral("top %1 is not yyyyMMddHHmmss").arg(quoted(*top)));
        at.setTimeSpec(Qt::UTC);
        location.locatedAt = at;
    }
    setNetwork(location, fields.values.value(QStringLiteral("mcc")),
               fields.values.value(QStringLiteral("mnc")));
    parse.outcome = AmlParse::Outcome::Location;
    parse.location = location;
    return parse;
}

AmlParse readVersion2(const SmsFields &fields, QStringView body, HandsetLocation location)
{
    if (const QString why = checkLength(fields, body, false); !why.isEmpty())
        return refused(why);
    const QString lo = fields.values.value(QStringLiteral("lo"));
    const QStringList parts = lo.split(QLatin1Char(','));
    if (parts.size() < 2 || parts.size() > 3)
        return refused(
            QStringLiteral("lo %1 is not latitude,longitude[,accuracy]").arg(quoted(lo)));
    const std::optional<double> latitude = number(parts[0]);
    const std::optional<double> longitude = number(parts[1]);
    if (!latitude || !longitude)
        return refused(QStringLiteral("lo %1 is not latitude,longitude").arg(quoted(lo)));
    const QString method = fields.values.value(QStringLiteral("ls"));
    AmlParse parse;
    if (method.trimmed().toUpper() == QLatin1String("N") || (*latitude == 0 && *longitude == 0)) {
        parse.outcome = AmlParse::Outcome::NoLocation;
        parse.reason = QStringLiteral("the handset found no position");
        return parse;
    }
    if (const QString why = checkCoordinates(*latitude, *longitude); !why.isEmpty())
        return refused(why);
    location.latitude = *latitude;
    location.longitude = *longitude;
    location.amlVersion = 2;
    if (parts.size() == 3) {
        const std::optional<double> accuracy = number(parts[2]);
        if (!accuracy)
            return refused(QStringLiteral("the accuracy in lo %1 is not a number").arg(quoted(lo)));
        setRadius(location, accuracy);
    }
    setConfidence(location, fields.values.value(QStringLiteral("lc")));
    location.positioningMethod = methodFromLetter(method);
    // et: the call's start (Unix seconds); lt: the fix's time relative to it, when known.
    if (const auto et = fields.values.constFind(QStringLiteral("et")); et != fields.values.cend()) {
        const std::optional<qint64> callStart = integer(*et);
        if (!callStart || *callStart < 0 || *callStart > 32503680000)
            return refused(QStringLiteral("et %1 is not Unix seconds").arg(quoted(*et)));
        const std::optional<qint64> offset = integer(fields.values.value(QStringLiteral("lt")));
        if (offset && std::abs(*offset) < 9999)
            location.locatedAt = QDateTime::fromSecsSinceEpoch(*callStart + *offset, Qt::UTC);
    }
    const QString network = fields.values.value(QStringLiteral("nc"));
    if (network.size() >= 5)
        setNetwork(location, QStringView(network).first(3), QStringView(network).sliced(3));
    parse.outcome = AmlParse::Outcome::Location;
    parse.location = location;
    return parse;
}

} // namespace

AmlParse AmlParser::fromSms(const QString &sender, const QString &body)
{
    if (body.size() > MaxBodyLength)
        return refused(
            QStringLiteral("the message is longer than %1 characters").arg(MaxBodyLength));
    // The SMS gateway may end the body with a line break; the message itself has none.
    QStringView text(body);
    while (!text.isEmpty() &&
           (text.back() == QLatin1Char('\n') || text.back() == QLatin1Char('\r')))
        text.chop(1);
    if (!text.startsWith(QLatin1String("A\"ML=")))
        return refused(QStringLiteral("not an AML message: it does not start with A\"ML="));
    const SmsFields fields = splitSms(text);
    if (!fields.error.isEmpty())
        return refused(fields.error);
    HandsetLocation location;
    if (const QString why = readNumber(sender, location); !why.isEmpty())
        return refused(why);
    const QString version = fields.values.value(QStringLiteral("A\"ML"));
    if (version == QLatin1String("1"))
        return readVersion1(fields, text, location);
    if (version == QLatin1String("2"))
        return readVersion2(fields, text, location);
    return refused(
        QStringLiteral("AML version %1 is not known (1 and 2 are)").arg(quoted(version)));
}

AmlParse AmlParser::fromHttps(const FormFields &fields)
{
    if (fields.truncated())
        return refused(QStringLiteral("more than %1 fields").arg(FormFields::MaxFields));
    for (const FormField &field : fields.fields())
        if (fields.count(field.name) > 1)
            return refused(QStringLiteral("%1 is given more than once").arg(quoted(field.name)));
    const std::optional<QString> version = fields.value(u"v");
    if (!version)
        return refused(QStringLiteral("no v (version)"));
    const std::optional<qint64> versionNumber = integer(*version);
    if (!versionNumber || *versionNumber < 1 || *versionNumber > 9)
        return refused(QStringLiteral("v %1 is not a version").arg(quoted(*version)));
    HandsetLocation location;
    if (const QString why =
            readNumber(fields.value(u"device_number").value_or(QString()), location);
        !why.isEmpty())
        return refused(why);
    const QString latText = fields.value(u"location_latitude").value_or(QString());
    const QString lonText = fields.value(u"location_longitude").value_or(QString());
    const std::optional<double> latitude = number(latText);
    const std::optional<double> longitude = number(lonText);
    if (!latitude || !longitude)
        return refused(QStringLiteral("location_latitude %1 and location_longitude %2 must be "
                                      "numbers")
                           .arg(quoted(latText), quoted(lonText)));
    AmlParse parse;
    if (*latitude == 0 && *longitude == 0) {
        parse.outcome = AmlParse::Outcome::NoLocation;
        parse.reason = QStringLiteral("the handset found no position");
        return parse;
    }
    if (const QString why = checkCoordinates(*latitude, *longitude); !why.isEmpty())
        return refused(why);
    location.latitude = *latitude;
    location.longitude = *longitude;
    location.amlVersion = int(*versionNumber);
    if (const std::optional<QString> time = fields.value(u"location_time")) {
        const std::optional<qint64> ms = integer(*time);
        if (!ms || *ms < 0 || *ms > 32503680000000)
            return refused(QStringLiteral("location_time %1 is not milliseconds since 1970")
                               .arg(quoted(*time)));
        location.locatedAt = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    setRadius(location, number(fields.value(u"location_accuracy").value_or(QString())));
    setConfidence(location, fields.value(u"location_certainty").value_or(QString()));
    const QString source = fields.value(u"location_source").value_or(QString()).trimmed().toUpper();
    if (source == QLatin1String("GPS") || source == QLatin1String("GNSS"))
        location.positioningMethod = QStringLiteral("gnss");
    else if (source == QLatin1String("WIFI"))
        location.positioningMethod = QStringLiteral("wifi");
    else if (source == QLatin1String("CELL"))
        location.positioningMethod = QStringLiteral("cell");
    else if (source == QLatin1String("FUSED") || source == QLatin1String("HYBRID"))
        location.positioningMethod = QStringLiteral("fused");
    setNetwork(location, fields.value(u"cell_network_mcc").value_or(QString()),
               fields.value(u"cell_network_mnc").value_or(QString()));
    parse.outcome = AmlParse::Outcome::Location;
    parse.location = location;
    return parse;
}

} // namespace pela::core
