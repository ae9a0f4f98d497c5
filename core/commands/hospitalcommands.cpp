// What a receiving hospital is told and what the centre records about a hospital: the
// dispatcher's note for the receiving hospital (migration 009) and an admin's corrections to a
// hospital's location, phone numbers, capabilities and acceptance rule.
#include "commandwork.h"
#include "domain/inputrules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pela::core {

CommandResult IncidentCommands::setReceivingNote(const QString &caseNumber, const QString &note)
{
    const QString text = note.trimmed();
    if (const QString problem = InputRules::whyNot(TextField::Notes, text); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::ReceivingNote, [&](Work &work) {
        const Work::CaseRow caseRow = work.lockCase(caseNumber);
        if (caseRow.state == CaseState::Closed)
            return CommandResult::conflict(
                tr("Case %1 is closed; reopen it to change it.").arg(caseRow.number));
        const PgResult before =
            work.run("SELECT receiving_note FROM cases WHERE id = $1", {caseRow.id});
        CommandResult result;
        result.caseId = caseRow.id;
        result.caseNumber = caseRow.number;
        if (before.text(0, "receiving_note") == text) {
            result.changed = false;
            result.message =
                tr("The note for the receiving hospital of %1 is unchanged.").arg(caseRow.number);
            return result;
        }
        work.run("UPDATE cases SET receiving_note = $2 WHERE id = $1", {caseRow.id, text});
        // The note's words stay out of the event: the hospital's view of events shows only
        // whitelisted keys, and the note is read from the case.
        work.event(caseRow.id, {}, {}, "receiving_note_changed",
                   {{QStringLiteral("cleared"), text.isEmpty()}});
        result.message =
            text.isEmpty()
                ? tr("The note for the receiving hospital of %1 was cleared.").arg(caseRow.number)
                : tr("The note for the receiving hospital of %1 was saved.").arg(caseRow.number);
        return result;
    });
}

CommandResult IncidentCommands::setHospitalDetails(const QString &hospitalCode,
                                                   const HospitalDetailsChange &change)
{
    if (change.lat.has_value() != change.lon.has_value())
        return CommandResult::invalid(tr("Give both the latitude and the longitude."));
    if (const QString problem = InputRules::whyNotCoordinates(change.lat, change.lon);
        !problem.isEmpty())
        return CommandResult::invalid(problem);
    QStringList phones;
    if (change.phoneNumbers) {
        if (change.phoneNumbers->size() > 8)
            return CommandResult::invalid(tr("A hospital has at most 8 phone numbers."));
        for (const QString &text : *change.phoneNumbers) {
            const PhoneNumber phone = PhoneNumber::parse(text);
            if (!phone.isAccepted() || phone.kind() == PhoneNumber::Kind::Withheld)
                return CommandResult::invalid(
                    tr("The phone number \"%1\" is not usable: %2").arg(text, phone.problem()));
            phones << phone.display();
        }
    }
    static const QRegularExpression capability(QStringLiteral("^[a-z_]{2,24}$"));
    if (change.capabilities)
        for (const QString &word : *change.capabilities)
            if (!capability.match(word).hasMatch())
                return CommandResult::invalid(
                    tr("Capability \"%1\" must be a short lower-case word (e.g. igd, icu).")
                        .arg(word));
    const bool anything = change.lat || change.locationConfirmed || change.phoneNumbers ||
                          change.capabilities || change.requiresAcceptance;
    if (!anything)
        return CommandResult::invalid(
            tr("Say what to change about hospital %1.").arg(hospitalCode));

    return inTransaction(CommandAction::HospitalDetails, [&](Work &work) {
        const int id = work.hospitalId(hospitalCode);
        work.run("SELECT 1 FROM hospitals WHERE id = $1 FOR UPDATE", {id});
        QJsonObject payload;
        if (change.lat) {
            work.run("UPDATE hospitals SET lat = $2, lon = $3 WHERE id = $1",
                     {id, *change.lat, *change.lon});
            payload.insert(QStringLiteral("lat"), *change.lat);
            payload.insert(QStringLiteral("lon"), *change.lon);
        }
        if (change.locationConfirmed) {
            work.run("UPDATE hospitals SET location_approximate = false WHERE id = $1", {id});
            payload.insert(QStringLiteral("location_confirmed"), true);
        }
        if (change.phoneNumbers) {
            work.run("UPDATE hospitals SET phone_numbers = $2::text[] WHERE id = $1",
                     {id, QVariant(phones)});
            payload.insert(QStringLiteral("phone_numbers"), QJsonArray::fromStringList(phones));
        }
        if (change.capabilities) {
            work.run("UPDATE hospitals SET capabilities = $2::text[] WHERE id = $1",
                     {id, QVariant(*change.capabilities)});
            payload.insert(QStringLiteral("capabilities"),
                           QJsonArray::fromStringList(*change.capabilities));
        }
        if (change.requiresAcceptance) {
            work.run("UPDATE hospitals SET requires_acceptance = $2 WHERE id = $1",
                     {id, *change.requiresAcceptance});
            payload.insert(QStringLiteral("requires_acceptance"), *change.requiresAcceptance);
        }
        work.event({}, {}, id, "hospital_details_changed", payload);
        CommandResult result;
        result.message = tr("Hospital %1 updated.").arg(hospitalCode.toUpper());
        return result;
    });
}

} // namespace pela::core
