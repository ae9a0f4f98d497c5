// What devices and handsets send, read as they send it: OsmAnd in its three forms (as Traccar
// Client and trackers send it), AML SMS versions 1 and 2 and the HTTPS form, NMEA 0183.
#include "avl/amlparser.h"
#include "avl/nmeastream.h"
#include "avl/osmandparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

const QDateTime Received =
    QDateTime::fromString(QStringLiteral("2026-11-28T09:00:00Z"), Qt::ISODate);

OsmAndParse query(const char *text)
{
    return OsmAndParser::fromFields(FormFields::parse(QByteArray(text)), Received);
}

AvlFix onlyFix(const OsmAndParse &parse)
{
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    REQUIRE(parse.reports.size() == 1);
    return parse.reports.first().fix;
}

QByteArray sentence(const char *body)
{
    unsigned char sum = 0;
    for (const char *c = body; *c; ++c)
        sum ^= static_cast<unsigned char>(*c);
    return QByteArray("$") + body + '*' +
           QByteArray::number(sum, 16).toUpper().rightJustified(2, '0');
}

// Feeds NMEA bytes and lets Qt Positioning deliver what it read.
QList<AvlFix> readNmea(NmeaStream &stream, const QByteArray &bytes)
{
    QList<AvlFix> fixes;
    QObject::connect(&stream, &NmeaStream::fixReceived, [&](const AvlFix &fix) { fixes << fix; });
    stream.feed(bytes);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return fixes;
}

} // namespace

TEST_CASE("Traccar Client's query (GET or POST with the query) is read with knots as km/h")
{
    const AvlFix fix = onlyFix(query("id=123456&timestamp=1764320400&lat=-3.6954&lon=128.1814"
                                     "&speed=10.0&bearing=271.5&altitude=31.0&accuracy=16.0"
                                     "&batt=79.0"));
    CHECK(fix.deviceId == QLatin1String("123456"));
    CHECK(fix.latitude == Approx(-3.6954));
    CHECK(fix.longitude == Approx(128.1814));
    CHECK(fix.fixTime == QDateTime::fromSecsSinceEpoch(1764320400, Qt::UTC));
    CHECK(*fix.speedKmh == Approx(18.52)); // 10 knots
    CHECK(*fix.headingDegrees == Approx(271.5));
    CHECK(*fix.altitudeMeters == Approx(31.0));
    CHECK(*fix.accuracyMeters == Approx(16.0));
    CHECK(*fix.batteryPercent == Approx(79.0));
    CHECK(fix.valid);
}

TEST_CASE("OsmAnd's own logger and trackers: deviceid, heading, hdop, ISO and plain timestamps")
{
    const AvlFix iso = onlyFix(query("id=902064&lat=42.06288&lon=-88.23412"
                                     "&timestamp=2016-01-27T18%3A55%3A47Z&hdop=6.0&altitude=224.0"
                                     "&speed=0.0"));
    CHECK(iso.fixTime == QDateTime(QDate(2016, 1, 27), QTime(18, 55, 47), Qt::UTC));
    CHECK(*iso.hdop == Approx(6.0));
    CHECK(*iso.speedKmh == 0.0);
    const AvlFix plain = onlyFix(query("lat=49.60688&lon=6.15788&timestamp=2014-06-04+09%3A10%3A11"
                                       "&altitude=384.7&speed=0.0&deviceid=353861053849681"));
    CHECK(plain.deviceId == QLatin1String("353861053849681"));
    CHECK(plain.fixTime == QDateTime(QDate(2014, 6, 4), QTime(9, 10, 11), Qt::UTC));
    const AvlFix heading =
        onlyFix(query("id=t1&lat=-3.7&lon=128.2&heading=360&timestamp=1764320400123"));
    CHECK(*heading.headingDegrees == 0.0);
    CHECK(heading.fixTime.toMSecsSinceEpoch() == 1764320400123); // milliseconds
    const AvlFix offset =
        onlyFix(query("id=t1&lat=-3.7&lon=128.2&timestamp=2026-11-28T18:00:00%2B09:00"));
    CHECK(offset.fixTime == QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
}

TEST_CASE("location=lat,lon is a position; no timestamp means the time it arrived")
{
    const AvlFix fix = onlyFix(query("id=123456&location=-3.70,128.20"));
    CHECK(fix.latitude == Approx(-3.70));
    CHECK(fix.longitude == Approx(128.20));
    CHECK(fix.fixTime == Received);
}

TEST_CASE("a POST form body and a query together are one request")
{
    FormFields url = FormFields::parse("id=abc&token=s3cret");
    const OsmAndParse parse =
        OsmAndParser::fromRequest(url, "application/x-www-form-urlencoded",
                                  "lat=-3.7&lon=128.2&timestamp=1764320400", Received);
    const AvlFix fix = onlyFix(parse);
    CHECK(fix.deviceId == QLatin1String("abc"));
    CHECK(parse.reports.first().token == QLatin1String("s3cret"));
}

TEST_CASE("Traccar Client 9's JSON: speed in m/s, battery 0..1, a list of locations too")
{
    const QByteArray body = R"({"location":{"timestamp":"2026-11-28T08:59:58.250Z",
        "coords":{"latitude":-3.6954,"longitude":128.1814,"accuracy":4.8,"speed":12.5,
        "heading":88,"altitude":21},"is_moving":true,"odometer":1520.4,"event":"motionchange",
        "battery":{"level":0.64,"is_charging":false},"activity":{"type":"in_vehicle"},
        "extras":{}},"device_id":"48241179"})";
    const OsmAndParse parse = OsmAndParser::fromRequest({}, "application/json", body, Received);
    const AvlFix fix = onlyFix(parse);
    CHECK(fix.deviceId == QLatin1String("48241179"));
    CHECK(fix.fixTime.toMSecsSinceEpoch() ==
          QDateTime(QDate(2026, 11, 28), QTime(8, 59, 58, 250), Qt::UTC).toMSecsSinceEpoch());
    CHECK(*fix.speedKmh == Approx(45.0)); // 12.5 m/s
    CHECK(*fix.headingDegrees == Approx(88));
    CHECK(*fix.accuracyMeters == Approx(4.8));
    CHECK(*fix.batteryPercent == Approx(64));
    // Without a content type, a body that starts with '{' is JSON; -1 means unknown.
    const QByteArray list = R"({"device_id":"48241179","location":[
        {"timestamp":"2026-11-28T08:59:00Z","coords":{"latitude":-3.70,"longitude":128.18,"speed":-1,"heading":-1}},
        {"timestamp":"2026-11-28T08:59:30Z","coords":{"latitude":-3.71,"longitude":128.19}}]})";
    const OsmAndParse both = OsmAndParser::fromRequest({}, {}, list, Received);
    REQUIRE(both.ok());
    REQUIRE(both.reports.size() == 2);
    CHECK_FALSE(both.reports[0].fix.speedKmh.has_value());
    CHECK_FALSE(both.reports[0].fix.headingDegrees.has_value());
}

TEST_CASE("malformed OsmAnd requests are refused with a reason a device's owner can act on")
{
    const struct
    {
        const char *text;
        const char *reason;
    } refusals[] = {
        {"lat=-3.7&lon=128.2", "no device id"},
        {"id=&lat=-3.7&lon=128.2", "no device id"},
        {"id=a%20b&lat=-3.7&lon=128.2", "is not 1-64 letters"},
        {"id=x&lon=128.2", "no position"},
        {"id=x&lat=abc&lon=128.2", "latitude 'abc' is not a number"},
        {"id=x&lat=nan&lon=128.2", "is not a number"},
        {"id=x&lat=91&lon=128.2", "not between -90 and 90"},
        {"id=x&lat=-3.7&lon=-181", "not between -180 and 180"},
        {"id=x&lat=0&lon=0", "0,0 is what a device sends without a fix"},
        {"id=x&lat=-3.7&lat=-3.8&lon=128.2", "is given more than once"},
        {"id=x&deviceid=y&lat=-3.7&lon=128.2", "id and deviceid differ"},
        {"id=x&location=-3.7&lat=1", "either location or lat and lon"},
        {"id=x&location=-3.7", "is not 'lat,lon'"},
        {"id=x&lat=-3.7&lon=128.2&timestamp=yesterday", "is not Unix seconds or ISO 8601"},
        {"id=x&lat=-3.7&lon=128.2&speed=fast", "speed 'fast' is not a number"},
        {"id=x&lat=-3.7&lon=128.2&valid=maybe", "is not true, false, 1 or 0"},
    };
    for (const auto &refusal : refusals) {
        INFO(refusal.text);
        const OsmAndParse parse = query(refusal.text);
        CHECK_FALSE(parse.ok());
        CHECK(parse.error.contains(QLatin1String(refusal.reason)));
        CHECK(parse.reports.isEmpty());
    }
    CHECK_FALSE(
        OsmAndParser::fromRequest({}, "application/json", "{\"device_id\":1", Received).ok());
    CHECK_FALSE(OsmAndParser::fromRequest({}, "application/json", "[1,2]", Received).ok());
}

TEST_CASE("an implausible optional value is dropped, the position kept")
{
    const AvlFix fix = onlyFix(query("id=x&lat=-3.7&lon=128.2&speed=-1&bearing=-1&accuracy=-5"
                                     "&batt=250&altitude=99999"));
    CHECK_FALSE(fix.speedKmh.has_value());
    CHECK_FALSE(fix.headingDegrees.has_value());
    CHECK_FALSE(fix.accuracyMeters.has_value());
    CHECK_FALSE(fix.batteryPercent.has_value());
    CHECK_FALSE(fix.altitudeMeters.has_value());
    const AvlFix tooFast = onlyFix(query("id=x&lat=-3.7&lon=128.2&speed=500"));
    CHECK_FALSE(tooFast.speedKmh.has_value());
    CHECK_FALSE(onlyFix(query("id=x&lat=-3.7&lon=128.2&valid=false")).valid);
}

TEST_CASE("AML SMS version 1 is read, its number normalised as the intake form does")
{
    const QString body = QStringLiteral("A\"ML=1;lt=-03.69547;lg=+128.18141;rd=14;"
                                        "top=20261128085957;lc=68;pm=G;si=510101000000000;"
                                        "ei=353472104343540;mcc=510;mnc=10;ml=129");
    REQUIRE(body.size() == 129);
    const AmlParse parse =
        AmlParser::fromSms(QStringLiteral("081247001122"), body + QStringLiteral("\n"));
    INFO(parse.reason.toStdString());
    REQUIRE(parse.outcome == AmlParse::Outcome::Location);
    const HandsetLocation &location = parse.location;
    CHECK(location.callerPhoneE164 == QLatin1String("+6281247001122"));
    CHECK(location.latitude == Approx(-3.69547));
    CHECK(location.longitude == Approx(128.18141));
    CHECK(*location.radiusMeters == Approx(14));
    CHECK(*location.confidencePercent == 68);
    CHECK(location.positioningMethod == QLatin1String("gnss"));
    CHECK(location.locatedAt == QDateTime(QDate(2026, 11, 28), QTime(8, 59, 57), Qt::UTC));
    CHECK(location.amlVersion == 1);
    CHECK(location.networkMcc == QLatin1String("510"));
    CHECK(location.networkMnc == QLatin1String("10"));
}

TEST_CASE("AML's ml must match: a cut or altered message is refused, one off is tolerated")
{
    // Google's published example of a computed location: 127 characters, ml=126.
    const QString whole = QStringLiteral("A\"ML=1;lt=+51.53321;lg=-0.12601;rd=14;"
                                         "top=20220131171748;lc=68;pm=W;si=234159000000000;"
                                         "ei=123456789012345;mcc=234;mnc=15;ml=126");
    REQUIRE(whole.size() == 127);
    CHECK(AmlParser::fromSms(QStringLiteral("+447700900123"), whole).outcome ==
          AmlParse::Outcome::Location);
    // A part lost on the way: ml says so.
    QString cut = whole;
    cut.replace(QStringLiteral("lg=-0.12601;rd=14;"), QStringLiteral("lg=-0.1;"));
    const AmlParse refused = AmlParser::fromSms(QStringLiteral("+447700900123"), cut);
    CHECK(refused.outcome == AmlParse::Outcome::Refused);
    CHECK(refused.reason.contains(QStringLiteral("ml=126")));
    QString noLength = whole;
    noLength.chop(QStringLiteral(";ml=126").size());
    CHECK(AmlParser::fromSms(QStringLiteral("+447700900123"), noLength)
              .reason.contains(QStringLiteral("no ml")));
}

TEST_CASE("AML saying it has no position is read as such, not as a place at 0,0")
{
    const QString body = QStringLiteral("A\"ML=1;lt=+00.00000;lg=+000.00000;rd=N;"
                                        "top=20220131173734;lc=0;pm=N;si=234159000000000;"
                                        "ei=123456789012345;mcc=234;mnc=15;ml=127");
    CHECK(AmlParser::fromSms(QStringLiteral("+447700900123"), body).outcome ==
          AmlParse::Outcome::NoLocation);
}

TEST_CASE("AML SMS version 2: lo with its accuracy, the time from et and lt")
{
    const QString body = QStringLiteral("A\"ML=2;en=112;et=1764320380;lo=-3.69547,128.18141,20.1;"
                                        "lt=-5;lc=68;lz=12.5,3.0;ls=W;ei=358239059042542;"
                                        "nc=51010;hc=51010;lg=id-ID");
    const AmlParse parse = AmlParser::fromSms(QStringLiteral("+62 812-4700-1122"), body);
    INFO(parse.reason.toStdString());
    REQUIRE(parse.outcome == AmlParse::Outcome::Location);
    CHECK(parse.location.callerPhoneE164 == QLatin1String("+6281247001122"));
    CHECK(parse.location.amlVersion == 2);
    CHECK(*parse.location.radiusMeters == Approx(20.1));
    CHECK(parse.location.positioningMethod == QLatin1String("wifi"));
    CHECK(parse.location.locatedAt == QDateTime::fromSecsSinceEpoch(1764320375, Qt::UTC));
    CHECK(parse.location.networkMcc == QLatin1String("510"));
    // With an ml, version 2 is checked too.
    const QString withLength = body + QStringLiteral(";ml=999");
    CHECK(AmlParser::fromSms(QStringLiteral("+6281247001122"), withLength).outcome ==
          AmlParse::Outcome::Refused);
}

TEST_CASE("the AML HTTPS form is read with its millisecond time and source")
{
    const FormFields fields = FormFields::parse(
        "v=3&device_number=%2B6281247001122&location_latitude=-3.69547&location_longitude="
        "128.18141&location_time=1764320397000&location_accuracy=10.4&location_source=GPS"
        "&location_certainty=83&location_altitude=0.0&location_floor=5&device_model=ABC+Detente"
        "&device_imei=354773072099116&device_imsi=510103858655102&device_os=AOS&cell_carrier="
        "&cell_home_mcc=510&cell_home_mnc=10&cell_network_mcc=510&cell_network_mnc=10"
        "&cell_id=0213454321");
    const AmlParse parse = AmlParser::fromHttps(fields);
    INFO(parse.reason.toStdString());
    REQUIRE(parse.outcome == AmlParse::Outcome::Location);
    CHECK(parse.location.callerPhoneE164 == QLatin1String("+6281247001122"));
    CHECK(parse.location.locatedAt.toMSecsSinceEpoch() == 1764320397000);
    CHECK(*parse.location.radiusMeters == Approx(10.4));
    CHECK(*parse.location.confidencePercent == 83);
    CHECK(parse.location.positioningMethod == QLatin1String("gnss"));
    CHECK(parse.location.amlVersion == 3);
}

TEST_CASE("AML that is not AML, or has no caller number, is refused with the reason")
{
    CHECK(AmlParser::fromSms(QStringLiteral("+6281247001122"), QStringLiteral("Halo, tolong!"))
              .reason.contains(QStringLiteral("not an AML message")));
    CHECK(AmlParser::fromSms({}, QStringLiteral("A\"ML=1;lt=-3.7;lg=128.2;ml=27"))
              .reason.contains(QStringLiteral("no caller number")));
    CHECK(AmlParser::fromSms(QStringLiteral("+6281247001122"), QStringLiteral("A\"ML=7;x=1"))
              .reason.contains(QStringLiteral("version")));
    CHECK(AmlParser::fromHttps(FormFields::parse("v=1&device_number=%2B6281247001122")).outcome ==
          AmlParse::Outcome::Refused);
}

TEST_CASE("NMEA: a first line names the device, then RMC and GGA give fixes with speed and course")
{
    NmeaStream stream;
    const QByteArray bytes = sentence("PGID,TRACKER-7") + "\r\n" +
                             sentence("GPRMC,085957.00,A,0341.7280,S,12810.8820,E,020.0,090.0,"
                                      "281126,,,A") +
                             "\r\n" +
                             sentence("GPGGA,085957.00,0341.7280,S,12810.8820,E,1,08,0.9,31.0,M,"
                                      "66.0,M,,") +
                             "\r\n" +
                             sentence("GPRMC,085958.00,A,0341.7280,S,12810.8930,E,020.0,090.0,"
                                      "281126,,,A") +
                             "\r\n";
    const QList<AvlFix> fixes = readNmea(stream, bytes);
    CHECK(stream.deviceId() == QLatin1String("TRACKER-7"));
    REQUIRE(fixes.size() >= 1);
    const AvlFix &fix = fixes.first();
    CHECK(fix.deviceId == QLatin1String("TRACKER-7"));
    CHECK(fix.latitude == Approx(-3.69547).margin(1e-5));
    CHECK(fix.longitude == Approx(128.18137).margin(1e-5));
    CHECK(fix.fixTime == QDateTime(QDate(2026, 11, 28), QTime(8, 59, 57), Qt::UTC));
    CHECK(*fix.speedKmh == Approx(37.04).margin(0.01)); // 20 knots
    CHECK(*fix.headingDegrees == Approx(90));
}

TEST_CASE("NMEA: 'ID TOKEN' as the first line; a port that names its device needs none")
{
    NmeaStream named;
    readNmea(named, "amb-3 s3cretToken\r\n");
    CHECK(named.deviceId() == QLatin1String("amb-3"));
    CHECK(named.token() == QLatin1String("s3cretToken"));
    NmeaStream byPort(QStringLiteral("TRACKER-9"));
    const QList<AvlFix> fixes = readNmea(
        byPort, sentence("GPRMC,090000,A,0341.7280,S,12810.8820,E,000.0,000.0,281126,,,A") + "\n" +
                    sentence("GPRMC,090001,A,0341.7280,S,12810.8820,E,000.0,000.0,281126,,,A") +
                    "\n");
    REQUIRE_FALSE(fixes.isEmpty());
    CHECK(fixes.first().deviceId == QLatin1String("TRACKER-9"));
}

TEST_CASE("NMEA: wrong checksums, void fixes and noise store nothing; a flood ends the stream")
{
    NmeaStream stream(QStringLiteral("TRACKER-9"));
    QByteArray wrong = sentence("GPRMC,090000,A,0341.7280,S,12810.8820,E,000.0,000.0,281126,,,A");
    wrong[wrong.size() - 1] = wrong.endsWith('0') ? '1' : '0';
    const QByteArray bytes = wrong + "\n" +
                             sentence("GPRMC,090001,V,0341.7280,S,12810.8820,E,,,281126,,,N") +
                             "\n" + QByteArray(500, 'x') + "\n" + "\x00\x01\xff\n";
    CHECK(readNmea(stream, bytes).isEmpty());
    CHECK_FALSE(stream.hasFailed());
    QByteArray noise;
    for (int i = 0; i < NmeaStream::MaxBadLines + 1; ++i)
        noise += "GARBAGE\n";
    stream.feed(noise);
    CHECK(stream.hasFailed());
    NmeaStream unnamed;
    unnamed.feed(sentence("GPRMC,090000,A,0341.7280,S,12810.8820,E,000.0,000.0,281126,,,A") + "\n");
    CHECK(unnamed.hasFailed()); // the first line must name the device
}
