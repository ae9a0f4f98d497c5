#include "livetable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pela::core {

namespace {

// Live assignment states, as in the schema's assignments_one_live_per_unit index.
constexpr const char *LiveAssignmentStates =
    "('requested', 'dispatched', 'en_route', 'on_scene', 'transporting', 'at_hospital')";

// Open cases plus those closed within the recently_closed_hours setting (jsonb number).
constexpr const char *RecentWindow =
    "WITH recent AS (SELECT hours, now() - make_interval(secs => hours * 3600) AS since "
    "FROM (SELECT coalesce((SELECT (value #>> '{}')::double precision FROM settings "
    "WHERE key = 'recently_closed_hours' AND jsonb_typeof(value) = 'number'), 12) AS hours) s) ";

constexpr const char *CaseColumns =
    "c.id, c.number, c.category, c.priority, c.state, c.location_text, c.kelurahan_code, c.lat, "
    "c.lon, c.location_source, c.location_uncertainty_m, c.caller_name, c.caller_phone, "
    "c.patients_count, c.triage, c.notes, c.destination_hospital_id, c.disposition, "
    "c.duplicate_of, c.waiting_reason, c.opened_at, c.opened_by, c.closed_at, c.closed_by, "
    "c.version, c.updated_at, c.receiving_note, recent.hours AS recently_closed_hours, "
    "(c.state <> 'closed' OR c.closed_at > recent.since) AS in_view ";

constexpr const char *UnitColumns =
    "id, call_sign, kind, owner_hospital_id, base_lat, base_lon, status, status_reason, "
    "status_changed_at, status_changed_by, lat, lon, heading, speed_kmh, position_at, "
    "current_assignment_id, version ";

constexpr const char *HospitalColumns =
    "h.id, h.code, h.name, h.hospital_type, h.address, h.lat, h.lon, h.location_approximate, "
    "h.location_note, array_to_json(h.capabilities) AS capabilities, h.er_status, "
    "h.er_status_reason, h.requires_acceptance, h.version, h.updated_at, h.updated_by, "
    "(SELECT coalesce(json_agg(json_build_object('category', b.category, 'available', "
    "b.available, 'total', b.total, 'updated_at_ms', "
    "(extract(epoch FROM b.updated_at) * 1000)::bigint, 'updated_by', b.updated_by) "
    "ORDER BY b.category), '[]') FROM hospital_beds b WHERE b.hospital_id = h.id) AS beds ";

constexpr const char *AssignmentColumns =
    "id, case_id, unit_id, state, destination_hospital_id, assigned_by, requested_at, "
    "request_expires_at, dispatched_at, en_route_at, on_scene_at, transporting_at, "
    "at_hospital_at, cleared_at, ended_reason, created_at, version ";

constexpr const char *CaseEventColumns =
    "id, case_id, unit_id, hospital_id, kind, payload, actor, workstation, occurred_at ";

QByteArray sql(std::initializer_list<const char *> parts)
{
    QByteArray result;
    for (const char *part : parts)
        result += part;
    return result;
}

std::optional<qint64> optionalId(const PgResult &result, int row, const char *name)
{
    if (result.isNull(row, result.column(name)))
        return std::nullopt;
    return result.toInt(row, name);
}

std::optional<double> optionalDouble(const PgResult &result, int row, const char *name)
{
    if (result.isNull(row, result.column(name)))
        return std::nullopt;
    return result.toDouble(row, name);
}

QGeoCoordinate coordinate(const PgResult &result, int row, const char *lat, const char *lon)
{
    if (result.isNull(row, result.column(lat)) || result.isNull(row, result.column(lon)))
        return {};
    return QGeoCoordinate(result.toDouble(row, lat), result.toDouble(row, lon));
}

CaseRecord caseFrom(const PgResult &r, int row)
{
    CaseRecord c;
    c.id = r.toInt(row, "id");
    c.number = r.text(row, "number");
    c.category = r.text(row, "category");
    c.priority = int(r.toInt(row, "priority"));
    c.state = r.text(row, "state");
    c.locationText = r.text(row, "location_text");
    c.kelurahanCode = r.text(row, "kelurahan_code");
    c.location = coordinate(r, row, "lat", "lon");
    c.locationSource = r.text(row, "location_source");
    c.locationUncertaintyM = optionalDouble(r, row, "location_uncertainty_m");
    c.callerName = r.text(row, "caller_name");
    c.callerPhone = r.text(row, "caller_phone");
    c.patientsCount = int(r.toInt(row, "patients_count"));
    c.triage = r.toJson(row, "triage").object();
    c.notes = r.text(row, "notes");
    c.receivingNote = r.text(row, "receiving_note");
    c.destinationHospitalId = optionalId(r, row, "destination_hospital_id");
    c.disposition = r.text(row, "disposition");
    c.duplicateOf = optionalId(r, row, "duplicate_of");
    c.waitingReason = r.text(row, "waiting_reason");
    c.openedAt = r.toDateTime(row, "opened_at");
    c.openedBy = r.text(row, "opened_by");
    c.closedAt = r.toDateTime(row, "closed_at");
    c.closedBy = r.text(row, "closed_by");
    c.version = int(r.toInt(row, "version"));
    c.updatedAt = r.toDateTime(row, "updated_at");
    return c;
}

UnitRecord unitFrom(const PgResult &r, int row)
{
    UnitRecord u;
    u.id = r.toInt(row, "id");
    u.callSign = r.text(row, "call_sign");
    u.kind = r.text(row, "kind");
    u.ownerHospitalId = optionalId(r, row, "owner_hospital_id");
    u.base = coordinate(r, row, "base_lat", "base_lon");
    u.status = r.text(row, "status");
    u.statusReason = r.text(row, "status_reason");
    u.statusChangedAt = r.toDateTime(row, "status_changed_at");
    u.statusChangedBy = r.text(row, "status_changed_by");
    u.position = coordinate(r, row, "lat", "lon");
    u.heading = optionalDouble(r, row, "heading");
    u.speedKmh = optionalDouble(r, row, "speed_kmh");
    u.positionAt = r.toDateTime(row, "position_at");
    u.currentAssignmentId = optionalId(r, row, "current_assignment_id");
    u.version = int(r.toInt(row, "version"));
    return u;
}

HospitalRecord hospitalFrom(const PgResult &r, int row)
{
    HospitalRecord h;
    h.id = r.toInt(row, "id");
    h.code = r.text(row, "code");
    h.name = r.text(row, "name");
    h.hospitalType = r.text(row, "hospital_type");
    h.address = r.text(row, "address");
    h.location = coordinate(r, row, "lat", "lon");
    h.locationApproximate = r.toBool(row, "location_approximate");
    h.locationNote = r.text(row, "location_note");
    const QJsonArray capabilities = r.toJson(row, "capabilities").array();
    for (const QJsonValue &capability : capabilities)
        h.capabilities.append(capability.toString());
    h.erStatus = r.text(row, "er_status");
    h.erStatusReason = r.text(row, "er_status_reason");
    h.requiresAcceptance = r.toBool(row, "requires_acceptance");
    h.version = int(r.toInt(row, "version"));
    h.updatedAt = r.toDateTime(row, "updated_at");
    h.updatedBy = r.text(row, "updated_by");
    const QJsonArray beds = r.toJson(row, "beds").array();
    for (const QJsonValue &value : beds) {
        const QJsonObject bed = value.toObject();
        BedRecord record;
        record.category = bed.value(QLatin1String("category")).toString();
        record.available = bed.value(QLatin1String("available")).toInt();
        if (!bed.value(QLatin1String("total")).isNull())
            record.total = bed.value(QLatin1String("total")).toInt();
        record.updatedAt = QDateTime::fromMSecsSinceEpoch(
            qint64(bed.value(QLatin1String("updated_at_ms")).toDouble()), Qt::UTC);
        record.updatedBy = bed.value(QLatin1String("updated_by")).toString();
        h.beds.append(record);
    }
    return h;
}

AssignmentRecord assignmentFrom(const PgResult &r, int row)
{
    AssignmentRecord a;
    a.id = r.toInt(row, "id");
    a.caseId = r.toInt(row, "case_id");
    a.unitId = r.toInt(row, "unit_id");
    a.state = r.text(row, "state");
    a.destinationHospitalId = optionalId(r, row, "destination_hospital_id");
    a.assignedBy = r.text(row, "assigned_by");
    a.requestedAt = r.toDateTime(row, "requested_at");
    a.requestExpiresAt = r.toDateTime(row, "request_expires_at");
    a.dispatchedAt = r.toDateTime(row, "dispatched_at");
    a.enRouteAt = r.toDateTime(row, "en_route_at");
    a.onSceneAt = r.toDateTime(row, "on_scene_at");
    a.transportingAt = r.toDateTime(row, "transporting_at");
    a.atHospitalAt = r.toDateTime(row, "at_hospital_at");
    a.clearedAt = r.toDateTime(row, "cleared_at");
    a.endedReason = r.text(row, "ended_reason");
    a.createdAt = r.toDateTime(row, "created_at");
    a.version = int(r.toInt(row, "version"));
    return a;
}

CaseEventRecord caseEventFrom(const PgResult &r, int row)
{
    CaseEventRecord e;
    e.id = r.toInt(row, "id");
    e.caseId = optionalId(r, row, "case_id");
    e.unitId = optionalId(r, row, "unit_id");
    e.hospitalId = optionalId(r, row, "hospital_id");
    e.kind = r.text(row, "kind");
    e.payload = r.toJson(row, "payload").object();
    e.actor = r.text(row, "actor");
    e.workstation = r.text(row, "workstation");
    e.occurredAt = r.toDateTime(row, "occurred_at");
    return e;
}

bool caseInView(const PgResult &result, int row, const CaseRecord &)
{
    // A case closed before the recent window has left the board.
    return result.toBool(row, "in_view");
}

void takeCaseWindow(LiveState &state, const PgResult &result)
{
    // Each row carries the window it was selected with: a changed setting arrives here.
    LiveSettings settings = state.settings();
    settings.recentlyClosedHours = result.toDouble(0, "recently_closed_hours", 12);
    state.setSettings(settings);
}

bool assignmentIsLive(const PgResult &, int, const AssignmentRecord &record)
{
    // An ended assignment no longer ties its unit to the case.
    return record.isLive();
}

} // namespace

template <> const LiveTable<CaseRecord> &liveTable<CaseRecord>()
{
    static const QByteArray centre =
        sql({RecentWindow, "SELECT ", CaseColumns, "FROM cases c CROSS JOIN recent "});
    // The same columns, with the caller's name, phone and the notes blanked by the view.
    static const QByteArray hospital =
        sql({RecentWindow, "SELECT ", CaseColumns, "FROM hospital_cases c CROSS JOIN recent "});
    static const QByteArray byId = "WHERE c.id = ANY($1::bigint[])";
    static const QByteArray recent = "WHERE c.state <> 'closed' OR c.closed_at > recent.since";
    static const LiveTable<CaseRecord> table{"live_cases",
                                             {centre + byId, hospital + byId},
                                             {centre + recent, hospital + recent},
                                             caseFrom,
                                             caseInView,
                                             takeCaseWindow,
                                             &LiveState::cases,
                                             &LiveState::applyCases};
    return table;
}

template <> const LiveTable<UnitRecord> &liveTable<UnitRecord>()
{
    static const QByteArray centre = sql({"SELECT ", UnitColumns, "FROM units"});
    // Its own units, and any unit bringing a patient to it.
    static const QByteArray hospital = sql({"SELECT ", UnitColumns, "FROM hospital_units"});
    static const QByteArray byId = " WHERE id = ANY($1::bigint[])";
    static const LiveTable<UnitRecord> table{"live_units",
                                             {centre + byId, hospital + byId},
                                             {centre, hospital},
                                             unitFrom,
                                             nullptr,
                                             nullptr,
                                             &LiveState::units,
                                             &LiveState::applyUnits};
    return table;
}

template <> const LiveTable<HospitalRecord> &liveTable<HospitalRecord>()
{
    // Every hospital's public status and beds: a liaison reads them all too.
    static const QByteArray all = sql({"SELECT ", HospitalColumns, "FROM hospitals h"});
    static const QByteArray byId = all + " WHERE h.id = ANY($1::bigint[])";
    static const LiveTable<HospitalRecord> table{"live_hospitals",
                                                 {byId, byId},
                                                 {all, all},
                                                 hospitalFrom,
                                                 nullptr,
                                                 nullptr,
                                                 &LiveState::hospitals,
                                                 &LiveState::applyHospitals};
    return table;
}

template <> const LiveTable<AssignmentRecord> &liveTable<AssignmentRecord>()
{
    static const QByteArray centre = sql({"SELECT ", AssignmentColumns, "FROM assignments "});
    static const QByteArray hospital =
        sql({"SELECT ", AssignmentColumns, "FROM hospital_assignments "});
    static const QByteArray live = QByteArray("WHERE state IN ") + LiveAssignmentStates;
    static const LiveTable<AssignmentRecord> table{
        "live_assignments",
        {centre + "WHERE id = ANY($1::bigint[])",
         hospital + "WHERE id = ANY($1::bigint[]) OR case_id = ANY($2::bigint[])"},
        {centre + live, hospital + live},
        assignmentFrom,
        assignmentIsLive,
        nullptr,
        &LiveState::assignments,
        &LiveState::applyAssignments};
    return table;
}

namespace liveevents {

const QByteArray &byIds(LiveAudience audience)
{
    // A hospital's view passes only a whitelist of payload keys: no caller's details.
    static const QByteArray statements[2] = {
        sql({"SELECT ", CaseEventColumns,
             "FROM case_events WHERE id = ANY($1::bigint[]) ORDER BY id"}),
        sql({"SELECT ", CaseEventColumns,
             "FROM hospital_case_events WHERE id = ANY($1::bigint[]) ORDER BY id"})};
    return statements[int(audience)];
}

const QByteArray &ofCase(LiveAudience audience)
{
    static const QByteArray statements[2] = {
        sql({"SELECT ", CaseEventColumns, "FROM case_events WHERE case_id = $1 ORDER BY id"}),
        sql({"SELECT ", CaseEventColumns,
             "FROM hospital_case_events WHERE case_id = $1 ORDER BY id"})};
    return statements[int(audience)];
}

CaseEventRecord read(const PgResult &result, int row)
{
    return caseEventFrom(result, row);
}

} // namespace liveevents

const QByteArray &liveSettingsStatement()
{
    static const QByteArray statement =
        "SELECT key, value #>> '{}' AS value FROM settings "
        "WHERE key IN ('recently_closed_hours', 'position_stale_seconds') "
        "AND jsonb_typeof(value) = 'number'";
    return statement;
}

void readLiveSettings(const PgResult &result, LiveSettings &settings)
{
    for (int row = 0; row < result.rowCount(); ++row) {
        const QString key = result.text(row, "key");
        if (key == QLatin1String("recently_closed_hours"))
            settings.recentlyClosedHours = result.toDouble(row, "value", 12);
        else
            settings.positionStaleSeconds = int(result.toDouble(row, "value", 120));
    }
}

QByteArray idArray(const QSet<qint64> &ids)
{
    QByteArray text = "{";
    bool first = true;
    for (qint64 id : ids) {
        if (!first)
            text += ',';
        text += QByteArray::number(id);
        first = false;
    }
    return text + '}';
}

} // namespace pela::core
