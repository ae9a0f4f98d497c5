#include "incidentcommands.h"

#include "db/pgconnection.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace pela::core {

namespace {

// Thrown inside a transaction body to end it with a result; never escapes this file.
struct Abort
{
    CommandResult result;
};
struct DatabaseFailure
{
    DbError error;
};

const char *const DisplayZone = "Asia/Jayapura";

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

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
        const QString none = tr("There is no open request for %1 (it may have expired).");
        std::optional<LockedAssignment> locked;
        try {
            locked = lockAssignmentOf(callSign, none);
        } catch (const Abort &) {
            throw Abort{CommandResult::conflict(none.arg(callSign.toUpper()))};
        }
        if (locked->assignment.state != AssignmentState::Requested)
            throw Abort{CommandResult::conflict(none.arg(locked->unit.callSign))};
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

IncidentCommands::IncidentCommands(PgConnection &connection) : m_connection(connection) {}

CommandResult IncidentCommands::inTransaction(const std::function<CommandResult(Work &)> &body)
{
    auto unavailable = [](const DbError &error) {
        CommandResult result;
        result.status = CommandResult::Status::Unavailable;
        result.message = tr("The database cannot be reached; nothing was saved. Try again.");
        result.error = error;
        return result;
    };
    if (!m_connection.isOpen() && !m_connection.reset())
        return unavailable(m_connection.error());
    for (int attempt = 0;; ++attempt) {
        PgTransaction transaction(m_connection);
        if (!transaction.isActive()) {
            // A broken connection is reset once; a second failure is "unavailable".
            if (attempt == 0 && m_connection.reset())
                continue;
            return unavailable(transaction.error());
        }
        Work work{m_connection};
        try {
            CommandResult result = body(work);
            if (!result.ok()) {
                transaction.rollback();
                return result;
            }
            const PgResult committed = transaction.commit();
            if (!committed.ok())
                throw DatabaseFailure{committed.error()};
            return result;
        } catch (const Abort &abort) {
            transaction.rollback();
            return abort.result;
        } catch (const DatabaseFailure &failure) {
            transaction.rollback();
            const QString state = failure.error.sqlState();
            const bool retryable =
                state == QLatin1String("40P01") || state == QLatin1String("40001");
            if (retryable && attempt < 3)
                continue;
            if (failure.error.kind() == DbError::Kind::ConnectionLost)
                return unavailable(failure.error);
            if (state == QLatin1String("42501")) {
                CommandResult result =
                    CommandResult::invalid(tr("Your role does not allow this action."));
                result.error = failure.error;
                return result;
            }
            CommandResult result;
            result.status =
                retryable ? CommandResult::Status::Conflict : CommandResult::Status::Invalid;
            result.message =
                retryable ? tr("Someone else changed this at the same moment; try again.")
                          : tr("The database refused the change: %1").arg(failure.error.message());
            result.error = failure.error;
            return result;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Cases and calls

namespace {

QString validatePhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^[+0-9 ()\\-]{0,24}$"));
    if (!allowed.match(phone).hasMatch())
        return IncidentCommands::tr("The phone number \"%1\" may only contain digits, +, spaces, "
                                    "brackets and dashes.")
            .arg(phone);
    return {};
}

QString validateCoordinates(const std::optional<double> &lat, const std::optional<double> &lon)
{
    if (lat.has_value() != lon.has_value())
        return IncidentCommands::tr("A location needs both latitude and longitude.");
    if (lat && (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180))
        return IncidentCommands::tr("The coordinates %1, %2 are not on Earth (latitude -90..90, "
                                    "longitude -180..180).")
            .arg(*lat)
            .arg(*lon);
    return {};
}

} // namespace

CommandResult IncidentCommands::openCase(const OpenCaseRequest &request)
{
    if (!caseCategories().contains(request.category))
        return CommandResult::invalid(
            tr("Unknown category \"%1\"; choose one of: %2.")
                .arg(request.category, caseCategories().join(QStringLiteral(", "))));
    if (request.priority < 1 || request.priority > 4)
        return CommandResult::invalid(tr("Priority must be 1 (red), 2 (yellow), 3 (green) or 4."));
    if (const QString problem = validatePhone(request.call.callerPhone.trimmed());
        !problem.isEmpty())
        return CommandResult::invalid(problem);
    if (const QString problem = validateCoordinates(request.lat, request.lon); !problem.isEmpty())
        return CommandResult::invalid(problem);
    if (request.patientsCount < 0 || request.patientsCount > 500)
        return CommandResult::invalid(tr("The number of patients must be between 0 and 500."));
    const bool needsLocation = request.category != QLatin1String("prank_silent") &&
                               request.category != QLatin1String("other_info");
    if (needsLocation && request.locationText.trimmed().isEmpty() && !request.lat &&
        request.kelurahanCode.isEmpty())
        return CommandResult::invalid(
            tr("Where is the emergency? Give an address, a kelurahan or a point on the map."));

    return inTransaction([&](Work &work) {
        if (!request.kelurahanCode.isEmpty() &&
            work.run("SELECT 1 FROM places WHERE code = $1", {request.kelurahanCode}).rowCount() ==
                0)
            throw Abort{CommandResult::invalid(
                tr("There is no kelurahan with code %1.").arg(request.kelurahanCode))};
        const PgResult counter =
            work.run("INSERT INTO case_number_counters (year, last)"
                     " VALUES (extract(year FROM now() AT TIME ZONE $1)::int, 1)"
                     " ON CONFLICT (year) DO UPDATE SET last = case_number_counters.last + 1"
                     " RETURNING year, last",
                     {QString::fromLatin1(DisplayZone)});
        CommandResult result;
        result.caseNumber = QStringLiteral("%1-%2")
                                .arg(counter.toInt(0, "year"))
                                .arg(counter.toInt(0, "last"), 6, 10, QLatin1Char('0'));
        const PgResult inserted = work.run(
            "INSERT INTO cases (number, category, priority, location_text, kelurahan_code, lat,"
            " lon, location_source, location_uncertainty_m, caller_name, caller_phone,"
            " patients_count, triage, notes)"
            " VALUES ($1, $2, $3, $4, nullif($5, ''), $6, $7, $8, $9, $10, $11, $12, $13::jsonb,"
            " $14) RETURNING id",
            {result.caseNumber, request.category, request.priority, request.locationText.trimmed(),
             request.kelurahanCode, optionalValue(request.lat), optionalValue(request.lon),
             request.locationSource, optionalValue(request.locationUncertaintyM),
             request.call.callerName.trimmed(), request.call.callerPhone.trimmed(),
             request.patientsCount, jsonText(request.triage), request.notes});
        result.caseId = inserted.toInt(0, "id");
        work.run("INSERT INTO calls (case_id, caller_phone, caller_name, ring_at, aml_lat, aml_lon,"
                 " aml_accuracy_m) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                 {result.caseId, request.call.callerPhone.trimmed(),
                  request.call.callerName.trimmed(),
                  request.call.ringAt.isValid() ? QVariant(request.call.ringAt) : QVariant(),
                  optionalValue(request.call.amlLat), optionalValue(request.call.amlLon),
                  optionalValue(request.call.amlAccuracyM)});
        work.event(result.caseId, {}, {}, "case_opened",
                   {{QStringLiteral("number"), result.caseNumber},
                    {QStringLiteral("category"), request.category},
                    {QStringLiteral("priority"), request.priority},
                    {QStringLiteral("location"), request.locationText}});
        result.message = tr("Case %1 opened.").arg(result.caseNumber);
        return result;
    });
}

CommandResult IncidentCommands::addCall(const QString &caseNumber, const CallInfo &call)
{
    if (const QString problem = validatePhone(call.callerPhone.trimmed()); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it or open a new case.").arg(row.number))};
        work.run("INSERT INTO calls (case_id, caller_phone, caller_name, ring_at, aml_lat, aml_lon,"
                 " aml_accuracy_m) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                 {row.id, call.callerPhone.trimmed(), call.callerName.trimmed(),
                  call.ringAt.isValid() ? QVariant(call.ringAt) : QVariant(),
                  optionalValue(call.amlLat), optionalValue(call.amlLon),
                  optionalValue(call.amlAccuracyM)});
        work.run("UPDATE cases SET version = version + 1, updated_at = now() WHERE id = $1",
                 {row.id});
        work.event(row.id, {}, {}, "call_added", {{QStringLiteral("phone"), call.callerPhone}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::updateCaseDetails(const QString &caseNumber,
                                                  const CaseDetailsChange &change)
{
    if (change.category && !caseCategories().contains(*change.category))
        return CommandResult::invalid(tr("Unknown category \"%1\".").arg(*change.category));
    if (change.callerPhone)
        if (const QString problem = validatePhone(*change.callerPhone); !problem.isEmpty())
            return CommandResult::invalid(problem);
    if (const QString problem = validateCoordinates(change.lat, change.lon); !problem.isEmpty())
        return CommandResult::invalid(problem);
    if (change.patientsCount && (*change.patientsCount < 0 || *change.patientsCount > 500))
        return CommandResult::invalid(tr("The number of patients must be between 0 and 500."));
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (change.expectedVersion && *change.expectedVersion != row.version) {
            const PgResult last =
                work.run("SELECT actor, to_char(occurred_at AT TIME ZONE $2, 'HH24:MI:SS') AS at"
                         " FROM case_events WHERE case_id = $1 ORDER BY id DESC LIMIT 1",
                         {row.id, QString::fromLatin1(DisplayZone)});
            throw Abort{CommandResult::conflict(
                tr("Case %1 was changed by %2 at %3 while you were editing; look at the new "
                   "details and save again.")
                    .arg(row.number, last.text(0, "actor"), last.text(0, "at")))};
        }
        QJsonObject changed;
        auto text = [](const std::optional<QString> &value) {
            return value ? QVariant(value->trimmed()) : QVariant();
        };
        work.run("UPDATE cases SET"
                 " category = coalesce($2, category),"
                 " location_text = coalesce($3, location_text),"
                 " kelurahan_code = CASE WHEN $4::text IS NULL THEN kelurahan_code"
                 "                       ELSE nullif($4, '') END,"
                 " caller_name = coalesce($5, caller_name),"
                 " caller_phone = coalesce($6, caller_phone),"
                 " notes = coalesce($7, notes),"
                 " lat = coalesce($8, lat), lon = coalesce($9, lon),"
                 " location_source = coalesce($10, location_source),"
                 " patients_count = coalesce($11, patients_count),"
                 " triage = coalesce($12::jsonb, triage),"
                 " version = version + 1, updated_at = now()"
                 " WHERE id = $1",
                 {row.id, text(change.category), text(change.locationText),
                  text(change.kelurahanCode), text(change.callerName), text(change.callerPhone),
                  change.notes ? QVariant(*change.notes) : QVariant(), optionalValue(change.lat),
                  optionalValue(change.lon), text(change.locationSource),
                  change.patientsCount ? QVariant(*change.patientsCount) : QVariant(),
                  change.triage ? QVariant(jsonText(*change.triage)) : QVariant()});
        if (change.category)
            changed.insert(QStringLiteral("category"), *change.category);
        if (change.locationText)
            changed.insert(QStringLiteral("location"), *change.locationText);
        if (change.lat)
            changed.insert(QStringLiteral("lat"), *change.lat);
        if (change.lon)
            changed.insert(QStringLiteral("lon"), *change.lon);
        if (change.notes)
            changed.insert(QStringLiteral("notes"), *change.notes);
        if (change.patientsCount)
            changed.insert(QStringLiteral("patients"), *change.patientsCount);
        work.event(row.id, {}, {}, "case_details_changed", changed);
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::setPriority(const QString &caseNumber, int priority,
                                            const QString &reason)
{
    if (priority < 1 || priority > 4)
        return CommandResult::invalid(tr("Priority must be 1 (red), 2 (yellow), 3 (green) or 4."));
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        if (row.priority == priority) {
            result.changed = false;
            return result;
        }
        work.run("UPDATE cases SET priority = $2, version = version + 1, updated_at = now()"
                 " WHERE id = $1",
                 {row.id, priority});
        work.event(row.id, {}, {}, "priority_changed",
                   {{QStringLiteral("from"), row.priority},
                    {QStringLiteral("to"), priority},
                    {QStringLiteral("reason"), reason}});
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Units on cases

CommandResult IncidentCommands::assignUnit(const QString &caseNumber, const QString &callSign,
                                           AssignMode mode, std::optional<int> expectedUnitVersion)
{
    return inTransaction([&](Work &work) {
        // Lock order everywhere: case, then unit (then another case): keeps deadlocks rare.
        const Work::CaseRow target = work.lockCase(caseNumber);
        if (target.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it before assigning a unit.").arg(target.number))};
        const Work::UnitRow unit = work.lockUnit(callSign);
        CommandResult result;
        result.caseId = target.id;
        result.caseNumber = target.number;

        const std::optional<Work::LiveAssignment> current = work.liveAssignment(unit.id, true);
        if (current && current->caseId == target.id) {
            // Already there: nothing changes, no status reset.
            result.changed = false;
            result.assignmentId = current->id;
            result.message = tr("%1 is already on %2.").arg(unit.callSign, target.number);
            return result;
        }
        if (const QString why = Lifecycle::whyUnitCannotServe(unit.kind, target.category);
            !why.isEmpty())
            throw Abort{CommandResult::invalid(
                tr("%1 cannot go to %2: %3.").arg(unit.callSign, target.number, why))};
        if (expectedUnitVersion && *expectedUnitVersion != unit.version && !current &&
            unit.status != UnitStatus::OutOfService)
            expectedUnitVersion.reset(); // it moved, nothing else: still free to take
        if (unit.status == UnitStatus::OutOfService)
            throw Abort{CommandResult::conflict(
                tr("%1 is out of service since %2 (%3), set by %4.")
                    .arg(unit.callSign, unit.statusSince, unit.statusReason, unit.statusBy))};
        if (current) {
            if (mode != AssignMode::Reassign)
                throw Abort{
                    CommandResult::conflict(tr("%1 is already on %2 since %3, assigned by %4.")
                                                .arg(unit.callSign, current->caseNumber,
                                                     current->since, current->assignedBy))};
            if (current->state != AssignmentState::Requested &&
                current->state != AssignmentState::Dispatched &&
                current->state != AssignmentState::EnRoute)
                throw Abort{CommandResult::conflict(
                    tr("%1 is %2 on %3 and cannot be taken off it; clear it first.")
                        .arg(unit.callSign, Lifecycle::displayName(current->state),
                             current->caseNumber))};
            // Reassignment: the other case learns why it lost its unit.
            work.run("SELECT id FROM cases WHERE id = $1 FOR UPDATE", {current->caseId});
            work.endAssignment(*current, unit.id, AssignmentState::Cancelled,
                               tr("reassigned to %1").arg(target.number));
            work.refreshCaseState(current->caseId,
                                  tr("%1 was reassigned to %2").arg(unit.callSign, target.number));
            work.event(current->caseId, unit.id, {}, "unit_reassigned_away",
                       {{QStringLiteral("unit"), unit.callSign},
                        {QStringLiteral("to_case"), target.number}});
        }

        const bool request = unit.requiresAcceptance;
        const PgResult inserted = work.run(
            request ? "INSERT INTO assignments (case_id, unit_id, state, requested_at,"
                      " request_expires_at) SELECT $1, $2, 'requested', now(), now() +"
                      " make_interval(secs => coalesce((SELECT value::text::double precision"
                      " FROM settings WHERE key = 'request_timeout_seconds'), 60)) RETURNING id"
                    : "INSERT INTO assignments (case_id, unit_id, state, dispatched_at)"
                      " VALUES ($1, $2, 'dispatched', now()) RETURNING id",
            {target.id, unit.id});
        result.assignmentId = inserted.toInt(0, "id");
        work.run("UPDATE units SET status = $2, status_reason = '', current_assignment_id = $3,"
                 " status_changed_at = now(), status_changed_by = current_user,"
                 " version = version + 1 WHERE id = $1",
                 {unit.id, request ? QStringLiteral("requested") : QStringLiteral("dispatched"),
                  result.assignmentId});
        work.refreshCaseState(target.id);
        work.event(
            target.id, unit.id, {}, request ? "unit_requested" : "unit_assigned",
            {{QStringLiteral("unit"), unit.callSign},
             {QStringLiteral("assignment"), result.assignmentId},
             {QStringLiteral("reassigned_from"), current ? current->caseNumber : QString()}});
        result.message = request ? tr("%1 requested from %2 for %3; waiting for acceptance.")
                                       .arg(unit.callSign, unit.ownerName, target.number)
                                 : tr("%1 dispatched to %2.").arg(unit.callSign, target.number);
        return result;
    });
}

CommandResult IncidentCommands::advanceAssignment(const QString &callSign, AssignmentState to,
                                                  const QString &hospitalCode)
{
    if (to == AssignmentState::Transporting && hospitalCode.trimmed().isEmpty())
        return CommandResult::invalid(
            tr("Which hospital is %1 transporting to? Give its code.").arg(callSign));
    if (to == AssignmentState::Requested || to == AssignmentState::Dispatched ||
        to == AssignmentState::Declined || to == AssignmentState::Expired ||
        to == AssignmentState::Cancelled)
        return CommandResult::invalid(
            tr("Use assign, accept, decline or cancel for \"%1\".").arg(toText(to)));
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment (it is %2)."));
        const auto *assignment = &current;
        if (const QString why = Lifecycle::whyNot(assignment->state, to); !why.isEmpty())
            throw Abort{CommandResult::invalid(
                tr("%1 on %2: %3.").arg(unit.callSign, caseRow.number, why))};

        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        result.assignmentId = assignment->id;
        QVariant hospital;
        QJsonObject payload{{QStringLiteral("unit"), unit.callSign},
                            {QStringLiteral("from"), toText(assignment->state)},
                            {QStringLiteral("to"), toText(to)}};
        if (to == AssignmentState::Transporting) {
            QString name, erStatus, erReason;
            hospital = work.hospitalId(hospitalCode, &name, &erStatus, &erReason);
            payload.insert(QStringLiteral("hospital"), hospitalCode.toUpper());
            if (erStatus == QLatin1String("diverting"))
                result.warning = tr("Warning: %1 is diverting (%2).").arg(name, erReason);
            work.run("UPDATE cases SET destination_hospital_id = $2 WHERE id = $1",
                     {caseRow.id, hospital});
        }
        static const QHash<AssignmentState, const char *> Stamp{
            {AssignmentState::EnRoute, "en_route_at"},
            {AssignmentState::OnScene, "on_scene_at"},
            {AssignmentState::Transporting, "transporting_at"},
            {AssignmentState::AtHospital, "at_hospital_at"},
            {AssignmentState::Cleared, "cleared_at"}};
        // Column name from a fixed table above, never from input.
        const QString sql =
            QStringLiteral("UPDATE assignments SET state = $2, %1 = now(),"
                           " destination_hospital_id = coalesce($3, destination_hospital_id),"
                           " version = version + 1 WHERE id = $1")
                .arg(QLatin1String(Stamp.value(to)));
        work.run(sql.toUtf8().constData(), {assignment->id, toText(to), hospital});
        if (to == AssignmentState::Cleared)
            work.freeUnit(unit.id);
        else
            work.run("UPDATE units SET status = $2, status_changed_at = now(),"
                     " status_changed_by = current_user, version = version + 1 WHERE id = $1",
                     {unit.id, toText(Lifecycle::unitStatusFor(to))});
        work.refreshCaseState(caseRow.id);
        work.event(caseRow.id, unit.id, hospital, "assignment_advanced", payload);
        return result;
    });
}

CommandResult IncidentCommands::cancelAssignment(const QString &callSign, const QString &reason)
{
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] =
            work.lockAssignmentOf(callSign, tr("%1 has no assignment to cancel (it is %2)."));
        const auto *assignment = &current;
        if (const QString why = Lifecycle::whyNot(assignment->state, AssignmentState::Cancelled);
            !why.isEmpty())
            throw Abort{CommandResult::invalid(tr("%1: %2.").arg(unit.callSign, why))};
        work.endAssignment(*assignment, unit.id, AssignmentState::Cancelled, reason);
        work.refreshCaseState(caseRow.id, tr("%1 was cancelled: %2").arg(unit.callSign, reason));
        work.event(caseRow.id, unit.id, {}, "assignment_cancelled",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        return result;
    });
}

CommandResult IncidentCommands::acceptRequest(const QString &callSign)
{
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] = work.lockOpenRequestOf(callSign);
        const auto *assignment = &current;
        work.run("UPDATE assignments SET state = 'dispatched', dispatched_at = now(),"
                 " version = version + 1 WHERE id = $1",
                 {assignment->id});
        work.run("UPDATE units SET status = 'dispatched', status_changed_at = now(),"
                 " status_changed_by = current_user, version = version + 1 WHERE id = $1",
                 {unit.id});
        work.refreshCaseState(caseRow.id);
        work.event(caseRow.id, unit.id, {}, "request_accepted",
                   {{QStringLiteral("unit"), unit.callSign}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        result.assignmentId = assignment->id;
        return result;
    });
}

CommandResult IncidentCommands::declineRequest(const QString &callSign, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the request is declined."));
    return inTransaction([&](Work &work) {
        const auto [unit, caseRow, current] = work.lockOpenRequestOf(callSign);
        const auto *assignment = &current;
        work.endAssignment(*assignment, unit.id, AssignmentState::Declined, reason);
        work.refreshCaseState(caseRow.id,
                              tr("%1 declined: %2").arg(unit.ownerName, reason.trimmed()));
        work.event(caseRow.id, unit.id, {}, "request_declined",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        return result;
    });
}

CommandResult IncidentCommands::expireDueRequests()
{
    return inTransaction([&](Work &work) {
        // SKIP LOCKED: several consoles may sweep at once; each request expires once.
        const PgResult due =
            work.run("SELECT a.id, a.case_id, a.unit_id, u.call_sign,"
                     " extract(epoch FROM a.request_expires_at - a.requested_at)::int AS seconds"
                     " FROM assignments a JOIN units u ON u.id = a.unit_id"
                     " WHERE a.state = 'requested' AND a.request_expires_at <= now()"
                     " ORDER BY a.id FOR UPDATE OF a SKIP LOCKED");
        CommandResult result;
        result.changed = due.rowCount() > 0;
        for (int row = 0; row < due.rowCount(); ++row) {
            const qint64 caseId = due.toInt(row, "case_id");
            const int unitId = int(due.toInt(row, "unit_id"));
            const QString callSign = due.text(row, "call_sign");
            work.run("UPDATE assignments SET state = 'expired', ended_reason = 'no answer',"
                     " version = version + 1 WHERE id = $1",
                     {due.toInt(row, "id")});
            work.freeUnit(unitId);
            work.refreshCaseState(caseId, tr("request for %1 expired after %2 s without an answer")
                                              .arg(callSign)
                                              .arg(due.toInt(row, "seconds")));
            work.event(caseId, unitId, {}, "request_expired", {{QStringLiteral("unit"), callSign}});
        }
        result.message = QString::number(due.rowCount());
        return result;
    });
}

CommandResult IncidentCommands::setUnitOutOfService(const QString &callSign, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the unit is out of service."));
    return inTransaction([&](Work &work) {
        const Work::UnitRow unit = work.lockUnit(callSign);
        if (const auto assignment = work.liveAssignment(unit.id, false))
            throw Abort{CommandResult::conflict(tr("%1 is on %2; clear or cancel that first.")
                                                    .arg(unit.callSign, assignment->caseNumber))};
        work.run("UPDATE units SET status = 'out_of_service', status_reason = $2,"
                 " status_changed_at = now(), status_changed_by = current_user,"
                 " version = version + 1 WHERE id = $1",
                 {unit.id, reason.trimmed()});
        work.event({}, unit.id, {}, "unit_out_of_service",
                   {{QStringLiteral("unit"), unit.callSign}, {QStringLiteral("reason"), reason}});
        return CommandResult{};
    });
}

CommandResult IncidentCommands::setUnitInService(const QString &callSign)
{
    return inTransaction([&](Work &work) {
        const Work::UnitRow unit = work.lockUnit(callSign);
        CommandResult result;
        if (unit.status != UnitStatus::OutOfService) {
            result.changed = false;
            return result;
        }
        work.freeUnit(unit.id);
        work.event({}, unit.id, {}, "unit_in_service", {{QStringLiteral("unit"), unit.callSign}});
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Closing, linking, referrals

CommandResult IncidentCommands::closeCase(const QString &caseNumber, Disposition disposition,
                                          const QString &note)
{
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(tr("Case %1 is already closed.").arg(row.number))};
        const PgResult live = work.run(
            "SELECT string_agg(u.call_sign, ', ' ORDER BY u.call_sign) AS units"
            " FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.case_id = $1 AND"
            " a.state IN ('requested', 'dispatched', 'en_route', 'on_scene', 'transporting',"
            " 'at_hospital')",
            {row.id});
        if (!live.isNull(0, 0))
            throw Abort{CommandResult::invalid(
                tr("Case %1 still has units on it (%2); clear or cancel them before closing.")
                    .arg(row.number, live.text(0, "units")))};
        work.run("UPDATE cases SET state = 'closed', disposition = $2, closed_at = now(),"
                 " closed_by = current_user, version = version + 1, updated_at = now()"
                 " WHERE id = $1",
                 {row.id, toText(disposition)});
        work.event(
            row.id, {}, {}, "case_closed",
            {{QStringLiteral("disposition"), toText(disposition)}, {QStringLiteral("note"), note}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::reopenCase(const QString &caseNumber, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the case is reopened."));
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state != CaseState::Closed)
            throw Abort{CommandResult::invalid(tr("Case %1 is not closed.").arg(row.number))};
        // Leave 'closed' first so refreshCaseState may set the state that follows.
        work.run("UPDATE cases SET state = 'waiting', disposition = NULL, closed_at = NULL,"
                 " closed_by = NULL, duplicate_of = NULL WHERE id = $1",
                 {row.id});
        work.refreshCaseState(row.id, tr("reopened: %1").arg(reason.trimmed()));
        work.event(row.id, {}, {}, "case_reopened", {{QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::referToAgency(const QString &caseNumber, const QString &agency,
                                              ReferralState state, const QString &note)
{
    if (agency.trimmed().isEmpty())
        return CommandResult::invalid(tr("Name the agency (e.g. Damkar, BPBD, Polresta, PLN)."));
    return inTransaction([&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(tr("Case %1 is closed.").arg(row.number))};
        const PgResult existing = work.run(
            "SELECT id, state FROM referrals WHERE case_id = $1 AND lower(agency) = lower($2)"
            " FOR UPDATE",
            {row.id, agency.trimmed()});
        if (existing.rowCount() == 0) {
            if (state != ReferralState::Forwarded)
                throw Abort{CommandResult::invalid(
                    tr("Case %1 has not been forwarded to %2 yet.").arg(row.number, agency))};
            work.run("INSERT INTO referrals (case_id, agency, state, note) VALUES ($1, $2, $3, $4)",
                     {row.id, agency.trimmed(), toText(state), note});
        } else {
            const auto from = referralStateFromText(existing.text(0, "state"));
            if (!from || !Lifecycle::canTransition(*from, state))
                throw Abort{
                    CommandResult::invalid(tr("The referral to %1 is already %2.")
                                               .arg(agency, from ? Lifecycle::displayName(*from)
                                                                 : existing.text(0, "state")))};
            work.run("UPDATE referrals SET state = $2, note = $3, version = version + 1,"
                     " acknowledged_at = CASE WHEN $2 = 'acknowledged' THEN now()"
                     "                   ELSE acknowledged_at END,"
                     " done_at = CASE WHEN $2 = 'done' THEN now() ELSE done_at END"
                     " WHERE id = $1",
                     {existing.toInt(0, "id"), toText(state), note});
        }
        work.refreshCaseState(row.id);
        work.event(row.id, {}, {}, "referral_changed",
                   {{QStringLiteral("agency"), agency.trimmed()},
                    {QStringLiteral("state"), toText(state)},
                    {QStringLiteral("note"), note}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::markDuplicate(const QString &duplicateNumber,
                                              const QString &originalNumber)
{
    if (duplicateNumber.trimmed() == originalNumber.trimmed())
        return CommandResult::invalid(tr("A case cannot be a duplicate of itself."));
    return inTransaction([&](Work &work) {
        // Lock both cases in id order so two merges cannot deadlock.
        const PgResult ids = work.run("SELECT id, number FROM cases WHERE number IN ($1, $2)"
                                      " ORDER BY id FOR UPDATE",
                                      {duplicateNumber.trimmed(), originalNumber.trimmed()});
        if (ids.rowCount() < 2)
            throw Abort{CommandResult::invalid(
                tr("Both cases must exist (%1, %2).").arg(duplicateNumber, originalNumber))};
        const Work::CaseRow duplicate = work.lockCase(duplicateNumber);
        const Work::CaseRow original = work.lockCase(originalNumber);
        if (duplicate.state == CaseState::Closed)
            throw Abort{
                CommandResult::invalid(tr("Case %1 is already closed.").arg(duplicate.number))};
        if (original.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it before merging into it.").arg(original.number))};
        const PgResult live = work.run(
            "SELECT count(*) AS n FROM assignments WHERE case_id = $1 AND state IN ('requested',"
            " 'dispatched', 'en_route', 'on_scene', 'transporting', 'at_hospital')",
            {duplicate.id});
        if (live.toInt(0, "n") > 0)
            throw Abort{CommandResult::invalid(
                tr("Case %1 has units on it; move or cancel them before marking it a duplicate.")
                    .arg(duplicate.number))};
        // EIDD "replaced": the calls move, history stays on both.
        const PgResult moved =
            work.run("UPDATE calls SET moved_from_case_id = coalesce(moved_from_case_id, case_id),"
                     " case_id = $2 WHERE case_id = $1",
                     {duplicate.id, original.id});
        work.run("UPDATE cases SET state = 'closed', disposition = 'duplicate', duplicate_of = $2,"
                 " closed_at = now(), closed_by = current_user, version = version + 1,"
                 " updated_at = now() WHERE id = $1",
                 {duplicate.id, original.id});
        work.run("UPDATE cases SET version = version + 1, updated_at = now() WHERE id = $1",
                 {original.id});
        work.run("INSERT INTO case_links (case_id, other_case_id, kind)"
                 " VALUES ($1, $2, 'duplicate_of') ON CONFLICT DO NOTHING",
                 {duplicate.id, original.id});
        work.event(duplicate.id, {}, {}, "case_marked_duplicate",
                   {{QStringLiteral("of"), original.number},
                    {QStringLiteral("calls_moved"), moved.affectedRows()}});
        work.event(original.id, {}, {}, "duplicate_merged",
                   {{QStringLiteral("from"), duplicate.number},
                    {QStringLiteral("calls_moved"), moved.affectedRows()}});
        CommandResult result;
        result.caseId = original.id;
        result.caseNumber = original.number;
        return result;
    });
}

CommandResult IncidentCommands::linkRelated(const QString &caseNumber, const QString &otherNumber)
{
    if (caseNumber.trimmed() == otherNumber.trimmed())
        return CommandResult::invalid(tr("A case cannot be linked to itself."));
    return inTransaction([&](Work &work) {
        const PgResult rows = work.run("SELECT id, number FROM cases WHERE number IN ($1, $2)"
                                       " ORDER BY id FOR UPDATE",
                                       {caseNumber.trimmed(), otherNumber.trimmed()});
        if (rows.rowCount() < 2)
            throw Abort{CommandResult::invalid(
                tr("Both cases must exist (%1, %2).").arg(caseNumber, otherNumber))};
        const qint64 first = rows.toInt(0, "id"), second = rows.toInt(1, "id");
        const PgResult inserted = work.run(
            "INSERT INTO case_links (case_id, other_case_id, kind) VALUES ($1, $2, 'related'),"
            " ($2, $1, 'related') ON CONFLICT DO NOTHING",
            {first, second});
        CommandResult result;
        result.changed = inserted.affectedRows() > 0;
        if (result.changed) {
            work.event(first, {}, {}, "case_linked",
                       {{QStringLiteral("with"), rows.text(1, "number")}});
            work.event(second, {}, {}, "case_linked",
                       {{QStringLiteral("with"), rows.text(0, "number")}});
        }
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Hospitals

CommandResult IncidentCommands::setHospitalStatus(const QString &hospitalCode, ErStatus status,
                                                  const QString &reason)
{
    if (status != ErStatus::Open && reason.trimmed().isEmpty())
        return CommandResult::invalid(
            tr("Say why the emergency department is limited or diverting."));
    return inTransaction([&](Work &work) {
        const int id = work.hospitalId(hospitalCode);
        work.run("SELECT 1 FROM hospitals WHERE id = $1 FOR UPDATE", {id});
        work.run("UPDATE hospitals SET er_status = $2, er_status_reason = $3,"
                 " version = version + 1, updated_at = now(), updated_by = current_user"
                 " WHERE id = $1",
                 {id, toText(status), status == ErStatus::Open ? QString() : reason.trimmed()});
        work.event(
            {}, {}, id, "hospital_status_changed",
            {{QStringLiteral("status"), toText(status)}, {QStringLiteral("reason"), reason}});
        return CommandResult{};
    });
}

CommandResult IncidentCommands::setHospitalBeds(const QString &hospitalCode,
                                                const QString &category, int available,
                                                std::optional<int> total)
{
    static const QRegularExpression validCategory(QStringLiteral("^[a-z_]{2,24}$"));
    if (!validCategory.match(category).hasMatch())
        return CommandResult::invalid(
            tr("Bed category \"%1\" must be a short lower-case word (e.g. igd, icu).")
                .arg(category));
    if (available < 0 || (total && (*total < 0 || available > *total)))
        return CommandResult::invalid(
            tr("Available beds must be between 0 and the total (%1 given).").arg(available));
    return inTransaction([&](Work &work) {
        const int id = work.hospitalId(hospitalCode);
        work.run("INSERT INTO hospital_beds (hospital_id, category, available, total)"
                 " VALUES ($1, $2, $3, $4) ON CONFLICT (hospital_id, category) DO UPDATE"
                 " SET available = EXCLUDED.available, total = coalesce(EXCLUDED.total,"
                 " hospital_beds.total), updated_at = now(), updated_by = current_user",
                 {id, category, available, total ? QVariant(*total) : QVariant()});
        work.run("UPDATE hospitals SET version = version + 1, updated_at = now(),"
                 " updated_by = current_user WHERE id = $1",
                 {id});
        work.event(
            {}, {}, id, "hospital_beds_changed",
            {{QStringLiteral("category"), category}, {QStringLiteral("available"), available}});
        return CommandResult{};
    });
}

std::optional<CaseIntervals> IncidentCommands::caseIntervals(const QString &caseNumber,
                                                             DbError *error)
{
    const PgResult row =
        m_connection.exec("SELECT * FROM case_intervals WHERE number = $1", {caseNumber.trimmed()});
    if (!row.ok()) {
        if (error)
            *error = row.error();
        return std::nullopt;
    }
    if (row.rowCount() == 0)
        return std::nullopt;
    CaseIntervals intervals;
    intervals.caseNumber = row.text(0, "number");
    intervals.callReceived = row.toDateTime(0, "call_received_at");
    intervals.opened = row.toDateTime(0, "opened_at");
    intervals.firstDispatched = row.toDateTime(0, "first_dispatched_at");
    intervals.firstEnRoute = row.toDateTime(0, "first_en_route_at");
    intervals.firstOnScene = row.toDateTime(0, "first_on_scene_at");
    intervals.firstTransporting = row.toDateTime(0, "first_transporting_at");
    intervals.firstAtHospital = row.toDateTime(0, "first_at_hospital_at");
    intervals.closed = row.toDateTime(0, "closed_at");
    return intervals;
}

} // namespace pela::core
