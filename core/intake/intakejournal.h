// The offline intake journal: what the call-taker saved and the database has not confirmed yet
// (it was unavailable, or the outcome was unknown), kept in a local SQLite file only its user can
// read, until it is sent. Entries carry their idempotency key, so sending one again is safe; a
// journal left by a console that crashed is sent by the next one. Cross-process safe: an entry
// being sent is leased to one sender for a while.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace pela::core {

struct JournalEntry
{
    enum class Kind
    {
        OpenCase,   // payload: an OpenCaseRequest (intakejson); key = its client key
        AddCall,    // payload: {"case_number", "call"}; key made by the workstation
        UpdateCase, // payload: {"case_number", "change", "priority", "priority_reason"}
    };

    QString key;
    Kind kind = Kind::OpenCase;
    QJsonObject payload;
    int revision = 1;     // grows each time the entry is put again with the same key
    QDateTime createdAt;  // first journalled (UTC, this workstation's clock)
    int attempts = 0;     // sends tried
    QString lastError;    // why the last attempt did not save it, in the operator's words
    bool refused = false; // the database refused it: it waits for a person, never resent
};

class IntakeJournal : public QObject
{
    Q_OBJECT
public:
    // Opens (creating) the journal at path; the file is made readable by its user only (0600).
    // nullptr with *error set when it cannot be opened.
    static std::unique_ptr<IntakeJournal> open(const QString &path, QString *error = nullptr);
    // $PELA_HOME/intake-journal.sqlite ($PELA_HOME as the embedded server uses it).
    static QString defaultPath();
    ~IntakeJournal() override;

    QString path() const { return m_path; }
    // This journal object's name in leases: unique per process and object.
    QString owner() const { return m_owner; }
    // The last storage error, in the operator's words; empty when the last call succeeded.
    QString lastError() const { return m_lastError; }

    enum class Lease
    {
        None, // any sender may take it
        Held, // this object is sending it (the form's own save): others leave it alone
    };
    // Stores entry by its key: a new one, or the same key again (the intake changed) with the
    // payload replaced and the revision raised; a refused entry put again is tried again. Returns
    // the stored revision, 0 when it could not be written.
    int put(const JournalEntry &entry, Lease lease = Lease::None);
    // Removes the entry when it still has that revision (it was sent as it is); a newer
    // revision stays, unleased, to be sent again. revision 0 removes whatever is there.
    bool remove(const QString &key, int revision = 0);
    // The oldest entry that is neither refused nor leased to another sender, leased to this one
    // for `lease` (its attempts counted); nullopt when there is none.
    std::optional<JournalEntry> claimNext(std::chrono::milliseconds lease);
    // The send did not arrive: the lease ends now and the entry waits for the next attempt.
    bool release(const QString &key, const QString &why);
    // The database refused the entry: kept with its reason for a person, never resent.
    bool markRefused(const QString &key, const QString &why);

    std::optional<JournalEntry> entry(const QString &key) const;
    // Oldest first.
    QList<JournalEntry> entries() const;
    // Entries still to send (not refused), and refused ones; read from the file, so entries
    // another console's journal object wrote count too.
    int waitingCount() const;
    int refusedCount() const;

    // Replaces the clock of leases and creation times (tests); the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    // Something this object wrote changed the counts.
    void changed();

private:
    IntakeJournal(QString path, QString connectionName);
    bool exec(const QString &sql, const QVariantList &values = {});
    // A console that crashed while sending left its leases: its entries go out now.
    void releaseLeasesOfDeadProcesses();

    QString m_path;
    QString m_connectionName;
    QString m_owner;
    mutable QString m_lastError;
    std::function<QDateTime()> m_clock;
};

QString toText(JournalEntry::Kind kind);
std::optional<JournalEntry::Kind> journalKindFromText(const QString &text);

} // namespace pela::core
