// Everything about one case for its detail: the case row (open or closed), its whole history,
// calls, assignments (ended and undone ones too), links and duplicates, referrals and intervals.
// Read in one go through the command runner (read()), never on the GUI thread.
#pragma once

#include "casefacts.h"
#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "livestate.h"

namespace pela::core {

struct CallFact
{
    qint64 id = 0;
    QDateTime answeredAt; // the server's time
    QDateTime ringAt;     // the telephony's claim, when there is one
    QString phone;
    QString phoneKind;
    QString callerName;
    QString taker;
    QString workstation;
    QString movedFromCase; // the case it was first taken on, when a duplicate merge moved it
};

struct AssignmentFact
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString callSign;
    QString state;
    QString assignedBy;
    QString destinationCode;
    QDateTime createdAt, requestedAt, dispatchedAt, enRouteAt, onSceneAt, transportingAt,
        atHospitalAt, clearedAt, endedAt;
    QString endedReason;
    QDateTime undoneAt; // taken back within the undo window: no dispatch
    QString undoneBy;

    bool isLive() const;
};

struct LinkFact
{
    QString kind;         // duplicate_of, related
    QString otherNumber;  // the other case
    bool outgoing = true; // this case → other (a duplicate points at its original)
};

struct CaseDetail
{
    CaseRecord record;
    QDateTime stateChangedAt;
    QList<CaseEventRecord> events; // oldest first
    QList<CallFact> calls;
    QList<AssignmentFact> assignments; // oldest first
    QList<LinkFact> links;
    QList<ReferralFact> referrals;
    CaseIntervals intervals;
    QString duplicateOfNumber; // when closed as a duplicate

    static ReadResult<CaseDetail> read(PgConnection &connection, qint64 caseId);
    // By number, for a link to a case this console does not hold.
    static ReadResult<CaseDetail> read(PgConnection &connection, const QString &caseNumber);
};

} // namespace pela::core

Q_DECLARE_METATYPE(pela::core::CaseDetail)
