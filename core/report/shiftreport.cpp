#include "shiftreport.h"

#include "domain/lifecycle.h"
#include "live/labels.h"

#include <QTimeZone>
#include <cmath>

namespace pela::core {

namespace {

// WIT: Asia/Jayapura has kept +09:00 without summer time since 1964; the fixed offset stands
// in where the system has no time zone data.
const QTimeZone &centreZone()
{
    static const QTimeZone named(QByteArrayLiteral("Asia/Jayapura"));
    static const QTimeZone fixed(9 * 3600);
    return named.isValid() ? named : fixed;
}

std::optional<double> optionalNumber(const PgResult &result, int row, const char *name)
{
    if (result.isNull(row, result.column(name)))
        return std::nullopt;
    return result.toDouble(row, name);
}

// Cases of the period: opened in it, not closed as a duplicate (its calls went to the original).
constexpr const char *PeriodCases =
    "c.opened_at >= $1::timestamptz AND c.opened_at < $2::timestamptz"
    " AND c.disposition IS DISTINCT FROM 'duplicate'";

// When a call counts: when it was answered, as the workstation saw it for one journalled while
// the database was down (the server's answered_at is then when it arrived).
constexpr const char *CallAnswered = "coalesce(k.answered_at_claimed, k.answered_at)";

// Each case of the period with its times and intervals: the one definition the figures and the
// case lines share. Answer → dispatch starts at the first answer (NFPA 1225's alarm processing
// time), not at the ring; case_intervals already leaves undone assignments out.
QString caseTimes()
{
    return QStringLiteral(
               "SELECT c.id, c.number, c.opened_at, c.category, c.priority, c.state,"
               " c.disposition, c.kelurahan_code, c.destination_hospital_id, c.closed_at,"
               " i.call_received_at, i.first_dispatched_at, i.first_en_route_at,"
               " i.first_on_scene_at, i.first_transporting_at, i.first_at_hospital_at,"
               " (SELECT min(%2) FROM calls k WHERE k.case_id = c.id) AS first_answered_at,"
               " extract(epoch FROM i.first_dispatched_at - (SELECT min(%2) FROM calls k"
               "  WHERE k.case_id = c.id))::double precision AS answer_to_dispatch,"
               " extract(epoch FROM i.first_on_scene_at - i.first_dispatched_at)::double precision"
               "  AS dispatch_to_scene,"
               " extract(epoch FROM i.first_at_hospital_at - i.first_on_scene_at)::double precision"
               "  AS scene_to_hospital"
               " FROM cases c JOIN case_intervals i ON i.case_id = c.id WHERE %1")
        .arg(QLatin1String(PeriodCases), QLatin1String(CallAnswered));
}

} // namespace

const IntervalStats *ShiftReportData::interval(const QString &key) const
{
    for (const IntervalStats &stats : intervals)
        if (stats.key == key)
            return &stats;
    return nullptr;
}

ReadResult<ShiftReportData> ShiftReportData::compute(PgConnection &connection,
                                                     const QDateTime &from, const QDateTime &to)
{
    using Result = ReadResult<ShiftReportData>;
    ShiftReportData report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    const SqlParams period{report.from, report.to};
    const PgResult begin = connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok())
        return Result::failed(begin.error());
    PgResult failed;
    auto query = [&](const QString &sql, const SqlParams &params) {
        PgResult result = connection.exec(sql, params);
        if (!result.ok() && failed.ok())
            failed = result;
        return result;
    };
    const QString periodCases = QLatin1String(PeriodCases);

    const PgResult head =
        query(QStringLiteral("SELECT now() AS generated_at, session_user::text AS generated_by,"
                             " (SELECT count(*) FROM cases c WHERE %1) AS cases,"
                             " (SELECT count(*) FROM cases c WHERE c.opened_at >= $1::timestamptz"
                             "  AND c.opened_at < $2::timestamptz AND c.disposition = 'duplicate')"
                             "  AS duplicates,"
                             " (SELECT count(*) FROM calls k WHERE %2 >= $1::timestamptz"
                             "  AND %2 < $2::timestamptz) AS calls")
                  .arg(periodCases, QLatin1String(CallAnswered)),
              period);
    if (head.ok()) {
        report.generatedAt = head.toDateTime(0, "generated_at");
        report.generatedBy = head.text(0, "generated_by");
        report.cases = head.toInt(0, "cases");
        report.duplicates = head.toInt(0, "duplicates");
        report.calls = head.toInt(0, "calls");
    }

    // Calls count when they were answered, under the case they belong to now; every priority
    // is listed, with or without cases.
    for (const auto &[column, target] :
         {std::pair{"category", &report.byCategory}, std::pair{"priority", &report.byPriority}}) {
        const bool priority = QLatin1String(column) == QLatin1String("priority");
        const PgResult counts =
            query(QStringLiteral(
                      "WITH k AS (SELECT c.%1::text AS key, count(*) AS calls FROM calls k"
                      " JOIN cases c ON c.id = k.case_id WHERE %4 >= $1::timestamptz"
                      " AND %4 < $2::timestamptz GROUP BY 1),"
                      " o AS (SELECT c.%1::text AS key, count(*) AS cases FROM cases c WHERE %2"
                      " GROUP BY 1),"
                      " p AS (SELECT generate_series(1, 4)::text AS key WHERE %5)"
                      " SELECT coalesce(p.key, o.key, k.key) AS key, coalesce(o.cases, 0) AS cases,"
                      " coalesce(k.calls, 0) AS calls FROM o FULL JOIN k ON k.key = o.key"
                      " FULL JOIN p ON p.key = coalesce(o.key, k.key)"
                      " ORDER BY %3")
                      .arg(QLatin1String(column), periodCases,
                           priority ? QStringLiteral("1") : QStringLiteral("2 DESC, 3 DESC, 1"),
                           QLatin1String(CallAnswered),
                           priority ? QStringLiteral("true") : QStringLiteral("false")),
                  period);
        for (int row = 0; counts.ok() && row < counts.rowCount(); ++row)
            target->append(
                {counts.text(row, "key"), counts.toInt(row, "cases"), counts.toInt(row, "calls")});
    }

    // Hearse transports are booked, not emergencies: left out of the intervals.
    const PgResult intervals =
        query(QStringLiteral(
                  "WITH x AS (%1), y AS (SELECT * FROM x WHERE category <> 'hearse_transport')"
                  " SELECT 'answer_to_dispatch' AS key, count(answer_to_dispatch) AS n,"
                  " percentile_cont(0.5) WITHIN GROUP (ORDER BY answer_to_dispatch) AS median,"
                  " percentile_cont(0.9) WITHIN GROUP (ORDER BY answer_to_dispatch) AS p90,"
                  " count(*) FILTER (WHERE answer_to_dispatch <= 60) AS within FROM y"
                  " UNION ALL SELECT 'dispatch_to_scene', count(dispatch_to_scene),"
                  " percentile_cont(0.5) WITHIN GROUP (ORDER BY dispatch_to_scene),"
                  " percentile_cont(0.9) WITHIN GROUP (ORDER BY dispatch_to_scene), NULL FROM y"
                  " UNION ALL SELECT 'scene_to_hospital', count(scene_to_hospital),"
                  " percentile_cont(0.5) WITHIN GROUP (ORDER BY scene_to_hospital),"
                  " percentile_cont(0.9) WITHIN GROUP (ORDER BY scene_to_hospital), NULL FROM y")
                  .arg(caseTimes()),
              period);
    for (int row = 0; intervals.ok() && row < intervals.rowCount(); ++row) {
        IntervalStats stats;
        stats.key = intervals.text(row, "key");
        stats.count = intervals.toInt(row, "n");
        stats.medianSeconds = optionalNumber(intervals, row, "median");
        stats.p90Seconds = optionalNumber(intervals, row, "p90");
        if (stats.key == QLatin1String("answer_to_dispatch")) {
            stats.goalSeconds = 60;
            if (stats.count > 0)
                stats.withinGoalShare = double(intervals.toInt(row, "within")) / stats.count;
        }
        report.intervals.append(stats);
    }

    const PgResult transports =
        query(QStringLiteral("SELECT h.code, h.name, count(*) AS n FROM assignments a"
                             " JOIN hospitals h ON h.id = a.destination_hospital_id"
                             " WHERE a.transporting_at >= $1::timestamptz"
                             " AND a.transporting_at < $2::timestamptz AND a.undone_at IS NULL"
                             " GROUP BY h.code, h.name ORDER BY 3 DESC, 1"),
              period);
    for (int row = 0; transports.ok() && row < transports.rowCount(); ++row)
        report.transports.append({transports.text(row, "code"), transports.text(row, "name"),
                                  transports.toInt(row, "n")});

    // Busy from dispatch until the assignment ended (or now), within the period; the share is
    // of the period that has passed.
    const PgResult units = query(
        QStringLiteral(
            "WITH a AS (SELECT unit_id, dispatched_at AS start, coalesce(ended_at, now()) AS stop"
            " FROM assignments WHERE undone_at IS NULL AND dispatched_at IS NOT NULL"
            " AND dispatched_at < $2::timestamptz AND coalesce(ended_at, now()) > $1::timestamptz),"
            " span AS (SELECT greatest(extract(epoch FROM least($2::timestamptz, now())"
            " - $1::timestamptz), 0)::double precision AS seconds)"
            " SELECT u.call_sign, u.kind, count(a.unit_id) AS assignments,"
            // least() and greatest() skip NULLs: a unit without assignments must add nothing.
            " coalesce(sum(greatest(extract(epoch FROM least(a.stop, $2::timestamptz)"
            " - greatest(a.start, $1::timestamptz)), 0)) FILTER (WHERE a.unit_id IS NOT NULL),"
            " 0)::double precision AS busy,"
            " span.seconds AS span"
            " FROM units u LEFT JOIN a ON a.unit_id = u.id CROSS JOIN span"
            " GROUP BY u.call_sign, u.kind, span.seconds ORDER BY u.call_sign"),
        period);
    for (int row = 0; units.ok() && row < units.rowCount(); ++row) {
        UnitUtilisation unit;
        unit.callSign = units.text(row, "call_sign");
        unit.kind = units.text(row, "kind");
        unit.assignments = units.toInt(row, "assignments");
        unit.busySeconds = units.toDouble(row, "busy");
        const double span = units.toDouble(row, "span");
        unit.share = span > 0 ? std::min(1.0, unit.busySeconds / span) : 0;
        report.units.append(unit);
    }

    const PgResult referrals =
        query(QStringLiteral(
                  "SELECT agency, count(*) AS referred, count(acknowledged_at) AS acknowledged,"
                  " count(done_at) AS done,"
                  " percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                  " extract(epoch FROM acknowledged_at - forwarded_at)::double precision) AS median"
                  " FROM referrals WHERE forwarded_at >= $1::timestamptz"
                  " AND forwarded_at < $2::timestamptz GROUP BY agency ORDER BY agency"),
              period);
    for (int row = 0; referrals.ok() && row < referrals.rowCount(); ++row)
        report.referrals.append({referrals.text(row, "agency"), referrals.toInt(row, "referred"),
                                 referrals.toInt(row, "acknowledged"), referrals.toInt(row, "done"),
                                 optionalNumber(referrals, row, "median")});

    const PgResult requests =
        query(QStringLiteral("SELECT * FROM pela_partner_requests($1::timestamptz,"
                             " $2::timestamptz)"),
              period);
    for (int row = 0; requests.ok() && row < requests.rowCount(); ++row)
        report.partnerRequests.append(
            {requests.text(row, "hospital_code"), requests.text(row, "hospital_name"),
             requests.toInt(row, "requested"), requests.toInt(row, "accepted"),
             requests.toInt(row, "declined"), requests.toInt(row, "expired"),
             optionalNumber(requests, row, "median_answer_seconds")});

    const PgResult hours = query(
        QStringLiteral("SELECT floor(extract(epoch FROM c.opened_at - $1::timestamptz) / 3600)"
                       "::int AS hour, count(*) AS n FROM cases c WHERE %1 GROUP BY 1")
            .arg(periodCases),
        period);
    const qint64 hourCount = std::max<qint64>(1, (report.from.secsTo(report.to) + 3599) / 3600);
    report.casesPerHour = QList<qint64>(qMin<qint64>(hourCount, 24 * 366), 0);
    for (int row = 0; hours.ok() && row < hours.rowCount(); ++row) {
        const qint64 hour = hours.toInt(row, "hour");
        if (hour >= 0 && hour < report.casesPerHour.size())
            report.casesPerHour[hour] = hours.toInt(row, "n");
    }

    const PgResult lines = query(
        QStringLiteral(
            "WITH x AS (%1) SELECT x.*, coalesce(x.disposition, '') AS disposition_text,"
            " coalesce(p.name, '') AS kelurahan,"
            " coalesce((SELECT string_agg(u.call_sign, ' ' ORDER BY a.id) FROM assignments a"
            "  JOIN units u ON u.id = a.unit_id WHERE a.case_id = x.id AND a.undone_at IS NULL"
            "  AND (a.dispatched_at IS NOT NULL OR a.state = 'requested')), '') AS units,"
            " coalesce(h.code, '') AS hospital"
            " FROM x LEFT JOIN places p ON p.code = x.kelurahan_code"
            " LEFT JOIN hospitals h ON h.id = x.destination_hospital_id"
            " ORDER BY x.opened_at, x.id")
            .arg(caseTimes()),
        period);
    for (int row = 0; lines.ok() && row < lines.rowCount(); ++row) {
        CaseLine line;
        line.number = lines.text(row, "number");
        line.openedAt = lines.toDateTime(row, "opened_at");
        line.category = lines.text(row, "category");
        line.priority = int(lines.toInt(row, "priority"));
        line.state = lines.text(row, "state");
        line.disposition = lines.text(row, "disposition_text");
        line.kelurahan = lines.text(row, "kelurahan");
        line.units = lines.text(row, "units");
        line.hospital = lines.text(row, "hospital");
        line.callReceived = lines.toDateTime(row, "call_received_at");
        line.firstAnswered = lines.toDateTime(row, "first_answered_at");
        line.firstDispatched = lines.toDateTime(row, "first_dispatched_at");
        line.firstEnRoute = lines.toDateTime(row, "first_en_route_at");
        line.firstOnScene = lines.toDateTime(row, "first_on_scene_at");
        line.firstTransporting = lines.toDateTime(row, "first_transporting_at");
        line.firstAtHospital = lines.toDateTime(row, "first_at_hospital_at");
        line.closedAt = lines.toDateTime(row, "closed_at");
        line.answerToDispatch = optionalNumber(lines, row, "answer_to_dispatch");
        line.dispatchToScene = optionalNumber(lines, row, "dispatch_to_scene");
        line.sceneToHospital = optionalNumber(lines, row, "scene_to_hospital");
        report.caseLines.append(line);
    }

    if (!failed.ok()) {
        connection.exec("ROLLBACK");
        return Result::failed(failed.error());
    }
    const PgResult committed = connection.exec("COMMIT");
    if (!committed.ok())
        return Result::failed(committed.error());
    return Result::of(std::move(report));
}

QString ShiftReportData::periodProblem(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return tr("Give the period's start and end.");
    if (from >= to)
        return tr("The period ends (%1) before it starts (%2).").arg(wit(to), wit(from));
    if (from.secsTo(to) > qint64(MaxPeriodDays) * 24 * 3600)
        return tr("The period is longer than %1 days; report on a shorter one.").arg(MaxPeriodDays);
    return {};
}

std::pair<QDateTime, QDateTime> ShiftReportData::shiftAround(const QDateTime &now)
{
    const QDateTime local = now.toTimeZone(centreZone());
    const QDate day = local.date();
    const int hour = local.time().hour();
    auto at = [](QDate date, int h) { return QDateTime(date, QTime(h, 0), centreZone()); };
    if (hour >= 7 && hour < 19)
        return {at(day, 7), at(day, 19)};
    if (hour >= 19)
        return {at(day, 19), at(day.addDays(1), 7)};
    return {at(day.addDays(-1), 19), at(day, 7)};
}

QDateTime ShiftReportData::parseTime(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.size() > 10 && trimmed.at(10) == QLatin1Char(' '))
        trimmed[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        // A date alone is its midnight.
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::LocalTime);
    }
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), centreZone());
    return time;
}

QString ShiftReportData::wit(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(centreZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ShiftReportData::duration(std::optional<double> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 total = qint64(std::llround(*seconds));
    const qint64 magnitude = std::abs(total);
    const QString sign = total < 0 ? QStringLiteral("-") : QString();
    if (magnitude >= 3600)
        return sign + QStringLiteral("%1:%2:%3")
                          .arg(magnitude / 3600)
                          .arg((magnitude % 3600) / 60, 2, 10, QLatin1Char('0'))
                          .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return sign +
           QStringLiteral("%1:%2").arg(magnitude / 60).arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

QString ShiftReportData::intervalName(const QString &key)
{
    if (key == QLatin1String("answer_to_dispatch"))
        return tr("Answer → dispatch");
    if (key == QLatin1String("dispatch_to_scene"))
        return tr("Dispatch → on scene");
    if (key == QLatin1String("scene_to_hospital"))
        return tr("On scene → at hospital");
    return key;
}

QString ShiftReportData::csv() const
{
    auto field = [](QString text) {
        // A spreadsheet runs a cell that starts with these as a formula.
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
            text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        return text;
    };
    auto time = [](const QDateTime &value) {
        return value.isValid() ? value.toTimeZone(centreZone()).toString(Qt::ISODate) : QString();
    };
    auto seconds = [](std::optional<double> value) {
        return value ? QString::number(std::llround(*value)) : QString();
    };
    QString out = QStringLiteral(
        "number,opened_at,category,priority,state,disposition,kelurahan,units,hospital,"
        "call_received_at,first_answered_at,first_dispatched_at,first_en_route_at,first_on_scene_"
        "at,"
        "first_transporting_at,first_at_hospital_at,closed_at,answer_to_dispatch_s,"
        "dispatch_to_scene_s,scene_to_hospital_s\r\n");
    for (const CaseLine &line : caseLines) {
        const QStringList fields{field(line.number),
                                 time(line.openedAt),
                                 field(line.category),
                                 QString::number(line.priority),
                                 field(line.state),
                                 field(line.disposition),
                                 field(line.kelurahan),
                                 field(line.units),
                                 field(line.hospital),
                                 time(line.callReceived),
                                 time(line.firstAnswered),
                                 time(line.firstDispatched),
                                 time(line.firstEnRoute),
                                 time(line.firstOnScene),
                                 time(line.firstTransporting),
                                 time(line.firstAtHospital),
                                 time(line.closedAt),
                                 seconds(line.answerToDispatch),
                                 seconds(line.dispatchToScene),
                                 seconds(line.sceneToHospital)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString ShiftReportData::summaryText() const
{
    auto share = [](double value) { return QString::number(std::round(value * 1000) / 10); };
    QStringList lines;
    lines << tr("Shift report: %1 – %2 WIT").arg(wit(from), wit(to));
    lines << tr("Calls: %1").arg(calls);
    lines << tr("Cases: %1").arg(cases);
    lines << tr("Duplicates merged: %1").arg(duplicates);
    lines << tr("Cases / calls by priority:");
    for (const CountRow &row : byPriority)
        lines << QStringLiteral("  %1: %2 / %3")
                     .arg(labels::priority(row.key.toInt()))
                     .arg(row.cases)
                     .arg(row.calls);
    lines << tr("Cases / calls by category:");
    for (const CountRow &row : byCategory)
        lines << QStringLiteral("  %1: %2 / %3")
                     .arg(labels::caseCategory(row.key))
                     .arg(row.cases)
                     .arg(row.calls);
    lines << tr("Intervals (cases, median, 90th percentile):");
    for (const IntervalStats &stats : intervals) {
        QString line = QStringLiteral("  %1: %2, %3, %4")
                           .arg(intervalName(stats.key))
                           .arg(stats.count)
                           .arg(duration(stats.medianSeconds), duration(stats.p90Seconds));
        if (stats.goalSeconds && stats.withinGoalShare)
            line += QStringLiteral(", ") + tr("%1 % within %2 s (NFPA 1225 goal: 90 %)")
                                               .arg(share(*stats.withinGoalShare))
                                               .arg(*stats.goalSeconds);
        lines << line;
    }
    lines << tr("Transports per hospital:");
    for (const HospitalTransports &row : transports)
        lines << QStringLiteral("  %1: %2").arg(row.code).arg(row.transports);
    lines << tr("Partner requests (asked / accepted / declined / expired, median answer):");
    for (const PartnerRequests &row : partnerRequests)
        lines << QStringLiteral("  %1: %2 / %3 / %4 / %5, %6")
                     .arg(row.code)
                     .arg(row.requested)
                     .arg(row.accepted)
                     .arg(row.declined)
                     .arg(row.expired)
                     .arg(duration(row.medianAnswerSeconds));
    lines << tr("Referrals per agency (referred / acknowledged / done):");
    for (const AgencyReferrals &row : referrals)
        lines << QStringLiteral("  %1: %2 / %3 / %4")
                     .arg(row.agency)
                     .arg(row.referred)
                     .arg(row.acknowledged)
                     .arg(row.done);
    lines << tr("Unit utilisation (assignments, busy share of the period):");
    for (const UnitUtilisation &unit : units)
        if (unit.assignments > 0)
            lines << QStringLiteral("  %1: %2, %3 %")
                         .arg(unit.callSign)
                         .arg(unit.assignments)
                         .arg(share(unit.share));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pela::core
