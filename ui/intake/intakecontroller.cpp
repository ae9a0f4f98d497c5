#include "intakecontroller.h"

#include "databaseconnector.h"
#include "geo/gazetteer.h"
#include "intake/callerhistory.h"
#include "intake/callrings.h"
#include "intake/intakejson.h"
#include "intake/workstation.h"
#include "live/duplicatefinder.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/possibleduplicatesmodel.h"
#include "livesession.h"
#include "triage/triageprotocol.h"

#include <QJsonArray>
#include <QUuid>

namespace pela::ui {

using core::CommandResult;
using core::JournalEntry;

namespace {

// A sender holds an entry this long at most; longer than any command's deadline.
constexpr std::chrono::milliseconds SendLease{60'000};
// A ring older than this is a call already being taken: it no longer fills a form.
constexpr int RingMaxAgeSeconds = 120;
// At (re)connect, a ring this recent was answered while the console was starting.
constexpr int RingAtStartSeconds = 30;
constexpr int ReconnectIntervalMs = 15'000;

using Status = CommandResult::Status;

bool notReached(const CommandResult &result)
{
    return result.status == Status::Unavailable || result.status == Status::OutcomeUnknown;
}

// The reason a priority carries when it is set again from the journal: the override's, or the
// computed one's in the centre's language.
QString priorityReason(const core::OpenCaseRequest &request)
{
    const QJsonObject override = request.triage.value(QLatin1String("override")).toObject();
    if (!override.isEmpty())
        return override.value(QLatin1String("reason")).toString();
    return request.triage.value(QLatin1String("reason"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

QJsonObject addCallPayload(const QString &caseNumber, const core::CallInfo &call)
{
    return {{QStringLiteral("case_number"), caseNumber},
            {QStringLiteral("call"), core::intakejson::fromCall(call)}};
}

// Whether the call was added already (a resend after an unknown outcome): the same claimed
// answer time, to the millisecond, and number on that case, or on the case it moved to.
core::ReadResult<bool> callArrived(core::PgConnection &connection, const QString &caseNumber,
                                   const core::CallInfo &call)
{
    const core::PgResult found = connection.exec(
        "SELECT EXISTS (SELECT 1 FROM calls k JOIN cases c ON c.id = k.case_id"
        " WHERE (c.number = $1 OR k.moved_from_case_id = (SELECT id FROM cases WHERE number = $1))"
        " AND k.answered_at_claimed = $2 AND k.caller_phone = $3) AS arrived",
        {caseNumber, call.answeredAt, call.callerPhone.trimmed()});
    if (!found.ok())
        return core::ReadResult<bool>::failed(found.error());
    return core::ReadResult<bool>::of(found.toBool(0, "arrived"));
}

} // namespace

IntakeController::IntakeController(IntakeForm *form, LiveSession *session,
                                   std::unique_ptr<core::IntakeJournal> journal, QObject *parent)
    : QObject(parent), m_form(form), m_session(session), m_journal(std::move(journal)),
      m_workstation(core::Workstation::name())
{
    // Answer and ring times by the server's clock: a workstation minutes off would have its
    // claimed times refused as "in the future".
    core::LiveState *state = m_session->state();
    m_form->setClock([state] { return state->clock().now(); });

    connect(m_form, &IntakeForm::saveRequested, this, &IntakeController::onSaveRequested);
    connect(m_form, &IntakeForm::attachCallRequested, this, &IntakeController::onAttachRequested);
    connect(m_form, &IntakeForm::caseChangeRequested, this,
            &IntakeController::onCaseChangeRequested);
    connect(m_form, &IntakeForm::unsentCaseChanged, this, &IntakeController::onUnsentCaseChanged);
    connect(m_form, &IntakeForm::handedToDispatch, m_session, &LiveSession::selectCase);
    connect(m_form, &IntakeForm::callerNumberChanged, this, [this](const QString &e164) {
        m_callerNumber = e164;
        if (!e164.isEmpty())
            m_callerTimer.start();
    });

    connect(m_session, &LiveSession::commandRunnerChanged, this,
            &IntakeController::onRunnerChanged);
    connect(m_session->sync(), &core::LiveSync::rowsChanged, this,
            &IntakeController::onRowsChanged);
    connect(m_session->sync(), &core::LiveSync::online, this, [this] {
        // Back after an outage: what changed meanwhile, and what waits to be sent.
        loadGazetteer();
        loadDuplicateRules();
        readRings({}, RingAtStartSeconds);
        sendJournal();
    });

    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, &IntakeController::sendJournal);
    // Another console on this journal (or one restarted) may change it: the count follows.
    m_countTimer.setInterval(2000);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        updateCounts();
        if (waitingCount() > 0 && !m_sending && !m_retryTimer.isActive())
            m_retryTimer.start();
    });
    m_countTimer.start();
    // Places arrive in batches (an import): one load after they settle.
    m_gazetteerTimer.setSingleShot(true);
    m_gazetteerTimer.setInterval(500);
    connect(&m_gazetteerTimer, &QTimer::timeout, this, &IntakeController::loadGazetteer);
    // A number being typed: ask once it rests.
    m_callerTimer.setSingleShot(true);
    m_callerTimer.setInterval(250);
    connect(&m_callerTimer, &QTimer::timeout, this, &IntakeController::lookUpCaller);
    m_reconnectTimer.setInterval(ReconnectIntervalMs);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &IntakeController::retryConnection);
    m_reconnectTimer.start();

    if (m_journal)
        connect(m_journal.get(), &core::IntakeJournal::changed, this,
                &IntakeController::updateCounts);
    updateCounts();
    if (m_journal && m_journal->waitingCount() > 0)
        m_form->showStatus(tr("Calls saved on this workstation earlier are waiting to be sent; "
                              "they go out as soon as the database answers."),
                           true);
    onRunnerChanged();
}

IntakeController::~IntakeController() = default;

std::unique_ptr<core::IntakeJournal> IntakeController::openDefaultJournal(IntakeForm *form)
{
    QString error;
    std::unique_ptr<core::IntakeJournal> journal =
        core::IntakeJournal::open(core::IntakeJournal::defaultPath(), &error);
    if (!journal)
        form->showNotice(tr("The offline journal cannot be opened (%1): a call saved while the "
                            "database is unreachable cannot be kept. Tell the administrator.")
                             .arg(error));
    return journal;
}

void IntakeController::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

core::CommandRunner *IntakeController::runner() const
{
    return m_session->commandRunner();
}

void IntakeController::onRunnerChanged()
{
    core::CommandRunner *current = runner();
    if (current == m_runner)
        return;
    m_runner = current;
    m_sending = false; // an entry the old runner was sending keeps its lease until it ends
    m_mayRefer.reset();
    if (!current)
        return;
    loadGazetteer();
    loadDuplicateRules();
    checkReferralRight();
    readRings({}, RingAtStartSeconds);
    sendJournal();
}

void IntakeController::onRowsChanged(const QString &table, const QList<qint64> &ids)
{
    if (table == QLatin1String("call_rings"))
        readRings(ids, RingMaxAgeSeconds);
    else if (table == QLatin1String("places"))
        m_gazetteerTimer.start();
    else if (table == QLatin1String("settings"))
        loadDuplicateRules();
}

void IntakeController::post(core::CommandRunner::Command command,
                            std::function<void(const CommandResult &)> answered)
{
    core::CommandRunner *current = runner();
    if (!current) {
        answered(CommandResult::unavailable(
            tr("The console is not connected to the database; nothing was sent.")));
        return;
    }
    current->post(std::move(command))
        .then(this, [answered](const CommandResult &result) { answered(result); })
        .onCanceled(this, [answered] {
            answered(CommandResult::outcomeUnknown(
                tr("The connection to the database was replaced before it answered; the "
                   "outcome is unknown.")));
        });
}

// --- Saving ------------------------------------------------------------------------------------

void IntakeController::onSaveRequested(const core::OpenCaseRequest &request,
                                       IntakeForm::SaveMode mode)
{
    const QString key = request.clientKey;
    // Written ahead: a console that dies while the save is on its way loses nothing.
    int revision = 0;
    if (m_journal) {
        revision = m_journal->put(
            {key, JournalEntry::Kind::OpenCase, core::intakejson::fromOpenCase(request)},
            core::IntakeJournal::Lease::Held);
        if (revision == 0)
            m_form->showNotice(m_journal->lastError());
    }
    m_inFlight.insert(key, {request, mode, revision});
    m_form->setSaving(true);
    updateCounts();
    post([request](core::IncidentCommands &commands) { return commands.openCase(request); },
         [this, key](const CommandResult &result) { onSaveAnswered(key, result); });
}

void IntakeController::onSaveAnswered(const QString &key, const CommandResult &result)
{
    const auto found = m_inFlight.constFind(key);
    if (found == m_inFlight.cend())
        return;
    const InFlightSave save = *found;
    m_inFlight.erase(found);
    const bool formOnIt = m_form->clientKey() == key;

    if (result.ok()) {
        if (m_journal)
            m_journal->remove(key, save.revision);
        if (formOnIt)
            m_form->showResult(result);
        else
            m_form->showStatus(tr("The previous call is saved as case %1.").arg(result.caseNumber),
                               false);
        if (!formOnIt && save.mode == IntakeForm::SaveMode::SaveAndDispatch)
            m_session->selectCase(result.caseNumber);
        referAfterSave(result.caseNumber, save.request);
        updateCounts();
        sendJournal(); // the database answers: anything kept earlier goes too
        return;
    }
    if (notReached(result) && m_journal && save.revision > 0) {
        m_journal->release(key, result.message);
        if (formOnIt)
            m_form->showJournalled(key, result.message);
        else
            m_form->showStatus(tr("The previous call is not saved yet (the database does not "
                                  "answer); it is kept on this workstation and sent by itself."),
                               true);
        updateCounts();
        m_retryTimer.start();
        return;
    }
    // Refused (or nowhere to keep it): the form still holds it, or the journal keeps it for a
    // person.
    if (formOnIt) {
        if (m_journal)
            m_journal->remove(key);
        m_form->showResult(result);
    } else {
        if (m_journal && save.revision > 0)
            m_journal->markRefused(key, result.message);
        m_form->showStatus(tr("The previous call was NOT saved: %1 It is kept on this "
                              "workstation for the shift lead.")
                               .arg(result.message),
                           true);
    }
    updateCounts();
}

void IntakeController::referAfterSave(const QString &caseNumber,
                                      const core::OpenCaseRequest &request)
{
    const QJsonArray agencies = request.triage.value(QLatin1String("agencies")).toArray();
    const std::shared_ptr<const core::TriageProtocol> protocol = m_form->triageProtocol();
    if (agencies.isEmpty() || caseNumber.isEmpty())
        return;
    QStringList names;
    for (const QJsonValue &id : agencies) {
        const core::TriageAgency *agency = protocol ? protocol->agency(id.toString()) : nullptr;
        // One spelling for everyone, whatever the operator's language: the centre's.
        names << (agency ? agency->name.in(QStringLiteral("id")) : id.toString());
    }
    if (m_mayRefer.has_value() && !*m_mayRefer) {
        // Not this login's to record: it says whose it is, and the case waits on the board.
        m_form->showStatus(
            tr("Case %1: %2 — %3 is for %4; the case waits on the board.")
                .arg(caseNumber, names.join(QStringLiteral(", ")),
                     core::IncidentCommands::actionName(core::CommandAction::Refer),
                     core::IncidentCommands::rolesAllowed(core::CommandAction::Refer)),
            false);
        return;
    }
    for (const QString &name : std::as_const(names))
        post(
            [caseNumber, name](core::IncidentCommands &commands) {
                return commands.referToAgency(caseNumber, name, core::ReferralState::Forwarded);
            },
            [this, caseNumber, name](const CommandResult &result) {
                if (result.ok())
                    m_form->showStatus(tr("Case %1 is referred to %2.").arg(caseNumber, name),
                                       false);
                else
                    m_form->showStatus(tr("Case %1: the referral to %2 was not recorded: %3")
                                           .arg(caseNumber, name, result.message),
                                       true);
            });
}

void IntakeController::onAttachRequested(const QString &caseNumber, const core::CallInfo &call)
{
    const QString formKey = m_form->clientKey();
    JournalEntry entry{QUuid::createUuid().toString(QUuid::WithoutBraces),
                       JournalEntry::Kind::AddCall, addCallPayload(caseNumber, call)};
    if (m_journal)
        entry.revision = m_journal->put(entry, core::IntakeJournal::Lease::Held);
    m_form->setSaving(true);
    post([caseNumber,
          call](core::IncidentCommands &commands) { return commands.addCall(caseNumber, call); },
         [this, entry, formKey](const CommandResult &result) {
             const bool formOnIt = m_form->clientKey() == formKey;
             if (result.ok()) {
                 if (m_journal)
                     m_journal->remove(entry.key);
             } else if (notReached(result) && m_journal && entry.revision > 0) {
                 m_journal->release(entry.key, result.message);
                 if (formOnIt)
                     m_form->showJournalled(formKey, result.message);
                 updateCounts();
                 m_retryTimer.start();
                 return;
             } else if (m_journal) {
                 m_journal->remove(entry.key);
             }
             if (formOnIt)
                 m_form->showResult(result);
             updateCounts();
         });
}

// --- Triage after an early save -----------------------------------------------------------------

void IntakeController::onCaseChangeRequested(const QString &caseNumber,
                                             const core::CaseDetailsChange &change, int priority,
                                             const QString &reason)
{
    PendingChange &pending = m_changes[caseNumber];
    pending.change = change;
    pending.priority = priority;
    pending.reason = reason;
    // Each change carries the whole state: one on its way is followed by the latest only.
    if (pending.inFlight) {
        pending.more = true;
        return;
    }
    sendCaseChange(caseNumber);
}

void IntakeController::sendCaseChange(const QString &caseNumber)
{
    PendingChange &pending = m_changes[caseNumber];
    pending.inFlight = true;
    pending.more = false;
    const core::CaseDetailsChange change = pending.change;
    const int priority = pending.priority;
    const QString reason = pending.reason;
    postDetails(
        caseNumber, change, priority, reason,
        [this, caseNumber, change, priority, reason](const CommandResult &result) {
            PendingChange &now = m_changes[caseNumber];
            now.inFlight = false;
            if (now.more) {
                sendCaseChange(caseNumber);
                return;
            }
            m_changes.remove(caseNumber);
            if (result.ok())
                return;
            if (notReached(result) && m_journal) {
                keep({QStringLiteral("update:") + caseNumber,
                      JournalEntry::Kind::UpdateCase,
                      {{QStringLiteral("case_number"), caseNumber},
                       {QStringLiteral("change"), core::intakejson::fromDetailsChange(change)},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("priority_reason"), reason}}},
                     result.message);
                m_form->showStatus(tr("The change to case %1 is not sent yet (the database "
                                      "does not answer); it is kept on this workstation and "
                                      "sent by itself.")
                                       .arg(caseNumber),
                                   true);
                return;
            }
            m_form->showStatus(
                tr("The change to case %1 was not saved: %2").arg(caseNumber, result.message),
                true);
        });
}

void IntakeController::postDetails(const QString &caseNumber, const core::CaseDetailsChange &change,
                                   int priority, const QString &reason,
                                   std::function<void(const CommandResult &)> done)
{
    post(
        [caseNumber, change](core::IncidentCommands &commands) {
            return commands.updateCaseDetails(caseNumber, change);
        },
        [this, caseNumber, priority, reason, done](const CommandResult &details) {
            if (!details.ok()) {
                done(details);
                return;
            }
            post(
                [caseNumber, priority, reason](core::IncidentCommands &commands) {
                    return commands.setPriority(caseNumber, priority, reason);
                },
                done);
        });
}

void IntakeController::onUnsentCaseChanged(const core::OpenCaseRequest &request)
{
    if (!m_journal)
        return;
    m_journal->put(
        {request.clientKey, JournalEntry::Kind::OpenCase, core::intakejson::fromOpenCase(request)});
}

void IntakeController::keep(const JournalEntry &entry, const QString &why)
{
    if (!m_journal || m_journal->put(entry) == 0)
        return;
    m_journal->release(entry.key, why);
    updateCounts();
    m_retryTimer.start();
}

// --- The journal's sending ---------------------------------------------------------------------

void IntakeController::sendJournal()
{
    if (m_sending || !m_journal || !runner())
        return;
    const std::optional<JournalEntry> entry = m_journal->claimNext(SendLease);
    if (!entry)
        return;
    m_sending = true;
    sendEntry(*entry);
}

void IntakeController::sendEntry(const JournalEntry &entry)
{
    switch (entry.kind) {
    case JournalEntry::Kind::OpenCase:
        sendOpenCase(entry);
        return;
    case JournalEntry::Kind::AddCall:
        sendAddCall(entry);
        return;
    case JournalEntry::Kind::UpdateCase:
        sendUpdateCase(entry);
        return;
    }
}

void IntakeController::sendOpenCase(const JournalEntry &entry)
{
    const core::OpenCaseRequest request = core::intakejson::toOpenCase(entry.payload);
    post([request](core::IncidentCommands &commands) { return commands.openCase(request); },
         [this, entry, request](const CommandResult &result) {
             if (notReached(result))
                 return entryNotReached(entry, result.message);
             if (!result.ok())
                 return entryRefused(entry, result.message);
             auto finish = [this, entry, request, number = result.caseNumber] {
                 referAfterSave(number, request);
                 entrySent(entry, number);
             };
             if (result.changed && entry.revision == 1)
                 return finish();
             // It had arrived before (a resend after an unknown outcome), or the call-taker
             // went on after it was kept: its latest details go too.
             postDetails(result.caseNumber, core::intakejson::detailsOf(request), request.priority,
                         priorityReason(request), [this, entry, finish](const CommandResult &set) {
                             if (notReached(set))
                                 return entryNotReached(entry, set.message);
                             finish();
                         });
         });
}

void IntakeController::sendAddCall(const JournalEntry &entry)
{
    const QString caseNumber = entry.payload.value(QLatin1String("case_number")).toString();
    const core::CallInfo call =
        core::intakejson::toCall(entry.payload.value(QLatin1String("call")).toObject());
    auto add = [this, entry, caseNumber, call] {
        post([caseNumber, call](
                 core::IncidentCommands &commands) { return commands.addCall(caseNumber, call); },
             [this, entry, caseNumber](const CommandResult &result) {
                 if (notReached(result))
                     return entryNotReached(entry, result.message);
                 if (!result.ok())
                     return entryRefused(entry, result.message);
                 entrySent(entry, caseNumber);
             });
    };
    if (!call.answeredAt.isValid() || entry.attempts <= 1)
        return add();
    // Tried before: it may have arrived although no answer came.
    runner()
        ->read<bool>([caseNumber, call](core::PgConnection &connection) {
            return callArrived(connection, caseNumber, call);
        })
        .then(this,
              [this, entry, caseNumber, add](const core::ReadResult<bool> &arrived) {
                  if (!arrived.ok())
                      return entryNotReached(entry, arrived.error.message());
                  if (*arrived.value)
                      return entrySent(entry, caseNumber);
                  add();
              })
        .onCanceled(this, [this, entry] {
            entryNotReached(entry, tr("The connection to the database was replaced."));
        });
}

void IntakeController::sendUpdateCase(const JournalEntry &entry)
{
    const QString caseNumber = entry.payload.value(QLatin1String("case_number")).toString();
    postDetails(
        caseNumber,
        core::intakejson::toDetailsChange(entry.payload.value(QLatin1String("change")).toObject()),
        entry.payload.value(QLatin1String("priority")).toInt(),
        entry.payload.value(QLatin1String("priority_reason")).toString(),
        [this, entry, caseNumber](const CommandResult &result) {
            if (notReached(result))
                return entryNotReached(entry, result.message);
            if (!result.ok())
                return entryRefused(entry, result.message);
            entrySent(entry, caseNumber);
        });
}

void IntakeController::entrySent(const JournalEntry &entry, const QString &caseNumber)
{
    m_journal->remove(entry.key, entry.revision);
    m_sending = false;
    if (entry.kind == JournalEntry::Kind::OpenCase)
        m_form->caseSent(entry.key, caseNumber);
    if (m_form->clientKey() != entry.key || entry.kind != JournalEntry::Kind::OpenCase)
        m_form->showStatus(
            entry.kind == JournalEntry::Kind::AddCall
                ? tr("A call kept on this workstation was added to case %1.").arg(caseNumber)
            : entry.kind == JournalEntry::Kind::UpdateCase
                ? tr("A change kept on this workstation reached case %1.").arg(caseNumber)
                : tr("A call kept on this workstation is saved as case %1.").arg(caseNumber),
            false);
    emit journalEntrySent(entry.key, caseNumber);
    updateCounts();
    sendJournal();
}

void IntakeController::entryNotReached(const JournalEntry &entry, const QString &why)
{
    m_journal->release(entry.key, why);
    m_sending = false;
    updateCounts();
    // The database is not answering: the rest waits too.
    m_retryTimer.start();
}

void IntakeController::entryRefused(const JournalEntry &entry, const QString &why)
{
    m_journal->markRefused(entry.key, why);
    m_sending = false;
    m_form->showStatus(tr("A call kept on this workstation was refused by the database: %1 It "
                          "stays on this workstation for the shift lead.")
                           .arg(why),
                       true);
    updateCounts();
    sendJournal();
}

int IntakeController::waitingCount() const
{
    if (!m_journal)
        return 0;
    // A save the form waits for is not "waiting to send" yet: it is being sent.
    int inFlight = 0;
    for (const InFlightSave &save : m_inFlight)
        inFlight += save.revision > 0 ? 1 : 0;
    return std::max(0, m_journal->waitingCount() - inFlight);
}

int IntakeController::refusedCount() const
{
    return m_journal ? m_journal->refusedCount() : 0;
}

void IntakeController::updateCounts()
{
    const int waiting = waitingCount();
    const int refused = refusedCount();
    if (waiting == m_lastWaiting && refused == m_lastRefused)
        return;
    m_lastWaiting = waiting;
    m_lastRefused = refused;
    m_form->setJournalCounts(waiting, refused);
    emit journalChanged(waiting, refused);
}

void IntakeController::retryConnection()
{
    // A console that could not connect at start tries again by itself while calls wait.
    if (m_connector && m_connector->state() == DatabaseConnector::State::Failed &&
        waitingCount() > 0)
        m_connector->connectToDatabase();
}

// --- Reference data, rings and the caller's history ----------------------------------------------

void IntakeController::loadGazetteer()
{
    core::CommandRunner *current = runner();
    if (!current)
        return;
    using Loaded = std::shared_ptr<const core::Gazetteer>;
    // The index is built on the runner's thread too: the GUI thread only swaps it in.
    current
        ->read<Loaded>([](core::PgConnection &connection) {
            core::PlacesLoadResult loaded = core::loadPlaces(connection);
            if (loaded.error.isError())
                return core::ReadResult<Loaded>::failed(loaded.error);
            return core::ReadResult<Loaded>::of(
                std::make_shared<const core::Gazetteer>(std::move(loaded.places)));
        })
        .then(this, [this](const core::ReadResult<Loaded> &loaded) {
            if (!loaded.ok())
                return; // the last one stays; the next connect or change loads it again
            m_form->setGazetteer(*loaded.value);
            emit gazetteerLoaded(int((*loaded.value)->places().size()));
        });
}

void IntakeController::loadDuplicateRules()
{
    core::CommandRunner *current = runner();
    if (!current || !m_form->duplicatesModel())
        return;
    current
        ->read<core::DuplicateRules>([](core::PgConnection &connection) {
            const core::DuplicateRulesLoad loaded = core::loadDuplicateRules(connection);
            if (loaded.error.isError())
                return core::ReadResult<core::DuplicateRules>::failed(loaded.error);
            return core::ReadResult<core::DuplicateRules>::of(loaded.rules);
        })
        .then(this, [this](const core::ReadResult<core::DuplicateRules> &rules) {
            if (rules.ok() && m_form->duplicatesModel())
                m_form->duplicatesModel()->setRules(*rules.value);
        });
}

void IntakeController::checkReferralRight()
{
    core::CommandRunner *current = runner();
    if (!current)
        return;
    current
        ->read<bool>([](core::PgConnection &connection) {
            const core::PgResult may = connection.exec(
                "SELECT has_column_privilege('referrals', 'agency', 'INSERT') AS may");
            if (!may.ok())
                return core::ReadResult<bool>::failed(may.error());
            return core::ReadResult<bool>::of(may.toBool(0, "may"));
        })
        .then(this, [this](const core::ReadResult<bool> &may) {
            if (may.ok())
                m_mayRefer = *may.value;
        });
}

void IntakeController::readRings(const QList<qint64> &ids, int maxAgeSeconds)
{
    core::CommandRunner *current = runner();
    if (!current || m_workstation.isEmpty())
        return;
    current
        ->read<QList<core::CallRing>>(
            [workstation = m_workstation, ids, maxAgeSeconds](core::PgConnection &connection) {
                return core::loadRings(connection, workstation, ids, maxAgeSeconds);
            })
        .then(this, [this](const core::ReadResult<QList<core::CallRing>> &rings) {
            if (!rings.ok() || rings.value->isEmpty())
                return;
            // The newest ring is the call on the headset now; one already shown is not shown
            // again.
            const core::CallRing &ring = rings.value->first();
            if (ring.id <= m_lastRingId)
                return;
            m_lastRingId = ring.id;
            m_form->setRingingNumber(ring.callerPhone, ring.rangAt);
        });
}

void IntakeController::lookUpCaller()
{
    core::CommandRunner *current = runner();
    const QString number = m_callerNumber;
    if (!current || number.isEmpty())
        return;
    current
        ->read<QList<core::CallerCase>>([number](core::PgConnection &connection) {
            return core::loadCallerHistory(connection, number);
        })
        .then(this, [this, number](const core::ReadResult<QList<core::CallerCase>> &history) {
            if (history.ok())
                m_form->setCallerHistory(number, *history.value);
        });
}

} // namespace pela::ui
