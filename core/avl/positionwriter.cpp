#include "positionwriter.h"

#include "db/pgconnection.h"
#include "devicedirectory.h"
#include "gatewaysettings.h"
#include "serverclock.h"

#include <QLoggingCategory>

namespace pela::core {

Q_LOGGING_CATEGORY(lcWriter, "pela.gateway.writer")

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// A PostgreSQL array literal built row by row (the values are numbers, or text the gateway
// checked: device ids and flag words, quoted anyway so that a device called "null" stays one).
class ArrayText
{
public:
    void number(double value, int decimals) { next() += QByteArray::number(value, 'f', decimals); }
    void integer(qint64 value) { next() += QByteArray::number(value); }
    void optional(const std::optional<double> &value, int decimals)
    {
        if (value)
            number(*value, decimals);
        else
            next() += "NULL";
    }
    void text(const QString &value) { next() += '"' + value.toUtf8() + '"'; }
    QString finish() const { return QString::fromUtf8(m_text + '}'); }

private:
    QByteArray &next()
    {
        if (m_text.size() > 1)
            m_text += ',';
        return m_text;
    }
    QByteArray m_text = "{";
};

const QByteArray InsertPositions =
    "INSERT INTO unit_positions (unit_id, lat, lon, heading, speed_kmh, accuracy_m, fix_at,"
    " device_id, flags, altitude_m, battery_percent)"
    " SELECT x.unit, x.lat, x.lon, x.heading, x.speed, x.accuracy,"
    " 'epoch'::timestamptz + x.ms * interval '1 millisecond', x.device,"
    " CASE WHEN x.flags = '' THEN '{}'::text[] ELSE string_to_array(x.flags, ',') END,"
    " x.altitude, x.battery"
    " FROM unnest($1::int[], $2::float8[], $3::float8[], $4::float8[], $5::float8[],"
    " $6::float8[], $7::int8[], $8::text[], $9::text[], $10::float8[], $11::real[])"
    " AS x(unit, lat, lon, heading, speed, accuracy, ms, device, flags, altitude, battery)";

const QByteArray UpdateUnits =
    "UPDATE units u SET lat = v.lat, lon = v.lon, heading = v.heading, speed_kmh = v.speed,"
    " position_at = 'epoch'::timestamptz + v.ms * interval '1 millisecond'"
    " FROM unnest($1::int[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::int8[])"
    " AS v(id, lat, lon, heading, speed, ms)"
    " WHERE u.id = v.id"
    " AND (u.position_at IS NULL"
    " OR u.position_at < 'epoch'::timestamptz + v.ms * interval '1 millisecond')";

SqlParams positionParameters(const std::vector<PositionWrite> &writes)
{
    ArrayText unit, lat, lon, heading, speed, accuracy, ms, device, flags, altitude, battery;
    for (const PositionWrite &write : writes) {
        const AvlFix &fix = write.fix;
        unit.integer(write.unitId);
        lat.number(fix.latitude, 7);
        lon.number(fix.longitude, 7);
        heading.optional(fix.headingDegrees, 2);
        speed.optional(fix.speedKmh, 2);
        accuracy.optional(fix.accuracyMeters, 1);
        ms.integer(fix.fixTime.toMSecsSinceEpoch());
        device.text(fix.deviceId);
        flags.text(write.check.flags.join(QLatin1Char(',')));
        altitude.optional(fix.altitudeMeters, 1);
        battery.optional(fix.batteryPercent, 1);
    }
    return {unit.finish(),  lat.finish(),      lon.finish(),    heading.finish(),
            speed.finish(), accuracy.finish(), ms.finish(),     device.finish(),
            flags.finish(), altitude.finish(), battery.finish()};
}

// The fix is there already (a resend): as good as stored. Rare enough that a plain INSERT,
// falling back to one row at a time, is cheaper than ON CONFLICT on every row.
bool isAlreadyStored(const DbError &error)
{
    return error.sqlState() == QLatin1String("23505");
}

// A refusal of the data (a rule, a check, a unit gone): that row is answered, the rest stored.
bool isDataError(const DbError &error)
{
    const QString state = error.sqlState();
    return state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23")) ||
           state.startsWith(QLatin1String("PL"));
}

// Worth trying again on a fresh connection or a moment later.
bool isTransient(const DbError &error, const PgConnection &connection)
{
    const QString state = error.sqlState();
    return !connection.isOpen() || error.kind() == DbError::Kind::ConnectionLost ||
           state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57")) ||
           state == QLatin1String("40001") || state == QLatin1String("40P01") ||
           state == QLatin1String("53300");
}

QString limited(QString text, int length)
{
    text.replace(QChar(0), QChar(0xfffd));
    return text.left(length);
}

} // namespace

PositionWriter::PositionWriter(PositionWriterOptions options, DeviceDirectory *directory,
                               FixChecker *checker, ServerClock *clock)
    : m_options(std::move(options)), m_directory(directory), m_checker(checker), m_clock(clock),
      m_connection(std::make_unique<PgConnection>())
{
}

PositionWriter::~PositionWriter()
{
    stop();
}

DbError PositionWriter::start()
{
    *m_connection = PgConnection::open(m_options.conninfo, ConnectionPurpose::Interactive,
                                       m_options.applicationName);
    if (!m_connection->isOpen())
        return m_connection->error();
    if (!prepareSession())
        return m_connection->error().isError()
                   ? m_connection->error()
                   : DbError(DbError::Kind::Query, QStringLiteral("session setup failed"));
    if (const DbError error = m_directory->reload(*m_connection); error.isError())
        return error;
    const GatewaySettingsLoad settings = GatewaySettingsLoader::load(*m_connection);
    if (settings.error.isError())
        return settings.error;
    for (const QString &problem : settings.problems)
        qCWarning(lcWriter).noquote() << problem;
    m_checker->setSettings(settings.settings);
    m_clock->measure(*m_connection);
    m_connected = true;
    const Clock::time_point now = Clock::now();
    m_lastUnitsUpdate = now;
    m_nextPrune = now + 5s;
    m_nextDeviceReload = now + m_options.deviceReloadInterval;
    m_nextSettings = now + m_options.settingsInterval;
    m_lastRequestedReload = now;
    m_thread = std::thread([this] { run(); });
    return {};
}

void PositionWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PositionWriter::submit(PositionWrite write)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopping && int(m_positions.size()) < m_options.maxQueued) {
            const bool first = m_positions.empty();
            if (first)
                m_oldestQueued = Clock::now();
            m_positions.push_back(std::move(write));
            const bool full = int(m_positions.size()) >= m_options.maxBatch;
            lock.unlock();
            if (full || first)
                m_wake.notify_one();
            return;
        }
    }
    {
        std::lock_guard lock(m_statisticsMutex);
        ++m_statistics.unavailable;
    }
    if (write.done)
        write.done({StoreResult::Outcome::Unavailable,
                    QStringLiteral("the gateway cannot store positions right now")});
}

void PositionWriter::submit(HandsetWrite write)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_handsets.push_back(std::move(write));
            m_wake.notify_one();
            return;
        }
    }
    if (write.done)
        write.done({StoreResult::Outcome::Unavailable, QStringLiteral("the gateway is stopping")});
}

void PositionWriter::afterDeviceReload(std::function<void()> done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_reloadWaiters.push_back(std::move(done));
            m_wake.notify_one();
            return;
        }
    }
    done();
}

WriterStatistics PositionWriter::statistics() const
{
    std::lock_guard lock(m_statisticsMutex);
    return m_statistics;
}

void PositionWriter::run()
{
    for (;;) {
        std::vector<PositionWrite> positions;
        std::optional<HandsetWrite> handset;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            const Clock::time_point now = Clock::now();
            stopping = m_stopping;
            if (!m_handsets.empty()) {
                handset = std::move(m_handsets.front());
                m_handsets.pop_front();
            } else if (!m_positions.empty() &&
                       (stopping || now >= m_oldestQueued + m_options.gatherWindow ||
                        int(m_positions.size()) >= m_options.maxBatch)) {
                const size_t count = std::min(m_positions.size(), size_t(m_options.maxBatch));
                positions.reserve(count);
                for (size_t i = 0; i < count; ++i) {
                    positions.push_back(std::move(m_positions.front()));
                    m_positions.pop_front();
                }
                // What stays has waited long enough: the next round takes it.
                m_oldestQueued = now - m_options.gatherWindow;
            } else if (stopping && m_positions.empty()) {
                std::vector<std::function<void()>> waiters = std::exchange(m_reloadWaiters, {});
                lock.unlock();
                for (const auto &waiter : waiters)
                    waiter();
                m_lastUnitsUpdate = Clock::time_point{}; // the last positions go out now
                flushUnitsIfDue(Clock::now());
                return;
            } else {
                Clock::time_point deadline =
                    std::min({m_nextPrune, m_nextDeviceReload, m_nextSettings});
                if (!m_positions.empty())
                    deadline = std::min(deadline, m_oldestQueued + m_options.gatherWindow);
                if (!m_unitPositions.isEmpty())
                    deadline = std::min(deadline, m_lastUnitsUpdate + m_options.unitInterval);
                if (!m_reloadWaiters.empty())
                    deadline = std::min(deadline, m_lastRequestedReload + 1s);
                // An unknown device asked for a reload: look again within a second.
                deadline = std::min(deadline, now + 1s);
                if (deadline > now)
                    m_wake.wait_until(lock, deadline);
            }
        }
        if (handset)
            writeHandset(*handset);
        if (!positions.empty())
            writePositions(positions);
        const Clock::time_point now = Clock::now();
        flushUnitsIfDue(now);
        if (!stopping)
            maintenance(now);
    }
}

bool PositionWriter::prepareSession()
{
    const char *setup = m_options.synchronousCommitOff
                            ? "SET synchronous_commit = off; SET statement_timeout = '15s'"
                            : "SET statement_timeout = '15s'";
    const PgResult result = m_connection->execScript(QString::fromLatin1(setup));
    return result.ok();
}

bool PositionWriter::ensureConnected(Clock::time_point giveUpAt)
{
    if (m_connection->isOpen())
        return true;
    m_connected = false;
    std::chrono::milliseconds delay = 100ms;
    for (;;) {
        *m_connection = PgConnection::open(m_options.conninfo, ConnectionPurpose::Interactive,
                                           m_options.applicationName);
        if (m_connection->isOpen() && prepareSession()) {
            qCInfo(lcWriter) << "connected to the database again";
            m_connected = true;
            return true;
        }
        if (Clock::now() + delay > giveUpAt)
            return false;
        std::this_thread::sleep_for(delay);
        delay = std::min(delay * 2, std::chrono::milliseconds(1000));
    }
}

void PositionWriter::answer(std::vector<PositionWrite> &writes, const StoreResult &result)
{
    for (PositionWrite &write : writes)
        if (write.done)
            write.done(result);
}

void PositionWriter::writePositions(std::vector<PositionWrite> &writes)
{
    const StoreResult stored{StoreResult::Outcome::Stored, {}};
    auto keep = [this](const PositionWrite &write) {
        m_checker->remember(write.fix, write.check);
        if (!write.check.movesUnit)
            return;
        UnitPosition &unit = m_unitPositions[write.unitId];
        if (unit.fixTime.isValid() && unit.fixTime >= write.fix.fixTime)
            return;
        unit = {write.fix.latitude, write.fix.longitude, write.fix.headingDegrees,
                write.fix.speedKmh, write.fix.fixTime};
    };
    if (m_options.dryRun) {
        for (const PositionWrite &write : writes)
            m_checker->remember(write.fix, write.check);
        answer(writes, stored);
        return;
    }
    const Clock::time_point giveUpAt = Clock::now() + m_options.retryFor;
    const SqlParams parameters = positionParameters(writes);
    for (;;) {
        if (!ensureConnected(giveUpAt)) {
            qCWarning(lcWriter) << "database unreachable; answering" << writes.size()
                                << "fixes as unavailable";
            {
                std::lock_guard lock(m_statisticsMutex);
                m_statistics.unavailable += qint64(writes.size());
            }
            answer(writes, {StoreResult::Outcome::Unavailable,
                            QStringLiteral("the database cannot be reached; try again")});
            return;
        }
        // One statement in its own transaction: committed (or not) as a whole.
        const PgResult inserted =
            m_connection->execPrepared("pela_insert_positions", InsertPositions, parameters);
        if (inserted.ok()) {
            for (const PositionWrite &write : writes)
                keep(write);
            {
                std::lock_guard lock(m_statisticsMutex);
                m_statistics.stored += qint64(writes.size());
                ++m_statistics.batches;
            }
            answer(writes, stored);
            return;
        }
        const DbError error = inserted.error();
        if (isTransient(error, *m_connection) && Clock::now() < giveUpAt) {
            qCWarning(lcWriter).noquote() << "batch failed, retrying:" << error.fullText();
            if (!m_connection->isOpen() || error.kind() == DbError::Kind::ConnectionLost)
                *m_connection = PgConnection();
            else
                std::this_thread::sleep_for(50ms);
            continue;
        }
        if (!isDataError(error)) {
            qCWarning(lcWriter).noquote() << "the database refused a batch:" << error.fullText();
            {
                std::lock_guard lock(m_statisticsMutex);
                m_statistics.refused += qint64(writes.size());
            }
            answer(writes, {isTransient(error, *m_connection) ? StoreResult::Outcome::Unavailable
                                                              : StoreResult::Outcome::Refused,
                            QStringLiteral("the database refused it: %1").arg(error.message())});
            return;
        }
        break;
    }
    // Some row breaks a rule or was stored before: each on its own, so that only that one is
    // refused.
    for (PositionWrite &write : writes) {
        std::vector<PositionWrite> one{write};
        one.front().done = nullptr;
        const PgResult single = m_connection->execPrepared("pela_insert_positions", InsertPositions,
                                                           positionParameters(one));
        const bool done = single.ok() || isAlreadyStored(single.error());
        {
            std::lock_guard lock(m_statisticsMutex);
            ++(done ? m_statistics.stored : m_statistics.refused);
        }
        if (done) {
            keep(write);
            if (write.done)
                write.done(stored);
            continue;
        }
        qCInfo(lcWriter).noquote()
            << "fix of" << write.fix.deviceId << "refused:" << single.error().message();
        if (write.done)
            write.done({isDataError(single.error()) ? StoreResult::Outcome::Refused
                                                    : StoreResult::Outcome::Unavailable,
                        single.error().message()});
    }
}

void PositionWriter::flushUnitsIfDue(Clock::time_point now)
{
    if (m_unitPositions.isEmpty() || now < m_lastUnitsUpdate + m_options.unitInterval ||
        m_options.dryRun || !m_connection->isOpen())
        return;
    ArrayText id, lat, lon, heading, speed, ms;
    for (auto it = m_unitPositions.cbegin(); it != m_unitPositions.cend(); ++it) {
        id.integer(it.key());
        lat.number(it->latitude, 7);
        lon.number(it->longitude, 7);
        heading.optional(it->heading, 2);
        speed.optional(it->speedKmh, 2);
        ms.integer(it->fixTime.toMSecsSinceEpoch());
    }
    // One statement: one notification for every unit that moved since the last one.
    const PgResult updated = m_connection->execPrepared(
        "pela_update_units", UpdateUnits,
        {id.finish(), lat.finish(), lon.finish(), heading.finish(), speed.finish(), ms.finish()});
    m_lastUnitsUpdate = now;
    if (updated.ok() || !isTransient(updated.error(), *m_connection)) {
        if (!updated.ok())
            qCWarning(lcWriter).noquote()
                << "units' positions not updated:" << updated.error().fullText();
        m_unitPositions.clear();
        std::lock_guard lock(m_statisticsMutex);
        ++m_statistics.unitUpdates;
    }
}

void PositionWriter::writeHandset(HandsetWrite &write)
{
    auto done = [&](StoreResult result) {
        if (write.done)
            write.done(result);
    };
    if (m_options.dryRun)
        return done({});
    const AmlParse &parse = write.parse;
    const QString outcome = parse.outcome == AmlParse::Outcome::Location ? QStringLiteral("stored")
                            : parse.outcome == AmlParse::Outcome::NoLocation
                                ? QStringLiteral("no_location")
                                : QStringLiteral("refused");
    auto store = [&](const QString &storedOutcome, const QString &reason,
                     bool withLocation) -> PgResult {
        PgTransaction transaction(*m_connection);
        if (!transaction.isActive())
            return PgResult(transaction.error());
        const PgResult next = m_connection->exec("SELECT nextval('aml_messages_id_seq') AS id");
        if (!next.ok())
            return next;
        const qint64 messageId = next.toInt(0, "id");
        const PgResult message = m_connection->exec(
            "INSERT INTO aml_messages (id, channel, sender, body, outcome, reason)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            {messageId, write.channel, limited(write.sender, 64), limited(write.body, 4096),
             storedOutcome, limited(reason, 500)});
        if (!message.ok())
            return message;
        if (withLocation) {
            const HandsetLocation &location = parse.location;
            auto optional = [](const auto &value) { return value ? QVariant(*value) : QVariant(); };
            const PgResult inserted = m_connection->exec(
                "INSERT INTO handset_locations (caller_phone, caller_phone_e164, lat, lon,"
                " radius_m, confidence_percent, positioning_method, located_at, source,"
                " aml_version, network_mcc, network_mnc, message_id)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                {location.callerPhone,
                 location.callerPhoneE164.isEmpty() ? QVariant() : location.callerPhoneE164,
                 location.latitude, location.longitude, optional(location.radiusMeters),
                 optional(location.confidencePercent), location.positioningMethod,
                 location.locatedAt.isValid() ? QVariant(location.locatedAt) : QVariant(),
                 write.channel == QLatin1String("sms") ? QStringLiteral("aml_sms")
                                                       : QStringLiteral("aml_https"),
                 location.amlVersion,
                 location.networkMcc.isEmpty() ? QVariant() : location.networkMcc,
                 location.networkMnc.isEmpty() ? QVariant() : location.networkMnc, messageId});
            if (!inserted.ok())
                return inserted;
        }
        return transaction.commit();
    };
    const Clock::time_point giveUpAt = Clock::now() + m_options.retryFor;
    for (;;) {
        if (!ensureConnected(giveUpAt))
            return done({StoreResult::Outcome::Unavailable,
                         QStringLiteral("the database cannot be reached; try again")});
        const PgResult stored =
            store(outcome, parse.reason, parse.outcome == AmlParse::Outcome::Location);
        if (stored.ok())
            break;
        if (isTransient(stored.error(), *m_connection) && Clock::now() < giveUpAt) {
            if (!m_connection->isOpen())
                *m_connection = PgConnection();
            continue;
        }
        // The location breaks a rule of the database: keep the message, say why.
        const QString why =
            QStringLiteral("the database refused it: %1").arg(stored.error().message());
        qCWarning(lcWriter).noquote() << "AML message not stored:" << stored.error().fullText();
        const PgResult raw = store(QStringLiteral("refused"), why, false);
        return done({raw.ok() || isDataError(raw.error()) ? StoreResult::Outcome::Refused
                                                          : StoreResult::Outcome::Unavailable,
                     why});
    }
    {
        std::lock_guard lock(m_statisticsMutex);
        ++m_statistics.handsetMessages;
    }
    done({});
}

void PositionWriter::maintenance(Clock::time_point now)
{
    std::vector<std::function<void()>> waiters;
    bool requested = false;
    if (now >= m_lastRequestedReload + 1s) {
        std::lock_guard lock(m_mutex);
        waiters = std::exchange(m_reloadWaiters, {});
        requested = m_directory->takeReloadRequest() || !waiters.empty();
    }
    if (!m_connection->isOpen()) {
        for (const auto &waiter : waiters)
            waiter();
        return;
    }
    if (requested || now >= m_nextDeviceReload) {
        QStringList changed;
        if (const DbError error = m_directory->reload(*m_connection, &changed); error.isError())
            qCWarning(lcWriter).noquote() << "devices not reloaded:" << error.fullText();
        for (const QString &device : changed)
            m_checker->forget(device);
        m_nextDeviceReload = now + m_options.deviceReloadInterval;
        if (requested)
            m_lastRequestedReload = now;
    }
    for (const auto &waiter : waiters)
        waiter();
    if (now >= m_nextSettings) {
        const GatewaySettingsLoad settings = GatewaySettingsLoader::load(*m_connection);
        if (!settings.error.isError())
            m_checker->setSettings(settings.settings);
        m_clock->measure(*m_connection);
        m_nextSettings = now + m_options.settingsInterval;
    }
    if (now >= m_nextPrune && !m_options.dryRun) {
        // In slices, so that fixes never wait long behind a prune.
        constexpr int Slice = 5000;
        for (int round = 0; round < 20; ++round) {
            const PgResult pruned =
                m_connection->exec("SELECT pela_prune_history($1) AS pruned", {Slice});
            if (!pruned.ok()) {
                qCWarning(lcWriter).noquote() << "pruning failed:" << pruned.error().fullText();
                break;
            }
            const qint64 count = pruned.toInt(0, "pruned");
            {
                std::lock_guard lock(m_statisticsMutex);
                m_statistics.pruned += count;
            }
            if (count < Slice)
                break;
            std::lock_guard lock(m_mutex);
            if (!m_positions.empty() || !m_handsets.empty())
                break; // fixes first; the next round goes on
        }
        m_nextPrune = now + m_options.pruneInterval;
    }
}

} // namespace pela::core
