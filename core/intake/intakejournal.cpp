#include "intakejournal.h"

#include "db/embeddedserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pela::core {

namespace {

// A busy file (another console writing) is waited for this long, at most.
constexpr int BusyTimeoutMs = 1000;
// The lease of the form's own save: longer than any command's deadline, short enough that an
// entry of a console that died while saving goes out soon (a dead process's leases end at once
// when the next console opens the journal).
constexpr qint64 HeldLeaseMs = 120'000;

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

qint64 msecs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

JournalEntry entryFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.key = query.value(0).toString();
    entry.kind =
        journalKindFromText(query.value(1).toString()).value_or(JournalEntry::Kind::OpenCase);
    entry.payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    entry.revision = query.value(3).toInt();
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    entry.attempts = query.value(5).toInt();
    entry.lastError = query.value(6).toString();
    entry.refused = query.value(7).toBool();
    return entry;
}

constexpr const char *EntryColumns =
    "key, kind, payload, revision, created_at, attempts, last_error, refused";

// Creates the file readable and writable by its owner only, or makes an existing one so; SQLite
// gives its rollback journal the database file's permissions.
QString makePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QDir directory = info.absoluteDir();
    if (!directory.exists() && !QDir().mkpath(directory.absolutePath()))
        return IntakeJournal::tr("cannot create the folder %1").arg(directory.absolutePath());
    const QByteArray name = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(name.constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return IntakeJournal::tr("cannot open %1: %2")
            .arg(info.absoluteFilePath(), QString::fromLocal8Bit(strerror(errno)));
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok)
        return IntakeJournal::tr("cannot make %1 private: %2")
            .arg(info.absoluteFilePath(), QString::fromLocal8Bit(strerror(errno)));
    return {};
}

} // namespace

QString toText(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Kind::OpenCase:
        return QStringLiteral("open_case");
    case JournalEntry::Kind::AddCall:
        return QStringLiteral("add_call");
    case JournalEntry::Kind::UpdateCase:
        return QStringLiteral("update_case");
    }
    return {};
}

std::optional<JournalEntry::Kind> journalKindFromText(const QString &text)
{
    for (const auto kind : {JournalEntry::Kind::OpenCase, JournalEntry::Kind::AddCall,
                            JournalEntry::Kind::UpdateCase})
        if (toText(kind) == text)
            return kind;
    return std::nullopt;
}

QString IntakeJournal::defaultPath()
{
    return EmbeddedServer::defaultHome() + QStringLiteral("/intake-journal.sqlite");
}

IntakeJournal::IntakeJournal(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_owner(QStringLiteral("%1/%2")
                  .arg(::getpid())
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

IntakeJournal::~IntakeJournal()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<IntakeJournal> IntakeJournal::open(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (const QString problem = makePrivateFile(path); !problem.isEmpty())
        return fail(problem);
    const QString name =
        QStringLiteral("pela-intake-journal-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(tr("cannot open %1: %2").arg(path, why));
        }
    }
    std::unique_ptr<IntakeJournal> journal(new IntakeJournal(path, name));
    // Every write reaches the disk before it returns: the journal is what survives a crash.
    if (!journal->exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !journal->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                                      " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                      " key TEXT NOT NULL UNIQUE,"
                                      " kind TEXT NOT NULL,"
                                      " payload TEXT NOT NULL,"
                                      " revision INTEGER NOT NULL DEFAULT 1,"
                                      " created_at INTEGER NOT NULL,"
                                      " attempts INTEGER NOT NULL DEFAULT 0,"
                                      " last_error TEXT NOT NULL DEFAULT '',"
                                      " refused INTEGER NOT NULL DEFAULT 0,"
                                      " lease_owner TEXT,"
                                      " lease_until INTEGER NOT NULL DEFAULT 0)")))
        return fail(journal->lastError());
    journal->releaseLeasesOfDeadProcesses();
    return journal;
}

void IntakeJournal::releaseLeasesOfDeadProcesses()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT DISTINCT lease_owner FROM entries"
                                   " WHERE lease_owner IS NOT NULL")))
        return;
    QStringList dead;
    while (query.next()) {
        const QString owner = query.value(0).toString();
        const pid_t pid = pid_t(owner.section(QLatin1Char('/'), 0, 0).toLongLong());
        if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
            dead << owner;
    }
    query.finish();
    for (const QString &owner : std::as_const(dead))
        exec(QStringLiteral("UPDATE entries SET lease_owner = NULL, lease_until = 0"
                            " WHERE lease_owner = ?"),
             {owner});
}

bool IntakeJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        m_lastError = tr("the journal %1 cannot be used: %2").arg(m_path, query.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError =
            tr("the journal %1 cannot be written: %2").arg(m_path, query.lastError().text());
        return false;
    }
    m_lastError.clear();
    return true;
}

int IntakeJournal::put(const JournalEntry &entry, Lease lease)
{
    const qint64 now = msecs(m_clock());
    const qint64 leaseUntil = lease == Lease::Held ? now + HeldLeaseMs : 0;
    const bool written =
        exec(QStringLiteral("INSERT INTO entries (key, kind, payload, created_at, lease_owner,"
                            " lease_until) VALUES (?, ?, ?, ?, ?, ?)"
                            " ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,"
                            " revision = revision + 1, refused = 0,"
                            " lease_owner = CASE WHEN excluded.lease_until > 0"
                            "   THEN excluded.lease_owner ELSE lease_owner END,"
                            " lease_until = max(lease_until, excluded.lease_until)"),
             {entry.key, toText(entry.kind), payloadText(entry.payload), now,
              lease == Lease::Held ? QVariant(m_owner) : QVariant(), leaseUntil});
    if (!written)
        return 0;
    emit changed();
    const std::optional<JournalEntry> stored = this->entry(entry.key);
    return stored ? stored->revision : 0;
}

bool IntakeJournal::remove(const QString &key, int revision)
{
    const bool ok = revision == 0
                        ? exec(QStringLiteral("DELETE FROM entries WHERE key = ?"), {key})
                        : exec(QStringLiteral("DELETE FROM entries WHERE key = ? AND revision = ?"),
                               {key, revision});
    if (!ok)
        return false;
    // A newer revision came meanwhile: it goes out again.
    exec(QStringLiteral("UPDATE entries SET lease_owner = NULL, lease_until = 0 WHERE key = ?"
                        " AND lease_owner = ?"),
         {key, m_owner});
    emit changed();
    return true;
}

std::optional<JournalEntry> IntakeJournal::claimNext(std::chrono::milliseconds lease)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 now = msecs(m_clock());
    // IMMEDIATE: the write lock is taken before reading, so two senders never claim one entry.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM entries WHERE refused = 0 AND lease_until < ?"
                                 " ORDER BY seq LIMIT 1")
                      .arg(QLatin1String(EntryColumns)));
    query.addBindValue(now);
    if (!query.exec() || !query.next()) {
        if (query.lastError().isValid())
            m_lastError = query.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    JournalEntry entry = entryFrom(query);
    query.finish();
    if (!exec(QStringLiteral("UPDATE entries SET lease_owner = ?, lease_until = ?,"
                             " attempts = attempts + 1 WHERE key = ?"),
              {m_owner, now + lease.count(), entry.key}) ||
        !exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    ++entry.attempts;
    return entry;
}

bool IntakeJournal::release(const QString &key, const QString &why)
{
    if (!exec(QStringLiteral("UPDATE entries SET lease_owner = NULL, lease_until = 0,"
                             " last_error = ? WHERE key = ?"),
              {why, key}))
        return false;
    emit changed();
    return true;
}

bool IntakeJournal::markRefused(const QString &key, const QString &why)
{
    if (!exec(QStringLiteral("UPDATE entries SET refused = 1, lease_owner = NULL,"
                             " lease_until = 0, last_error = ? WHERE key = ?"),
              {why, key}))
        return false;
    emit changed();
    return true;
}

std::optional<JournalEntry> IntakeJournal::entry(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT %1 FROM entries WHERE key = ?").arg(QLatin1String(EntryColumns)));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

QList<JournalEntry> IntakeJournal::entries() const
{
    QList<JournalEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY seq")
                        .arg(QLatin1String(EntryColumns)))) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result << entryFrom(query);
    return result;
}

int IntakeJournal::waitingCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM entries WHERE refused = 0")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

int IntakeJournal::refusedCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM entries WHERE refused = 1")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace pela::core
