// Connects the intake form to the console's command runner and the offline journal: saves,
// attached calls, triage after an early save, referrals and the hand-over to dispatch go out
// through the runner, every answer is shown in the form; what the database could not take (not
// reachable, or the outcome unknown) is kept in the journal and sent by itself, exactly once,
// when it answers again. It also fills the form from the phone system's rings for this
// workstation, loads the gazetteer and the duplicate rules (again when they change), and looks
// up the caller's recent cases. Nothing here waits for the database on the GUI thread.
#pragma once

#include "commands/commandrunner.h"
#include "intake/intakejournal.h"
#include "intakeform.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace pela::ui {

class DatabaseConnector;
class LiveSession;

class IntakeController : public QObject
{
    Q_OBJECT
public:
    // Neither form nor session is owned; both must outlive the controller. journal may be null
    // (it could not be opened): saves still go out, but nothing is kept when they fail.
    IntakeController(IntakeForm *form, LiveSession *session,
                     std::unique_ptr<core::IntakeJournal> journal, QObject *parent = nullptr);
    ~IntakeController() override;

    // Opens the journal at its default place ($PELA_HOME/intake-journal.sqlite); on failure the
    // form is told why and nullptr returned.
    static std::unique_ptr<core::IntakeJournal> openDefaultJournal(IntakeForm *form);

    core::IntakeJournal *journal() const { return m_journal.get(); }
    // The name rings are addressed to (core::Workstation::name() by default).
    QString workstation() const { return m_workstation; }
    void setWorkstation(const QString &name) { m_workstation = name; }
    // When set and the first connection failed, the controller retries it while the journal
    // holds something to send (not owned).
    void setConnector(DatabaseConnector *connector) { m_connector = connector; }
    // How long after a failed send the journal tries again (5 s by default).
    void setRetryInterval(std::chrono::milliseconds interval);

    // Entries waiting to send, not counting a save the form is waiting for right now; refused.
    int waitingCount() const;
    int refusedCount() const;
    // Sends what the journal holds now, if the runner is there and nothing is being sent.
    void sendJournal();

signals:
    // The journal's counts changed.
    void journalChanged(int waiting, int refused);
    // The gazetteer was (re)loaded with this many places.
    void gazetteerLoaded(int places);
    // The journal sent an entry: the case it reached (for an open case or an added call).
    void journalEntrySent(const QString &key, const QString &caseNumber);

private:
    struct InFlightSave
    {
        core::OpenCaseRequest request;
        IntakeForm::SaveMode mode = IntakeForm::SaveMode::Save;
        int revision = 0;
    };

    core::CommandRunner *runner() const;
    void onRunnerChanged();
    void onRowsChanged(const QString &table, const QList<qint64> &ids);

    void onSaveRequested(const core::OpenCaseRequest &request, IntakeForm::SaveMode mode);
    void onSaveAnswered(const QString &key, const core::CommandResult &result);
    void onAttachRequested(const QString &caseNumber, const core::CallInfo &call);
    void onCaseChangeRequested(const QString &caseNumber, const core::CaseDetailsChange &change,
                               int priority, const QString &reason);
    void sendCaseChange(const QString &caseNumber);
    void onUnsentCaseChanged(const core::OpenCaseRequest &request);
    void referAfterSave(const QString &caseNumber, const core::OpenCaseRequest &request);

    // The journal's sending, one entry at a time.
    void sendEntry(const core::JournalEntry &entry);
    void entrySent(const core::JournalEntry &entry, const QString &caseNumber);
    void entryNotReached(const core::JournalEntry &entry, const QString &why);
    void entryRefused(const core::JournalEntry &entry, const QString &why);
    void sendOpenCase(const core::JournalEntry &entry);
    void sendAddCall(const core::JournalEntry &entry);
    void sendUpdateCase(const core::JournalEntry &entry);
    // updateCaseDetails then setPriority; done gets the first result that is not ok, or ok.
    void postDetails(const QString &caseNumber, const core::CaseDetailsChange &change, int priority,
                     const QString &reason, std::function<void(const core::CommandResult &)> done);
    // Keeps something the database could not take: the form is told, the sender retries.
    void keep(const core::JournalEntry &entry, const QString &why);

    void loadGazetteer();
    void loadDuplicateRules();
    void readRings(const QList<qint64> &ids, int maxAgeSeconds);
    void lookUpCaller();
    void checkReferralRight();
    void updateCounts();
    void retryConnection();

    // Runs a command on the runner; answered (on this thread) with its result, or with "outcome
    // unknown" when the runner went away before it answered.
    void post(core::CommandRunner::Command command,
              std::function<void(const core::CommandResult &)> answered);

    IntakeForm *m_form;
    LiveSession *m_session;
    std::unique_ptr<core::IntakeJournal> m_journal;
    DatabaseConnector *m_connector = nullptr;
    QString m_workstation;
    // The runner the reads below were started on: a new one starts them again.
    core::CommandRunner *m_runner = nullptr;

    QHash<QString, InFlightSave> m_inFlight; // by client key
    // Triage after an early save, per case: the latest change waits while one is on its way.
    struct PendingChange
    {
        core::CaseDetailsChange change;
        int priority = 0;
        QString reason;
        bool inFlight = false;
        bool more = false;
    };
    QHash<QString, PendingChange> m_changes;

    bool m_sending = false;
    // Whether this login may record referrals (dispatcher and up); unknown until checked.
    std::optional<bool> m_mayRefer;
    qint64 m_lastRingId = 0;
    QTimer m_retryTimer;
    QTimer m_countTimer;
    QTimer m_gazetteerTimer;
    QTimer m_callerTimer;
    QTimer m_reconnectTimer;
    QString m_callerNumber; // the number whose history is asked for
    int m_lastWaiting = -1;
    int m_lastRefused = -1;
};

} // namespace pela::ui
