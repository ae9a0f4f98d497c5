#include "caseactionchoices.h"

#include "domain/lifecycle.h"
#include "live/duplicatefinder.h"
#include "live/livestate.h"
#include "triage/triageprotocol.h"

#include <QLocale>
#include <algorithm>

namespace pela::ui {

namespace {

// The partner agencies of the triage protocol, in the order a dispatcher thinks of them.
const char *const AgencyIds[] = {"polresta", "damkar", "bpbd", "basarnas", "pln"};

} // namespace

QList<CaseActionDialog::Choice> CaseActionChoices::dispositions()
{
    QList<CaseActionDialog::Choice> choices;
    for (int i = 0; i <= int(core::Disposition::Prank); ++i) {
        const auto disposition = core::Disposition(i);
        if (disposition != core::Disposition::Duplicate)
            choices.append({core::Lifecycle::displayName(disposition), core::toText(disposition)});
    }
    return choices;
}

QList<CaseActionDialog::Choice> CaseActionChoices::agencies()
{
    const core::TriageLoadResult loaded = core::TriageProtocol::builtIn();
    const QString language =
        QLocale().language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
    QList<CaseActionDialog::Choice> choices;
    for (const char *id : AgencyIds)
        if (const core::TriageAgency *agency =
                loaded.protocol ? loaded.protocol->agency(QLatin1String(id)) : nullptr)
            choices.append({agency->name.in(language), agency->name.in(QStringLiteral("id"))});
    return choices;
}

QList<CaseActionDialog::Choice> CaseActionChoices::possibleOriginals(const core::LiveState &state,
                                                                     const core::CaseRecord &record)
{
    const core::DuplicateQuery query{record.category, record.location, record.kelurahanCode};
    // A duplicate may be noticed long after the call (a shift lead's review): a day back.
    core::DuplicateRules rules;
    rules.windowMinutes = 24 * 60;
    QList<CaseActionDialog::Choice> choices;
    for (const core::DuplicateCandidate &candidate :
         core::findPossibleDuplicates(state.cases(), query, rules, state.clock().now())) {
        if (candidate.caseId == record.id)
            continue;
        const QString distance = candidate.distanceMetres
                                     ? tr("%1 m").arg(qRound(*candidate.distanceMetres))
                                     : tr("same kelurahan");
        choices.append({QStringLiteral("%1 · P%2 · %3 · %4")
                            .arg(candidate.caseNumber)
                            .arg(candidate.priority)
                            .arg(distance, candidate.locationText),
                        candidate.caseNumber});
    }
    return choices;
}

QList<CaseActionDialog::Choice> CaseActionChoices::hospitals(const core::LiveState &state)
{
    QList<core::HospitalRecord> hospitals = state.hospitals().values();
    std::sort(hospitals.begin(), hospitals.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    QList<CaseActionDialog::Choice> choices;
    for (const core::HospitalRecord &hospital : hospitals) {
        QString text = QStringLiteral("%1 (%2)").arg(hospital.name, hospital.code);
        if (hospital.erStatus == QLatin1String("diverting"))
            text = tr("%1 – diverting").arg(text);
        choices.append({text, hospital.code});
    }
    return choices;
}

QList<CaseActionDialog::Choice> CaseActionChoices::openCases(const core::LiveState &state,
                                                             const core::CaseRecord &record)
{
    QList<core::CaseRecord> open;
    for (const core::CaseRecord &other : state.cases())
        if (other.id != record.id && !other.isClosed())
            open << other;
    std::sort(open.begin(), open.end(),
              [](const auto &a, const auto &b) { return a.openedAt > b.openedAt; });
    QList<CaseActionDialog::Choice> choices;
    for (const core::CaseRecord &other : open.mid(0, 40))
        choices.append({QStringLiteral("%1 · P%2 · %3")
                            .arg(other.number)
                            .arg(other.priority)
                            .arg(other.locationText),
                        other.number});
    return choices;
}

} // namespace pela::ui
