// Keeps a LiveState current: one LISTEN connection driven by its socket, fetching changed rows
// by id, reconnecting with backoff and reloading after the connection is lost.
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
    enum class Status { Stopped, Connecting, Online, Offline };
    Q_ENUM(Status)

    // The state is not owned; it must outlive this object.
    explicit LiveSync(LiveState *state, QObject *parent = nullptr);
    ~LiveSync() override;

    LiveState *state() const { return m_state; }
    Status status() const { return m_status; }
    bool isOnline() const { return m_status == Status::Online; }
    // Why the connection was last lost or could not be made.
    const DbError &lastError() const { return m_lastError; }

    // Connects, listens and loads everything. On failure emits offline() and keeps retrying
    // with backoff; returns whether it is online now.
    bool start(const QString &conninfo);
    void stop();
    // Reconnect delays: the first retry after `initial`, doubling up to `maximum`.
    void setReconnectDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    // The events of one case, oldest first, read on the sync connection; empty when offline.
    QList<CaseEventRecord> caseEvents(qint64 caseId);

signals:
    void online();
    void offline(const pela::core::DbError &error);
    // Rows of tables LiveState does not hold (calls, referrals) changed; no ids: any row.
    void rowsChanged(const QString &table, const QList<qint64> &ids);

private:
    enum Table { Hospitals, Cases, Assignments, Units, CaseEvents, Calls, Referrals, TableCount };
    struct TableChanges
    {
        bool all = false;
        QSet<qint64> ids;
        bool isEmpty() const { return !all && ids.isEmpty(); }
    };
    using Changes = std::array<TableChanges, TableCount>;

    bool connectNow();
    void connectionLost(const DbError &error);
    void scheduleReconnect();
    void onSocketActivated();
    void processNotifications();
    // Moves every notification libpq holds into changes; false when there was none.
    bool drainNotifications(Changes &changes);
    bool applyChanges(const Changes &changes);
    bool loadAll();
    // Runs a statement; a lost connection is handled and reported as failure.
    bool run(PgResult &result, const char *sql, const SqlParams &params = {});
    // The same for a statement with one parameter, prepared on first use.
    bool runPrepared(PgResult &result, const char *name, const QByteArray &statement,
                     const QString &parameter);

    bool fetchCases(const TableChanges &changes);
    bool fetchUnits(const TableChanges &changes);
    bool fetchHospitals(const TableChanges &changes);
    bool fetchAssignments(const TableChanges &changes);
    bool fetchCaseEvents(const TableChanges &changes);

    LiveState *m_state;
    QString m_conninfo;
    PgConnection m_connection;
    QSocketNotifier *m_notifier = nullptr; // deleted later: it may be the sender
    QTimer m_reconnectTimer;
    std::chrono::milliseconds m_initialDelay{200};
    std::chrono::milliseconds m_maximumDelay{5000};
    std::chrono::milliseconds m_nextDelay{200};
    Status m_status = Status::Stopped;
    DbError m_lastError;
    bool m_processing = false;
    QSet<QByteArray> m_prepared; // statement names prepared on m_connection
};

} // namespace pela::core
