#include "casedetail.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pela::core {

namespace {

std::optional<qint64> optionalId(const PgResult &result, int row, const char *name)
{
    if (result.isNull(row, result.column(name)))
        return std::nullopt;
    return result.toInt(row, name);
}

} // namespace

bool AssignmentFact::isLive() const
{
    const auto parsed = assignmentStateFromText(state);
    return parsed && Lifecycle::isLive(*parsed);
}

ReadResult<CaseDetail> CaseDetail::read(PgConnection &connection, const QString &caseNumber)
{
    const PgResult found =
        connection.exec("SELECT id FROM cases WHERE number = $1", {caseNumber.trimmed()});
    if (!found.ok())
        return ReadResult<CaseDetail>::failed(found.error());
    if (found.rowCount() == 0)
        return ReadResult<CaseDetail>::failed(
            DbError(DbError::Kind::Query, QStringLiteral("no case %1").arg(caseNumber)));
    return read(connection, found.toInt(0, "id"));
}

ReadResult<CaseDetail> CaseDetail::read(PgConnection &connection, qint64 caseId)
{
    using Result = ReadResult<CaseDetail>;
    // One snapshot: the history, the calls and the assignments agree with each other.
    PgResult begin = connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!begin.ok())
        return Result::failed(begin.error());
    auto fail = [&connection](const PgResult &result) {
        connection.exec("ROLLBACK");
        return Result::failed(result.error());
    };
    CaseDetail detail;
    const PgResult row = connection.exec(
        "SELECT c.id, c.number, c.category, c.priority, c.state, c.location_text,"
        " c.kelurahan_code, c.lat, c.lon, c.location_source, c.caller_name, c.caller_phone,"
        " c.patients_count, c.triage, c.notes, c.receiving_note, c.destination_hospital_id,"
        " c.disposition,"
        " c.duplicate_of, c.waiting_reason, c.opened_at, c.opened_by, c.closed_at, c.closed_by,"
        " c.version, c.updated_at, c.state_changed_at, d.number AS duplicate_of_number,"
        " i.call_received_at, i.first_dispatched_at, i.first_en_route_at, i.first_on_scene_at,"
        " i.first_transporting_at, i.first_at_hospital_at"
        " FROM cases c JOIN case_intervals i ON i.case_id = c.id"
        " LEFT JOIN cases d ON d.id = c.duplicate_of WHERE c.id = $1",
        {caseId});
    if (!row.ok())
        return fail(row);
    if (row.rowCount() == 0) {
        connection.exec("ROLLBACK");
        return Result::failed(
            DbError(DbError::Kind::Query, QStringLiteral("no case with id %1").arg(caseId)));
    }
    CaseRecord &record = detail.record;
    record.id = row.toInt(0, "id");
    record.number = row.text(0, "number");
    record.category = row.text(0, "category");
    record.priority = int(row.toInt(0, "priority"));
    record.state = row.text(0, "state");
    record.locationText = row.text(0, "location_text");
    record.kelurahanCode = row.text(0, "kelurahan_code");
    if (!row.isNull(0, row.column("lat")))
        record.location = QGeoCoordinate(row.toDouble(0, "lat"), row.toDouble(0, "lon"));
    record.locationSource = row.text(0, "location_source");
    record.callerName = row.text(0, "caller_name");
    record.callerPhone = row.text(0, "caller_phone");
    record.patientsCount = int(row.toInt(0, "patients_count"));
    record.triage = row.toJson(0, "triage").object();
    record.notes = row.text(0, "notes");
    record.receivingNote = row.text(0, "receiving_note");
    record.destinationHospitalId = optionalId(row, 0, "destination_hospital_id");
    record.disposition = row.text(0, "disposition");
    record.duplicateOf = optionalId(row, 0, "duplicate_of");
    record.waitingReason = row.text(0, "waiting_reason");
    record.openedAt = row.toDateTime(0, "opened_at");
    record.openedBy = row.text(0, "opened_by");
    record.closedAt = row.toDateTime(0, "closed_at");
    record.closedBy = row.text(0, "closed_by");
    record.version = int(row.toInt(0, "version"));
    record.updatedAt = row.toDateTime(0, "updated_at");
    detail.stateChangedAt = row.toDateTime(0, "state_changed_at");
    detail.duplicateOfNumber = row.text(0, "duplicate_of_number");
    detail.intervals.caseNumber = record.number;
    detail.intervals.callReceived = row.toDateTime(0, "call_received_at");
    detail.intervals.opened = record.openedAt;
    detail.intervals.firstDispatched = row.toDateTime(0, "first_dispatched_at");
    detail.intervals.firstEnRoute = row.toDateTime(0, "first_en_route_at");
    detail.intervals.firstOnScene = row.toDateTime(0, "first_on_scene_at");
    detail.intervals.firstTransporting = row.toDateTime(0, "first_transporting_at");
    detail.intervals.firstAtHospital = row.toDateTime(0, "first_at_hospital_at");
    detail.intervals.closed = record.closedAt;

    const PgResult events = connection.exec(
        "SELECT id, case_id, unit_id, hospital_id, kind, payload, actor, workstation, occurred_at"
        " FROM case_events WHERE case_id = $1 ORDER BY id",
        {caseId});
    if (!events.ok())
        return fail(events);
    for (int i = 0; i < events.rowCount(); ++i) {
        CaseEventRecord event;
        event.id = events.toInt(i, "id");
        event.caseId = optionalId(events, i, "case_id");
        event.unitId = optionalId(events, i, "unit_id");
        event.hospitalId = optionalId(events, i, "hospital_id");
        event.kind = events.text(i, "kind");
        event.payload = events.toJson(i, "payload").object();
        event.actor = events.text(i, "actor");
        event.workstation = events.text(i, "workstation");
        event.occurredAt = events.toDateTime(i, "occurred_at");
        detail.events.append(event);
    }

    const PgResult calls = connection.exec(
        "SELECT k.id, k.answered_at, k.ring_at, k.caller_phone, k.caller_phone_kind,"
        " k.caller_name, k.taker, k.workstation, m.number AS moved_from"
        " FROM calls k LEFT JOIN cases m ON m.id = k.moved_from_case_id"
        " WHERE k.case_id = $1 ORDER BY k.answered_at, k.id",
        {caseId});
    if (!calls.ok())
        return fail(calls);
    for (int i = 0; i < calls.rowCount(); ++i)
        detail.calls.append({calls.toInt(i, "id"), calls.toDateTime(i, "answered_at"),
                             calls.toDateTime(i, "ring_at"), calls.text(i, "caller_phone"),
                             calls.text(i, "caller_phone_kind"), calls.text(i, "caller_name"),
                             calls.text(i, "taker"), calls.text(i, "workstation"),
                             calls.text(i, "moved_from")});

    const PgResult assignments = connection.exec(
        "SELECT a.id, a.unit_id, u.call_sign, a.state, a.assigned_by, h.code AS destination,"
        " a.created_at, a.requested_at, a.dispatched_at, a.en_route_at, a.on_scene_at,"
        " a.transporting_at, a.at_hospital_at, a.cleared_at, a.ended_at, a.ended_reason,"
        " a.undone_at, a.undone_by"
        " FROM assignments a JOIN units u ON u.id = a.unit_id"
        " LEFT JOIN hospitals h ON h.id = a.destination_hospital_id"
        " WHERE a.case_id = $1 ORDER BY a.id",
        {caseId});
    if (!assignments.ok())
        return fail(assignments);
    for (int i = 0; i < assignments.rowCount(); ++i) {
        AssignmentFact fact;
        fact.id = assignments.toInt(i, "id");
        fact.unitId = assignments.toInt(i, "unit_id");
        fact.callSign = assignments.text(i, "call_sign");
        fact.state = assignments.text(i, "state");
        fact.assignedBy = assignments.text(i, "assigned_by");
        fact.destinationCode = assignments.text(i, "destination");
        fact.createdAt = assignments.toDateTime(i, "created_at");
        fact.requestedAt = assignments.toDateTime(i, "requested_at");
        fact.dispatchedAt = assignments.toDateTime(i, "dispatched_at");
        fact.enRouteAt = assignments.toDateTime(i, "en_route_at");
        fact.onSceneAt = assignments.toDateTime(i, "on_scene_at");
        fact.transportingAt = assignments.toDateTime(i, "transporting_at");
        fact.atHospitalAt = assignments.toDateTime(i, "at_hospital_at");
        fact.clearedAt = assignments.toDateTime(i, "cleared_at");
        fact.endedAt = assignments.toDateTime(i, "ended_at");
        fact.endedReason = assignments.text(i, "ended_reason");
        fact.undoneAt = assignments.toDateTime(i, "undone_at");
        fact.undoneBy = assignments.text(i, "undone_by");
        detail.assignments.append(fact);
    }

    const PgResult links = connection.exec(
        "SELECT l.kind, o.number, true AS outgoing FROM case_links l"
        " JOIN cases o ON o.id = l.other_case_id WHERE l.case_id = $1"
        " UNION ALL SELECT l.kind, o.number, false FROM case_links l"
        " JOIN cases o ON o.id = l.case_id WHERE l.other_case_id = $1 AND l.kind = 'duplicate_of'"
        " ORDER BY 2",
        {caseId});
    if (!links.ok())
        return fail(links);
    for (int i = 0; i < links.rowCount(); ++i)
        detail.links.append(
            {links.text(i, "kind"), links.text(i, "number"), links.toBool(i, "outgoing")});

    const PgResult referrals = connection.exec(
        "SELECT agency, state, forwarded_at, acknowledged_at FROM referrals WHERE case_id = $1"
        " ORDER BY id",
        {caseId});
    if (!referrals.ok())
        return fail(referrals);
    for (int i = 0; i < referrals.rowCount(); ++i)
        detail.referrals.append({referrals.text(i, "agency"), referrals.text(i, "state"),
                                 referrals.toDateTime(i, "forwarded_at"),
                                 referrals.toDateTime(i, "acknowledged_at")});
    const PgResult committed = connection.exec("COMMIT");
    if (!committed.ok())
        return Result::failed(committed.error());
    return Result::of(std::move(detail));
}

} // namespace pela::core
