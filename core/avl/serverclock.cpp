#include "serverclock.h"

#include "db/pgconnection.h"

#include <QElapsedTimer>

namespace pela::core {

bool ServerClock::measure(PgConnection &connection)
{
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer roundTrip;
    roundTrip.start();
    const PgResult result =
        connection.exec("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms");
    if (!result.ok() || result.rowCount() != 1)
        return false;
    const qint64 serverMs = result.toInt(0, "ms");
    setOffsetMs(serverMs - (sentAt + roundTrip.elapsed() / 2));
    return true;
}

} // namespace pela::core
