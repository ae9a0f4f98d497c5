#include "requestexpirysweeper.h"

#include "commandrunner.h"
#include "incidentcommands.h"

namespace pela::core {

namespace {
// Upper bound between sweeps: a request made at another console is seen within this time
// even if this console was not told of it.
constexpr int MaximumIntervalMs = 2000;
constexpr int MinimumIntervalMs = 100;

// Milliseconds until the earliest open request expires; no value when none is open.
ReadResult<qint64> msUntilNextExpiry(PgConnection &connection)
{
    const PgResult due = connection.exec(
        "SELECT ceil(extract(epoch FROM min(request_expires_at) - clock_timestamp()) * 1000)"
        " AS ms FROM assignments WHERE state = 'requested'");
    if (!due.ok())
        return ReadResult<qint64>::failed(due.error());
    if (due.isNull(0, 0))
        return {};
    return ReadResult<qint64>::of(due.toInt(0, "ms"));
}
} // namespace

RequestExpirySweeper::RequestExpirySweeper(CommandRunner *runner, QObject *parent)
    : QObject(parent), m_runner(runner)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestExpirySweeper::sweep);
}

void RequestExpirySweeper::start()
{
    resume();
}

void RequestExpirySweeper::pause()
{
    m_paused = true;
    m_timer.stop();
}

void RequestExpirySweeper::resume()
{
    m_paused = false;
    m_timer.start(0);
}

void RequestExpirySweeper::sweep()
{
    if (m_sweeping)
        return; // the sweep under way schedules the next one
    m_sweeping = true;
    m_timer.stop();
    // Both run on the runner's worker, in this order; the answers come back here.
    m_runner->post([](IncidentCommands &commands) { return commands.expireDueRequests(); })
        .then(this, [this](const CommandResult &result) {
            if (result.ok() && result.changed)
                emit expired(result.message.toInt());
        });
    m_runner->read<qint64>(msUntilNextExpiry).then(this, [this](const ReadResult<qint64> &due) {
        m_sweeping = false;
        scheduleNext(
            due.ok() ? int(qBound(qint64(MinimumIntervalMs), *due.value, qint64(MaximumIntervalMs)))
                     : MaximumIntervalMs);
    });
}

void RequestExpirySweeper::scheduleNext(int milliseconds)
{
    if (!m_paused)
        m_timer.start(milliseconds);
}

} // namespace pela::core
