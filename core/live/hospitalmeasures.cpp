#include "hospitalmeasures.h"

#include "report/shiftreport.h"


namespace pela::core {

namespace {

ReadResult<PartnerAnswers> readPeriod(PgConnection &connection, qint64 hospitalId,
                                      const QDateTime &from, const QDateTime &to)
{
    PartnerAnswers answers;
    answers.from = from;
    answers.to = to;
    const SqlParams period{from.toUTC(), to.toUTC(), hospitalId};
    // The counts: the same function as the shift report's, so the two never disagree.
    const PgResult counts = connection.exec(
        "SELECT requested, accepted, declined, expired, median_answer_seconds"
        " FROM pela_partner_requests($1::timestamptz, $2::timestamptz, $3::integer)",
        period);
    if (!counts.ok())
        return ReadResult<PartnerAnswers>::failed(counts.error());
    if (counts.rowCount() == 1) {
        answers.requested = counts.toInt(0, "requested");
        answers.accepted = counts.toInt(0, "accepted");
        answers.declined = counts.toInt(0, "declined");
        answers.expired = counts.toInt(0, "expired");
        if (!counts.isNull(0, counts.column("median_answer_seconds")))
            answers.medianAnswerSeconds = counts.toDouble(0, "median_answer_seconds");
    }
    // Why it declined: its own units' declined requests, through the hospital's view (the
    // function counts, it does not say why).
    const PgResult reasons = connection.exec(
        "SELECT a.ended_reason AS reason, count(*) AS n FROM hospital_assignments a"
        " JOIN hospital_units u ON u.id = a.unit_id AND u.owner_hospital_id = $3::bigint"
        " WHERE a.state = 'declined' AND a.dispatched_at IS NULL"
        " AND a.requested_at >= $1::timestamptz AND a.requested_at < $2::timestamptz"
        " GROUP BY a.ended_reason ORDER BY n DESC, a.ended_reason",
        period);
    if (!reasons.ok())
        return ReadResult<PartnerAnswers>::failed(reasons.error());
    for (int row = 0; row < reasons.rowCount(); ++row)
        answers.declineReasons.append({reasons.text(row, "reason"), reasons.toInt(row, "n")});
    return ReadResult<PartnerAnswers>::of(answers);
}

} // namespace

QDateTime HospitalMeasures::shiftStart(const QDateTime &now)
{
    return ShiftReportData::shiftAround(now).first.toUTC();
}

ReadResult<HospitalMeasures> HospitalMeasures::read(PgConnection &connection, qint64 hospitalId,
                                                    const QDateTime &now)
{
    HospitalMeasures measures;
    measures.hospitalId = hospitalId;
    // One snapshot: both periods and their reasons agree with each other.
    const PgResult begin = connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok())
        return ReadResult<HospitalMeasures>::failed(begin.error());
    const ReadResult<PartnerAnswers> shift =
        readPeriod(connection, hospitalId, shiftStart(now), now);
    const ReadResult<PartnerAnswers> month =
        shift.ok() ? readPeriod(connection, hospitalId, now.addDays(-30), now) : shift;
    connection.exec("COMMIT");
    if (!shift.ok())
        return ReadResult<HospitalMeasures>::failed(shift.error);
    if (!month.ok())
        return ReadResult<HospitalMeasures>::failed(month.error);
    measures.shift = *shift.value;
    measures.lastThirtyDays = *month.value;
    return ReadResult<HospitalMeasures>::of(measures);
}

} // namespace pela::core
