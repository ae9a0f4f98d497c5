#include "recommendations.h"

#include "live/labels.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace pela::core {

namespace {

bool finite(double value)
{
    return std::isfinite(value);
}

QString minutesText(double seconds)
{
    const int whole = int(std::lround(seconds));
    if (whole < 60)
        return Recommendations::tr("%1 s").arg(whole);
    if (whole % 60 == 0 || whole >= 600)
        return Recommendations::tr("%1 min").arg(int(std::lround(whole / 60.0)));
    return Recommendations::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

QString noteReason(EtaNote note)
{
    switch (note) {
    case EtaNote::None:
        return {};
    case EtaNote::NoRoads:
        return Recommendations::tr("no roads imported: a straight-line estimate");
    case EtaNote::AnchorOffRoad:
        return Recommendations::tr("the place is far from every road: a straight-line estimate");
    case EtaNote::SubjectOffRoad:
        return Recommendations::tr("far from every road: a straight-line estimate");
    case EtaNote::NoPosition:
        return Recommendations::tr("no position: no time can be given");
    case EtaNote::Unreachable:
        return Recommendations::tr("no road joins them");
    }
    return {};
}

// Emergencies that want an advanced life support crew when they are P1.
bool wantsAdvancedCrew(const CaseRecord &incident)
{
    return incident.priority == 1 && (incident.category == QLatin1String("medical") ||
                                      incident.category == QLatin1String("traffic_accident"));
}

bool isAmbulance(const QString &kind)
{
    return kind == QLatin1String("ambulance_als") || kind == QLatin1String("ambulance_bls");
}

const HospitalRecord *hospitalById(const QList<HospitalRecord> &hospitals, qint64 id)
{
    for (const HospitalRecord &hospital : hospitals)
        if (hospital.id == id)
            return &hospital;
    return nullptr;
}

bool rankedBefore(double left, double right)
{
    // Unknown times go last, in a stable order.
    if (!finite(left))
        return false;
    if (!finite(right))
        return true;
    return left < right;
}

} // namespace

QString Recommendations::etaText(const Eta &eta)
{
    if (eta.method == EtaMethod::None || !finite(eta.seconds))
        return QStringLiteral("—");
    const QString text = minutesText(eta.seconds);
    return eta.method == EtaMethod::StraightLine ? QStringLiteral("≈ ") + text : text;
}

QList<UnitRecommendation>
Recommendations::units(const RoadRouter &router, const CaseRecord &incident,
                       const QList<UnitRecord> &units, const QList<HospitalRecord> &hospitals,
                       const QDateTime &now, const RecommendationSettings &settings)
{
    const bool hearseCase = incident.category == QLatin1String("hearse_transport");
    const bool advanced = wantsAdvancedCrew(incident);
    QList<UnitRecommendation> result;
    QList<EtaSubject> subjects;
    for (const UnitRecord &unit : units) {
        if (unit.status != QLatin1String("available"))
            continue;
        const bool hearse = unit.kind == QLatin1String("hearse");
        // A hearse is never sent to an emergency; a hearse transport wants a hearse.
        if (hearse != hearseCase)
            continue;
        UnitRecommendation entry;
        entry.unitId = unit.id;
        entry.callSign = unit.callSign;
        entry.kind = unit.kind;
        EtaSubject subject{unit.id, unit.position, unit.kind};
        if (!unit.position.isValid() || !unit.positionAt.isValid()) {
            entry.group = UnitRankGroup::NoPosition;
            subject.position = unit.base; // the best guess there is, said so below
        } else {
            entry.positionAgeSeconds = unit.positionAt.msecsTo(now) / 1000.0;
            if (entry.positionAgeSeconds > settings.positionStaleSeconds)
                entry.group = UnitRankGroup::Stale;
        }
        result.append(entry);
        subjects.append(subject);
    }
    if (result.isEmpty())
        return result;

    const EtaBatch batch = router.etasTo(incident.location, subjects);
    for (qsizetype i = 0; i < result.size(); ++i) {
        UnitRecommendation &entry = result[i];
        const UnitRecord *unit = nullptr;
        for (const UnitRecord &candidate : units)
            if (candidate.id == entry.unitId)
                unit = &candidate;
        entry.eta = batch.etas.value(i);
        double penalty = 0;
        if (!incident.location.isValid()) {
            entry.reasons.append(tr("the case has no location yet"));
        } else if (entry.group == UnitRankGroup::NoPosition) {
            entry.reasons.append(subjects[i].position.isValid()
                                     ? tr("no position reported: timed from its base")
                                     : tr("no position reported and no base known"));
        } else if (entry.group == UnitRankGroup::Stale) {
            entry.reasons.append(tr("last position %1 old: timed from there")
                                     .arg(minutesText(entry.positionAgeSeconds)));
        }
        if (const QString note = noteReason(entry.eta.note);
            !note.isEmpty() && incident.location.isValid() &&
            !(entry.eta.note == EtaNote::NoPosition && entry.group == UnitRankGroup::NoPosition))
            entry.reasons.append(note);
        if (advanced && entry.kind != QLatin1String("ambulance_als")) {
            entry.kindFits = false;
            penalty += settings.basicLifeSupportPenaltySeconds;
            entry.reasons.append(
                isAmbulance(entry.kind)
                    ? tr("a P1 wants an ALS crew: ranked as if %1 slower")
                          .arg(minutesText(settings.basicLifeSupportPenaltySeconds))
                    : tr("%1 cannot carry a patient: ranked as if %2 slower")
                          .arg(labels::unitKind(entry.kind),
                               minutesText(settings.basicLifeSupportPenaltySeconds)));
        } else if (!hearseCase && !isAmbulance(entry.kind)) {
            entry.kindFits = false;
            entry.reasons.append(tr("%1 cannot carry a patient").arg(labels::unitKind(entry.kind)));
        }
        if (unit && unit->ownerHospitalId) {
            const HospitalRecord *owner = hospitalById(hospitals, *unit->ownerHospitalId);
            if (owner && owner->requiresAcceptance) {
                entry.needsAcceptance = true;
                const auto median = settings.medianAnswerSeconds.constFind(owner->id);
                if (median != settings.medianAnswerSeconds.constEnd()) {
                    entry.answerSeconds = *median;
                    entry.reasons.append(tr("needs %1's acceptance: usually answered in %2")
                                             .arg(owner->code, minutesText(*median)));
                } else {
                    entry.answerSeconds = settings.requestTimeoutSeconds;
                    entry.reasons.append(
                        tr("needs %1's acceptance: up to %2 to answer (no history yet)")
                            .arg(owner->code, minutesText(settings.requestTimeoutSeconds)));
                }
            }
        }
        entry.rankSeconds = entry.eta.seconds + entry.answerSeconds + penalty;
    }

    std::stable_sort(result.begin(), result.end(),
                     [](const UnitRecommendation &left, const UnitRecommendation &right) {
                         if (left.group != right.group)
                             return left.group < right.group;
                         return rankedBefore(left.rankSeconds, right.rankSeconds);
                     });

    // Where the roads overrule the map's look: the unit nearest in a straight line is not first.
    int nearest = -1;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const double meters = result[i].eta.straightMeters;
        if (result[i].group == UnitRankGroup::Ready && finite(meters) &&
            (nearest < 0 || meters < result[nearest].eta.straightMeters))
            nearest = int(i);
    }
    if (nearest > 0 && result[nearest].eta.method == EtaMethod::Road &&
        result[0].eta.method == EtaMethod::Road && finite(result[nearest].eta.seconds) &&
        finite(result[0].eta.seconds)) {
        const double slower = result[nearest].eta.seconds - result[0].eta.seconds;
        if (slower > 0)
            result[nearest].reasons.prepend(
                tr("nearest in a straight line, but %1 slower by road than %2")
                    .arg(minutesText(slower), result[0].callSign));
    }
    if (!result.isEmpty() && result[0].group == UnitRankGroup::Ready &&
        finite(result[0].rankSeconds))
        result[0].reasons.prepend(result[0].eta.method == EtaMethod::Road
                                      ? tr("arrives first by road")
                                      : tr("arrives first (estimate)"));
    return result;
}

QList<HospitalSuggestion> Recommendations::hospitals(const RoadRouter &router,
                                                     const CaseRecord &incident,
                                                     const QList<HospitalRecord> &hospitals)
{
    QList<HospitalSuggestion> result;
    QList<EtaSubject> subjects;
    for (const HospitalRecord &hospital : hospitals) {
        HospitalSuggestion entry;
        entry.hospitalId = hospital.id;
        entry.code = hospital.code;
        entry.name = hospital.name;
        entry.capable = hospital.capabilities.contains(QLatin1String("igd"));
        entry.diverting = hospital.erStatus == QLatin1String("diverting");
        entry.limited = hospital.erStatus == QLatin1String("limited");
        for (const BedRecord &beds : hospital.beds)
            if (beds.category == QLatin1String("igd"))
                entry.emergencyBeds = beds.available;
        if (!entry.capable)
            entry.reasons.append(tr("no emergency department"));
        if (entry.diverting)
            entry.reasons.append(hospital.erStatusReason.isEmpty()
                                     ? tr("diverting")
                                     : tr("diverting: %1").arg(hospital.erStatusReason));
        else if (entry.limited)
            entry.reasons.append(hospital.erStatusReason.isEmpty()
                                     ? tr("limited")
                                     : tr("limited: %1").arg(hospital.erStatusReason));
        if (entry.emergencyBeds == 0)
            entry.reasons.append(tr("no emergency bed free"));
        if (!hospital.location.isValid())
            entry.reasons.append(tr("location not known"));
        else if (hospital.locationApproximate)
            entry.reasons.append(tr("location approximate"));
        result.append(entry);
        subjects.append({hospital.id, hospital.location, {}});
    }
    const EtaBatch batch =
        router.etasFrom(incident.location, subjects, QStringLiteral("ambulance_bls"));
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i].eta = batch.etas.value(i);
        if (const QString note = noteReason(result[i].eta.note);
            !note.isEmpty() && result[i].eta.note != EtaNote::NoPosition)
            result[i].reasons.append(note);
    }
    const auto tier = [](const HospitalSuggestion &s) {
        if (s.eta.method == EtaMethod::None)
            return 4;
        if (s.diverting)
            return 3;
        if (!s.capable)
            return 2;
        if (s.limited || s.emergencyBeds == 0)
            return 1;
        return 0;
    };
    std::stable_sort(result.begin(), result.end(),
                     [&](const HospitalSuggestion &left, const HospitalSuggestion &right) {
                         if (tier(left) != tier(right))
                             return tier(left) < tier(right);
                         return rankedBefore(left.eta.seconds, right.eta.seconds);
                     });
    return result;
}

} // namespace pela::core
