// The database server's clock as seen from here: the local clock plus an offset measured on a
// connection. Fix times are judged by the server's clock, the one every timestamp in Pela uses.
#pragma once

#include <QDateTime>
#include <atomic>

namespace pela::core {

class PgConnection;

class ServerClock
{
public:
    QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load(std::memory_order_relaxed));
    }
    qint64 offsetMs() const { return m_offsetMs.load(std::memory_order_relaxed); }
    void setOffsetMs(qint64 offset) { m_offsetMs.store(offset, std::memory_order_relaxed); }
    // Asks the server for its time; keeps the offset (half the round trip corrected) and
    // returns whether the server answered.
    bool measure(PgConnection &connection);

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace pela::core
