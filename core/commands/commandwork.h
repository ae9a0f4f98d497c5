// Private to the command files: the transaction context every command body runs in
// (locks in the one order, event rows, case state refresh) and the exceptions that end it.
#pragma once

#include "db/pgconnection.h"
#include "incidentcommands.h"

#include <QJsonDocument>

namespace pela::core {

namespace commandwork {

// Thrown inside a transaction body to end it with a result; never escapes the commands.
struct Abort
{
    CommandResult result;
};
struct DatabaseFailure
{
    DbError error;
};

// Times in messages are shown in the centre's zone (WIT).
constexpr const char *DisplayZone = "Asia/Jayapura";

inline QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace commandwork

using namespace commandwork;

struct IncidentCommands::Work
{
    PgConnection &db;

    PgResult run(const char *sql, const SqlParams &params = {})
    {
        PgResult result = db.exec(sql, params);
        if (!result.ok())
            throw DatabaseFailure{result.error()};
        return result;
    }

    void event(const QVariant &caseId, const QVariant &unitId, const QVariant &hospitalId,
               const char *kind, const QJsonObject &payload = {})
    {
        run("INSERT INTO case_events (case_id, unit_id, hospital_id, kind, payload)"
            " VALUES ($1, $2, $3, $4, $5::jsonb)",
            {caseId, unitId, hospitalId, QString::fromLatin1(kind), jsonText(payload)});
    }

    struct CaseRow
    {
        qint64 id = 0;
        QString number;
        CaseState state = CaseState::Waiting;
        int version = 0;
        int priority = 0;
        QString category;
    };

    CaseRow lockCase(const QString &number)
    {
        const PgResult row = run("SELECT id, number, state, version, priority, category FROM cases"
                                 " WHERE number = $1 FOR UPDATE",
                                 {number.trimmed()});
        if (row.rowCount() == 0)
            throw Abort{CommandResult::invalid(tr("There is no case %1.").arg(number))};
        CaseRow result;
        result.id = row.toInt(0, "id");
        result.number = row.text(0, "number");
        result.state = caseStateFromText(row.text(0, "state")).value_or(CaseState::Waiting);
        result.version = int(row.toInt(0, "version"));
        result.priority = int(row.toInt(0, "priority"));
        result.category = row.text(0, "category");
        return result;
    }

    struct UnitRow
    {
        int id = 0;
        QString callSign;
        UnitStatus status = UnitStatus::Available;
        QString statusReason;
        QString statusSince;
        QString statusBy;
        int version = 0;
        bool requiresAcceptance = false;
        QString ownerName;
        QString kind;
    };

    UnitRow lockUnit(const QString &callSign)
    {
        const PgResult row =
            run("SELECT u.id, u.call_sign, u.kind, u.status, u.status_reason, u.version, "
                "u.status_changed_by,"
                " to_char(u.status_changed_at AT TIME ZONE $2, 'HH24:MI:SS') AS since,"
                " coalesce(h.requires_acceptance, false) AS requires_acceptance,"
                " coalesce(h.name, '') AS owner_name"
                " FROM units u LEFT JOIN hospitals h ON h.id = u.owner_hospital_id"
                " WHERE upper(u.call_sign) = upper($1) FOR UPDATE OF u",
                {callSign.trimmed(), QString::fromLatin1(DisplayZone)});
        if (row.rowCount() == 0)
            throw Abort{CommandResult::invalid(tr("There is no unit %1.").arg(callSign))};
        UnitRow result;
        result.id = int(row.toInt(0, "id"));
        result.callSign = row.text(0, "call_sign");
        result.status = unitStatusFromText(row.text(0, "status")).value_or(UnitStatus::Available);
        result.statusReason = row.text(0, "status_reason");
        result.statusSince = row.text(0, "since");
        result.statusBy = row.text(0, "status_changed_by");
        result.version = int(row.toInt(0, "version"));
        result.requiresAcceptance = row.toBool(0, "requires_acceptance");
        result.ownerName = row.text(0, "owner_name");
        result.kind = row.text(0, "kind");
        return result;
    }

    struct LiveAssignment
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString caseNumber;
        AssignmentState state = AssignmentState::Dispatched;
        QString since;
        QString assignedBy;
    };

    std::optional<LiveAssignment> liveAssignment(int unitId, bool lock)
    {
        const QString sql =
            QStringLiteral(
                "SELECT a.id, a.case_id, c.number, a.state, a.assigned_by,"
                " to_char(coalesce(a.dispatched_at, a.requested_at, a.created_at) AT TIME ZONE $2,"
                " 'HH24:MI:SS') AS since"
                " FROM assignments a JOIN cases c ON c.id = a.case_id"
                " WHERE a.unit_id = $1 AND a.state IN ('requested', 'dispatched', 'en_route',"
                " 'on_scene', 'transporting', 'at_hospital')%1")
                .arg(lock ? QStringLiteral(" FOR UPDATE OF a") : QString());
        const PgResult row =
            run(sql.toUtf8().constData(), {unitId, QString::fromLatin1(DisplayZone)});
        if (row.rowCount() == 0)
            return std::nullopt;
        LiveAssignment result;
        result.id = row.toInt(0, "id");
        result.caseId = row.toInt(0, "case_id");
        result.caseNumber = row.text(0, "number");
        result.state =
            assignmentStateFromText(row.text(0, "state")).value_or(AssignmentState::Dispatched);
        result.since = row.text(0, "since");
        result.assignedBy = row.text(0, "assigned_by");
        return result;
    }

    // The unit's live assignment with its case, locked in the usual order (case, unit,
    // assignment). Finds the case without a lock first, then re-checks under the locks.
    struct LockedAssignment
    {
        UnitRow unit;
        CaseRow caseRow;
        LiveAssignment assignment;
    };

    LockedAssignment lockAssignmentOf(const QString &callSign, const QString &noneMessage)
    {
        UnitRow unit = lockUnit(callSign);
        const std::optional<LiveAssignment> unlocked = liveAssignment(unit.id, false);
        if (!unlocked)
            throw Abort{CommandResult::invalid(
                noneMessage.arg(unit.callSign, Lifecycle::displayName(unit.status)))};
        CaseRow caseRow = lockCase(unlocked->caseNumber);
        const std::optional<LiveAssignment> locked = liveAssignment(unit.id, true);
        if (!locked || locked->caseId != caseRow.id)
            throw Abort{CommandResult::conflict(
                tr("%1's assignment changed at this moment; look again.").arg(unit.callSign))};
        return {std::move(unit), std::move(caseRow), *locked};
    }

    // Only a request still waiting for its owner's answer.
    LockedAssignment lockOpenRequestOf(const QString &callSign)
    {
        // Two placeholders, as lockAssignmentOf fills them: the unit and its status. An expiry
        // may have ended the request a moment ago, so none is a conflict, not bad input.
        const QString none =
            tr("There is no open request for %1 (it may have expired); the unit is %2.");
        std::optional<LockedAssignment> locked;
        try {
            locked = lockAssignmentOf(callSign, none);
        } catch (const Abort &abort) {
            throw Abort{CommandResult::conflict(abort.result.message)};
        }
        if (locked->assignment.state != AssignmentState::Requested)
            throw Abort{CommandResult::conflict(
                none.arg(locked->unit.callSign, Lifecycle::displayName(locked->unit.status)))};
        return *locked;
    }

    // The case follows its assignments (Lifecycle decides); a closed case stays closed.
    void refreshCaseState(qint64 caseId, const QString &waitingReason = {})
    {
        const PgResult states = run("SELECT state FROM assignments WHERE case_id = $1", {caseId});
        QList<AssignmentState> assignmentStates;
        for (int row = 0; row < states.rowCount(); ++row)
            if (const auto state = assignmentStateFromText(states.text(row, 0)))
                assignmentStates << *state;
        const PgResult referral = run("SELECT EXISTS (SELECT 1 FROM referrals WHERE case_id = $1"
                                      " AND state <> 'done') AS open",
                                      {caseId});
        const CaseState state =
            Lifecycle::caseStateFor(assignmentStates, referral.toBool(0, "open"));
        run("UPDATE cases SET state = $2, waiting_reason = $3, version = version + 1,"
            " updated_at = now() WHERE id = $1 AND state <> 'closed'",
            {caseId, toText(state), state == CaseState::Waiting ? waitingReason : QString()});
    }

    // Ends a unit's assignment and frees the unit.
    void endAssignment(const LiveAssignment &assignment, int unitId, AssignmentState finalState,
                       const QString &reason)
    {
        run("UPDATE assignments SET state = $2, ended_reason = $3, version = version + 1,"
            " cleared_at = CASE WHEN $2 = 'cleared' THEN now() ELSE cleared_at END"
            " WHERE id = $1",
            {assignment.id, toText(finalState), reason});
        freeUnit(unitId);
    }

    void freeUnit(int unitId)
    {
        run("UPDATE units SET status = 'available', status_reason = '', current_assignment_id = "
            "NULL,"
            " status_changed_at = now(), status_changed_by = current_user, version = version + 1"
            " WHERE id = $1",
            {unitId});
    }

    int hospitalId(const QString &code, QString *name = nullptr, QString *erStatus = nullptr,
                   QString *erReason = nullptr)
    {
        const PgResult row = run("SELECT id, name, er_status, er_status_reason FROM hospitals"
                                 " WHERE upper(code) = upper($1)",
                                 {code.trimmed()});
        if (row.rowCount() == 0)
            throw Abort{CommandResult::invalid(tr("There is no hospital with code %1.").arg(code))};
        if (name)
            *name = row.text(0, "name");
        if (erStatus)
            *erStatus = row.text(0, "er_status");
        if (erReason)
            *erReason = row.text(0, "er_status_reason");
        return int(row.toInt(0, "id"));
    }
};

} // namespace pela::core
