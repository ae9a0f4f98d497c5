// The board's timers: for one case, the clock that matters now (waiting for a unit, a partner's
// unanswered request, a unit not yet en route, too long on scene or at hospital, a referral not
// acknowledged, a hearse's pickup time) against the thresholds of BoardSettings, on the core's
// one clock. Pure: the same case, settings and time always give the same timer.
#pragma once

#include "boardsettings.h"
#include "casefacts.h"
#include "livestate.h"

#include <QCoreApplication>

namespace pela::core {

enum class TimerKind
{
    None,
    Waiting,                // no unit yet, since the case was opened (priorities 1..3)
    Scheduled,              // a hearse transport: waits for its requested pickup time
    RequestUnanswered,      // a partner's unit requested, its hospital has not answered
    NotEnRoute,             // dispatched, not yet en route
    OnScene,                // a unit long on scene
    AtHospital,             // a unit long at the hospital
    ReferralUnacknowledged, // forwarded to an agency, not acknowledged
};

struct CaseTimer
{
    TimerKind kind = TimerKind::None;
    QDateTime since;            // when this clock started (for Scheduled: the pickup time)
    std::chrono::seconds limit; // past it the case is overdue
    std::chrono::seconds elapsed;
    bool overdue = false;
    QString subject; // the unit's call sign or the agency's name
    int priority = 0;

    bool isRunning() const { return kind != TimerKind::None; }
    // When the case became (or becomes) overdue.
    QDateTime dueAt() const { return since.addSecs(limit.count()); }
};

class CaseTimers
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::CaseTimers)
public:
    // The case's most pressing timer: the most overdue one, else the one due soonest; None
    // for a closed or cleared case, or one with nothing to wait for. callSign names a unit by
    // id (LiveState's units).
    static CaseTimer evaluate(const CaseRecord &record, const QList<const AssignmentRecord *> &live,
                              const CaseFacts *facts, const BoardSettings &settings,
                              const QDateTime &now, const std::function<QString(qint64)> &callSign);

    // Whether the case sounds the alert: a P1 still waiting past its threshold that nobody has
    // acknowledged since it last started waiting.
    static bool isAlert(const CaseRecord &record, const CaseTimer &timer, const CaseFacts *facts);

    // The hearse's requested pickup time (triage answer "hearse.time", ISO text); null if none.
    static QDateTime requestedPickup(const CaseRecord &record);

    // Why, in the operator's language: "P1 waiting for a unit 1:45", "AMB-KOTA-1 not en route
    // 2:30"; empty for None.
    static QString text(const CaseTimer &timer);
    // "1:45", "12:05", "1:02:30".
    static QString clockText(std::chrono::seconds elapsed);
};

} // namespace pela::core
