#include "clock.h"

namespace pela::core {

QDateTime Clock::workstationNow() const
{
    return m_source ? m_source().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::measure(const QDateTime &sentAt, const QDateTime &serverTime,
                    const QDateTime &answeredAt)
{
    if (!sentAt.isValid() || !serverTime.isValid() || !answeredAt.isValid())
        return;
    // The server read its clock about halfway through the round trip.
    const qint64 roundTripMs = sentAt.msecsTo(answeredAt);
    const QDateTime midpoint = sentAt.addMSecs(roundTripMs / 2);
    m_serverOffset = std::chrono::milliseconds(midpoint.msecsTo(serverTime));
}

} // namespace pela::core
