// Where the database is (--db, PELA_DATABASE_URL, the settings file, or the embedded default)
// and how long a connection may wait for it: the timeouts every connection is opened with.
#pragma once

#include <QString>
#include <chrono>

class QSettings;

namespace pela::core {

struct ConnectionSettings
{
    enum class Source
    {
        CommandLine,
        Environment,
        SettingsFile,
        Embedded
    };

    Source source = Source::Embedded;
    QString conninfo; // empty for Embedded until the server is running

    bool isEmbedded() const { return source == Source::Embedded; }
    // commandLineConninfo wins; then the environment; then the settings file.
    static ConnectionSettings resolve(const QString &commandLineConninfo = {});
    // $XDG_CONFIG_HOME/pela/pela.conf, key [database] url=...
    static QString settingsFilePath();
};

// The limits that turn a silent network, a stopped server or a lock held elsewhere into a clear
// result within seconds. Defaults below; the [database] section of the settings file may change
// each (keys in seconds, e.g. statement_timeout_seconds=5), and a conninfo's own
// options='-c statement_timeout=...' wins over both for the server-side ones.
struct ConnectionTimeouts
{
    // Opening a connection (libpq's connect_timeout).
    std::chrono::seconds connect{10};
    // Interactive connections only (an operator waits): one statement, one lock wait, and a
    // transaction left open and idle (its locks would block every other console).
    std::chrono::milliseconds statement{5000};
    std::chrono::milliseconds lock{3000};
    std::chrono::milliseconds idleInTransaction{15000};
    // The command runner's own deadline per command: a server that does not answer at all never
    // fires its statement_timeout. Keep it above `statement`, so the server's answer comes first.
    std::chrono::milliseconds commandDeadline{8000};
    // TCP on every connection: probes after `keepalivesIdle` without traffic, every
    // `keepalivesInterval`, dead after `keepalivesCount` unanswered; sent data unacknowledged for
    // `tcpUser` also ends the connection (instead of TCP's 15 minutes of retransmissions).
    std::chrono::seconds keepalivesIdle{10};
    std::chrono::seconds keepalivesInterval{5};
    int keepalivesCount = 3;
    std::chrono::milliseconds tcpUser{20000};

    // The [database] keys of settings; a missing or unreadable key keeps its default.
    static ConnectionTimeouts fromSettings(const QSettings &settings);
    // The settings file's values, read once per process.
    static const ConnectionTimeouts &configured();
};

} // namespace pela::core
