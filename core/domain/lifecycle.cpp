#include "lifecycle.h"

#include <array>

namespace pela::core {

namespace {

template <typename Enum, std::size_t N>
QString textOf(const std::array<const char *, N> &names, Enum value)
{
    return QString::fromLatin1(names[std::size_t(value)]);
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<const char *, N> &names, const QString &text)
{
    for (std::size_t i = 0; i < N; ++i)
        if (text == QLatin1String(names[i]))
            return Enum(i);
    return std::nullopt;
}

constexpr std::array<const char *, 10> CaseStateNames{
    "waiting",      "requested",   "dispatched", "en_route", "on_scene",
    "transporting", "at_hospital", "cleared",    "referred", "closed"};
constexpr std::array<const char *, 10> AssignmentStateNames{
    "requested",   "dispatched", "en_route",  "on_scene", "transporting",
    "at_hospital", "cleared",    "cancelled", "declined", "expired"};
constexpr std::array<const char *, 8> UnitStatusNames{
    "available", "requested",    "dispatched",  "en_route",
    "on_scene",  "transporting", "at_hospital", "out_of_service"};
constexpr std::array<const char *, 8> DispositionNames{
    "transported",         "treated_on_scene",   "refused_care", "no_patient_found",
    "cancelled_by_caller", "referred_to_agency", "duplicate",    "prank"};
constexpr std::array<const char *, 3> ReferralStateNames{"forwarded", "acknowledged", "done"};
constexpr std::array<const char *, 3> ErStatusNames{"open", "limited", "diverting"};

} // namespace

QString toText(CaseState state)
{
    return textOf(CaseStateNames, state);
}
QString toText(AssignmentState state)
{
    return textOf(AssignmentStateNames, state);
}
QString toText(UnitStatus status)
{
    return textOf(UnitStatusNames, status);
}
QString toText(Disposition disposition)
{
    return textOf(DispositionNames, disposition);
}
QString toText(ReferralState state)
{
    return textOf(ReferralStateNames, state);
}
QString toText(ErStatus status)
{
    return textOf(ErStatusNames, status);
}

std::optional<CaseState> caseStateFromText(const QString &text)
{
    return parse<CaseState>(CaseStateNames, text);
}
std::optional<AssignmentState> assignmentStateFromText(const QString &text)
{
    return parse<AssignmentState>(AssignmentStateNames, text);
}
std::optional<UnitStatus> unitStatusFromText(const QString &text)
{
    return parse<UnitStatus>(UnitStatusNames, text);
}
std::optional<Disposition> dispositionFromText(const QString &text)
{
    return parse<Disposition>(DispositionNames, text);
}
std::optional<ReferralState> referralStateFromText(const QString &text)
{
    return parse<ReferralState>(ReferralStateNames, text);
}
std::optional<ErStatus> erStatusFromText(const QString &text)
{
    return parse<ErStatus>(ErStatusNames, text);
}

const QStringList &caseCategories()
{
    static const QStringList categories{QStringLiteral("medical"),
                                        QStringLiteral("traffic_accident"),
                                        QStringLiteral("fire"),
                                        QStringLiteral("natural_disaster"),
                                        QStringLiteral("security"),
                                        QStringLiteral("extreme_weather"),
                                        QStringLiteral("power_outage"),
                                        QStringLiteral("fallen_tree"),
                                        QStringLiteral("hearse_transport"),
                                        QStringLiteral("other_info"),
                                        QStringLiteral("prank_silent")};
    return categories;
}

QStringList dispositionNames()
{
    QStringList names;
    for (const char *name : DispositionNames)
        names << QString::fromLatin1(name);
    return names;
}

bool Lifecycle::isLive(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Requested:
    case AssignmentState::Dispatched:
    case AssignmentState::EnRoute:
    case AssignmentState::OnScene:
    case AssignmentState::Transporting:
    case AssignmentState::AtHospital:
        return true;
    default:
        return false;
    }
}

bool Lifecycle::canTransition(AssignmentState from, AssignmentState to)
{
    using S = AssignmentState;
    switch (from) {
    case S::Requested:
        return to == S::Dispatched || to == S::Declined || to == S::Expired || to == S::Cancelled;
    case S::Dispatched:
        return to == S::EnRoute || to == S::OnScene || to == S::Cancelled;
    case S::EnRoute:
        return to == S::OnScene || to == S::Cancelled;
    case S::OnScene:
        return to == S::Transporting || to == S::Cleared;
    case S::Transporting:
        return to == S::AtHospital || to == S::Cleared;
    case S::AtHospital:
        return to == S::Cleared;
    default:
        return false; // cleared, cancelled, declined and expired are final
    }
}

QString Lifecycle::whyNot(AssignmentState from, AssignmentState to)
{
    if (canTransition(from, to))
        return {};
    if (!isLive(from))
        return tr("the assignment has already ended (%1)").arg(displayName(from));
    if (to == AssignmentState::Cancelled)
        return tr("a unit that is %1 cannot be cancelled; clear it instead").arg(displayName(from));
    if (from == AssignmentState::Requested)
        return tr("the unit's owner has not accepted the request yet");
    return tr("a unit cannot go from %1 to %2").arg(displayName(from), displayName(to));
}

QString Lifecycle::whyUnitCannotServe(const QString &unitKind, const QString &category)
{
    if (unitKind == QLatin1String("hearse") && category != QLatin1String("hearse_transport"))
        return tr("a hearse only serves hearse transport cases");
    return {};
}

QString Lifecycle::whyNotClose(Disposition disposition, bool patientWasCarried)
{
    if (disposition == Disposition::Duplicate)
        return tr("a duplicate is marked with the case it duplicates, so that its calls move "
                  "there; mark it as a duplicate instead of closing it");
    if (disposition == Disposition::Transported && !patientWasCarried)
        return tr("no unit of this case transported a patient (none reached transporting or "
                  "at hospital), so it cannot close as transported");
    return {};
}

bool Lifecycle::canTransition(ReferralState from, ReferralState to)
{
    return int(to) > int(from);
}

QString Lifecycle::displayName(CaseState state)
{
    switch (state) {
    case CaseState::Waiting:
        return tr("waiting");
    case CaseState::Requested:
        return tr("unit requested");
    case CaseState::Dispatched:
        return tr("dispatched");
    case CaseState::EnRoute:
        return tr("en route");
    case CaseState::OnScene:
        return tr("on scene");
    case CaseState::Transporting:
        return tr("transporting");
    case CaseState::AtHospital:
        return tr("at hospital");
    case CaseState::Cleared:
        return tr("cleared");
    case CaseState::Referred:
        return tr("referred");
    case CaseState::Closed:
        return tr("closed");
    }
    return {};
}

QString Lifecycle::displayName(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Requested:
        return tr("requested");
    case AssignmentState::Dispatched:
        return tr("dispatched");
    case AssignmentState::EnRoute:
        return tr("en route");
    case AssignmentState::OnScene:
        return tr("on scene");
    case AssignmentState::Transporting:
        return tr("transporting");
    case AssignmentState::AtHospital:
        return tr("at hospital");
    case AssignmentState::Cleared:
        return tr("cleared");
    case AssignmentState::Cancelled:
        return tr("cancelled");
    case AssignmentState::Declined:
        return tr("declined");
    case AssignmentState::Expired:
        return tr("expired");
    }
    return {};
}

QString Lifecycle::displayName(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return tr("available");
    case UnitStatus::Requested:
        return tr("requested");
    case UnitStatus::Dispatched:
        return tr("dispatched");
    case UnitStatus::EnRoute:
        return tr("en route");
    case UnitStatus::OnScene:
        return tr("on scene");
    case UnitStatus::Transporting:
        return tr("transporting");
    case UnitStatus::AtHospital:
        return tr("at hospital");
    case UnitStatus::OutOfService:
        return tr("out of service");
    }
    return {};
}

QString Lifecycle::displayName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Transported:
        return tr("transported");
    case Disposition::TreatedOnScene:
        return tr("treated on scene");
    case Disposition::RefusedCare:
        return tr("refused care");
    case Disposition::NoPatientFound:
        return tr("no patient found");
    case Disposition::CancelledByCaller:
        return tr("cancelled by caller");
    case Disposition::ReferredToAgency:
        return tr("referred to agency");
    case Disposition::Duplicate:
        return tr("duplicate");
    case Disposition::Prank:
        return tr("prank");
    }
    return {};
}

QString Lifecycle::displayName(ReferralState state)
{
    switch (state) {
    case ReferralState::Forwarded:
        return tr("forwarded");
    case ReferralState::Acknowledged:
        return tr("acknowledged");
    case ReferralState::Done:
        return tr("done");
    }
    return {};
}

} // namespace pela::core
