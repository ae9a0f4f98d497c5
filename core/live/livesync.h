// Keeps a LiveState current: one LISTEN connection driven by its socket, fetching changed rows
// by id, reconnecting with backoff and reloading after the connection is lost. Connecting never
// blocks the caller's thread: a slow or silent server only delays online().
#pragma once

#include "db/dberror.h"
#include "db/pgconnection.h"
#include "livestate.h"

#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>
#include <array>
#include <chrono>

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

    // Starts connecting and returns at once; once connected it listens, loads everything and
    // emits online(). On failure emits offline() and keeps retrying with backoff. Returns false
    // when the first attempt failed at once (offline() was emitted), true while connecting.
    bool start(const QString &conninfo);
    void stop();
    // Reconnect delays: the first retry after `initial`, doubling up to `maximum`.
    void setReconnectDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    // How long one attempt may wait for the server before it counts as failed (default 10 s).
    void setConnectTimeout(std::chrono::milliseconds timeout);
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

    // The events of one case, oldest first, read on the sync connection; empty when offline.
    QList<CaseEventRecord> caseEvents(qint64 caseId);

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

    // One connection attempt: beginOpen() here, continueOpen() whenever the socket is ready.
    void connectNow();
    void continueConnecting();
    void connectTimedOut();
    // Connected: LISTEN, load everything, follow notifications.
    void goOnline();
    // Watches the connection's socket for type, calling handler; replaces any earlier watch.
    void watchSocket(QSocketNotifier::Type type, void (LiveSync::*handler)());
    void unwatchSocket();
    void connectionLost(const DbError &error);
    void scheduleReconnect();
    void onSocketActivated();
    void processNotifications();
    // Moves every notification libpq holds into changes; false when there was none.
    bool drainNotifications(Changes &changes);
    // Turns whole-table reloads asked for too soon after the last one into one later reload.
    void limitReloads(Changes &changes);
    void reloadDeferredTables();
    bool applyChanges(const Changes &changes);
    bool loadAll();
    // Runs a statement; a lost connection is handled and reported as failure.
    bool run(PgResult &result, const char *sql, const SqlParams &params = {});
    // The same for a statement prepared once per connection under name.
    bool runPrepared(PgResult &result, const char *name, const QByteArray &statement,
                     const SqlParams &params);
    // Handles a finished statement's failure; whether it succeeded.
    bool succeeded(const PgResult &result);

    // How one table the state holds is read and applied: one per record type (livesync.cpp).
    template <typename Record> struct HeldTable;
    template <typename Record> static const HeldTable<Record> &heldTable();
    // Reads every row the state should hold into rows (inside loadAll's snapshot).
    template <typename Record> bool loadTable(QHash<qint64, Record> &rows);
    // Reads what changed (the rows by id, or the whole table) and applies it to the state.
    template <typename Record> bool fetchTable(const TableChanges &changes);
    bool fetchCaseEvents(const TableChanges &changes);

    LiveState *m_state;
    QString m_conninfo;
    PgConnection m_connection;
    QSocketNotifier *m_notifier = nullptr; // deleted later: it may be the sender
    QTimer m_reconnectTimer;
    QTimer m_connectTimer; // runs while an attempt waits for the server
    std::chrono::milliseconds m_connectTimeout{10000};
    std::chrono::milliseconds m_initialDelay{200};
    std::chrono::milliseconds m_maximumDelay{5000};
    std::chrono::milliseconds m_nextDelay{200};
    Status m_status = Status::Stopped;
    DbError m_lastError;
    bool m_processing = false;
    std::chrono::milliseconds m_reloadInterval{1000};
    std::array<SteadyTime, TableCount> m_lastReload{};
    std::array<bool, TableCount> m_reloadDeferred{};
    QTimer m_reloadTimer; // runs while a reload waits for its interval
    Counters m_counters;
};

} // namespace pela::core
