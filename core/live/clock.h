// One clock for the core: the workstation's UTC time corrected by the offset to the database
// server's clock, which LiveSync measures when it connects. Case ages, stale positions, the
// pruning of closed cases and the console's clock read it, so a workstation whose own clock is
// minutes off still shows the same ages as every other; tests give it a clock of their own.
#pragma once

#include <QDateTime>
#include <chrono>
#include <functional>

namespace pela::core {

class Clock
{
public:
    using Source = std::function<QDateTime()>;

    // The server's time as this workstation best knows it, in UTC.
    QDateTime now() const { return workstationNow().addMSecs(m_serverOffset.count()); }
    // The workstation's own time, uncorrected (what the offset is measured against).
    QDateTime workstationNow() const;

    // Server time minus workstation time; 0 until measured.
    std::chrono::milliseconds serverOffset() const { return m_serverOffset; }
    void setServerOffset(std::chrono::milliseconds offset) { m_serverOffset = offset; }
    // Measures the offset from one round trip: the workstation's time before the request was
    // sent and after the answer came, and the server's time in between.
    void measure(const QDateTime &sentAt, const QDateTime &serverTime, const QDateTime &answeredAt);

    // Replaces the workstation's clock (tests: a fixed time, or one that is minutes off);
    // an empty source restores the system clock.
    void setWorkstationClock(Source source) { m_source = std::move(source); }

private:
    Source m_source;
    std::chrono::milliseconds m_serverOffset{0};
};

} // namespace pela::core
