#include "requestexpirysweeper.h"

#include "db/pgconnection.h"
#include "incidentcommands.h"

namespace pela::core {

namespace {
// Upper bound between sweeps: a request made at another console is seen within this time
// even if this console was not told of it.
constexpr int MaximumIntervalMs = 2000;
constexpr int MinimumIntervalMs = 100;
} // namespace

RequestExpirySweeper::RequestExpirySweeper(PgConnection &connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestExpirySweeper::sweep);
}

void RequestExpirySweeper::start()
{
    m_timer.start(0);
}

void RequestExpirySweeper::pause()
{
    m_timer.stop();
}

void RequestExpirySweeper::resume()
{
    m_timer.start(0);
}

void RequestExpirySweeper::sweep()
{
    IncidentCommands commands(m_connection);
    const CommandResult result = commands.expireDueRequests();
    if (result.ok() && result.changed)
        emit expired(result.message.toInt());
    int nextMs = MaximumIntervalMs;
    const PgResult due = m_connection.exec(
        "SELECT ceil(extract(epoch FROM min(request_expires_at) - clock_timestamp()) * 1000)"
        " AS ms FROM assignments WHERE state = 'requested'");
    if (due.ok() && !due.isNull(0, 0))
        nextMs =
            int(qBound(qint64(MinimumIntervalMs), due.toInt(0, "ms"), qint64(MaximumIntervalMs)));
    m_timer.start(nextMs);
}

} // namespace pela::core
