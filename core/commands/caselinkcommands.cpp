// Referrals to partner agencies, duplicates and related cases.
#include "commandwork.h"
#include "domain/inputrules.h"

namespace pela::core {

CommandResult IncidentCommands::referToAgency(const QString &caseNumber, const QString &agency,
                                              ReferralState state, const QString &note)
{
    if (agency.trimmed().isEmpty())
        return CommandResult::invalid(tr("Name the agency (e.g. Damkar, BPBD, Polresta, PLN)."));
    for (const QString &problem : {InputRules::whyNot(TextField::Agency, agency),
                                   InputRules::whyNot(TextField::ClosingNote, note)})
        if (!problem.isEmpty())
            return CommandResult::invalid(problem);
    return inTransaction(CommandAction::Refer, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(tr("Case %1 is closed.").arg(row.number))};
        const PgResult existing = work.run(
            "SELECT id, state FROM referrals WHERE case_id = $1 AND lower(agency) = lower($2)"
            " FOR UPDATE",
            {row.id, agency.trimmed()});
        if (existing.rowCount() == 0) {
            if (state != ReferralState::Forwarded)
                throw Abort{CommandResult::invalid(
                    tr("Case %1 has not been forwarded to %2 yet.").arg(row.number, agency))};
            work.run("INSERT INTO referrals (case_id, agency, state, note) VALUES ($1, $2, $3, $4)",
                     {row.id, agency.trimmed(), toText(state), note});
        } else {
            const auto from = referralStateFromText(existing.text(0, "state"));
            if (!from || !Lifecycle::canTransition(*from, state))
                throw Abort{
                    CommandResult::invalid(tr("The referral to %1 is already %2.")
                                               .arg(agency, from ? Lifecycle::displayName(*from)
                                                                 : existing.text(0, "state")))};
            // The server stamps when it was acknowledged or done.
            work.run("UPDATE referrals SET state = $2, note = $3 WHERE id = $1",
                     {existing.toInt(0, "id"), toText(state), note});
        }
        work.event(row.id, {}, {}, "referral_changed",
                   {{QStringLiteral("agency"), agency.trimmed()},
                    {QStringLiteral("state"), toText(state)},
                    {QStringLiteral("note"), note}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::markDuplicate(const QString &duplicateNumber,
                                              const QString &originalNumber)
{
    if (duplicateNumber.trimmed() == originalNumber.trimmed())
        return CommandResult::invalid(tr("A case cannot be a duplicate of itself."));
    return inTransaction(CommandAction::MarkDuplicate, [&](Work &work) {
        // Lock both cases in id order so two merges cannot deadlock.
        const PgResult ids = work.run("SELECT id, number FROM cases WHERE number IN ($1, $2)"
                                      " ORDER BY id FOR UPDATE",
                                      {duplicateNumber.trimmed(), originalNumber.trimmed()});
        if (ids.rowCount() < 2)
            throw Abort{CommandResult::invalid(
                tr("Both cases must exist (%1, %2).").arg(duplicateNumber, originalNumber))};
        const Work::CaseRow duplicate = work.lockCase(duplicateNumber);
        const Work::CaseRow original = work.lockCase(originalNumber);
        if (duplicate.state == CaseState::Closed)
            throw Abort{
                CommandResult::invalid(tr("Case %1 is already closed.").arg(duplicate.number))};
        if (original.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it before merging into it.").arg(original.number))};
        const PgResult live = work.run(
            "SELECT count(*) AS n FROM assignments WHERE case_id = $1 AND state IN ('requested',"
            " 'dispatched', 'en_route', 'on_scene', 'transporting', 'at_hospital')",
            {duplicate.id});
        if (live.toInt(0, "n") > 0)
            throw Abort{CommandResult::invalid(
                tr("Case %1 has units on it; move or cancel them before marking it a duplicate.")
                    .arg(duplicate.number))};
        // EIDD "replaced": the calls move, history stays on both.
        const PgResult moved =
            work.run("UPDATE calls SET moved_from_case_id = coalesce(moved_from_case_id, case_id),"
                     " case_id = $2 WHERE case_id = $1",
                     {duplicate.id, original.id});
        work.run("UPDATE cases SET state = 'closed', disposition = 'duplicate', duplicate_of = $2"
                 " WHERE id = $1",
                 {duplicate.id, original.id});
        work.run("INSERT INTO case_links (case_id, other_case_id, kind)"
                 " VALUES ($1, $2, 'duplicate_of') ON CONFLICT DO NOTHING",
                 {duplicate.id, original.id});
        work.event(duplicate.id, {}, {}, "case_marked_duplicate",
                   {{QStringLiteral("of"), original.number},
                    {QStringLiteral("calls_moved"), moved.affectedRows()}});
        work.event(original.id, {}, {}, "duplicate_merged",
                   {{QStringLiteral("from"), duplicate.number},
                    {QStringLiteral("calls_moved"), moved.affectedRows()}});
        CommandResult result;
        result.caseId = original.id;
        result.caseNumber = original.number;
        return result;
    });
}

CommandResult IncidentCommands::linkRelated(const QString &caseNumber, const QString &otherNumber)
{
    if (caseNumber.trimmed() == otherNumber.trimmed())
        return CommandResult::invalid(tr("A case cannot be linked to itself."));
    return inTransaction(CommandAction::LinkCases, [&](Work &work) {
        const PgResult rows = work.run("SELECT id, number FROM cases WHERE number IN ($1, $2)"
                                       " ORDER BY id FOR UPDATE",
                                       {caseNumber.trimmed(), otherNumber.trimmed()});
        if (rows.rowCount() < 2)
            throw Abort{CommandResult::invalid(
                tr("Both cases must exist (%1, %2).").arg(caseNumber, otherNumber))};
        const qint64 first = rows.toInt(0, "id"), second = rows.toInt(1, "id");
        const PgResult inserted = work.run(
            "INSERT INTO case_links (case_id, other_case_id, kind) VALUES ($1, $2, 'related'),"
            " ($2, $1, 'related') ON CONFLICT DO NOTHING",
            {first, second});
        CommandResult result;
        result.changed = inserted.affectedRows() > 0;
        if (result.changed) {
            work.event(first, {}, {}, "case_linked",
                       {{QStringLiteral("with"), rows.text(1, "number")}});
            work.event(second, {}, {}, "case_linked",
                       {{QStringLiteral("with"), rows.text(0, "number")}});
        }
        return result;
    });
}

} // namespace pela::core
