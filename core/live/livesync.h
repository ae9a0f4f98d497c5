// Keeps a LiveState current: one LISTEN connection driven by its socket, fetching changed rows
// by id, reconnecting with backoff and reloading after the connection is lost. Nothing here
// waits for the server on the caller's thread: connecting, LISTEN, the loads and every fetch are
// asynchronous (LiveConnection), and a server that stops answering is a lost connection after a
// deadline. A hospital's liaison reads everything through the hospital views.
#pragma once

#include "db/dberror.h"
#include "liveconnection.h"
#include "livestate.h"
#include "livetable.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <array>
#include <chrono>
#include <functional>
#include <optional>

namespace pela::core {

class LiveSync : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Stopped,
        Connecting,
        Online,
        Offline
    };
    Q_ENUM(Status)

    // The state is not owned; it must outlive this object.
    explicit LiveSync(LiveState *state, QObject *parent = nullptr);
    ~LiveSync() override;

    LiveState *state() const { return m_state; }
    Status status() const { return m_status; }
    bool isOnline() const { return m_status == Status::Online; }
    // Why the connection was last lost or could not be made.
    const DbError &lastError() const { return m_lastError; }
    // The hospital this login speaks for (pela_my_hospital(), asked at every connect): the state
    // then holds only what the hospital views show it. nullopt for the centre's logins.
    std::optional<qint64> hospitalId() const { return m_hospitalId; }

    // Starts connecting and returns at once; once connected it listens, loads everything and
    // emits online(). On failure emits offline() and keeps retrying with backoff. Returns false
    // when the first attempt failed at once (offline() was emitted), true while connecting.
    bool start(const QString &conninfo);
    void stop();
    // Reconnect delays: the first retry after `initial`, doubling up to `maximum`.
    void setReconnectDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    // How long one attempt may wait for the server before it counts as failed (default 10 s).
    void setConnectTimeout(std::chrono::milliseconds timeout);
    // How long a statement (LISTEN, a load, a fetch) may go without an answer before the
    // connection counts as lost and is made again (default: the command deadline, 8 s).
    void setDeadline(std::chrono::milliseconds deadline);
    // While nothing happens, how often the server is asked whether it still answers (default
    // 5 s): a stopped backend sends no notifications, and the kernel still answers keepalives.
    void setIdleProbeInterval(std::chrono::milliseconds interval);
    // A notification is a hint: a whole table is read again at most once per `interval`
    // (default 1 s) however many "table:OP:*" arrive; ids are still fetched at once.
    void setReloadInterval(std::chrono::milliseconds interval) { m_reloadInterval = interval; }

    // What this sync has done since it was created, for diagnostics and benchmarks.
    struct Counters
    {
        qint64 notifications = 0; // received on the channel
        qint64 tableReloads = 0;  // whole tables read again (a "*" or an unreadable payload)
    };
    const Counters &counters() const { return m_counters; }
    // The server process serving live sync, for diagnostics; 0 while not connected.
    int backendPid() const { return m_connection.backendPid(); }

    // Asks for the events of one case, read on the sync connection (through the hospital's view
    // for a liaison); caseEventsRead() answers. Returns false while not online: the state's
    // caseEventsInvalidated() follows the next load.
    bool requestCaseEvents(qint64 caseId);

public slots:
    // Offline and waiting to retry: tries now instead (a Retry button). No-op when online,
    // stopped or while an attempt is under way.
    void reconnectNow();

signals:
    void online();
    void offline(const pela::core::DbError &error);
    // Rows of tables LiveState does not hold (calls, referrals, map_layers) changed; no ids:
    // any row.
    void rowsChanged(const QString &table, const QList<qint64> &ids);
    // The events of a case, oldest first, as requested by requestCaseEvents().
    void caseEventsRead(qint64 caseId, const QList<pela::core::CaseEventRecord> &events);

private:
    enum Table
    {
        Hospitals,
        Cases,
        Assignments,
        Units,
        CaseEvents,
        Calls,
        Referrals,
        MapLayers,
        TableCount
    };
    struct TableChanges
    {
        bool all = false;
        QSet<qint64> ids;
        bool isEmpty() const { return !all && ids.isEmpty(); }
    };
    using Changes = std::array<TableChanges, TableCount>;
    using SteadyTime = std::chrono::steady_clock::time_point;
    // The rows a fetch found that belong in the state, and which held ones it may have ended.
    template <typename Record> struct Fetched
    {
        QList<Record> rows;
        bool all = false;     // a whole table: every held row is a candidate
        QList<qint64> asked;  // by id: the candidates
        QSet<qint64> caseIds; // assignments: every fetched row's case, live or not
        QSet<qint64> unitIds; // assignments: every fetched row's unit, live or not
    };

    void connectNow();
    // Connected: LISTEN, learn the clock and who we are, then load.
    void listen();
    void load();
    void finishLoad();
    void connectionLost(const DbError &error);
    // A statement of the sync failed: the state can no longer be trusted to follow the
    // server, so it is loaded again on a fresh connection.
    void statementFailed(const DbError &error);
    void scheduleReconnect();
    LiveAudience audience() const;
    // Wraps a handler so that a failed statement ends the connection instead.
    LiveConnection::Handler checked(std::function<void(const PgResult &)> handler);

    void onNotified();
    // Moves every notification the connection holds into m_pending.
    void takeNotifications();
    // Turns whole-table reloads asked for too soon after the last one into one later reload.
    void limitReloads(Changes &changes);
    void reloadDeferredTables();
    // Fetches what m_pending names, unless a batch is under way (it runs again when it ends).
    void startBatch();
    void batchStepDone();
    // The centre's tables change one by one; a hospital's views depend on each other.
    void fetchTables(const Changes &changes);
    void fetchConfinedTables(const Changes &changes);
    void fetchCaseEvents(const TableChanges &changes);
    // Reads what changed (the rows by id, or the whole table), then hands it to then. Counts as
    // a step of the running batch.
    template <typename Record>
    void fetch(const TableChanges &changes, const LiveConnection::Params &extra,
               std::function<void(Fetched<Record> &&fetched)> then);
    template <typename Record> void apply(const Fetched<Record> &fetched);
    template <typename Record> void loadTable(QHash<qint64, Record> LiveSnapshot::*rows);

    LiveState *m_state;
    QString m_conninfo;
    LiveConnection m_connection;
    QTimer m_reconnectTimer;
    std::chrono::milliseconds m_initialDelay{200};
    std::chrono::milliseconds m_maximumDelay{5000};
    std::chrono::milliseconds m_nextDelay{200};
    Status m_status = Status::Stopped;
    DbError m_lastError;
    std::optional<qint64> m_hospitalId;
    LiveSnapshot m_loading; // filled by the load under way
    Changes m_pending;      // notified, not fetched yet
    int m_batchSteps = 0;   // statements of the running batch not answered yet
    std::chrono::milliseconds m_reloadInterval{1000};
    std::array<SteadyTime, TableCount> m_lastReload{};
    std::array<bool, TableCount> m_reloadDeferred{};
    QTimer m_reloadTimer; // runs while a reload waits for its interval
    Counters m_counters;
};

} // namespace pela::core
