// The one place that decides what may happen to a case, an assignment and a unit.
// Pure rules, no I/O: the commands ask here before they write.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace pela::core {

enum class CaseState
{
    Waiting,   // needs a unit
    Requested, // a partner's unit was requested, no answer yet
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    Cleared,  // every unit is done; the shift lead closes it
    Referred, // handed to a partner agency, no unit of ours on it
    Closed,
};

enum class AssignmentState
{
    Requested,
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    Cleared,
    Cancelled,
    Declined,
    Expired,
};

enum class UnitStatus
{
    Available,
    Requested,
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    OutOfService,
};

enum class Disposition
{
    Transported,
    TreatedOnScene,
    RefusedCare,
    NoPatientFound,
    CancelledByCaller,
    ReferredToAgency,
    Duplicate,
    Prank,
};

enum class ReferralState
{
    Forwarded,
    Acknowledged,
    Done
};

enum class ErStatus
{
    Open,
    Limited,
    Diverting
};

// Database spellings ('en_route', ...); fromText returns nullopt for an unknown word.
QString toText(CaseState state);
QString toText(AssignmentState state);
QString toText(UnitStatus status);
QString toText(Disposition disposition);
QString toText(ReferralState state);
QString toText(ErStatus status);
std::optional<CaseState> caseStateFromText(const QString &text);
std::optional<AssignmentState> assignmentStateFromText(const QString &text);
std::optional<UnitStatus> unitStatusFromText(const QString &text);
std::optional<Disposition> dispositionFromText(const QString &text);
std::optional<ReferralState> referralStateFromText(const QString &text);
std::optional<ErStatus> erStatusFromText(const QString &text);

// The 112 service's categories ('medical', 'traffic_accident', ...).
const QStringList &caseCategories();
QStringList dispositionNames();

class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::Lifecycle)
public:
    // A live assignment holds its unit.
    static bool isLive(AssignmentState state);
    static bool canTransition(AssignmentState from, AssignmentState to);
    // Empty when legal; otherwise why not, in the operator's words.
    static QString whyNot(AssignmentState from, AssignmentState to);
    // The case's state and the unit's status follow the assignments; the database derives
    // them (migration 002, pela_derived_case_state and pela_refresh_unit), so no client can
    // set them out of step.
    static bool canTransition(ReferralState from, ReferralState to);
    // Empty when a unit of that kind ('hearse', 'ambulance_als', ...) may serve a case of that
    // category; otherwise why not. A hearse never answers an emergency.
    static QString whyUnitCannotServe(const QString &unitKind, const QString &category);
    // Empty when a case may close with that disposition; otherwise why not. "Transported"
    // needs a unit that carried the patient (an assignment that reached transporting or at
    // hospital); a duplicate is never closed alone but marked with the case it duplicates.
    static QString whyNotClose(Disposition disposition, bool patientWasCarried);

    // Operator-facing names.
    static QString displayName(CaseState state);
    static QString displayName(AssignmentState state);
    static QString displayName(UnitStatus status);
    static QString displayName(Disposition disposition);
    static QString displayName(ReferralState state);
};

} // namespace pela::core
