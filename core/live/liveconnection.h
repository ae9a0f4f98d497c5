// One libpq connection driven by its socket on the caller's thread, never waiting for the
// server: a non-blocking connect, statements sent one at a time with libpq's asynchronous API
// and each answered to a handler, notifications collected as they arrive, and a silent server
// (a stopped backend, a dead network) turned into lost() after a deadline.
#pragma once

#include "db/dberror.h"
#include "db/pgconnection.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

class QSocketNotifier;

namespace pela::core {

class LiveConnection : public QObject
{
    Q_OBJECT
public:
    // A statement's result: rows, or the statement's own error (a refused privilege, a
    // statement_timeout). A broken connection is never answered here: lost() says it instead.
    using Handler = std::function<void(const PgResult &result)>;
    // Parameters in PostgreSQL's text form ($1, $2, ...); a null QByteArray is SQL NULL.
    using Params = QList<QByteArray>;

    enum class State
    {
        Closed,
        Connecting,
        Open
    };

    explicit LiveConnection(QObject *parent = nullptr);
    ~LiveConnection() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    // Starts connecting and returns at once; opened() or lost() follows. A conninfo libpq cannot
    // even start with is lost() before this returns. Closes any earlier connection first.
    void open(const QString &conninfo, const QString &program);
    // Drops the connection at once without waiting for the server; queued statements are
    // forgotten (no handler is called) and nothing is emitted.
    void close();

    // How long an attempt to connect may take (default 10 s).
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    // How long a statement may go without a byte from the server before the connection counts
    // as lost (default: the command deadline, ConnectionTimeouts::commandDeadline).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // An idle connection hears nothing from a stopped backend (the kernel still answers TCP
    // keepalives): after this long without a byte, an empty statement asks the backend itself
    // (default 5 s; zero turns it off).
    void setIdleProbeInterval(std::chrono::milliseconds interval);

    // Queues a statement behind the others; it is sent once those have been answered.
    void send(const QByteArray &sql, const Params &params, Handler handler);
    // The same for a statement prepared once per connection under name (a hot path).
    void sendPrepared(const QByteArray &name, const QByteArray &sql, const Params &params,
                      Handler handler);
    // Several statements without parameters in one round trip; the handler gets the first
    // failure, or the last statement's result.
    void sendScript(const QByteArray &sql, Handler handler);
    // Statements queued or waiting for their answer.
    int pendingCount() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0); }

    // The notification payloads read since the last call, oldest first.
    QList<QByteArray> takeNotifications();
    // The server process serving this connection (diagnostics and tests); 0 when not open.
    int backendPid() const;

signals:
    void opened();
    // The attempt failed, the connection broke or the server stopped answering; the connection
    // is closed already and its queued statements are forgotten.
    void lost(const pela::core::DbError &error);
    // Notifications arrived: takeNotifications() has them.
    void notified();

private:
    enum class Kind
    {
        Query,
        Prepared,
        Script,
    };
    struct Statement
    {
        Kind kind = Kind::Query;
        QByteArray name; // Prepared only
        QByteArray sql;
        Params params;
        Handler handler;
        bool preparing = false; // its PQsendPrepare is on the wire
    };

    void enqueue(Statement statement);
    void continueConnecting();
    void connectTimedOut();
    // Watches the socket: for reading always once open, for writing while type asks for it.
    void watch(bool read, bool write);
    void unwatch();
    void onReadable();
    void onWritable();
    // Sends the first queued statement if none is on the wire.
    void sendNext();
    bool sendCurrent();
    // Sends what libpq still holds; watches for writability while it cannot.
    bool flush();
    // Reads every complete result and answers its statement.
    void collectResults();
    void finishCurrent(PgResult result);
    void collectNotifications();
    void probe();
    void deadlinePassed();
    // Closes and emits lost(error).
    void fail(const DbError &error);
    DbError brokenError() const;

    PgConnection m_connection;
    State m_state = State::Closed;
    // Bumped by close(): a handler or signal that closed the connection ends the loop it ran in.
    quint64 m_generation = 0;
    QSocketNotifier *m_readNotifier = nullptr; // deleted later: either may be the sender
    QSocketNotifier *m_writeNotifier = nullptr;
    int m_socket = -1;
    std::deque<Statement> m_queue;
    Statement m_current;
    bool m_inFlight = false;
    PgResult m_currentResult; // the first failure or the latest result of m_current
    bool m_currentHasResult = false;
    QSet<QByteArray> m_prepared;
    QList<QByteArray> m_notifications;
    QTimer m_connectTimer;
    QTimer m_deadlineTimer;
    QTimer m_probeTimer;
    std::chrono::milliseconds m_connectTimeout{10000};
    std::chrono::milliseconds m_deadline;
};

} // namespace pela::core
