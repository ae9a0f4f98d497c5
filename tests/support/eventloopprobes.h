// Probes for "nothing freezes" tests: a database backend frozen with SIGSTOP, and a heartbeat
// that measures how long an event loop was kept from answering.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/types.h>

namespace pela::test {

// A database backend stopped with SIGSTOP, as a hung server or a frozen VM would be: it never
// answers and never fires its own statement_timeout, while the kernel still answers TCP for it.
// Continued when the guard goes, whatever the test's outcome.
class FrozenBackend
{
public:
    explicit FrozenBackend(qint64 pid) : m_pid(pid_t(pid))
    {
        REQUIRE(m_pid > 0);
        const int stopped = ::kill(m_pid, SIGSTOP);
        INFO("kill(SIGSTOP) " << pid << ": " << std::strerror(errno));
        REQUIRE(stopped == 0);
    }
    ~FrozenBackend() { thaw(); }
    FrozenBackend(const FrozenBackend &) = delete;
    FrozenBackend &operator=(const FrozenBackend &) = delete;
    void thaw()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGCONT);
        m_pid = 0;
    }

private:
    pid_t m_pid;
};

// The longest event-loop gap a console may show while its database hangs: half the shortest
// deadline these tests set (800 ms), so a wait on the database shows, yet wide enough for a
// loaded 2-core machine's scheduling (gaps of 300 ms were seen while others compiled).
constexpr qint64 AnsweringGapMs = 400;

// Ticks every 10 ms on the thread that creates it and keeps the longest gap between two ticks:
// how long that thread's event loop was kept from answering.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestGapMs = std::max(m_longestGapMs, m_sinceLast.restart());
            ++m_ticks;
        });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longestGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};

} // namespace pela::test
