#include "livesync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

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

// An idle TCP connection notices nothing when the network or the server host disappears;
// keepalive probes and a send timeout turn that into a socket error within seconds.
void enableKeepalive(int socket)
{
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (socket < 0 || ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return;
    if (address.ss_family != AF_INET && address.ss_family != AF_INET6)
        return;
    const int on = 1, idle = 10, interval = 5, count = 3, userTimeout = 20000;
    ::setsockopt(socket, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on));
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle));
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof(interval));
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof(count));
    ::setsockopt(socket, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof(userTimeout));
}

DbError lostError(pg_conn *connection)
{
    const QString detail =
        connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    return DbError::fixed(DbError::Kind::ConnectionLost,
                          QT_TRANSLATE_NOOP("pela::core::DbError",
                                            "The connection to the database was lost."),
                          detail, QStringLiteral("08006"));
}

} // namespace

LiveSync::LiveSync(LiveState *state, QObject *parent) : QObject(parent), m_state(state)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveSync::connectNow);
}

LiveSync::~LiveSync() { stop(); }

void LiveSync::setReconnectDelays(std::chrono::milliseconds initial,
                                  std::chrono::milliseconds maximum)
{
    m_initialDelay = initial;
    m_maximumDelay = std::max(initial, maximum);
    m_nextDelay = initial;
}

bool LiveSync::start(const QString &conninfo)
{
    stop();
    m_conninfo = conninfo;
    m_status = Status::Connecting;
    m_nextDelay = m_initialDelay;
    return connectNow();
}

void LiveSync::stop()
{
    m_reconnectTimer.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_connection = PgConnection();
    m_status = Status::Stopped;
}

bool LiveSync::connectNow()
{
    qCDebug(lcLiveSync) << "connecting";
    m_connection = PgConnection::open(m_conninfo, QStringLiteral("pela-live"));
    m_prepared.clear();
    if (!m_connection.isOpen()) {
        qCDebug(lcLiveSync) << "connecting failed:" << m_connection.error().fullText();
        connectionLost(m_connection.error());
        return false;
    }
    enableKeepalive(m_connection.socket());
    PgResult listen;
    if (!run(listen, "LISTEN pela")) {
        connectionLost(listen.error()); // a refused LISTEN is retried like a lost connection
        return false;
    }
    if (!loadAll())
        return false;

    m_notifier = new QSocketNotifier(m_connection.socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveSync::onSocketActivated);
    m_status = Status::Online;
    m_nextDelay = m_initialDelay;
    m_lastError = {};
    qCInfo(lcLiveSync) << "online";
    emit online();
    // Notifications that arrived during the load are already in libpq's queue.
    processNotifications();
    return m_status == Status::Online;
}

void LiveSync::connectionLost(const DbError &error)
{
    if (m_status == Status::Stopped)
        return;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
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

bool LiveSync::runPrepared(PgResult &result, const char *name, const QByteArray &statement,
                           const QString &parameter)
{
    // Every notification runs one of a few statements on each console: planning them once
    // per connection halves the server's work per change when many consoles listen.
    if (!m_prepared.contains(name)) {
        result = PgResult(PQprepare(m_connection.handle(), name, statement.constData(), 1, nullptr));
        if (!result.ok()) {
            if (result.error().kind() == DbError::Kind::ConnectionLost || !m_connection.isOpen())
                connectionLost(result.error());
            else
                qCWarning(lcLiveSync) << "preparing failed:" << result.error().fullText();
            return false;
        }
        m_prepared.insert(name);
    }
    const QByteArray value = parameter.toUtf8();
    const char *values[] = {value.constData()};
    result = PgResult(PQexecPrepared(m_connection.handle(), name, 1, values, nullptr, nullptr, 0));
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
        if (!drainNotifications(changes) || !applyChanges(changes))
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
        const QStringList parts = payload.split(QLatin1Char(':'));
        const auto table = parts.size() == 3 ? tables.constFind(parts[0]) : tables.cend();
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

bool LiveSync::applyChanges(const Changes &changes)
{
    // Referenced rows first, so a view never shows an assignment of a case it does not have.
    if (!changes[Hospitals].isEmpty() && !fetchHospitals(changes[Hospitals]))
        return false;
    if (!changes[Cases].isEmpty() && !fetchCases(changes[Cases]))
        return false;
    if (!changes[Assignments].isEmpty() && !fetchAssignments(changes[Assignments]))
        return false;
    if (!changes[Units].isEmpty() && !fetchUnits(changes[Units]))
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

    static const QByteArray hospitals = sql({"SELECT ", HospitalColumns, "FROM hospitals h"});
    if (!run(result, hospitals.constData()))
        return fail();
    for (int row = 0; row < result.rowCount(); ++row) {
        HospitalRecord record = hospitalFrom(result, row);
        snapshot.hospitals.insert(record.id, std::move(record));
    }

    static const QByteArray units = sql({"SELECT ", UnitColumns, "FROM units"});
    if (!run(result, units.constData()))
        return fail();
    for (int row = 0; row < result.rowCount(); ++row) {
        UnitRecord record = unitFrom(result, row);
        snapshot.units.insert(record.id, std::move(record));
    }

    static const QByteArray cases =
        sql({RecentWindow, "SELECT ", CaseColumns, "FROM cases c CROSS JOIN recent "
                                                   "WHERE c.state <> 'closed' "
                                                   "OR c.closed_at > recent.since"});
    if (!run(result, cases.constData()))
        return fail();
    for (int row = 0; row < result.rowCount(); ++row) {
        CaseRecord record = caseFrom(result, row);
        snapshot.cases.insert(record.id, std::move(record));
    }

    static const QByteArray assignments = sql(
        {"SELECT ", AssignmentColumns, "FROM assignments WHERE state IN ", LiveAssignmentStates});
    if (!run(result, assignments.constData()))
        return fail();
    for (int row = 0; row < result.rowCount(); ++row) {
        AssignmentRecord record = assignmentFrom(result, row);
        snapshot.assignments.insert(record.id, std::move(record));
    }

    if (!run(result, "COMMIT"))
        return fail();
    m_state->resetTo(std::move(snapshot));
    // Events may have been added while we were away: event views fetch again.
    m_state->invalidateCaseEvents();
    return true;
}

bool LiveSync::fetchCases(const TableChanges &changes)
{
    static const QByteArray byId = sql({RecentWindow, "SELECT ", CaseColumns,
                                        "FROM cases c CROSS JOIN recent "
                                        "WHERE c.id = ANY($1::bigint[])"});
    static const QByteArray inView = sql({RecentWindow, "SELECT ", CaseColumns,
                                          "FROM cases c CROSS JOIN recent "
                                          "WHERE c.state <> 'closed' "
                                          "OR c.closed_at > recent.since"});
    PgResult result;
    if (changes.all ? !run(result, inView.constData())
                    : !runPrepared(result, "live_cases", byId, idArray(changes.ids)))
        return false;
    QList<CaseRecord> rows;
    for (int row = 0; row < result.rowCount(); ++row) {
        if (row == 0) {
            LiveSettings settings = m_state->settings();
            settings.recentlyClosedHours = result.toDouble(row, "recently_closed_hours", 12);
            m_state->setSettings(settings);
        }
        if (result.toBool(row, "in_view"))
            rows.append(caseFrom(result, row));
    }
    const QList<qint64> candidates = changes.all ? m_state->cases().keys()
                                                 : QList<qint64>(changes.ids.cbegin(),
                                                                 changes.ids.cend());
    m_state->applyCases(rows, goneIds(candidates, rows));
    return true;
}

bool LiveSync::fetchUnits(const TableChanges &changes)
{
    static const QByteArray byId =
        sql({"SELECT ", UnitColumns, "FROM units WHERE id = ANY($1::bigint[])"});
    static const QByteArray all = sql({"SELECT ", UnitColumns, "FROM units"});
    PgResult result;
    if (changes.all ? !run(result, all.constData())
                    : !runPrepared(result, "live_units", byId, idArray(changes.ids)))
        return false;
    QList<UnitRecord> rows;
    for (int row = 0; row < result.rowCount(); ++row)
        rows.append(unitFrom(result, row));
    const QList<qint64> candidates = changes.all ? m_state->units().keys()
                                                 : QList<qint64>(changes.ids.cbegin(),
                                                                 changes.ids.cend());
    m_state->applyUnits(rows, goneIds(candidates, rows));
    return true;
}

bool LiveSync::fetchHospitals(const TableChanges &changes)
{
    static const QByteArray byId =
        sql({"SELECT ", HospitalColumns, "FROM hospitals h WHERE h.id = ANY($1::bigint[])"});
    static const QByteArray all = sql({"SELECT ", HospitalColumns, "FROM hospitals h"});
    PgResult result;
    if (changes.all ? !run(result, all.constData())
                    : !runPrepared(result, "live_hospitals", byId, idArray(changes.ids)))
        return false;
    QList<HospitalRecord> rows;
    for (int row = 0; row < result.rowCount(); ++row)
        rows.append(hospitalFrom(result, row));
    const QList<qint64> candidates = changes.all ? m_state->hospitals().keys()
                                                 : QList<qint64>(changes.ids.cbegin(),
                                                                 changes.ids.cend());
    m_state->applyHospitals(rows, goneIds(candidates, rows));
    return true;
}

bool LiveSync::fetchAssignments(const TableChanges &changes)
{
    static const QByteArray byId =
        sql({"SELECT ", AssignmentColumns, "FROM assignments WHERE id = ANY($1::bigint[])"});
    static const QByteArray live = sql(
        {"SELECT ", AssignmentColumns, "FROM assignments WHERE state IN ", LiveAssignmentStates});
    PgResult result;
    if (changes.all ? !run(result, live.constData())
                    : !runPrepared(result, "live_assignments", byId, idArray(changes.ids)))
        return false;
    QList<AssignmentRecord> rows;
    for (int row = 0; row < result.rowCount(); ++row) {
        AssignmentRecord record = assignmentFrom(result, row);
        if (record.isLive())
            rows.append(std::move(record));
    }
    const QList<qint64> candidates = changes.all ? m_state->assignments().keys()
                                                 : QList<qint64>(changes.ids.cbegin(),
                                                                 changes.ids.cend());
    m_state->applyAssignments(rows, goneIds(candidates, rows));
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
    if (!runPrepared(result, "live_case_events", byId, idArray(changes.ids)))
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
    if (!runPrepared(result, "live_events_of_case", byCase, QString::number(caseId)))
        return events;
    for (int row = 0; row < result.rowCount(); ++row)
        events.append(caseEventFrom(result, row));
    return events;
}

} // namespace pela::core
