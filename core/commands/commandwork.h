// Private to the command files: the transaction context every command body runs in
// (locks in the one order, event rows, case state refresh) and the exceptions that end it.
#pragma once

#include "db/pgconnection.h"
#include "domain/phonenumber.h"
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

    // A call on a case; taker, answer time and workstation are the server's, while the ring
    // and claimed answer times are the workstation's word (stored as such).
    void insertCall(qint64 caseId, const CallInfo &call, const PhoneNumber &phone)
    {
        auto time = [](const QDateTime &value) {
            return value.isValid() ? QVariant(value) : QVariant();
        };
        run("INSERT INTO calls (case_id, caller_phone, caller_name, ring_at, answered_at_claimed,"
            " aml_lat, aml_lon, aml_accuracy_m, caller_phone_kind, caller_phone_e164)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            {caseId, phone.typed(), call.callerName.trimmed(), time(call.ringAt),
             time(call.answeredAt), optionalValue(call.amlLat), optionalValue(call.amlLon),
             optionalValue(call.amlAccuracyM), phone.kindText(),
             phone.e164().isEmpty() ? QVariant() : QVariant(phone.e164())});
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

    // lock: FOR UPDATE (the caller already holds the case lock, if any: case, then unit).
    UnitRow findUnit(const QString &callSign, bool lock)
    {
        const QString sql =
            QStringLiteral("SELECT u.id, u.call_sign, u.kind, u.status, u.status_reason, u.version,"
                           " u.status_changed_by,"
                           " to_char(u.status_changed_at AT TIME ZONE $2, 'HH24:MI:SS') AS since,"
                           " coalesce(h.requires_acceptance, false) AS requires_acceptance,"
                           " coalesce(h.name, '') AS owner_name"
                           " FROM units u LEFT JOIN hospitals h ON h.id = u.owner_hospital_id"
                           " WHERE upper(u.call_sign) = upper($1)%1")
                .arg(lock ? QStringLiteral(" FOR UPDATE OF u") : QString());
        const PgResult row =
            run(sql.toUtf8().constData(), {callSign.trimmed(), QString::fromLatin1(DisplayZone)});
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
    UnitRow lockUnit(const QString &callSign) { return findUnit(callSign, true); }

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

    // The unit's live assignment with its case, locked in the one order everywhere: case, then
    // unit, then assignment. Finds them without locks first, then re-checks under the locks.
    struct LockedAssignment
    {
        UnitRow unit;
        CaseRow caseRow;
        LiveAssignment assignment;
    };

    LockedAssignment lockAssignmentOf(const QString &callSign, const QString &noneMessage)
    {
        const UnitRow unlockedUnit = findUnit(callSign, false);
        const std::optional<LiveAssignment> unlocked = liveAssignment(unlockedUnit.id, false);
        if (!unlocked)
            throw Abort{CommandResult::invalid(noneMessage.arg(
                unlockedUnit.callSign, Lifecycle::displayName(unlockedUnit.status)))};
        CaseRow caseRow = lockCase(unlocked->caseNumber);
        UnitRow unit = lockUnit(callSign);
        const std::optional<LiveAssignment> locked = liveAssignment(unit.id, true);
        if (!locked || locked->caseId != caseRow.id)
            throw Abort{CommandResult::conflict(
                tr("%1's assignment changed at this moment; look again.").arg(unit.callSign))};
        return {std::move(unit), std::move(caseRow), *locked};
    }

    // Why a case waits again, for the board (labels::waitingReason words it in the reader's
    // language). The database clears it whenever the case stops waiting.
    void setWaitingReason(qint64 caseId, const QJsonObject &reason)
    {
        run("UPDATE cases SET waiting_reason = $2 WHERE id = $1 AND state = 'waiting'",
            {caseId, jsonText(reason)});
    }

    // Ends a live assignment; the database frees the unit and moves the case.
    void endAssignment(const LiveAssignment &assignment, AssignmentState finalState,
                       const QString &reason)
    {
        run("UPDATE assignments SET state = $2, ended_reason = $3 WHERE id = $1",
            {assignment.id, toText(finalState), reason.trimmed()});
    }

    // The hospital of that code, which a liaison's login may change only if it is its own
    // (row-level security would silently change nothing; the operator is told instead).
    int ownHospitalId(const QString &code)
    {
        QString name;
        const int id = hospitalId(code, &name);
        const PgResult mine = run("SELECT h.id, h.name FROM hospitals h"
                                  " WHERE h.id = pela_my_hospital()");
        if (mine.rowCount() > 0 && mine.toInt(0, "id") != id)
            throw Abort{CommandResult::invalid(
                tr("You speak for %1; %2 is changed by its own liaison or by the shift lead.")
                    .arg(mine.text(0, "name"), name))};
        return id;
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
