// The transaction every command runs in: retries, and what a failure means to the operator.
#include "commandwork.h"

namespace pela::core {

IncidentCommands::IncidentCommands(PgConnection &connection) : m_connection(connection) {}

CommandResult IncidentCommands::inTransaction(const std::function<CommandResult(Work &)> &body)
{
    auto unavailable = [](const DbError &error) {
        CommandResult result;
        result.status = CommandResult::Status::Unavailable;
        result.message = tr("The database cannot be reached; nothing was saved. Try again.");
        result.error = error;
        return result;
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
        try {
            CommandResult result = body(work);
            if (!result.ok()) {
                transaction.rollback();
                return result;
            }
            const PgResult committed = transaction.commit();
            if (!committed.ok())
                throw DatabaseFailure{committed.error()};
            return result;
        } catch (const Abort &abort) {
            transaction.rollback();
            return abort.result;
        } catch (const DatabaseFailure &failure) {
            transaction.rollback();
            const QString state = failure.error.sqlState();
            const bool retryable =
                state == QLatin1String("40P01") || state == QLatin1String("40001");
            if (retryable && attempt < 3)
                continue;
            if (failure.error.kind() == DbError::Kind::ConnectionLost)
                return unavailable(failure.error);
            if (state == QLatin1String("42501")) {
                CommandResult result =
                    CommandResult::invalid(tr("Your role does not allow this action."));
                result.error = failure.error;
                return result;
            }
            CommandResult result;
            result.status =
                retryable ? CommandResult::Status::Conflict : CommandResult::Status::Invalid;
            result.message =
                retryable ? tr("Someone else changed this at the same moment; try again.")
                          : tr("The database refused the change: %1").arg(failure.error.message());
            result.error = failure.error;
            return result;
        }
    }
}

} // namespace pela::core
