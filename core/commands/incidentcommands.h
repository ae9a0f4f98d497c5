// Every user action on cases, units and hospitals: validates with Lifecycle, writes in one
// transaction with its event row (the schema's triggers notify every console), and returns a
// CommandResult. Cases are named by number, units by call sign, hospitals by code.
#pragma once

#include "commandresult.h"
#include "domain/lifecycle.h"

#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace pela::core {

class PgConnection;
class PgTransaction;

struct CallInfo
{
    QString callerPhone;              // ANI, as typed or received; checked by PhoneNumber::parse
    bool callerPhoneWithheld = false; // the number was not shown: callerPhone stays empty
    QString callerName;
    QDateTime ringAt; // when the phone rang, if the telephony told us; else answered = now
    // When the call was answered, as the workstation claims it (a call journalled while the
    // database was down); stored apart from the server's own time. Invalid: answered now.
    QDateTime answeredAt;
    std::optional<double> amlLat, amlLon, amlAccuracyM; // handset location (AML)
};

struct OpenCaseRequest
{
    QString category; // one of caseCategories()
    int priority = 0; // 1 (red) .. 4
    CallInfo call;
    QString locationText;
    QString kelurahanCode;
    std::optional<double> lat, lon;
    QString locationSource = QStringLiteral("operator");
    std::optional<double> locationUncertaintyM;
    int patientsCount = 1;
    QJsonObject triage;
    QString notes;
    // Idempotency key made by the workstation (a UUID): opening again with a key that already
    // exists returns that case instead of a second one (a resend after an unknown outcome).
    QString clientKey;
};

// Fields to change on a case; unset fields stay as they are.
struct CaseDetailsChange
{
    std::optional<QString> category, locationText, kelurahanCode, callerName, callerPhone, notes;
    std::optional<double> lat, lon;
    std::optional<QString> locationSource;
    std::optional<int> patientsCount;
    std::optional<QJsonObject> triage;
    // Optimistic check: the version the operator saw; nullopt skips the check.
    std::optional<int> expectedVersion;
};

enum class AssignMode
{
    Normal,   // a unit busy elsewhere is a conflict
    Reassign, // take it off its other case first
};

// What the operator tried: a refusal names the action and who may do it.
enum class CommandAction
{
    OpenCase,
    AddCall,
    EditCase,
    SetPriority,
    AssignUnit,
    AdvanceUnit,
    CancelAssignment,
    AnswerRequest,
    ExpireRequests,
    UnitService,
    PatientArrived,
    CloseCase,
    ReopenCase,
    Refer,
    MarkDuplicate,
    LinkCases,
    HospitalStatus,
    HospitalBeds,
    AddNote,
    AcknowledgeAlert,
    UndoAssignment,
    ReceivingNote,
    HospitalDetails,
};

// An admin's change to a hospital's record; unset fields stay as they are.
struct HospitalDetailsChange
{
    std::optional<double> lat, lon;
    bool locationConfirmed = false; // the entrance was checked: the approximate flag goes
    std::optional<QStringList> phoneNumbers;
    std::optional<QStringList> capabilities;
    std::optional<bool> requiresAcceptance;
};

struct CaseIntervals
{
    QString caseNumber;
    QDateTime callReceived, opened, firstDispatched, firstEnRoute, firstOnScene, firstTransporting,
        firstAtHospital, closed;
};

class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::IncidentCommands)
public:
    explicit IncidentCommands(PgConnection &connection);

    CommandResult openCase(const OpenCaseRequest &request);
    CommandResult addCall(const QString &caseNumber, const CallInfo &call);
    CommandResult updateCaseDetails(const QString &caseNumber, const CaseDetailsChange &change);
    CommandResult setPriority(const QString &caseNumber, int priority, const QString &reason = {});

    // expectedUnitVersion: the unit's version the dispatcher saw (from the map); a change since
    // then is a conflict rather than a surprise.
    CommandResult assignUnit(const QString &caseNumber, const QString &callSign,
                             AssignMode mode = AssignMode::Normal,
                             std::optional<int> expectedUnitVersion = std::nullopt);
    // en_route, on_scene, transporting (needs hospitalCode), at_hospital, cleared.
    CommandResult advanceAssignment(const QString &callSign, AssignmentState to,
                                    const QString &hospitalCode = {});
    CommandResult cancelAssignment(const QString &callSign, const QString &reason);
    // A partner's request is answered by its own hospital's liaison (or a dispatcher).
    CommandResult acceptRequest(const QString &callSign);
    CommandResult declineRequest(const QString &callSign, const QString &reason);
    // The receiving hospital (or a dispatcher) marks the patient the unit brings as arrived.
    CommandResult markPatientArrived(const QString &callSign);
    // Expires requests past their time limit; returns how many (ok), safe from many consoles.
    CommandResult expireDueRequests();

    // A dispatcher for any unit, a liaison for its hospital's own.
    CommandResult setUnitOutOfService(const QString &callSign, const QString &reason);
    CommandResult setUnitInService(const QString &callSign);

    CommandResult closeCase(const QString &caseNumber, Disposition disposition,
                            const QString &note = {});
    CommandResult reopenCase(const QString &caseNumber, const QString &reason);
    CommandResult referToAgency(const QString &caseNumber, const QString &agency,
                                ReferralState state, const QString &note = {});
    // The duplicate's calls move to the original; the duplicate closes as 'duplicate'.
    CommandResult markDuplicate(const QString &duplicateNumber, const QString &originalNumber);
    CommandResult linkRelated(const QString &caseNumber, const QString &otherNumber);

    CommandResult setHospitalStatus(const QString &hospitalCode, ErStatus status,
                                    const QString &reason);
    CommandResult setHospitalBeds(const QString &hospitalCode, const QString &category,
                                  int available, std::optional<int> total = std::nullopt);

    // What the receiving hospital reads before the ambulance arrives (a dispatcher writes it);
    // an empty note clears it.
    CommandResult setReceivingNote(const QString &caseNumber, const QString &note);
    // An admin corrects a hospital's location, phone numbers, capabilities or acceptance rule.
    CommandResult setHospitalDetails(const QString &hospitalCode,
                                     const HospitalDetailsChange &change);

    std::optional<CaseIntervals> caseIntervals(const QString &caseNumber, DbError *error = nullptr);

    // The board's (boardcommands.cpp). A note on the case's timeline, open or closed.
    CommandResult addNote(const QString &caseNumber, const QString &note);
    // A dispatcher heard the alert of a P1 still waiting for a unit; every console stops it.
    CommandResult acknowledgeAlert(const QString &caseNumber);
    // Takes back an assignment made a few seconds ago (undo_window_seconds, the server's
    // clock): only its maker or a shift lead, and it never counts as a dispatch.
    CommandResult undoAssignment(qint64 assignmentId);

    // The operator's words for an action, and for the roles that may do it.
    static QString actionName(CommandAction action);
    static QString rolesAllowed(CommandAction action);

private:
    struct Work;
    // Runs body in one transaction; retries on a deadlock or serialization failure; maps a lost
    // database to Unavailable (nothing sent) or OutcomeUnknown (lost during COMMIT), and the
    // database's refusals to words that name the action. body returns the result; non-Ok
    // rolls back.
    CommandResult inTransaction(CommandAction action,
                                const std::function<CommandResult(Work &)> &body);

    PgConnection &m_connection;
};

} // namespace pela::core
