// Expires partner dispatch requests that got no answer in time. Every console runs one; the
// command's SKIP LOCKED makes each request expire exactly once however many sweep together.
#pragma once

#include <QObject>
#include <QTimer>

namespace pela::core {

class PgConnection;

class RequestExpirySweeper : public QObject
{
    Q_OBJECT
public:
    // connection: the console's command connection (not the live sync one).
    explicit RequestExpirySweeper(PgConnection &connection, QObject *parent = nullptr);

    void start();
    // While the database is unreachable (live sync offline) a sweep would only wait on a dead
    // connection on the GUI thread: pause, and resume with an immediate sweep.
    void pause();
    void resume();
    // Sweeps now and schedules the next sweep at the earliest open request's deadline.
    void sweep();

signals:
    // How many requests this sweep expired (> 0 only).
    void expired(int count);

private:
    PgConnection &m_connection;
    QTimer m_timer;
};

} // namespace pela::core
