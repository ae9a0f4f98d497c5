#include "commandrunner.h"

#include "db/connectionsettings.h"
#include "incidentcommands.h"

#include <QLoggingCategory>
#include <condition_variable>
#include <libpq-fe.h>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace pela::core {

Q_LOGGING_CATEGORY(lcCommandRunner, "pela.commands.runner", QtInfoMsg)

// The state a worker thread shares with its runner. The thread holds it until it ends; an
// abandoned worker is forgotten by the runner and ends whenever its call returns.
class CommandRunner::Worker
{
public:
    enum class Phase
    {
        Idle,
        Connecting,
        Running
    };

    Worker(CommandRunner *runner, QString conninfo, QString program)
        : m_conninfo(std::move(conninfo)), m_program(std::move(program)), m_runner(runner)
    {
    }

    void start(std::deque<std::shared_ptr<Job>> jobs, const std::shared_ptr<Worker> &self)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue = std::move(jobs);
        }
        std::thread(&Worker::run, self).detach();
    }

    void add(std::shared_ptr<Job> job)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    struct Activity
    {
        Phase phase;
        std::shared_ptr<Job> current; // the job being connected for or run; null when idle
        std::shared_ptr<Job> next;    // the first job not started yet
    };
    Activity activity()
    {
        const std::lock_guard lock(m_mutex);
        return {m_phase, m_current, m_queue.empty() ? nullptr : m_queue.front()};
    }

    // The runner gives up on this worker: nothing it does from now on is delivered, its next
    // statement is refused, and the server is asked to cancel the running one. Returns the jobs
    // it had not started.
    std::deque<std::shared_ptr<Job>> abandon(bool cancelRunning)
    {
        std::deque<std::shared_ptr<Job>> waiting;
        std::shared_ptr<PGcancel> cancel;
        {
            const std::lock_guard lock(m_mutex);
            m_abandoned = true;
            m_runner = nullptr;
            waiting.swap(m_queue);
            if (cancelRunning && m_phase == Phase::Running)
                cancel = m_cancel;
        }
        m_wake.notify_one();
        // PQcancel opens its own connection and may block on a dead network: never here.
        if (cancel)
            std::thread([cancel] {
                char error[256];
                PQcancel(cancel.get(), error, sizeof(error));
            }).detach();
        return waiting;
    }

private:
    static void run(std::shared_ptr<Worker> self) { self->loop(); }

    void loop()
    {
        pthread_setname_np(pthread_self(), "pela-commands");
        PgConnection connection;
        IncidentCommands commands(connection);
        for (;;) {
            std::shared_ptr<Job> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_abandoned || !m_queue.empty(); });
                if (m_abandoned)
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
                m_current = job;
                m_phase = connection.isOpen() ? Phase::Running : Phase::Connecting;
            }
            if (!connection.isOpen()) {
                // Opened here, on the worker, and again after a connection was lost; a failure
                // stays in connection.error() and the command reports it as unavailable.
                connection =
                    PgConnection::open(m_conninfo, ConnectionPurpose::Interactive, m_program);
                connection.setStopFlag(&m_abandoned);
            }
            setCancelHandle(connection);
            {
                const std::lock_guard lock(m_mutex);
                if (m_abandoned)
                    break;
                m_phase = Phase::Running;
            }
            job->execute(connection, commands);
            setCancelHandle(connection); // a reset inside the call may have changed the backend
            const std::lock_guard lock(m_mutex);
            m_phase = Phase::Idle;
            m_current.reset();
            if (m_abandoned)
                break; // its late result is discarded
            CommandRunner *runner = m_runner;
            if (!runner)
                break;
            // Under the lock: the runner clears m_runner under it before it is destroyed.
            QMetaObject::invokeMethod(
                runner, [runner, self = this, job] { runner->finished(self, job); },
                Qt::QueuedConnection);
        }
        // The connection closes here: the server rolls back whatever was left unfinished.
    }

    void setCancelHandle(const PgConnection &connection)
    {
        std::shared_ptr<PGcancel> cancel;
        if (connection.isOpen())
            cancel.reset(PQgetCancel(connection.handle()), PQfreeCancel);
        const std::lock_guard lock(m_mutex);
        m_cancel = std::move(cancel);
    }

    const QString m_conninfo;
    const QString m_program;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    // Guarded by m_mutex:
    CommandRunner *m_runner;
    std::deque<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_current;
    Phase m_phase = Phase::Idle;
    std::shared_ptr<PGcancel> m_cancel;
    // Read by the worker's connection before every statement (PgConnection::setStopFlag).
    std::atomic_bool m_abandoned = false;
};

CommandRunner::CommandRunner(QString conninfo, QString program, QObject *parent)
    : QObject(parent), m_conninfo(std::move(conninfo)), m_program(std::move(program)),
      m_deadline(ConnectionTimeouts::configured().commandDeadline)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &CommandRunner::deadlinePassed);
}

CommandRunner::~CommandRunner()
{
    if (m_worker)
        m_worker->abandon(/*cancelRunning*/ false);
    // Also the running one, which its worker still holds.
    for (const std::shared_ptr<Job> &job : m_pending)
        job->cancel();
}

QFuture<CommandResult> CommandRunner::post(Command command)
{
    auto state = std::make_shared<JobState<CommandResult>>();
    auto job = std::make_shared<Job>();
    job->execute = [state, command = std::move(command)](PgConnection &,
                                                         IncidentCommands &commands) {
        state->result = command(commands);
    };
    job->deliver = [state] { state->fulfil(std::move(*state->result)); };
    job->expire = [state](Expiry why, std::chrono::milliseconds deadline) {
        const QString seconds = QString::number(double(deadline.count()) / 1000.0, 'g', 3);
        if (why == Expiry::NotConnected)
            state->fulfil(CommandResult::unavailable(
                tr("The database did not answer within %1 s; nothing was saved. Try again.")
                    .arg(seconds),
                noAnswerError(why, deadline)));
        else
            state->fulfil(CommandResult::outcomeUnknown(
                tr("No answer from the database within %1 s; the outcome is unknown — check "
                   "the board.")
                    .arg(seconds),
                noAnswerError(why, deadline)));
    };
    job->cancel = [state] { state->cancel(); };
    QFuture<CommandResult> future = state->promise.future();
    enqueue(std::move(job));
    return future;
}

DbError CommandRunner::noAnswerError(Expiry why, std::chrono::milliseconds deadline)
{
    const QString seconds = QString::number(double(deadline.count()) / 1000.0, 'g', 3);
    return DbError(
        why == Expiry::NotConnected ? DbError::Kind::Unreachable : DbError::Kind::ConnectionLost,
        tr("No answer from the database within %1 s.").arg(seconds), {}, QStringLiteral("08006"));
}

void CommandRunner::enqueue(std::shared_ptr<Job> job)
{
    m_pending.push_back(job);
    if (!m_worker)
        startWorker();
    else
        m_worker->add(std::move(job));
    if (m_pending.size() == 1)
        startDeadline();
    emit pendingChanged(pendingCount());
}

void CommandRunner::startWorker()
{
    m_worker = std::make_shared<Worker>(this, m_conninfo, m_program);
    m_worker->start({m_pending.cbegin(), m_pending.cend()}, m_worker);
}

void CommandRunner::startDeadline()
{
    if (m_pending.empty())
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(m_deadline);
}

void CommandRunner::finished(const Worker *worker, const std::shared_ptr<Job> &job)
{
    // A worker given up on delivers nothing; neither does one whose job already expired.
    if (worker != m_worker.get() || m_pending.empty() || m_pending.front() != job)
        return;
    m_pending.pop_front();
    startDeadline();
    job->deliver();
    emit pendingChanged(pendingCount());
}

void CommandRunner::deadlinePassed()
{
    if (m_pending.empty() || !m_worker)
        return;
    const std::shared_ptr<Job> head = m_pending.front();
    const Worker::Activity activity = m_worker->activity();
    if (activity.next == head) {
        m_deadlineTimer.start(m_deadline); // not started yet (a very busy machine)
        return;
    }
    if (activity.current != head)
        return; // it has finished: its result is on its way, and restarts the deadline
    qCWarning(lcCommandRunner) << "no answer within" << m_deadline.count()
                               << "ms; abandoning the worker";
    m_pending.pop_front();
    // The running call is left to end on its own: a fresh worker takes the waiting jobs.
    const std::deque<std::shared_ptr<Job>> waiting = m_worker->abandon(/*cancelRunning*/ true);
    Q_ASSERT(waiting.size() == m_pending.size());
    m_worker.reset();
    if (!m_pending.empty())
        startWorker();
    startDeadline();
    head->expire(activity.phase == Worker::Phase::Connecting ? Expiry::NotConnected
                                                             : Expiry::NoAnswer,
                 m_deadline);
    emit pendingChanged(pendingCount());
}

} // namespace pela::core
