// The parsers under hostile input: real requests mutated at random (a fixed seed, so a failure
// is repeated), for a fixed time: PELA_FUZZ_SECONDS per test case (3 by default; with the one
// of test_gateway, four cases: 12 s, and never more than 30 s in CI). Nothing crashes, nothing
// hangs, and whatever is accepted is a possible fix: on Earth, in range, from a device id Pela
// accepts.
#include "avl/amlparser.h"
#include "avl/nmeastream.h"
#include "avl/osmandparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace pela::core;

namespace {

constexpr std::uint32_t Seed = 20261128;

double budgetSeconds()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("PELA_FUZZ_SECONDS").toDouble(&ok);
    return ok && seconds > 0 ? std::min(seconds, 7.0) : 3;
}

class Mutator
{
public:
    explicit Mutator(std::uint32_t seed) : m_random(seed) {}

    QByteArray mutate(const QByteArray &seed)
    {
        QByteArray data = seed;
        const int rounds = 1 + int(m_random() % 6);
        for (int round = 0; round < rounds; ++round)
            step(data);
        return data;
    }

private:
    int below(int n) { return n <= 0 ? 0 : int(m_random() % unsigned(n)); }

    void step(QByteArray &data)
    {
        static const QByteArray tokens[] = {"%",
                                            "%0",
                                            "%00",
                                            "%ff",
                                            "&",
                                            "=",
                                            "&&==",
                                            ";",
                                            ";;",
                                            "=;",
                                            "{",
                                            "}",
                                            "[",
                                            "]",
                                            "\"",
                                            "\\",
                                            ",",
                                            "*",
                                            "$",
                                            "\r\n",
                                            "\n",
                                            "\x00",
                                            "\xff\xfe",
                                            "1e309",
                                            "-1e309",
                                            "nan",
                                            "inf",
                                            "-0",
                                            "0x1p3",
                                            "1e-320",
                                            "99999999999999999999",
                                            "-90.0001",
                                            "180.5",
                                            "+",
                                            "A\"ML=",
                                            "ml=",
                                            "lt=",
                                            "lo=",
                                            "id=",
                                            "lat=",
                                            "lon=",
                                            "timestamp=",
                                            "\xe2\x80\xae",
                                            "null",
                                            "true",
                                            "{\"location\":"};
        if (data.isEmpty()) {
            data = tokens[below(int(std::size(tokens)))];
            return;
        }
        const int at = below(int(data.size()) + 1);
        switch (below(7)) {
        case 0: // flip a bit
            if (at < data.size())
                data[at] = char(data[at] ^ (1 << below(8)));
            break;
        case 1: // a random byte
            data.insert(at, char(below(256)));
            break;
        case 2: // cut a piece
            data.remove(at, below(16));
            break;
        case 3: // repeat a piece
            data.insert(at, data.mid(below(int(data.size())), below(32)));
            break;
        case 4: // a token that means something to some parser
            data.insert(at, tokens[below(int(std::size(tokens)))]);
            break;
        case 5: // truncate
            data.truncate(at);
            break;
        default: // grow a lot, now and then
            if (below(50) == 0)
                data.insert(at, QByteArray(below(70000), char('0' + below(10))));
            break;
        }
    }

    std::mt19937 m_random;
};

bool inRange(const std::optional<double> &value, double low, double high)
{
    return !value || (std::isfinite(*value) && *value >= low && *value <= high);
}

void checkFix(const AvlFix &fix)
{
    REQUIRE(OsmAndParser::isDeviceId(fix.deviceId));
    REQUIRE(std::isfinite(fix.latitude));
    REQUIRE(std::isfinite(fix.longitude));
    REQUIRE(fix.latitude >= -90);
    REQUIRE(fix.latitude <= 90);
    REQUIRE(fix.longitude >= -180);
    REQUIRE(fix.longitude <= 180);
    REQUIRE_FALSE((fix.latitude == 0 && fix.longitude == 0));
    REQUIRE(fix.fixTime.isValid());
    REQUIRE(inRange(fix.headingDegrees, 0, 359.999999));
    REQUIRE(inRange(fix.speedKmh, 0, 400));
    REQUIRE(inRange(fix.accuracyMeters, 0, 100000));
    REQUIRE(inRange(fix.altitudeMeters, -1000, 20000));
    REQUIRE(inRange(fix.batteryPercent, 0, 100));
}

void checkHandset(const AmlParse &parse)
{
    if (parse.outcome == AmlParse::Outcome::Refused) {
        REQUIRE_FALSE(parse.reason.isEmpty());
        return;
    }
    if (parse.outcome != AmlParse::Outcome::Location)
        return;
    const HandsetLocation &location = parse.location;
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{2,14}$"));
    REQUIRE(location.callerPhone.size() <= 64);
    REQUIRE(
        (location.callerPhoneE164.isEmpty() || e164.match(location.callerPhoneE164).hasMatch()));
    REQUIRE(std::isfinite(location.latitude));
    REQUIRE(std::fabs(location.latitude) <= 90);
    REQUIRE(std::fabs(location.longitude) <= 180);
    REQUIRE(inRange(location.radiusMeters, 0, 100000));
    REQUIRE((!location.confidencePercent ||
             (*location.confidencePercent >= 0 && *location.confidencePercent <= 100)));
}

// Runs check on mutations of seeds for share of the case's budget, and at least minimumRuns
// of them however slow a loaded machine is, so the coverage does not shrink under load;
// returns how many ran.
template <typename Check>
int fuzz(const QList<QByteArray> &seeds, std::uint32_t seed, double share, int minimumRuns,
         Check check)
{
    Mutator mutator(seed);
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = qint64(budgetSeconds() * share * 1000);
    int runs = 0;
    while ((clock.elapsed() < budget || runs < minimumRuns) && runs < 2000000) {
        const QByteArray input = mutator.mutate(seeds[runs % seeds.size()]);
        QElapsedTimer one;
        one.start();
        check(input);
        // No input may take long: a parser that backtracks or loops shows here.
        REQUIRE(one.elapsed() < 1000);
        ++runs;
    }
    return runs;
}

const QDateTime Received = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

} // namespace

TEST_CASE("fuzzed OsmAnd requests never crash or hang, and what is accepted is a possible fix")
{
    const QList<QByteArray> queries = {
        "id=123456&timestamp=1764320400&lat=-3.6954&lon=128.1814&speed=10.0&bearing=271.5"
        "&altitude=31.0&accuracy=16.0&batt=79.0",
        "id=902064&lat=42.06288&lon=-88.23412&timestamp=2016-01-27T18%3A55%3A47Z&hdop=6.0",
        "deviceid=x&location=-3.70,128.20&valid=true&token=abcdefgh",
    };
    const QList<QByteArray> bodies = {
        R"({"location":{"timestamp":"2026-11-28T08:59:58.250Z","coords":{"latitude":-3.6954,)"
        R"("longitude":128.1814,"accuracy":4.8,"speed":12.5,"heading":88,"altitude":21},)"
        R"("battery":{"level":0.64}},"device_id":"48241179"})",
        R"({"device_id":"a","location":[{"coords":{"latitude":-3.7,"longitude":128.18}},)"
        R"({"timestamp":1764320400,"coords":{"latitude":"-3.7","longitude":"128.19"}}]})",
    };
    int accepted = 0;
    const int queryRuns = fuzz(queries, Seed, 0.5, 1000, [&](const QByteArray &input) {
        const OsmAndParse parse = OsmAndParser::fromFields(FormFields::parse(input), Received);
        REQUIRE(parse.ok() != parse.reports.isEmpty());
        for (const AvlReport &report : parse.reports)
            checkFix(report.fix);
        accepted += parse.ok() ? 1 : 0;
    });
    const int jsonRuns = fuzz(bodies, Seed + 1, 0.5, 1000, [&](const QByteArray &input) {
        const OsmAndParse parse = OsmAndParser::fromRequest({}, {}, input, Received);
        REQUIRE(parse.ok() != parse.reports.isEmpty());
        for (const AvlReport &report : parse.reports)
            checkFix(report.fix);
    });
    WARN("OsmAnd: " << queryRuns << " queries (" << accepted << " accepted), " << jsonRuns
                    << " JSON bodies");
    CHECK(accepted > 0); // the mutations also leave requests intact
}

TEST_CASE("fuzzed AML messages never crash or hang, and what is stored is a possible location")
{
    const QList<QByteArray> sms = {
        "A\"ML=1;lt=-03.69547;lg=+128.18141;rd=14;top=20261128085957;lc=68;pm=G;"
        "si=510101000000000;ei=353472104343540;mcc=510;mnc=10;ml=129",
        "A\"ML=2;en=112;et=1764320380;lo=-3.69547,128.18141,20.1;lt=-5;lc=68;lz=12.5,3.0;ls=W;"
        "ei=358239059042542;nc=51010;hc=51010;lg=id-ID",
    };
    const QList<QByteArray> forms = {
        "v=3&device_number=%2B6281247001122&location_latitude=-3.69547&location_longitude="
        "128.18141&location_time=1764320397000&location_accuracy=10.4&location_source=GPS"
        "&location_certainty=83&cell_network_mcc=510&cell_network_mnc=10"};
    const QStringList senders = {QStringLiteral("081247001122"), QStringLiteral("+6281247001122"),
                                 QStringLiteral("112"), QStringLiteral("+4477"), QString()};
    int i = 0;
    const int smsRuns = fuzz(sms, Seed + 2, 0.6, 1000, [&](const QByteArray &input) {
        checkHandset(AmlParser::fromSms(senders[i++ % senders.size()], QString::fromUtf8(input)));
    });
    const int formRuns = fuzz(forms, Seed + 3, 0.4, 1000, [&](const QByteArray &input) {
        checkHandset(AmlParser::fromHttps(FormFields::parse(input)));
    });
    WARN("AML: " << smsRuns << " SMS bodies, " << formRuns << " HTTPS forms");
}

TEST_CASE("fuzzed NMEA streams never crash or hang, and every fix read is on Earth")
{
    auto sentence = [](const char *body) {
        unsigned char sum = 0;
        for (const char *c = body; *c; ++c)
            sum ^= static_cast<unsigned char>(*c);
        return QByteArray("$") + body + '*' +
               QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
    };
    const QList<QByteArray> streams = {
        sentence("PGID,TRACKER-7") +
            sentence("GPRMC,085957.00,A,0341.7280,S,12810.8820,E,020.0,090.0,281126,,,A") +
            sentence("GPGGA,085957.00,0341.7280,S,12810.8820,E,1,08,0.9,31.0,M,66.0,M,,") +
            sentence("GPRMC,085958.00,A,0341.7280,S,12810.8930,E,020.0,090.0,281126,,,A"),
        QByteArray("amb-3 token123\n") +
            sentence("GPRMC,090000,A,0341.7280,S,12810.8820,E,000.0,000.0,281126,,,A") +
            sentence("GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1"),
    };
    int fixes = 0;
    const int runs = fuzz(streams, Seed + 4, 1.0, 100, [&](const QByteArray &input) {
        NmeaStream stream;
        QObject::connect(&stream, &NmeaStream::fixReceived, [&](const AvlFix &fix) {
            ++fixes;
            REQUIRE(std::isfinite(fix.latitude));
            REQUIRE(std::fabs(fix.latitude) <= 90);
            REQUIRE(std::fabs(fix.longitude) <= 180);
            REQUIRE(inRange(fix.speedKmh, 0, 400));
        });
        // In pieces, as TCP delivers them.
        for (qsizetype at = 0; at < input.size(); at += 37)
            stream.feed(
                QByteArrayView(input).sliced(at, std::min<qsizetype>(37, input.size() - at)));
        QCoreApplication::processEvents();
    });
    WARN("NMEA: " << runs << " streams, " << fixes << " fixes read");
}
