// The shift handover report on a real database: a shift played through the core commands, its
// figures compared with the same figures computed here independently from the base tables and
// the case history (case_events), its CSV, and the period rules pela-admin and the console use.
#include "report/shiftreport.h"
#include "shiftscript.h"
#include "testcluster.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::ScriptedShift;

namespace {

// Assignments that count: never taken back (judged by the history, not by undone_at).
constexpr const char *Counted =
    "NOT EXISTS (SELECT 1 FROM case_events e WHERE e.kind = 'assignment_undone'"
    " AND (e.payload->>'assignment')::bigint = a.id)";

struct Fixture
{
    QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(conninfo);
    ScriptedShift shift = pela::test::playShift(owner);

    ShiftReportData report()
    {
        const ReadResult<ShiftReportData> read =
            ShiftReportData::compute(owner, shift.from, shift.to);
        INFO(read.error.fullText().toStdString());
        REQUIRE(read.ok());
        return *read.value;
    }

    PgResult rows(const QString &sql)
    {
        const PgResult result = owner.exec(sql, {shift.from, shift.to});
        INFO(result.error().fullText().toStdString());
        REQUIRE(result.ok());
        return result;
    }
};

// Per case opened in the period and not merged into another (by its history), the first
// answer, first counted dispatch, first on scene and first at hospital.
QString independentCaseTimes()
{
    return QStringLiteral(
               "SELECT c.id, c.number, c.category,"
               " (SELECT min(coalesce(k.answered_at_claimed, k.answered_at)) FROM calls k"
               "  WHERE k.case_id = c.id) AS answered,"
               " (SELECT min(a.dispatched_at) FROM assignments a WHERE a.case_id = c.id AND %1)"
               "  AS dispatched,"
               " (SELECT min(a.on_scene_at) FROM assignments a WHERE a.case_id = c.id AND %1)"
               "  AS on_scene,"
               " (SELECT min(a.at_hospital_at) FROM assignments a WHERE a.case_id = c.id AND %1)"
               "  AS at_hospital"
               " FROM case_events o JOIN cases c ON c.id = o.case_id"
               " WHERE o.kind = 'case_opened' AND o.occurred_at >= $1 AND o.occurred_at < $2"
               " AND NOT EXISTS (SELECT 1 FROM case_events d WHERE d.case_id = c.id"
               "  AND d.kind = 'case_marked_duplicate')")
        .arg(QLatin1String(Counted));
}

void checkInterval(Fixture &f, const ShiftReportData &report, const char *key, const char *start,
                   const char *end)
{
    INFO(key);
    const PgResult expected = f.rows(
        QStringLiteral("WITH t AS (%1), v AS (SELECT extract(epoch FROM %3 - %2)::float8 AS s"
                       " FROM t WHERE category <> 'hearse_transport')"
                       " SELECT count(s) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY s)"
                       " AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90,"
                       " count(*) FILTER (WHERE s <= 60) AS within FROM v")
            .arg(independentCaseTimes(), QLatin1String(start), QLatin1String(end)));
    const IntervalStats *stats = report.interval(QLatin1String(key));
    REQUIRE(stats != nullptr);
    CHECK(stats->count == expected.toInt(0, "n"));
    REQUIRE(stats->count > 0);
    REQUIRE(stats->medianSeconds);
    CHECK(*stats->medianSeconds == Approx(expected.toDouble(0, "median")).margin(1e-6));
    CHECK(*stats->p90Seconds == Approx(expected.toDouble(0, "p90")).margin(1e-6));
    if (QLatin1String(key) == QLatin1String("answer_to_dispatch")) {
        REQUIRE(stats->withinGoalShare);
        CHECK(stats->goalSeconds == 60);
        CHECK(*stats->withinGoalShare ==
              Approx(double(expected.toInt(0, "within")) / expected.toInt(0, "n")));
    }
}

} // namespace

TEST_CASE("the shift report's counts equal the counts taken from the case history")
{
    Fixture f;
    const ShiftReportData report = f.report();

    const PgResult head = f.rows(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM (%1) t) AS cases,"
            " (SELECT count(*) FROM case_events WHERE kind = 'case_marked_duplicate'"
            "  AND occurred_at >= $1 AND occurred_at < $2) AS duplicates,"
            " (SELECT count(*) FROM calls WHERE coalesce(answered_at_claimed, answered_at) >= $1"
            "  AND coalesce(answered_at_claimed, answered_at) < $2) AS calls")
            .arg(independentCaseTimes()));
    CHECK(report.cases == head.toInt(0, "cases"));
    CHECK(report.duplicates == head.toInt(0, "duplicates"));
    CHECK(report.calls == head.toInt(0, "calls"));
    // The script: seven cases, one merged as a duplicate; eight calls, the second on the first.
    CHECK(report.cases == 6);
    CHECK(report.duplicates == 1);
    CHECK(report.calls == 8);
    CHECK(report.caseLines.size() == report.cases);

    // Per category and priority, the merged duplicate's call counted on its original.
    for (const auto &[column, rows] :
         {std::pair{"category", &report.byCategory}, std::pair{"priority", &report.byPriority}}) {
        const PgResult expected =
            f.rows(QStringLiteral("WITH t AS (%1) SELECT c.%2::text AS key,"
                                  " (SELECT count(*) FROM t WHERE t.id = c.id) AS cases,"
                                  " (SELECT count(*) FROM calls k WHERE k.case_id = c.id) AS calls"
                                  " FROM cases c")
                       .arg(independentCaseTimes(), QLatin1String(column)));
        QHash<QString, std::pair<qint64, qint64>> sums;
        for (int row = 0; row < expected.rowCount(); ++row) {
            auto &sum = sums[expected.text(row, "key")];
            sum.first += expected.toInt(row, "cases");
            sum.second += expected.toInt(row, "calls");
        }
        for (const CountRow &row : *rows) {
            INFO(column << " " << row.key.toStdString());
            CHECK(row.cases == sums.value(row.key).first);
            CHECK(row.calls == sums.value(row.key).second);
        }
    }
    QStringList priorities;
    for (const CountRow &row : report.byPriority)
        priorities << row.key;
    CHECK(priorities == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                    QStringLiteral("4")});
    QStringList categories;
    for (const CountRow &row : report.byCategory)
        categories << row.key;
    CHECK(categories.first() == QLatin1String("medical"));
    CHECK(categories.contains(QStringLiteral("hearse_transport")));

    qint64 perHour = 0;
    for (qint64 n : report.casesPerHour)
        perHour += n;
    CHECK(report.casesPerHour.size() == 2);
    CHECK(perHour == report.cases);
    CHECK(report.casesPerHour.at(1) == report.cases); // all opened in the second hour
}

TEST_CASE("the shift report's intervals leave out undone assignments and hearse transports")
{
    Fixture f;
    const ShiftReportData report = f.report();
    checkInterval(f, report, "answer_to_dispatch", "answered", "dispatched");
    checkInterval(f, report, "dispatch_to_scene", "dispatched", "on_scene");
    checkInterval(f, report, "scene_to_hospital", "on_scene", "at_hospital");
    // Three emergencies were dispatched; the hearse was too, and is not among them.
    CHECK(report.interval(QStringLiteral("answer_to_dispatch"))->count == 3);
    const PgResult hearse =
        f.rows(QStringLiteral("SELECT count(*) AS n FROM (%1) t WHERE dispatched IS NOT NULL"
                              " AND category = 'hearse_transport'")
                   .arg(independentCaseTimes()));
    CHECK(hearse.toInt(0, "n") == 1);
    // One answered 300 s before its dispatch: two of three within NFPA 1225's 60 s.
    CHECK(*report.interval(QStringLiteral("answer_to_dispatch"))->withinGoalShare ==
          Approx(2.0 / 3));

    // The transported case's answer → dispatch runs to AMB-KOTA-2, not to the undone
    // AMB-KOTA-1 assigned before it.
    const PgResult transported = f.owner.exec(
        "SELECT extract(epoch FROM (SELECT a.dispatched_at FROM assignments a"
        " JOIN units u ON u.id = a.unit_id WHERE a.case_id = c.id AND u.call_sign = 'AMB-KOTA-2')"
        " - (SELECT min(coalesce(answered_at_claimed, answered_at)) FROM calls k"
        " WHERE k.case_id = c.id))::float8 AS s FROM cases c WHERE c.number = $1",
        {f.shift.transported});
    REQUIRE(transported.ok());
    bool found = false;
    for (const CaseLine &line : report.caseLines) {
        if (line.number != f.shift.transported)
            continue;
        found = true;
        REQUIRE(line.answerToDispatch);
        CHECK(*line.answerToDispatch == Approx(transported.toDouble(0, "s")).margin(1e-6));
        CHECK(line.units == QLatin1String("AMB-KOTA-2"));
        CHECK(line.hospital == QLatin1String("HLS"));
    }
    CHECK(found);
}

TEST_CASE("transports, referrals, partner requests and unit use equal the history's")
{
    Fixture f;
    const ShiftReportData report = f.report();

    const PgResult transports =
        f.rows(QStringLiteral("SELECT h.code, count(*) AS n FROM assignments a JOIN hospitals h"
                              " ON h.id = a.destination_hospital_id WHERE a.transporting_at >= $1"
                              " AND a.transporting_at < $2 AND %1 GROUP BY h.code ORDER BY h.code")
                   .arg(QLatin1String(Counted)));
    REQUIRE(report.transports.size() == transports.rowCount());
    REQUIRE(report.transports.size() == 1);
    CHECK(report.transports.first().code == transports.text(0, "code"));
    CHECK(report.transports.first().transports == transports.toInt(0, "n"));

    REQUIRE(report.referrals.size() == 1);
    CHECK(report.referrals.first().agency == QLatin1String("Damkar"));
    const PgResult referral = f.rows(QStringLiteral(
        "SELECT count(*) FILTER (WHERE payload->>'state' = 'forwarded') AS referred,"
        " count(*) FILTER (WHERE payload->>'state' = 'acknowledged') AS acknowledged,"
        " count(*) FILTER (WHERE payload->>'state' = 'done') AS done FROM case_events"
        " WHERE kind = 'referral_changed' AND occurred_at >= $1 AND occurred_at < $2"));
    CHECK(report.referrals.first().referred == referral.toInt(0, "referred"));
    CHECK(report.referrals.first().acknowledged == referral.toInt(0, "acknowledged"));
    CHECK(report.referrals.first().done == referral.toInt(0, "done"));

    // Partner requests per owning hospital, from the events each answer wrote.
    const PgResult requests = f.rows(QStringLiteral(
        "SELECT h.code, count(*) FILTER (WHERE e.kind = 'unit_requested') AS requested,"
        " count(*) FILTER (WHERE e.kind = 'request_accepted') AS accepted,"
        " count(*) FILTER (WHERE e.kind = 'request_declined') AS declined,"
        " count(*) FILTER (WHERE e.kind = 'request_expired') AS expired"
        " FROM case_events e JOIN units u ON u.id = e.unit_id JOIN hospitals h"
        " ON h.id = u.owner_hospital_id WHERE e.occurred_at >= $1 AND e.occurred_at < $2"
        " GROUP BY h.code ORDER BY h.code"));
    REQUIRE(report.partnerRequests.size() == requests.rowCount());
    REQUIRE(report.partnerRequests.size() == 2); // BHY: expired; LMN: accepted and declined
    for (int row = 0; row < requests.rowCount(); ++row) {
        const PartnerRequests &got = report.partnerRequests.at(row);
        INFO(got.code.toStdString());
        CHECK(got.code == requests.text(row, "code"));
        CHECK(got.requested == requests.toInt(row, "requested"));
        CHECK(got.accepted == requests.toInt(row, "accepted"));
        CHECK(got.declined == requests.toInt(row, "declined"));
        CHECK(got.expired == requests.toInt(row, "expired"));
    }

    // Dispatched assignments per unit; the undone one is no assignment of AMB-KOTA-1's.
    const PgResult used =
        f.rows(QStringLiteral("SELECT u.call_sign, count(*) AS n FROM assignments a JOIN units u"
                              " ON u.id = a.unit_id WHERE a.dispatched_at < $2"
                              " AND coalesce(a.ended_at, now()) > $1 AND %1 GROUP BY u.call_sign")
                   .arg(QLatin1String(Counted)));
    QHash<QString, qint64> expected;
    for (int row = 0; row < used.rowCount(); ++row)
        expected.insert(used.text(row, "call_sign"), used.toInt(row, "n"));
    CHECK(expected.value(QStringLiteral("AMB-KOTA-1")) == 1);
    for (const UnitUtilisation &unit : report.units) {
        INFO(unit.callSign.toStdString());
        CHECK(unit.assignments == expected.value(unit.callSign));
        CHECK(unit.share >= 0);
        CHECK(unit.share <= 1);
        CHECK((unit.busySeconds > 0) == (unit.assignments > 0));
    }
}

TEST_CASE("the CSV has one row per case with its intervals, times in WIT")
{
    Fixture f;
    const ShiftReportData report = f.report();
    const QString csv = report.csv();
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    CHECK(lines.takeLast().isEmpty());
    REQUIRE(lines.size() == report.cases + 1);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int number = int(header.indexOf(QStringLiteral("number")));
    const int answer = int(header.indexOf(QStringLiteral("answer_to_dispatch_s")));
    const int opened = int(header.indexOf(QStringLiteral("opened_at")));
    REQUIRE(answer > 0);
    for (const CaseLine &line : report.caseLines) {
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &text) {
            return text.split(QLatin1Char(',')).value(number) == line.number;
        });
        REQUIRE(row != lines.cend());
        const QStringList fields = row->split(QLatin1Char(','));
        CHECK(fields.size() == header.size());
        CHECK(fields.value(answer) == (line.answerToDispatch
                                           ? QString::number(std::llround(*line.answerToDispatch))
                                           : QString()));
        CHECK(fields.value(opened).endsWith(QLatin1String("+09:00")));
    }
    CHECK_FALSE(csv.contains(f.shift.duplicate));
}

TEST_CASE("a period that is empty, backwards or over a month is refused with the reason")
{
    const QDateTime start = ShiftReportData::parseTime(QStringLiteral("2026-11-28T07:00"));
    CHECK(start == QDateTime::fromString(QStringLiteral("2026-11-27T22:00:00Z"), Qt::ISODate));
    CHECK(ShiftReportData::parseTime(QStringLiteral("2026-11-28 19:00:00+09:00")) ==
          start.addSecs(12 * 3600));
    CHECK(ShiftReportData::parseTime(QStringLiteral("2026-11-28T10:00:00Z")) ==
          start.addSecs(12 * 3600));
    CHECK_FALSE(ShiftReportData::parseTime(QStringLiteral("yesterday")).isValid());
    CHECK(ShiftReportData::periodProblem(start, start.addSecs(12 * 3600)).isEmpty());
    CHECK(
        ShiftReportData::periodProblem(start, start) ==
        QStringLiteral("The period ends (2026-11-28 07:00) before it starts (2026-11-28 07:00)."));
    CHECK(ShiftReportData::periodProblem(start, start.addDays(32))
              .contains(QStringLiteral("longer than 31 days")));
    CHECK_FALSE(ShiftReportData::periodProblem({}, start).isEmpty());

    // The shifts change at 07:00 and 19:00 WIT.
    const auto day = ShiftReportData::shiftAround(start.addSecs(3 * 3600));
    CHECK(day.first == start);
    CHECK(day.second == start.addSecs(12 * 3600));
    const auto night = ShiftReportData::shiftAround(start.addSecs(-3600));
    CHECK(night.first == start.addSecs(-12 * 3600));
    CHECK(night.second == start);
}

TEST_CASE("a period before the shift reports nothing, and every priority still shows")
{
    Fixture f;
    const ReadResult<ShiftReportData> read =
        ShiftReportData::compute(f.owner, f.shift.from.addDays(-1), f.shift.from);
    REQUIRE(read.ok());
    CHECK(read.value->cases == 0);
    CHECK(read.value->calls == 0);
    CHECK(read.value->byPriority.size() == 4);
    CHECK(read.value->caseLines.isEmpty());
    CHECK(read.value->interval(QStringLiteral("answer_to_dispatch"))->count == 0);
    CHECK_FALSE(read.value->interval(QStringLiteral("answer_to_dispatch"))->medianSeconds);
}
