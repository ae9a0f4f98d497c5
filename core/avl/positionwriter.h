// The gateway's only database writer: fixes go in batches (one multi-row INSERT per batch, the
// units' last positions in one UPDATE at most every unitInterval, so 500 units at 1 Hz make a
// handful of notifications a second, not 500), handset locations one message at a time. A
// fix's answer comes once its batch is committed; a row the database refuses is answered on
// its own, never sinking the batch; a lost database is retried, then answered as unavailable.
// Runs on its own thread with its own connection (the gateway's login, a member of pela_avl);
// it also reloads the devices and settings, keeps the server's clock and prunes history.
#pragma once

#include "amlparser.h"
#include "avlfix.h"
#include "db/dberror.h"
#include "fixchecker.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace pela::core {

class DeviceDirectory;
class ServerClock;
class PgConnection;

struct StoreResult
{
    enum class Outcome
    {
        Stored,      // committed (or already stored)
        Refused,     // the database refused this row: reason says why
        Unavailable, // the database could not be reached in time: nothing stored, try again
    };
    Outcome outcome = Outcome::Stored;
    QString reason;
};

using StoreCallback = std::function<void(const StoreResult &)>;

struct PositionWrite
{
    AvlFix fix;
    qint64 unitId = 0;
    FixCheck check; // flags and whether it moves the unit
    // Called on the writer's thread once the outcome is known; may be empty.
    StoreCallback done;
};

struct HandsetWrite
{
    QString channel; // "sms" or "https"
    QString sender;  // the number as given ('' for the HTTPS form: it is in the body)
    QString body;    // as received
    AmlParse parse;
    StoreCallback done;
};

struct PositionWriterOptions
{
    QString conninfo;
    QString applicationName = QStringLiteral("pela-gateway");
    // A fix waits at most this long for others to share its transaction.
    std::chrono::milliseconds gatherWindow{10};
    int maxBatch = 4000;
    // Units' last positions (and so the consoles' notification) at most this often: ten a
    // second at most for 50 consoles to follow, however many devices report.
    std::chrono::milliseconds unitInterval{100};
    // Positions need not wait for the disk: a crash of the database server may lose the last
    // fraction of a second of them (never anything else: cases use their own connections).
    bool synchronousCommitOff = true;
    // How long a batch waits for a lost database before its fixes are answered unavailable.
    std::chrono::milliseconds retryFor{5000};
    // More fixes waiting than this (the database is gone): new ones are answered unavailable.
    int maxQueued = 200000;
    std::chrono::seconds pruneInterval{600};
    std::chrono::seconds deviceReloadInterval{5};
    std::chrono::seconds settingsInterval{60};
    // Store nothing, answer every fix as stored (the benchmark's HTTP floor); devices and
    // settings are still read.
    bool dryRun = false;
};

struct WriterStatistics
{
    qint64 stored = 0;      // fixes committed
    qint64 refused = 0;     // fixes the database refused
    qint64 batches = 0;     // transactions of fixes
    qint64 unitUpdates = 0; // UPDATE units statements (notifications)
    qint64 unavailable = 0;
    qint64 handsetMessages = 0;
    qint64 pruned = 0;
};

class PositionWriter
{
public:
    PositionWriter(PositionWriterOptions options, DeviceDirectory *directory, FixChecker *checker,
                   ServerClock *clock);
    ~PositionWriter();
    PositionWriter(const PositionWriter &) = delete;
    PositionWriter &operator=(const PositionWriter &) = delete;

    // Connects, reads devices, settings and the server's clock, then starts the thread. A
    // first connection that fails is reported here and nothing starts.
    DbError start();
    // Finishes what is queued (answering it), then stops the thread.
    void stop();

    void submit(PositionWrite write);
    void submit(HandsetWrite write);
    // done runs on the writer's thread once the devices have been read again: a device an
    // admin has just registered is found on its first report. Reads happen at most once a
    // second, however many unknown devices ask.
    void afterDeviceReload(std::function<void()> done);
    WriterStatistics statistics() const;
    bool isConnected() const { return m_connected.load(); }

private:
    struct Batch;
    void run();
    bool ensureConnected(std::chrono::steady_clock::time_point giveUpAt);
    bool prepareSession();
    void writePositions(std::vector<PositionWrite> &writes);
    void writeHandset(HandsetWrite &write);
    void maintenance(std::chrono::steady_clock::time_point now);
    void flushUnitsIfDue(std::chrono::steady_clock::time_point now);
    void answer(std::vector<PositionWrite> &writes, const StoreResult &result);

    PositionWriterOptions m_options;
    DeviceDirectory *m_directory;
    FixChecker *m_checker;
    ServerClock *m_clock;
    std::unique_ptr<PgConnection> m_connection;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<PositionWrite> m_positions;
    std::deque<HandsetWrite> m_handsets;
    std::vector<std::function<void()>> m_reloadWaiters;
    std::chrono::steady_clock::time_point m_oldestQueued;
    bool m_stopping = false;
    std::thread m_thread;
    std::atomic<bool> m_connected{false};

    // Writer thread only: the newest fix per unit not yet written to units.
    struct UnitPosition
    {
        double latitude, longitude;
        std::optional<double> heading, speedKmh;
        QDateTime fixTime;
    };
    QHash<qint64, UnitPosition> m_unitPositions;
    std::chrono::steady_clock::time_point m_lastUnitsUpdate;
    std::chrono::steady_clock::time_point m_nextPrune, m_nextDeviceReload, m_nextSettings,
        m_lastRequestedReload;

    mutable std::mutex m_statisticsMutex;
    WriterStatistics m_statistics;
};

} // namespace pela::core
