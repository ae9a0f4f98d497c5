#include "casetimers.h"

#include "labels.h"

#include <QJsonObject>

namespace pela::core {

namespace {

using std::chrono::seconds;

seconds between(const QDateTime &since, const QDateTime &now)
{
    return seconds(std::max<qint64>(0, since.secsTo(now)));
}

CaseTimer timer(TimerKind kind, const QDateTime &since, seconds limit, const QDateTime &now,
                QString subject, int priority)
{
    CaseTimer result;
    result.kind = kind;
    result.since = since;
    result.limit = limit;
    result.elapsed = between(since, now);
    result.overdue = since.isValid() && result.elapsed >= limit;
    result.subject = std::move(subject);
    result.priority = priority;
    return result;
}

// The more pressing of two: overdue before not; among overdue, the one overdue longest; among
// running, the one due soonest.
bool morePressing(const CaseTimer &a, const CaseTimer &b)
{
    if (!b.isRunning())
        return a.isRunning();
    if (!a.isRunning())
        return false;
    if (a.overdue != b.overdue)
        return a.overdue;
    return a.dueAt() < b.dueAt();
}

} // namespace

QDateTime CaseTimers::requestedPickup(const CaseRecord &record)
{
    const QString text = record.triage.value(QLatin1String("answers"))
                             .toObject()
                             .value(QLatin1String("hearse.time"))
                             .toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

CaseTimer CaseTimers::evaluate(const CaseRecord &record,
                               const QList<const AssignmentRecord *> &live, const CaseFacts *facts,
                               const BoardSettings &settings, const QDateTime &now,
                               const std::function<QString(qint64)> &callSign)
{
    CaseTimer best;
    if (record.isClosed() || record.state == QLatin1String("cleared"))
        return best;
    auto consider = [&best](const CaseTimer &candidate) {
        if (morePressing(candidate, best))
            best = candidate;
    };

    // A hearse transport is booked: it waits for its pickup time, never against the emergency
    // thresholds. Once that time has come with no unit on it, it is overdue.
    if (record.category == QLatin1String("hearse_transport")) {
        const QDateTime pickup = requestedPickup(record);
        if (pickup.isValid() && live.isEmpty()) {
            CaseTimer scheduled;
            scheduled.kind = TimerKind::Scheduled;
            scheduled.since = pickup;
            scheduled.limit = seconds(0);
            scheduled.overdue = now >= pickup;
            scheduled.elapsed = scheduled.overdue ? between(pickup, now) : between(now, pickup);
            scheduled.priority = record.priority;
            consider(scheduled);
        }
        return best;
    }

    if (record.state == QLatin1String("waiting"))
        if (const auto limit = settings.waitingLimit(record.priority))
            consider(timer(TimerKind::Waiting, record.openedAt, *limit, now, {}, record.priority));

    for (const AssignmentRecord *assignment : live) {
        const QString unit = callSign ? callSign(assignment->unitId) : QString();
        if (assignment->state == QLatin1String("requested"))
            consider(timer(TimerKind::RequestUnanswered, assignment->requestedAt,
                           settings.requestUnanswered, now, unit, record.priority));
        else if (assignment->state == QLatin1String("dispatched"))
            consider(timer(TimerKind::NotEnRoute, assignment->dispatchedAt, settings.notEnRoute,
                           now, unit, record.priority));
        else if (assignment->state == QLatin1String("on_scene"))
            consider(timer(TimerKind::OnScene, assignment->onSceneAt, settings.onScene, now, unit,
                           record.priority));
        else if (assignment->state == QLatin1String("at_hospital"))
            consider(timer(TimerKind::AtHospital, assignment->atHospitalAt, settings.atHospital,
                           now, unit, record.priority));
    }

    if (facts)
        for (const ReferralFact &referral : facts->referrals)
            if (referral.state == QLatin1String("forwarded"))
                consider(timer(TimerKind::ReferralUnacknowledged, referral.forwardedAt,
                               settings.referralUnacknowledged, now, referral.agency,
                               record.priority));
    return best;
}

bool CaseTimers::isAlert(const CaseRecord &record, const CaseTimer &timer, const CaseFacts *facts)
{
    if (timer.kind != TimerKind::Waiting || !timer.overdue || record.priority != 1)
        return false;
    if (!facts || !facts->alertAcknowledgedAt.isValid())
        return true;
    // Acknowledged for this wait; a case that had a unit and waits again alerts again.
    const QDateTime waitingSince =
        facts->stateChangedAt.isValid() ? facts->stateChangedAt : record.openedAt;
    return facts->alertAcknowledgedAt < waitingSince;
}

QString CaseTimers::clockText(std::chrono::seconds elapsed)
{
    const qint64 total = std::max<qint64>(0, elapsed.count());
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString CaseTimers::text(const CaseTimer &timer)
{
    const QString clock = clockText(timer.elapsed);
    switch (timer.kind) {
    case TimerKind::None:
        return {};
    case TimerKind::Waiting:
        return tr("P%1 waiting for a unit %2").arg(timer.priority).arg(clock);
    case TimerKind::Scheduled:
        return timer.overdue
                   ? tr("pickup %1 passed %2 ago, no unit")
                         .arg(labels::clockTime(timer.since), clock)
                   : tr("pickup at %1 (in %2)").arg(labels::clockTime(timer.since), clock);
    case TimerKind::RequestUnanswered:
        return tr("%1 request unanswered %2").arg(timer.subject, clock);
    case TimerKind::NotEnRoute:
        return tr("%1 not en route %2").arg(timer.subject, clock);
    case TimerKind::OnScene:
        return tr("%1 on scene %2").arg(timer.subject, clock);
    case TimerKind::AtHospital:
        return tr("%1 at hospital %2").arg(timer.subject, clock);
    case TimerKind::ReferralUnacknowledged:
        return tr("%1 not acknowledged %2").arg(timer.subject, clock);
    }
    return {};
}

} // namespace pela::core
