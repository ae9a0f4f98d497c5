#include "livesync.h"

#include <QLoggingCategory>
#include <algorithm>

namespace pela::core {

Q_LOGGING_CATEGORY(lcLiveSync, "pela.live.sync", QtInfoMsg)

namespace {

// Ids that were asked for (or are held, for a whole-table reload) but did not come back: gone,
// or no longer readable by this login (a hospital's view shows it no more). An id that was
// never held is not in the state, so removing it changes nothing.
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

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

LiveSync::LiveSync(LiveState *state, QObject *parent) : QObject(parent), m_state(state)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveSync::connectNow);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reloadTimer, &QTimer::timeout, this, &LiveSync::reloadDeferredTables);
    connect(&m_connection, &LiveConnection::opened, this, &LiveSync::listen);
    connect(&m_connection, &LiveConnection::lost, this, &LiveSync::connectionLost);
    connect(&m_connection, &LiveConnection::notified, this, &LiveSync::onNotified);
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
    m_connection.setConnectTimeout(timeout);
}

void LiveSync::setDeadline(std::chrono::milliseconds deadline)
{
    m_connection.setDeadline(deadline);
}

void LiveSync::setIdleProbeInterval(std::chrono::milliseconds interval)
{
    m_connection.setIdleProbeInterval(interval);
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
    m_reloadTimer.stop();
    m_reloadDeferred.fill(false);
    m_connection.close();
    m_loading = LiveSnapshot();
    m_pending = Changes();
    m_batchSteps = 0;
    m_status = Status::Stopped;
}

void LiveSync::reconnectNow()
{
    if (m_status != Status::Offline || m_connection.state() != LiveConnection::State::Closed)
        return;
    m_reconnectTimer.stop();
    connectNow();
}

void LiveSync::connectNow()
{
    qCDebug(lcLiveSync) << "connecting";
    // A failure is reported through lost(), possibly before this returns.
    m_connection.open(m_conninfo, QStringLiteral("pela-live"));
}

LiveAudience LiveSync::audience() const
{
    return m_hospitalId ? LiveAudience::Hospital : LiveAudience::Centre;
}

LiveConnection::Handler LiveSync::checked(std::function<void(const PgResult &)> handler)
{
    return [this, handler = std::move(handler)](const PgResult &result) {
        if (!result.ok()) {
            statementFailed(result.error());
            return;
        }
        handler(result);
    };
}

void LiveSync::listen()
{
    // The server's clock is read in the same round trip: its offset to this workstation's
    // clock corrects every age and stale marker the models show. Who we are decides what we
    // may read: a hospital's liaison reads through its views.
    const QDateTime sentAt = m_state->clock().workstationNow();
    m_connection.sendScript(
        "LISTEN pela; SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms, "
        "pela_my_hospital() AS hospital",
        checked([this, sentAt](const PgResult &result) {
            m_state->clock().measure(sentAt,
                                     QDateTime::fromMSecsSinceEpoch(result.toInt(0, "ms"), Qt::UTC),
                                     m_state->clock().workstationNow());
            m_hospitalId.reset();
            if (!result.isNull(0, result.column("hospital")))
                m_hospitalId = result.toInt(0, "hospital");
            load();
        }));
}

template <typename Record> void LiveSync::loadTable(QHash<qint64, Record> LiveSnapshot::*rows)
{
    const LiveTable<Record> &table = liveTable<Record>();
    m_connection.send(table.allFor(audience()), {},
                      checked([this, rows, &table](const PgResult &result) {
                          QHash<qint64, Record> &target = m_loading.*rows;
                          for (int row = 0; row < result.rowCount(); ++row) {
                              Record record = table.read(result, row);
                              target.insert(record.id, std::move(record));
                          }
                      }));
}

void LiveSync::load()
{
    // One snapshot for everything; LISTEN came first, so later commits are all notified. The
    // statements are queued at once and answered in order; a failure ends the attempt.
    m_loading = LiveSnapshot();
    m_connection.sendScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                            checked([](const PgResult &) {}));
    m_connection.send(liveSettingsStatement(), {}, checked([this](const PgResult &result) {
                          readLiveSettings(result, m_loading.settings);
                      }));
    loadTable(&LiveSnapshot::hospitals);
    loadTable(&LiveSnapshot::units);
    loadTable(&LiveSnapshot::cases);
    loadTable(&LiveSnapshot::assignments);
    m_connection.sendScript("COMMIT", checked([this](const PgResult &) { finishLoad(); }));
}

void LiveSync::finishLoad()
{
    // After a reconnect a difference: selections and scroll positions survive a network blip.
    m_state->load(std::exchange(m_loading, LiveSnapshot()));
    m_reloadDeferred.fill(false);
    m_status = Status::Online;
    m_nextDelay = m_initialDelay;
    m_lastError = {};
    qCInfo(lcLiveSync) << "online" << (m_hospitalId ? "(a hospital's view)" : "");
    emit online();
    if (m_status != Status::Online)
        return;
    // Events may have been added while we were away: event views ask again.
    m_state->invalidateCaseEvents();
    // Notifications that arrived during the load are waiting already.
    onNotified();
}

void LiveSync::connectionLost(const DbError &error)
{
    if (m_status == Status::Stopped)
        return;
    m_connection.close();
    m_loading = LiveSnapshot();
    m_pending = Changes(); // the reload after reconnecting covers them
    m_batchSteps = 0;
    m_lastError = error;
    if (m_status != Status::Offline) {
        m_status = Status::Offline;
        qCWarning(lcLiveSync) << "offline:" << error.fullText();
        emit offline(error);
    }
    scheduleReconnect();
}

void LiveSync::statementFailed(const DbError &error)
{
    qCWarning(lcLiveSync) << "statement failed:" << error.fullText();
    connectionLost(error);
}

void LiveSync::scheduleReconnect()
{
    if (m_status == Status::Stopped || m_reconnectTimer.isActive())
        return;
    m_reconnectTimer.start(m_nextDelay);
    m_nextDelay = std::min(m_nextDelay * 2, m_maximumDelay);
}

void LiveSync::onNotified()
{
    if (m_status != Status::Online)
        return; // kept by the connection until the load is done
    takeNotifications();
    startBatch();
}

void LiveSync::takeNotifications()
{
    static const QHash<QString, Table> tables = {
        {QStringLiteral("hospitals"), Hospitals},     {QStringLiteral("cases"), Cases},
        {QStringLiteral("assignments"), Assignments}, {QStringLiteral("units"), Units},
        {QStringLiteral("case_events"), CaseEvents},  {QStringLiteral("calls"), Calls},
        {QStringLiteral("referrals"), Referrals},     {QStringLiteral("map_layers"), MapLayers}};
    const QList<QByteArray> payloads = m_connection.takeNotifications();
    for (const QByteArray &raw : payloads) {
        // Payload: table:OP:ids, ids comma-separated or '*' (too many: reload the table).
        const QString payload = QString::fromUtf8(raw);
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
        TableChanges &target = m_pending[*table];
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
    for (int table = 0; table < TableCount; ++table)
        if (std::exchange(m_reloadDeferred[table], false))
            m_pending[table].all = true;
    startBatch();
}

void LiveSync::startBatch()
{
    // One batch at a time: what arrives while it runs is merged and fetched once after it.
    if (m_status != Status::Online || m_batchSteps > 0)
        return;
    takeNotifications();
    Changes changes = std::exchange(m_pending, Changes());
    limitReloads(changes);
    if (std::all_of(changes.cbegin(), changes.cend(),
                    [](const TableChanges &table) { return table.isEmpty(); }))
        return;

    const std::pair<Table, QString> others[] = {{Calls, QStringLiteral("calls")},
                                                {Referrals, QStringLiteral("referrals")},
                                                {MapLayers, QStringLiteral("map_layers")}};
    for (const auto &[table, name] : others)
        if (!changes[table].isEmpty())
            emit rowsChanged(name,
                             changes[table].all ? QList<qint64>() : sorted(changes[table].ids));
    if (m_status != Status::Online)
        return;

    ++m_batchSteps; // held while the steps are queued, so none ends the batch early
    if (m_hospitalId)
        fetchConfinedTables(changes);
    else
        fetchTables(changes);
    fetchCaseEvents(changes[CaseEvents]);
    batchStepDone();
}

void LiveSync::batchStepDone()
{
    if (m_batchSteps > 0 && --m_batchSteps == 0)
        startBatch();
}

template <typename Record>
void LiveSync::fetch(const TableChanges &changes, const LiveConnection::Params &extra,
                     std::function<void(Fetched<Record> &&fetched)> then)
{
    const LiveTable<Record> &table = liveTable<Record>();
    ++m_batchSteps;
    auto handler = checked([this, &table, changes, then = std::move(then)](const PgResult &result) {
        Fetched<Record> fetched;
        fetched.all = changes.all;
        if (!changes.all)
            fetched.asked = sorted(changes.ids);
        for (int row = 0; row < result.rowCount(); ++row) {
            Record record = table.read(result, row);
            if constexpr (std::is_same_v<Record, AssignmentRecord>) {
                fetched.caseIds.insert(record.caseId);
                fetched.unitIds.insert(record.unitId);
            }
            if (!table.belongs || table.belongs(result, row, record))
                fetched.rows.append(std::move(record));
        }
        if (table.beforeApply && result.rowCount() > 0)
            table.beforeApply(*m_state, result);
        then(std::move(fetched));
        batchStepDone();
    });
    if (changes.all)
        m_connection.send(table.allFor(audience()), {}, std::move(handler));
    else
        m_connection.sendPrepared(table.byIdName, table.byIdFor(audience()),
                                  LiveConnection::Params{idArray(changes.ids)} + extra,
                                  std::move(handler));
}

template <typename Record> void LiveSync::apply(const Fetched<Record> &fetched)
{
    const LiveTable<Record> &table = liveTable<Record>();
    const QList<qint64> candidates = fetched.all ? (m_state->*table.held)().keys() : fetched.asked;
    (m_state->*table.apply)(fetched.rows, goneIds(candidates, fetched.rows));
}

void LiveSync::fetchTables(const Changes &changes)
{
    // Referenced rows first, so a view never shows an assignment of a case it does not have.
    // Every statement is queued now; they are answered (and applied) in this order.
    if (!changes[Hospitals].isEmpty())
        fetch<HospitalRecord>(changes[Hospitals], {},
                              [this](Fetched<HospitalRecord> &&fetched) { apply(fetched); });
    if (!changes[Cases].isEmpty())
        fetch<CaseRecord>(changes[Cases], {},
                          [this](Fetched<CaseRecord> &&fetched) { apply(fetched); });
    if (!changes[Assignments].isEmpty())
        fetch<AssignmentRecord>(changes[Assignments], {},
                                [this](Fetched<AssignmentRecord> &&fetched) { apply(fetched); });
    if (!changes[Units].isEmpty())
        fetch<UnitRecord>(changes[Units], {},
                          [this](Fetched<UnitRecord> &&fetched) { apply(fetched); });
}

void LiveSync::fetchConfinedTables(const Changes &changes)
{
    if (!changes[Hospitals].isEmpty())
        fetch<HospitalRecord>(changes[Hospitals], {},
                              [this](Fetched<HospitalRecord> &&fetched) { apply(fetched); });
    const TableChanges &cases = changes[Cases];
    const TableChanges &assignments = changes[Assignments];
    const TableChanges &units = changes[Units];
    if (cases.isEmpty() && assignments.isEmpty() && units.isEmpty())
        return;

    // What a hospital sees of one table follows the others: a case is its own while one of its
    // units is on it or the patient comes to it, a city ambulance while it brings a patient to
    // it. A change to one row can show or hide rows of other tables that were not notified, so
    // those are read again too. Its views are small: a "*" reads all three again.
    if (cases.all || assignments.all || units.all) {
        const TableChanges all{true, {}};
        fetch<CaseRecord>(all, {}, [this](Fetched<CaseRecord> &&fetched) { apply(fetched); });
        fetch<AssignmentRecord>(all, {},
                                [this](Fetched<AssignmentRecord> &&fetched) { apply(fetched); });
        fetch<UnitRecord>(all, {}, [this](Fetched<UnitRecord> &&fetched) { apply(fetched); });
        return;
    }
    // Assignments first (applied after their cases): the notified ones, those held of the
    // changed cases, and whatever the changed cases' assignments now show.
    TableChanges askedAssignments = assignments;
    QSet<qint64> heldCases, heldUnits;
    for (const AssignmentRecord &held : m_state->assignments()) {
        if (cases.ids.contains(held.caseId))
            askedAssignments.ids.insert(held.id);
        if (askedAssignments.ids.contains(held.id)) {
            heldCases.insert(held.caseId);
            heldUnits.insert(held.unitId);
        }
    }
    if (askedAssignments.isEmpty() && cases.isEmpty()) {
        fetch<UnitRecord>(units, {}, [this](Fetched<UnitRecord> &&fetched) { apply(fetched); });
        return;
    }
    fetch<AssignmentRecord>(
        askedAssignments, {idArray(cases.ids)},
        [this, cases, units, heldCases, heldUnits](Fetched<AssignmentRecord> &&assignments) {
            TableChanges askedCases = cases;
            askedCases.ids += heldCases + assignments.caseIds;
            TableChanges askedUnits = units;
            askedUnits.ids += heldUnits + assignments.unitIds;
            if (askedCases.isEmpty()) {
                apply(assignments);
            } else {
                fetch<CaseRecord>(
                    askedCases, {},
                    [this, assignments = std::move(assignments)](Fetched<CaseRecord> &&fetched) {
                        apply(fetched);
                        apply(assignments);
                    });
            }
            if (!askedUnits.isEmpty())
                fetch<UnitRecord>(askedUnits, {},
                                  [this](Fetched<UnitRecord> &&fetched) { apply(fetched); });
        });
}

void LiveSync::fetchCaseEvents(const TableChanges &changes)
{
    if (changes.isEmpty())
        return;
    // History is unbounded: "all" cannot be fetched, only announced.
    if (changes.all) {
        m_state->invalidateCaseEvents();
        return;
    }
    ++m_batchSteps;
    m_connection.sendPrepared("live_case_events", liveevents::byIds(audience()),
                              {idArray(changes.ids)}, checked([this](const PgResult &result) {
                                  QList<CaseEventRecord> events;
                                  for (int row = 0; row < result.rowCount(); ++row)
                                      events.append(liveevents::read(result, row));
                                  m_state->addCaseEvents(events);
                                  batchStepDone();
                              }));
}

bool LiveSync::requestCaseEvents(qint64 caseId)
{
    if (m_status != Status::Online)
        return false;
    m_connection.sendPrepared("live_events_of_case", liveevents::ofCase(audience()),
                              {QByteArray::number(caseId)},
                              checked([this, caseId](const PgResult &result) {
                                  QList<CaseEventRecord> events;
                                  for (int row = 0; row < result.rowCount(); ++row)
                                      events.append(liveevents::read(result, row));
                                  emit caseEventsRead(caseId, events);
                              }));
    return true;
}

} // namespace pela::core
