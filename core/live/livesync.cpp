#include "livesync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <libpq-fe.h>

namespace pela::core {

Q_LOGGING_CATEGORY(lcLiveSync, "pela.live.sync", QtInfoMsg)

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
    "c.version, c.updated_at, recent.hours AS recently_closed_hours, "
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

// A bigint[] literal for `= ANY($1::bigint[])`: ids bound as one parameter.
QString idArray(const QSet<qint64> &ids)
{
    QString text = QStringLiteral("{");
    bool first = true;
    for (qint64 id : ids) {
        if (!first)
            text += QLatin1Char(',');
        text += QString::number(id);
        first = false;
    }
    return text + QLatin1Char('}');
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

// Ids that were asked for (or are held, for a whole-table reload) but did not come back.
template <typename Record>
QList<qint64> goneIds(const QList<qint64> &candidates, const QList<Record> &rows)
{
    QSet<qint64> present;
    for (const Record &row : rows)
        present.insert(row.id);
    QList<qint64> gone;
    for (qint64 id : candidates)
        if (!present.contains(id))
            gone.append(id);
    std::sort(gone.begin(), gone.end());
    return gone;
}

DbError lostError(pg_conn *connection)
{
    const QString detail =
        connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    return DbError::fixed(
        DbError::Kind::ConnectionLost,
        QT_TRANSLATE_NOOP("pela::core::DbError", "The connection to the database was lost."),
        detail, QStringLiteral("08006"));
}

} // namespace

LiveSync::LiveSync(LiveState *state, QObject *parent) : QObject(parent), m_state(state)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveSync::connectNow);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &LiveSync::connectTimedOut);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reloadTimer, &QTimer::timeout, this, &LiveSync::reloadDeferredTables);
}

LiveSync::~LiveSync()
{
    stop();
}

void LiveSync::setReconnectDelays(std::chrono::milliseconds initial,
                                  std::chrono::milliseconds maximum)
{
    m_initialDelay = initial;
    m_maximumDelay = std::max(initial, maximum);
    m_nextDelay = initial;
}

void LiveSync::setConnectTimeout(std::chrono::milliseconds timeout)
{
    m_connectTimeout = timeout;
}

bool LiveSync::start(const QString &conninfo)
{
    stop();
    m_conninfo = conninfo;
    m_status = Status::Connecting;
    m_nextDelay = m_initialDelay;
    connectNow();
    return m_status != Status::Offline;
}

void LiveSync::stop()
{
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_reloadTimer.stop();
    m_reloadDeferred.fill(false);
    unwatchSocket();
    m_connection = PgConnection();
    m_status = Status::Stopped;
}

void LiveSync::reconnectNow()
{
    if (m_status != Status::Offline || m_connectTimer.isActive())
        return;
    m_reconnectTimer.stop();
    connectNow();
}

void LiveSync::connectNow()
{
    qCDebug(lcLiveSync) << "connecting";
    m_connection = PgConnection::beginOpen(m_conninfo, ConnectionPurpose::Interactive,
                                           QStringLiteral("pela-live"));
    if (!m_connection.handle()) {
        qCDebug(lcLiveSync) << "connecting failed:" << m_connection.error().fullText();
        connectionLost(m_connection.error());
        return;
    }
    // libpq's own connect_timeout only works in its blocking open.
    m_connectTimer.start(m_connectTimeout);
    // Right after beginOpen() libpq waits for the socket to become writable (connected).
    watchSocket(QSocketNotifier::Write, &LiveSync::continueConnecting);
}

void LiveSync::continueConnecting()
{
    switch (m_connection.continueOpen()) {
    case PgConnection::OpenProgress::WaitForRead:
        watchSocket(QSocketNotifier::Read, &LiveSync::continueConnecting);
        return;
    case PgConnection::OpenProgress::WaitForWrite:
        watchSocket(QSocketNotifier::Write, &LiveSync::continueConnecting);
        return;
    case PgConnection::OpenProgress::Failed:
        m_connectTimer.stop();
        qCDebug(lcLiveSync) << "connecting failed:" << m_connection.error().fullText();
        connectionLost(m_connection.error());
        return;
    case PgConnection::OpenProgress::Ready:
        m_connectTimer.stop();
        goOnline();
        return;
    }
}

void LiveSync::connectTimedOut()
{
    // Classified like libpq's own "timeout expired": the server cannot be reached.
    connectionLost(DbError::fromConnectionFailure(
        QStringLiteral("timeout expired (no answer within %1 ms)").arg(m_connectTimeout.count()),
        false));
}

void LiveSync::goOnline()
{
    unwatchSocket();
    // The server's clock is read in the same round trip: its offset to this workstation's
    // clock corrects every age and stale marker the models show.
    const QDateTime sentAt = m_state->clock().workstationNow();
    const PgResult listen = m_connection.execScript(QStringLiteral(
        "LISTEN pela; SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms"));
    if (!succeeded(listen)) {
        connectionLost(listen.error()); // a refused LISTEN is retried like a lost connection
        return;
    }
    m_state->clock().measure(sentAt, QDateTime::fromMSecsSinceEpoch(listen.toInt(0, "ms"), Qt::UTC),
                             m_state->clock().workstationNow());
    if (!loadAll())
        return;

    watchSocket(QSocketNotifier::Read, &LiveSync::onSocketActivated);
    m_status = Status::Online;
    m_nextDelay = m_initialDelay;
    m_lastError = {};
    qCInfo(lcLiveSync) << "online";
    emit online();
    // Notifications that arrived during the load are already in libpq's queue.
    processNotifications();
}

void LiveSync::watchSocket(QSocketNotifier::Type type, void (LiveSync::*handler)())
{
    // libpq may move to another socket while connecting (next address, SSL refused).
    unwatchSocket();
    m_notifier = new QSocketNotifier(m_connection.socket(), type, this);
    connect(m_notifier, &QSocketNotifier::activated, this, handler);
}

void LiveSync::unwatchSocket()
{
    if (!m_notifier)
        return;
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

void LiveSync::connectionLost(const DbError &error)
{
    if (m_status == Status::Stopped)
        return;
    m_connectTimer.stop();
    unwatchSocket();
    m_connection = PgConnection();
    m_lastError = error;
    if (m_status != Status::Offline) {
        m_status = Status::Offline;
        qCWarning(lcLiveSync) << "offline:" << error.fullText();
        emit offline(error);
    }
    scheduleReconnect();
}

void LiveSync::scheduleReconnect()
{
    if (m_status == Status::Stopped || m_reconnectTimer.isActive())
        return;
    m_reconnectTimer.start(m_nextDelay);
    m_nextDelay = std::min(m_nextDelay * 2, m_maximumDelay);
}

bool LiveSync::run(PgResult &result, const char *statement, const SqlParams &params)
{
    result = m_connection.exec(statement, params);
    return succeeded(result);
}

bool LiveSync::runPrepared(PgResult &result, const char *name, const QByteArray &statement,
                           const SqlParams &params)
{
    // Every notification runs one of a few statements on each console: planning them once
    // per connection halves the server's work per change when many consoles listen.
    result = m_connection.execPrepared(name, statement, params);
    return succeeded(result);
}

bool LiveSync::succeeded(const PgResult &result)
{
    if (result.ok())
        return true;
    if (result.error().kind() == DbError::Kind::ConnectionLost || !m_connection.isOpen()) {
        connectionLost(result.error());
    } else {
        qCWarning(lcLiveSync) << "query failed:" << result.error().fullText();
        m_lastError = result.error();
    }
    return false;
}

void LiveSync::onSocketActivated()
{
    if (m_status != Status::Online)
        return;
    if (!PQconsumeInput(m_connection.handle()) || !m_connection.isOpen()) {
        connectionLost(lostError(m_connection.handle()));
        return;
    }
    processNotifications();
}

void LiveSync::processNotifications()
{
    // Signals emitted while applying may reach code that runs a nested event loop.
    if (m_processing)
        return;
    m_processing = true;
    // Fetching takes a round trip during which more notifications queue up: drain them all,
    // fetch each table once, and repeat until libpq holds no more.
    while (m_status == Status::Online) {
        Changes changes;
        if (!drainNotifications(changes))
            break;
        limitReloads(changes);
        if (!applyChanges(changes))
            break;
    }
    m_processing = false;
    if (m_status == Status::Online && !m_connection.isOpen())
        connectionLost(lostError(m_connection.handle()));
}

bool LiveSync::drainNotifications(Changes &changes)
{
    static const QHash<QString, Table> tables = {
        {QStringLiteral("hospitals"), Hospitals},     {QStringLiteral("cases"), Cases},
        {QStringLiteral("assignments"), Assignments}, {QStringLiteral("units"), Units},
        {QStringLiteral("case_events"), CaseEvents},  {QStringLiteral("calls"), Calls},
        {QStringLiteral("referrals"), Referrals}};
    bool any = false;
    while (PGnotify *notification = PQnotifies(m_connection.handle())) {
        // Payload: table:OP:ids, ids comma-separated or '*' (too many: reload the table).
        const QString payload = QString::fromUtf8(notification->extra);
        PQfreemem(notification);
        ++m_counters.notifications;
        const QStringList parts = payload.split(QLatin1Char(':'));
        const auto table = parts.size() == 3 ? tables.constFind(parts[0]) : tables.cend();
        if (table == tables.cend() && parts.size() == 3 && !parts[0].isEmpty()) {
            // A table the state does not hold (call_rings, places, settings): forwarded to
            // whoever follows it, as calls and referrals are; no ids means any row.
            QList<qint64> ids;
            for (QStringView id : QStringView(parts[2]).split(QLatin1Char(','))) {
                bool ok = false;
                const qint64 value = id.toLongLong(&ok);
                if (ok)
                    ids << value;
            }
            emit rowsChanged(parts[0], ids);
            continue;
        }
        if (table == tables.cend()) {
            qCWarning(lcLiveSync) << "ignoring notification" << payload;
            continue;
        }
        TableChanges &target = changes[*table];
        any = true;
        if (parts[2] == QLatin1String("*")) {
            target.all = true;
            continue;
        }
        for (QStringView id : QStringView(parts[2]).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 value = id.toLongLong(&ok);
            if (ok)
                target.ids.insert(value);
            else
                target.all = true;
        }
    }
    return any;
}

void LiveSync::limitReloads(Changes &changes)
{
    // Any login may NOTIFY on the channel: a flood of "*" must not become a flood of reloads.
    const SteadyTime now = std::chrono::steady_clock::now();
    for (int table = 0; table < TableCount; ++table) {
        if (!changes[table].all)
            continue;
        const SteadyTime allowed = m_lastReload[table] + m_reloadInterval;
        if (m_lastReload[table] == SteadyTime() || now >= allowed) {
            m_lastReload[table] = now;
            ++m_counters.tableReloads;
            m_reloadDeferred[table] = false; // this reload covers a deferred one
            continue;
        }
        changes[table].all = false; // ids that came with it are still fetched now
        m_reloadDeferred[table] = true;
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(allowed - now);
        if (!m_reloadTimer.isActive() || m_reloadTimer.remainingTimeAsDuration() > wait)
            m_reloadTimer.start(wait);
    }
}

void LiveSync::reloadDeferredTables()
{
    if (m_status != Status::Online)
        return;
    if (m_processing) {
        m_reloadTimer.start(0); // after the notifications being applied now
        return;
    }
    Changes changes;
    for (int table = 0; table < TableCount; ++table)
        changes[table].all = std::exchange(m_reloadDeferred[table], false);
    limitReloads(changes);
    m_processing = true;
    applyChanges(changes);
    m_processing = false;
    if (m_status == Status::Online && !m_connection.isOpen())
        connectionLost(lostError(m_connection.handle()));
}

template <typename Record> struct LiveSync::HeldTable
{
    const char *byIdName; // prepared per connection: it runs on every change
    QByteArray byId;      // $1: a bigint[] of ids
    QByteArray all;       // every row the state should hold
    Record (*read)(const PgResult &result, int row);
    // Whether a fetched row belongs in the state; one that does not is removed as if deleted.
    bool (*belongs)(const PgResult &result, int row, const Record &record);
    // Takes what a non-empty fetch says beyond its rows, before they are applied.
    void (*beforeApply)(LiveState &state, const PgResult &result);
    const QHash<qint64, Record> &(LiveState::*held)() const;
    void (LiveState::*apply)(const QList<Record> &rows, const QList<qint64> &goneIds);
};

template <> const LiveSync::HeldTable<CaseRecord> &LiveSync::heldTable<CaseRecord>()
{
    static const QByteArray selectCases =
        sql({RecentWindow, "SELECT ", CaseColumns, "FROM cases c CROSS JOIN recent "});
    static const HeldTable<CaseRecord> table{
        "live_cases", selectCases + "WHERE c.id = ANY($1::bigint[])",
        selectCases + "WHERE c.state <> 'closed' OR c.closed_at > recent.since", caseFrom,
        // A case closed before the recent window has left the board.
        [](const PgResult &result, int row, const CaseRecord &) {
            return result.toBool(row, "in_view");
        },
        // Each row carries the window it was selected with: a changed setting arrives here.
        [](LiveState &state, const PgResult &result) {
            LiveSettings settings = state.settings();
            settings.recentlyClosedHours = result.toDouble(0, "recently_closed_hours", 12);
            state.setSettings(settings);
        },
        &LiveState::cases, &LiveState::applyCases};
    return table;
}

template <> const LiveSync::HeldTable<UnitRecord> &LiveSync::heldTable<UnitRecord>()
{
    static const QByteArray selectUnits = sql({"SELECT ", UnitColumns, "FROM units"});
    static const HeldTable<UnitRecord> table{
        "live_units",      selectUnits + " WHERE id = ANY($1::bigint[])",
        selectUnits,       unitFrom,
        nullptr,           nullptr,
        &LiveState::units, &LiveState::applyUnits};
    return table;
}

template <> const LiveSync::HeldTable<HospitalRecord> &LiveSync::heldTable<HospitalRecord>()
{
    static const QByteArray selectHospitals = sql({"SELECT ", HospitalColumns, "FROM hospitals h"});
    static const HeldTable<HospitalRecord> table{"live_hospitals",
                                                 selectHospitals +
                                                     " WHERE h.id = ANY($1::bigint[])",
                                                 selectHospitals,
                                                 hospitalFrom,
                                                 nullptr,
                                                 nullptr,
                                                 &LiveState::hospitals,
                                                 &LiveState::applyHospitals};
    return table;
}

template <> const LiveSync::HeldTable<AssignmentRecord> &LiveSync::heldTable<AssignmentRecord>()
{
    static const QByteArray selectAssignments =
        sql({"SELECT ", AssignmentColumns, "FROM assignments "});
    static const HeldTable<AssignmentRecord> table{
        "live_assignments", selectAssignments + "WHERE id = ANY($1::bigint[])",
        selectAssignments + "WHERE state IN " + LiveAssignmentStates, assignmentFrom,
        // An ended assignment no longer ties its unit to the case.
        [](const PgResult &, int, const AssignmentRecord &record) { return record.isLive(); },
        nullptr, &LiveState::assignments, &LiveState::applyAssignments};
    return table;
}

template <typename Record> bool LiveSync::loadTable(QHash<qint64, Record> &rows)
{
    const HeldTable<Record> &table = heldTable<Record>();
    PgResult result;
    if (!run(result, table.all.constData()))
        return false;
    for (int row = 0; row < result.rowCount(); ++row) {
        Record record = table.read(result, row);
        rows.insert(record.id, std::move(record));
    }
    return true;
}

template <typename Record> bool LiveSync::fetchTable(const TableChanges &changes)
{
    const HeldTable<Record> &table = heldTable<Record>();
    PgResult result;
    if (changes.all ? !run(result, table.all.constData())
                    : !runPrepared(result, table.byIdName, table.byId, {idArray(changes.ids)}))
        return false;
    QList<Record> rows;
    for (int row = 0; row < result.rowCount(); ++row) {
        Record record = table.read(result, row);
        if (!table.belongs || table.belongs(result, row, record))
            rows.append(std::move(record));
    }
    if (table.beforeApply && result.rowCount() > 0)
        table.beforeApply(*m_state, result);
    const QList<qint64> candidates = changes.all
                                         ? (m_state->*table.held)().keys()
                                         : QList<qint64>(changes.ids.cbegin(), changes.ids.cend());
    (m_state->*table.apply)(rows, goneIds(candidates, rows));
    return true;
}

bool LiveSync::applyChanges(const Changes &changes)
{
    // Referenced rows first, so a view never shows an assignment of a case it does not have.
    if (!changes[Hospitals].isEmpty() && !fetchTable<HospitalRecord>(changes[Hospitals]))
        return false;
    if (!changes[Cases].isEmpty() && !fetchTable<CaseRecord>(changes[Cases]))
        return false;
    if (!changes[Assignments].isEmpty() && !fetchTable<AssignmentRecord>(changes[Assignments]))
        return false;
    if (!changes[Units].isEmpty() && !fetchTable<UnitRecord>(changes[Units]))
        return false;
    if (!changes[CaseEvents].isEmpty() && !fetchCaseEvents(changes[CaseEvents]))
        return false;
    const std::pair<Table, QString> others[] = {{Calls, QStringLiteral("calls")},
                                                {Referrals, QStringLiteral("referrals")}};
    for (const auto &[table, name] : others) {
        if (changes[table].isEmpty())
            continue;
        QList<qint64> ids;
        if (!changes[table].all)
            ids = QList<qint64>(changes[table].ids.cbegin(), changes[table].ids.cend());
        std::sort(ids.begin(), ids.end());
        emit rowsChanged(name, ids);
    }
    return m_status == Status::Online;
}

bool LiveSync::loadAll()
{
    // One snapshot for everything; LISTEN came first, so later commits are all notified.
    PgResult result;
    if (!run(result, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        return false;
    auto fail = [this] {
        if (m_connection.isOpen())
            m_connection.exec("ROLLBACK");
        // A failed load is retried like a lost connection (run() may have done so already).
        connectionLost(m_lastError.isError() ? m_lastError : lostError(nullptr));
        return false;
    };
    LiveSnapshot snapshot;
    if (!run(result, "SELECT key, value #>> '{}' AS value FROM settings "
                     "WHERE key IN ('recently_closed_hours', 'position_stale_seconds') "
                     "AND jsonb_typeof(value) = 'number'"))
        return fail();
    for (int row = 0; row < result.rowCount(); ++row) {
        const QString key = result.text(row, "key");
        if (key == QLatin1String("recently_closed_hours"))
            snapshot.settings.recentlyClosedHours = result.toDouble(row, "value", 12);
        else
            snapshot.settings.positionStaleSeconds = int(result.toDouble(row, "value", 120));
    }

    if (!loadTable(snapshot.hospitals) || !loadTable(snapshot.units) ||
        !loadTable(snapshot.cases) || !loadTable(snapshot.assignments))
        return fail();

    if (!run(result, "COMMIT"))
        return fail();
    // After a reconnect a difference: selections and scroll positions survive a network blip.
    m_state->load(std::move(snapshot));
    m_reloadDeferred.fill(false);
    // Events may have been added while we were away: event views fetch again.
    m_state->invalidateCaseEvents();
    return true;
}

bool LiveSync::fetchCaseEvents(const TableChanges &changes)
{
    // History is unbounded: "all" cannot be fetched, only announced.
    if (changes.all) {
        m_state->invalidateCaseEvents();
        return true;
    }
    static const QByteArray byId = sql(
        {"SELECT ", CaseEventColumns, "FROM case_events WHERE id = ANY($1::bigint[]) ORDER BY id"});
    PgResult result;
    if (!runPrepared(result, "live_case_events", byId, {idArray(changes.ids)}))
        return false;
    QList<CaseEventRecord> events;
    for (int row = 0; row < result.rowCount(); ++row)
        events.append(caseEventFrom(result, row));
    m_state->addCaseEvents(events);
    return true;
}

QList<CaseEventRecord> LiveSync::caseEvents(qint64 caseId)
{
    QList<CaseEventRecord> events;
    if (m_status != Status::Online)
        return events;
    static const QByteArray byCase =
        sql({"SELECT ", CaseEventColumns, "FROM case_events WHERE case_id = $1 ORDER BY id"});
    PgResult result;
    if (!runPrepared(result, "live_events_of_case", byCase, {caseId}))
        return events;
    for (int row = 0; row < result.rowCount(); ++row)
        events.append(caseEventFrom(result, row));
    return events;
}

} // namespace pela::core
