// Runs commands and reads off the caller's (GUI) thread: one worker thread owns its connection
// and IncidentCommands; each result comes back on the caller's thread, in order, as a QFuture,
// by a client-side deadline at the latest. A server that stops answering freezes nothing.
#pragma once

#include "commandresult.h"
#include "db/pgconnection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace pela::core {

class IncidentCommands;

// What a read found, or why it found nothing.
template <typename T> struct ReadResult
{
    std::optional<T> value;
    DbError error;

    bool ok() const { return value.has_value() && !error.isError(); }
    static ReadResult of(T value)
    {
        ReadResult result;
        result.value = std::move(value);
        return result;
    }
    static ReadResult failed(DbError error)
    {
        ReadResult result;
        result.error = std::move(error);
        return result;
    }
};

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    using Command = std::function<CommandResult(IncidentCommands &)>;
    template <typename T> using Query = std::function<ReadResult<T>(PgConnection &)>;

    // conninfo: the database (opened lazily by the worker, interactive timeouts); program names
    // its connections ("<program>@<host>", the workstation column of every event written).
    explicit CommandRunner(QString conninfo, QString program = {}, QObject *parent = nullptr);
    // Never waits for a worker: the one inside a call finishes it on its own (its next statement
    // is refused, so an unfinished transaction rolls back) and unfinished futures are cancelled.
    ~CommandRunner() override;

    // Runs command on the worker; the future is fulfilled on this object's thread, after every
    // earlier post and read. Past the deadline it says OutcomeUnknown (the command was sent and
    // may or may not have been saved) or Unavailable (no connection could be made in time).
    QFuture<CommandResult> post(Command command);
    // Runs query on the worker's connection, in the same order as posts; past the deadline (or
    // on a lost connection) the result carries the error instead of a value.
    template <typename T> QFuture<ReadResult<T>> read(Query<T> query);

    // Posts and reads not yet answered, the running one included.
    int pendingCount() const { return int(m_pending.size()); }
    // How long one post or read may take once the worker starts it (ConnectionTimeouts).
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    QString conninfo() const { return m_conninfo; }

signals:
    // The number of unanswered posts and reads changed: screens show that they wait.
    void pendingChanged(int count);

private:
    // Why a job ended without its own result.
    enum class Expiry
    {
        NoAnswer,     // it was sent to the server; nothing came back in time
        NotConnected, // the worker could not connect in time: nothing was sent
    };
    // One post or read, type-erased. execute runs on a worker; deliver and expire run here.
    struct Job
    {
        std::function<void(PgConnection &, IncidentCommands &)> execute;
        std::function<void()> deliver;
        std::function<void(Expiry, std::chrono::milliseconds deadline)> expire;
        std::function<void()> cancel; // the runner goes: the future is cancelled
    };
    template <typename R> struct JobState
    {
        QPromise<R> promise;
        std::optional<R> result;
        JobState() { promise.start(); }
        void fulfil(R value)
        {
            promise.addResult(std::move(value));
            promise.finish();
        }
        void cancel()
        {
            promise.future().cancel();
            promise.finish();
        }
    };
    class Worker;

    void enqueue(std::shared_ptr<Job> job);
    // Called (queued) by the worker when job finished.
    void finished(const Worker *worker, const std::shared_ptr<Job> &job);
    void deadlinePassed();
    // A new worker with a fresh connection for the jobs that were waiting.
    void startWorker();
    void startDeadline();
    static DbError noAnswerError(Expiry why, std::chrono::milliseconds deadline);

    QString m_conninfo;
    QString m_program;
    std::chrono::milliseconds m_deadline;
    std::shared_ptr<Worker> m_worker;
    // Jobs given to m_worker and not yet answered, oldest (the running one) first.
    std::deque<std::shared_ptr<Job>> m_pending;
    QTimer m_deadlineTimer;
};

template <typename T> QFuture<ReadResult<T>> CommandRunner::read(Query<T> query)
{
    auto state = std::make_shared<JobState<ReadResult<T>>>();
    auto job = std::make_shared<Job>();
    job->execute = [state, query = std::move(query)](PgConnection &connection, IncidentCommands &) {
        state->result = query(connection);
        // Reads change nothing: one lost on a broken connection is read again on a fresh one.
        if (!state->result->ok() && !connection.isOpen() && connection.reset())
            state->result = query(connection);
    };
    job->deliver = [state] { state->fulfil(std::move(*state->result)); };
    job->expire = [state](Expiry why, std::chrono::milliseconds deadline) {
        state->fulfil(ReadResult<T>::failed(noAnswerError(why, deadline)));
    };
    job->cancel = [state] { state->cancel(); };
    QFuture<ReadResult<T>> future = state->promise.future();
    enqueue(std::move(job));
    return future;
}

} // namespace pela::core
