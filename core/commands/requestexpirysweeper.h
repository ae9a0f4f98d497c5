// Expires partner dispatch requests that got no answer in time. Every console runs one; the
// command's SKIP LOCKED makes each request expire exactly once however many sweep together.
#pragma once

#include <QObject>
#include <QTimer>

namespace pela::core {

class CommandRunner;

class RequestExpirySweeper : public QObject
{
    Q_OBJECT
public:
    // runner: the console's command runner (not owned; it must outlive the sweeper). Sweeps run
    // there, never on the caller's thread.
    explicit RequestExpirySweeper(CommandRunner *runner, QObject *parent = nullptr);

    void start();
    // While the database is unreachable (live sync offline) sweeps would only pile up behind
    // a dead connection: pause, and resume with an immediate sweep.
    void pause();
    void resume();
    // Sweeps now (unless a sweep is still under way) and then schedules the next sweep at the
    // earliest open request's deadline.
    void sweep();

signals:
    // How many requests this sweep expired (> 0 only).
    void expired(int count);

private:
    void scheduleNext(int milliseconds);

    CommandRunner *m_runner;
    QTimer m_timer;
    bool m_sweeping = false;
    bool m_paused = false;
};

} // namespace pela::core
