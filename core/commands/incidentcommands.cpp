// The transaction every command runs in: retries, and what a failure means to the operator.
#include "commandwork.h"

namespace pela::core {

// The board's refusals (boardcommands.cpp); empty for a key it does not know.
QString boardServerReason(const QString &key, const QJsonObject &values);

IncidentCommands::IncidentCommands(PgConnection &connection) : m_connection(connection) {}

QString IncidentCommands::actionName(CommandAction action)
{
    switch (action) {
    case CommandAction::OpenCase:
        return tr("open a case");
    case CommandAction::AddCall:
        return tr("add a call to a case");
    case CommandAction::EditCase:
        return tr("change a case's details");
    case CommandAction::SetPriority:
        return tr("change a case's priority");
    case CommandAction::AssignUnit:
        return tr("assign a unit");
    case CommandAction::AdvanceUnit:
        return tr("change a unit's status on a case");
    case CommandAction::CancelAssignment:
        return tr("cancel a unit's assignment");
    case CommandAction::AnswerRequest:
        return tr("answer a partner request");
    case CommandAction::ExpireRequests:
        return tr("expire unanswered requests");
    case CommandAction::UnitService:
        return tr("take a unit out of service or back");
    case CommandAction::PatientArrived:
        return tr("mark a patient as arrived");
    case CommandAction::CloseCase:
        return tr("close a case");
    case CommandAction::ReopenCase:
        return tr("reopen a case");
    case CommandAction::Refer:
        return tr("refer a case to an agency");
    case CommandAction::MarkDuplicate:
        return tr("mark a case as a duplicate");
    case CommandAction::LinkCases:
        return tr("link related cases");
    case CommandAction::HospitalStatus:
        return tr("set a hospital's emergency department status");
    case CommandAction::HospitalBeds:
        return tr("set a hospital's free beds");
    case CommandAction::AddNote:
        return tr("add a note to a case");
    case CommandAction::AcknowledgeAlert:
        return tr("acknowledge an alert");
    case CommandAction::UndoAssignment:
        return tr("undo an assignment");
    case CommandAction::ReceivingNote:
        return tr("write the note for the receiving hospital");
    case CommandAction::HospitalDetails:
        return tr("change a hospital's details");
    }
    return {};
}

QString IncidentCommands::rolesAllowed(CommandAction action)
{
    // As the grants of migration 002 say (docs/database.md, "Roles").
    switch (action) {
    case CommandAction::OpenCase:
    case CommandAction::AddCall:
    case CommandAction::EditCase:
    case CommandAction::SetPriority:
    case CommandAction::LinkCases:
    case CommandAction::AddNote:
        return tr("a call-taker, dispatcher or shift lead");
    case CommandAction::ExpireRequests:
        return tr("any console of the centre or of a hospital");
    case CommandAction::AssignUnit:
    case CommandAction::AdvanceUnit:
    case CommandAction::CancelAssignment:
    case CommandAction::Refer:
    case CommandAction::AcknowledgeAlert:
    case CommandAction::ReceivingNote:
        return tr("a dispatcher or shift lead");
    case CommandAction::UndoAssignment:
        return tr("the one who made the assignment, or a shift lead");
    case CommandAction::AnswerRequest:
    case CommandAction::UnitService:
        return tr("a dispatcher, or the liaison of the hospital that owns the unit");
    case CommandAction::PatientArrived:
        return tr("a dispatcher, or the liaison of the receiving hospital");
    case CommandAction::CloseCase:
    case CommandAction::ReopenCase:
    case CommandAction::MarkDuplicate:
        return tr("a shift lead");
    case CommandAction::HospitalStatus:
    case CommandAction::HospitalBeds:
        return tr("a shift lead, or the hospital's own liaison");
    case CommandAction::HospitalDetails:
        return tr("an administrator");
    }
    return {};
}

namespace {

// The database's own refusals (migration 002 raises them with a key and its values).
CommandResult fromServerReason(const DbError &error)
{
    const QJsonObject values = error.pelaValues();
    auto value = [&values](const char *key) {
        return values.value(QLatin1String(key)).toVariant().toString();
    };
    const QString key = error.pelaKey();
    QString message;
    if (key == QLatin1String("case_closed"))
        message = IncidentCommands::tr("The case %1 is closed; reopen it to change it.")
                      .arg(value("case"));
    else if (key == QLatin1String("case_has_units"))
        message = IncidentCommands::tr(
                      "Case %1 still has units on it (%2); clear or cancel them before closing.")
                      .arg(value("case"), value("units"));
    else if (key == QLatin1String("case_state_derived"))
        message = IncidentCommands::tr("The state of case %1 follows its units; change those.")
                      .arg(value("case"));
    else if (key == QLatin1String("unit_status_derived"))
        message = IncidentCommands::tr("The status of %1 follows its assignment; a unit is only "
                                       "taken out of service (when free) and back.")
                      .arg(value("unit"));
    else if (key == QLatin1String("no_unit"))
        message = IncidentCommands::tr("There is no unit %1.").arg(value("unit"));
    else if (key == QLatin1String("not_your_unit"))
        message =
            IncidentCommands::tr("%1 belongs to %2; only its own hospital's liaison or a "
                                 "dispatcher may do this.")
                .arg(value("unit"),
                     value("owner").isEmpty() ? IncidentCommands::tr("the city") : value("owner"));
    else if (key == QLatin1String("not_your_patient"))
        message = IncidentCommands::tr("%1 is not bringing its patient to your hospital.")
                      .arg(value("unit"));
    else if (key == QLatin1String("no_open_request"))
        message = IncidentCommands::tr("There is no open request for %1 (it may have expired).")
                      .arg(value("unit"));
    else if (key == QLatin1String("decline_reason"))
        message = IncidentCommands::tr("Say why the request is declined.");
    else if (key == QLatin1String("out_of_service_reason"))
        message = IncidentCommands::tr("Say why %1 is out of service.").arg(value("unit"));
    else if (key == QLatin1String("unit_busy"))
        message = IncidentCommands::tr("%1 is on %2; clear or cancel that first.")
                      .arg(value("unit"), value("case"));
    else if (key == QLatin1String("unit_out_of_service"))
        message = IncidentCommands::tr("%1 is out of service.").arg(value("unit"));
    else if (key == QLatin1String("not_transporting"))
        message = IncidentCommands::tr("%1 is not transporting a patient.").arg(value("unit"));
    else if (key == QLatin1String("hearse_only_hearse_transport"))
        message = IncidentCommands::tr("%1 is a hearse; a hearse only serves hearse transport.")
                      .arg(value("unit"));
    else if (key == QLatin1String("assignment_step") || key == QLatin1String("assignment_ended"))
        message = IncidentCommands::tr("That step is not possible for the unit's assignment now.");
    else if (key == QLatin1String("fix_in_future"))
        message = IncidentCommands::tr("A position dated in the future was refused.");
    else if (key == QLatin1String("claimed_time_implausible"))
        message = IncidentCommands::tr(
            "The call's time is in the future or more than 7 days old; check the clock.");
    else if (const QString words = boardServerReason(key, values); !words.isEmpty())
        message = words;
    else
        message = IncidentCommands::tr("The database refused the change: %1").arg(error.message());
    CommandResult result = error.sqlState() == QLatin1String("PL409")
                               ? CommandResult::conflict(message)
                               : CommandResult::invalid(message);
    result.error = error;
    return result;
}

} // namespace

CommandResult IncidentCommands::inTransaction(CommandAction action,
                                              const std::function<CommandResult(Work &)> &body)
{
    auto unavailable = [](const DbError &error) {
        return CommandResult::unavailable(
            tr("The database cannot be reached; nothing was saved. Try again."), error);
    };
    if (!m_connection.isOpen() && !m_connection.reset())
        return unavailable(m_connection.error());
    for (int attempt = 0;; ++attempt) {
        PgTransaction transaction(m_connection);
        if (!transaction.isActive()) {
            // A broken connection is reset once; a second failure is "unavailable".
            if (attempt == 0 && m_connection.reset())
                continue;
            return unavailable(transaction.error());
        }
        Work work{m_connection};
        bool committing = false;
        try {
            CommandResult result = body(work);
            if (!result.ok()) {
                transaction.rollback();
                return result;
            }
            committing = true;
            const PgResult committed = transaction.commit();
            if (!committed.ok())
                throw DatabaseFailure{committed.error()};
            return result;
        } catch (const Abort &abort) {
            transaction.rollback();
            return abort.result;
        } catch (const DatabaseFailure &failure) {
            transaction.rollback();
            const DbError &error = failure.error;
            const QString state = error.sqlState();
            const bool retryable = state == QLatin1String("40P01") ||
                                   state == QLatin1String("40001") ||
                                   // Two workstations sent the same intake key at once: the
                                   // retry finds the case the other one saved.
                                   (state == QLatin1String("23505") &&
                                    error.detail().contains(QLatin1String("client_key")));
            if (retryable && attempt < 3)
                continue;
            if (error.kind() == DbError::Kind::ConnectionLost) {
                // Lost while the COMMIT was on its way: it may or may not have been saved.
                if (committing)
                    return CommandResult::outcomeUnknown(
                        tr("The connection was lost while saving; the outcome is unknown. "
                           "Check the board before trying again."),
                        error);
                return unavailable(error);
            }
            if (state == QLatin1String("42501")) {
                CommandResult result =
                    CommandResult::invalid(tr("Your role may not %1; that is for %2.")
                                               .arg(actionName(action), rolesAllowed(action)));
                result.error = error;
                return result;
            }
            if (!error.pelaKey().isEmpty())
                return fromServerReason(error);
            if (state == QLatin1String("57014") || state == QLatin1String("55P03")) {
                CommandResult result = CommandResult::conflict(
                    tr("The database did not answer in time (busy or locked elsewhere); nothing "
                       "was saved. Try again."));
                result.error = error;
                return result;
            }
            CommandResult result;
            result.status =
                retryable ? CommandResult::Status::Conflict : CommandResult::Status::Invalid;
            result.message = retryable
                                 ? tr("Someone else changed this at the same moment; try again.")
                                 : tr("The database refused the change: %1").arg(error.message());
            result.error = error;
            return result;
        }
    }
}

} // namespace pela::core
