// Cases and their calls: open, add a call, edit details and priority, close, reopen.
#include "commandwork.h"
#include "domain/inputrules.h"
#include "domain/phonenumber.h"

namespace pela::core {

namespace {

PhoneNumber callerNumber(const CallInfo &call)
{
    return call.callerPhoneWithheld ? PhoneNumber::withheld()
                                    : PhoneNumber::parse(call.callerPhone);
}

using Field = CommandResult::Field;

// Why an input is refused, and which field it is about; empty when it is acceptable.
struct Problem
{
    QString message;
    Field field = Field::None;
};

// The call's number, name and handset location.
Problem validateCall(const CallInfo &call)
{
    if (call.callerPhoneWithheld && !call.callerPhone.trimmed().isEmpty())
        return {IncidentCommands::tr("The caller's number is marked withheld, yet \"%1\" was "
                                     "given; keep one of the two.")
                    .arg(InputRules::printable(call.callerPhone.trimmed())),
                Field::CallerPhone};
    if (const PhoneNumber number = callerNumber(call); !number.isAccepted())
        return {number.problem(), Field::CallerPhone};
    if (QString problem = InputRules::whyNot(TextField::CallerName, call.callerName);
        !problem.isEmpty())
        return {problem, Field::CallerName};
    if (QString problem = InputRules::whyNotCoordinates(call.amlLat, call.amlLon);
        !problem.isEmpty())
        return {problem, Field::Coordinates};
    return {InputRules::whyNotUncertainty(call.amlAccuracyM), Field::Coordinates};
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Saved, but the operator should know (a short code may be a prank, a foreign number calls back
// abroad).
QString unusualWarning(const PhoneNumber &phone)
{
    if (phone.kind() != PhoneNumber::Kind::Unusual)
        return {};
    return IncidentCommands::tr("The caller's number %1 is unusual (%2); it was saved as given.")
        .arg(phone.display(), phone.note());
}

} // namespace

CommandResult IncidentCommands::openCase(const OpenCaseRequest &request)
{
    if (!caseCategories().contains(request.category))
        return CommandResult::invalid(
            tr("Unknown category \"%1\"; choose one of: %2.")
                .arg(request.category, caseCategories().join(QStringLiteral(", "))),
            Field::Category);
    if (request.priority < 1 || request.priority > 4)
        return CommandResult::invalid(tr("Priority must be 1 (red), 2 (yellow), 3 (green) or 4."),
                                      Field::Priority);
    for (const Problem &problem :
         {validateCall(request.call),
          Problem{InputRules::whyNotCoordinates(request.lat, request.lon), Field::Coordinates},
          Problem{InputRules::whyNotUncertainty(request.locationUncertaintyM), Field::Coordinates},
          Problem{InputRules::whyNot(TextField::Address, request.locationText), Field::Address},
          Problem{InputRules::whyNot(TextField::Notes, request.notes), Field::Notes}})
        if (!problem.message.isEmpty())
            return CommandResult::invalid(problem.message, problem.field);
    const PhoneNumber phone = callerNumber(request.call);
    if (request.patientsCount < 0 || request.patientsCount > 500)
        return CommandResult::invalid(tr("The number of patients must be between 0 and 500."),
                                      Field::Patients);
    const bool needsLocation = request.category != QLatin1String("prank_silent") &&
                               request.category != QLatin1String("other_info");
    if (needsLocation && request.locationText.trimmed().isEmpty() && !request.lat &&
        request.kelurahanCode.isEmpty())
        return CommandResult::invalid(
            tr("Where is the emergency? Give an address, a kelurahan or a point on the map."),
            Field::Address);

    return inTransaction(CommandAction::OpenCase, [&](Work &work) {
        CommandResult result;
        if (!request.clientKey.isEmpty()) {
            // A resend of an intake whose first save had an unknown outcome: the same case.
            const PgResult existing =
                work.run("SELECT id, number FROM cases WHERE client_key = $1", {request.clientKey});
            if (existing.rowCount() > 0) {
                result.caseId = existing.toInt(0, "id");
                result.caseNumber = existing.text(0, "number");
                result.changed = false;
                result.message = tr("Case %1 was already saved.").arg(result.caseNumber);
                return result;
            }
        }
        if (!request.kelurahanCode.isEmpty() &&
            work.run("SELECT 1 FROM places WHERE code = $1", {request.kelurahanCode}).rowCount() ==
                0)
            throw Abort{CommandResult::invalid(
                tr("There is no kelurahan with code %1.").arg(request.kelurahanCode),
                Field::Kelurahan)};
        // The server gives the number, the opening time and who opened it.
        const PgResult inserted = work.run(
            "INSERT INTO cases (category, priority, location_text, kelurahan_code, lat, lon,"
            " location_source, location_uncertainty_m, caller_name, caller_phone, patients_count,"
            " triage, notes, client_key, caller_phone_kind, caller_phone_e164)"
            " VALUES ($1, $2, $3, nullif($4, ''), $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13,"
            " nullif($14, ''), $15, $16) RETURNING id, number",
            {request.category, request.priority, request.locationText.trimmed(),
             request.kelurahanCode, optionalValue(request.lat), optionalValue(request.lon),
             request.locationSource, optionalValue(request.locationUncertaintyM),
             request.call.callerName.trimmed(), phone.typed(), request.patientsCount,
             jsonText(request.triage), request.notes, request.clientKey, phone.kindText(),
             textOrNull(phone.e164())});
        result.caseId = inserted.toInt(0, "id");
        result.caseNumber = inserted.text(0, "number");
        work.insertCall(result.caseId, request.call, phone);
        work.event(result.caseId, {}, {}, "case_opened",
                   {{QStringLiteral("number"), result.caseNumber},
                    {QStringLiteral("category"), request.category},
                    {QStringLiteral("priority"), request.priority},
                    {QStringLiteral("location"), request.locationText}});
        result.message = tr("Case %1 opened.").arg(result.caseNumber);
        result.warning = unusualWarning(phone);
        return result;
    });
}

CommandResult IncidentCommands::addCall(const QString &caseNumber, const CallInfo &call)
{
    if (const Problem problem = validateCall(call); !problem.message.isEmpty())
        return CommandResult::invalid(problem.message, problem.field);
    const PhoneNumber phone = callerNumber(call);
    return inTransaction(CommandAction::AddCall, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it or open a new case.").arg(row.number))};
        work.insertCall(row.id, call, phone);
        work.event(row.id, {}, {}, "call_added",
                   {{QStringLiteral("phone"), phone.typed()},
                    {QStringLiteral("phone_kind"), phone.kindText()}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        result.warning = unusualWarning(phone);
        return result;
    });
}

CommandResult IncidentCommands::updateCaseDetails(const QString &caseNumber,
                                                  const CaseDetailsChange &change)
{
    if (change.category && !caseCategories().contains(*change.category))
        return CommandResult::invalid(tr("Unknown category \"%1\".").arg(*change.category));
    const std::optional<PhoneNumber> phone =
        change.callerPhone ? std::optional(PhoneNumber::parse(*change.callerPhone)) : std::nullopt;
    if (phone && !phone->isAccepted())
        return CommandResult::invalid(phone->problem());
    for (const QString &problem :
         {InputRules::whyNotCoordinates(change.lat, change.lon),
          InputRules::whyNot(TextField::Address, change.locationText.value_or(QString())),
          InputRules::whyNot(TextField::CallerName, change.callerName.value_or(QString())),
          InputRules::whyNot(TextField::Notes, change.notes.value_or(QString()))})
        if (!problem.isEmpty())
            return CommandResult::invalid(problem);
    if (change.patientsCount && (*change.patientsCount < 0 || *change.patientsCount > 500))
        return CommandResult::invalid(tr("The number of patients must be between 0 and 500."));
    return inTransaction(CommandAction::EditCase, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it to change it.").arg(row.number))};
        if (change.expectedVersion && *change.expectedVersion != row.version) {
            const PgResult last =
                work.run("SELECT actor, to_char(occurred_at AT TIME ZONE $2, 'HH24:MI:SS') AS at"
                         " FROM case_events WHERE case_id = $1 ORDER BY id DESC LIMIT 1",
                         {row.id, QString::fromLatin1(DisplayZone)});
            throw Abort{CommandResult::conflict(
                tr("Case %1 was changed by %2 at %3 while you were editing; look at the new "
                   "details and save again.")
                    .arg(row.number, last.text(0, "actor"), last.text(0, "at")))};
        }
        QJsonObject changed;
        auto text = [](const std::optional<QString> &value) {
            return value ? QVariant(value->trimmed()) : QVariant();
        };
        work.run("UPDATE cases SET"
                 " category = coalesce($2, category),"
                 " location_text = coalesce($3, location_text),"
                 " kelurahan_code = CASE WHEN $4::text IS NULL THEN kelurahan_code"
                 "                       ELSE nullif($4, '') END,"
                 " caller_name = coalesce($5, caller_name),"
                 " caller_phone = coalesce($6, caller_phone),"
                 " notes = coalesce($7, notes),"
                 " lat = coalesce($8, lat), lon = coalesce($9, lon),"
                 " location_source = coalesce($10, location_source),"
                 " patients_count = coalesce($11, patients_count),"
                 " triage = coalesce($12::jsonb, triage),"
                 " caller_phone_kind = CASE WHEN $6::text IS NULL THEN caller_phone_kind"
                 "                          ELSE $13 END,"
                 " caller_phone_e164 = CASE WHEN $6::text IS NULL THEN caller_phone_e164"
                 "                          ELSE $14 END"
                 " WHERE id = $1",
                 {row.id, text(change.category), text(change.locationText),
                  text(change.kelurahanCode), text(change.callerName),
                  phone ? QVariant(phone->typed()) : QVariant(),
                  change.notes ? QVariant(*change.notes) : QVariant(), optionalValue(change.lat),
                  optionalValue(change.lon), text(change.locationSource),
                  change.patientsCount ? QVariant(*change.patientsCount) : QVariant(),
                  change.triage ? QVariant(jsonText(*change.triage)) : QVariant(),
                  phone ? QVariant(phone->kindText()) : QVariant(),
                  phone ? textOrNull(phone->e164()) : QVariant()});
        if (change.category)
            changed.insert(QStringLiteral("category"), *change.category);
        if (change.locationText)
            changed.insert(QStringLiteral("location"), *change.locationText);
        if (change.lat)
            changed.insert(QStringLiteral("lat"), *change.lat);
        if (change.lon)
            changed.insert(QStringLiteral("lon"), *change.lon);
        if (change.notes)
            changed.insert(QStringLiteral("notes"), *change.notes);
        if (change.patientsCount)
            changed.insert(QStringLiteral("patients"), *change.patientsCount);
        work.event(row.id, {}, {}, "case_details_changed", changed);
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::setPriority(const QString &caseNumber, int priority,
                                            const QString &reason)
{
    if (priority < 1 || priority > 4)
        return CommandResult::invalid(tr("Priority must be 1 (red), 2 (yellow), 3 (green) or 4."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::SetPriority, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        if (row.state == CaseState::Closed)
            throw Abort{CommandResult::invalid(
                tr("Case %1 is closed; reopen it to change it.").arg(row.number))};
        if (row.priority == priority) {
            result.changed = false;
            return result;
        }
        work.run("UPDATE cases SET priority = $2 WHERE id = $1", {row.id, priority});
        work.event(row.id, {}, {}, "priority_changed",
                   {{QStringLiteral("from"), row.priority},
                    {QStringLiteral("to"), priority},
                    {QStringLiteral("reason"), reason}});
        return result;
    });
}

CommandResult IncidentCommands::closeCase(const QString &caseNumber, Disposition disposition,
                                          const QString &note)
{
    if (disposition == Disposition::Duplicate)
        return CommandResult::invalid(
            tr("Case %1: %2.")
                .arg(caseNumber.trimmed(), Lifecycle::whyNotClose(disposition, false)));
    if (const QString problem = InputRules::whyNot(TextField::ClosingNote, note);
        !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::CloseCase, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state == CaseState::Closed) {
            // Usually two people closing at once: the one who waited is told who won.
            const PgResult closed =
                work.run("SELECT closed_by, to_char(closed_at AT TIME ZONE $2, 'HH24:MI:SS') AS at,"
                         " disposition FROM cases WHERE id = $1",
                         {row.id, QString::fromLatin1(DisplayZone)});
            const auto won = dispositionFromText(closed.text(0, "disposition"));
            throw Abort{CommandResult::conflict(
                tr("Case %1 was already closed by %2 at %3 (%4).")
                    .arg(row.number, closed.text(0, "closed_by"), closed.text(0, "at"),
                         won ? Lifecycle::displayName(*won) : closed.text(0, "disposition")))};
        }
        const PgResult live = work.run(
            "SELECT string_agg(u.call_sign, ', ' ORDER BY u.call_sign) AS units"
            " FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.case_id = $1 AND"
            " a.state IN ('requested', 'dispatched', 'en_route', 'on_scene', 'transporting',"
            " 'at_hospital')",
            {row.id});
        if (!live.isNull(0, 0))
            throw Abort{CommandResult::invalid(
                tr("Case %1 still has units on it (%2); clear or cancel them before closing.")
                    .arg(row.number, live.text(0, "units")))};
        const PgResult carried =
            work.run("SELECT EXISTS (SELECT 1 FROM assignments WHERE case_id = $1 AND"
                     " (transporting_at IS NOT NULL OR at_hospital_at IS NOT NULL)) AS carried",
                     {row.id});
        if (const QString why = Lifecycle::whyNotClose(disposition, carried.toBool(0, "carried"));
            !why.isEmpty())
            throw Abort{CommandResult::invalid(tr("Case %1: %2.").arg(row.number, why))};
        // The server records when and by whom.
        work.run("UPDATE cases SET state = 'closed', disposition = $2 WHERE id = $1",
                 {row.id, toText(disposition)});
        work.event(
            row.id, {}, {}, "case_closed",
            {{QStringLiteral("disposition"), toText(disposition)}, {QStringLiteral("note"), note}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

CommandResult IncidentCommands::reopenCase(const QString &caseNumber, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return CommandResult::invalid(tr("Say why the case is reopened."));
    if (const QString problem = InputRules::whyNot(TextField::Reason, reason); !problem.isEmpty())
        return CommandResult::invalid(problem);
    return inTransaction(CommandAction::ReopenCase, [&](Work &work) {
        const Work::CaseRow row = work.lockCase(caseNumber);
        if (row.state != CaseState::Closed)
            throw Abort{CommandResult::invalid(tr("Case %1 is not closed.").arg(row.number))};
        // Leaving 'closed': the database gives the state its units and referrals say.
        work.run("UPDATE cases SET state = 'waiting', disposition = NULL, duplicate_of = NULL"
                 " WHERE id = $1",
                 {row.id});
        work.setWaitingReason(row.id, {{QStringLiteral("kind"), QStringLiteral("reopened")},
                                       {QStringLiteral("reason"), reason.trimmed()}});
        work.event(row.id, {}, {}, "case_reopened", {{QStringLiteral("reason"), reason}});
        CommandResult result;
        result.caseId = row.id;
        result.caseNumber = row.number;
        return result;
    });
}

std::optional<CaseIntervals> IncidentCommands::caseIntervals(const QString &caseNumber,
                                                             DbError *error)
{
    const PgResult row =
        m_connection.exec("SELECT * FROM case_intervals WHERE number = $1", {caseNumber.trimmed()});
    if (!row.ok()) {
        if (error)
            *error = row.error();
        return std::nullopt;
    }
    if (row.rowCount() == 0)
        return std::nullopt;
    CaseIntervals intervals;
    intervals.caseNumber = row.text(0, "number");
    intervals.callReceived = row.toDateTime(0, "call_received_at");
    intervals.opened = row.toDateTime(0, "opened_at");
    intervals.firstDispatched = row.toDateTime(0, "first_dispatched_at");
    intervals.firstEnRoute = row.toDateTime(0, "first_en_route_at");
    intervals.firstOnScene = row.toDateTime(0, "first_on_scene_at");
    intervals.firstTransporting = row.toDateTime(0, "first_transporting_at");
    intervals.firstAtHospital = row.toDateTime(0, "first_at_hospital_at");
    intervals.closed = row.toDateTime(0, "closed_at");
    return intervals;
}

} // namespace pela::core
