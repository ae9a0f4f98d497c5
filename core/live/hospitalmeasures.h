// A partner hospital's own row of the partner-request measures (asked, accepted, declined with
// the reasons, expired, median time to answer) for this shift and the last 30 days: the counts
// from pela_partner_requests, the function the shift report uses, which gives a hospital's
// login its own row only.
#pragma once

#include "commands/commandrunner.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pela::core {

struct DeclineReason
{
    QString reason;
    qint64 count = 0;
};

struct PartnerAnswers
{
    QDateTime from;
    QDateTime to;
    qint64 requested = 0;
    qint64 accepted = 0;
    qint64 declined = 0;
    qint64 expired = 0;
    std::optional<double> medianAnswerSeconds;
    QList<DeclineReason> declineReasons; // most frequent first
};

struct HospitalMeasures
{
    qint64 hospitalId = 0;
    PartnerAnswers shift;
    PartnerAnswers lastThirtyDays;

    // The start of the shift that now falls in: the shift report's (ShiftReportData::shiftAround).
    static QDateTime shiftStart(const QDateTime &now);
    // The hospital's measures up to now, read in one snapshot on connection.
    static ReadResult<HospitalMeasures> read(PgConnection &connection, qint64 hospitalId,
                                             const QDateTime &now);
};

} // namespace pela::core
