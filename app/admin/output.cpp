#include "output.h"

#include "domain/inputrules.h"

#include <libpq-fe.h>

namespace pela::admin {

using namespace pela::core;

namespace {

// Where a configured conninfo came from, for a message about it.
QString sourceName(ConnectionSettings::Source source)
{
    switch (source) {
    case ConnectionSettings::Source::CommandLine:
        return QStringLiteral("--db");
    case ConnectionSettings::Source::Environment:
        return QStringLiteral("PELA_DATABASE_URL");
    case ConnectionSettings::Source::SettingsFile:
        return ConnectionSettings::settingsFilePath();
    case ConnectionSettings::Source::Embedded:
        break;
    }
    return QStringLiteral("the embedded server");
}

// libpq's complaint about a conninfo it cannot read; empty when it reads it.
QString conninfoProblem(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (options) {
        PQconninfoFree(options);
        return {};
    }
    const QString problem =
        error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
    PQfreemem(error);
    return problem;
}

} // namespace

ExitCode exitCodeFor(const DbError &error)
{
    switch (error.kind()) {
    case DbError::Kind::None:
        return Ok;
    case DbError::Kind::Query:
        break;
    default: // no server, refused login, no database, schema mismatch, connection lost
        return Unavailable;
    }
    const QString state = error.sqlState();
    if (state == QLatin1String("42501")) // insufficient_privilege: this login may not
        return Usage;
    if (state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23")))
        return Usage; // the data was refused (a constraint, a value out of range)
    if (state.startsWith(QLatin1String("40")) || state == QLatin1String("55P03"))
        return Conflict; // someone else held or changed it at the same moment
    return Unavailable;
}

void Output::line(const QString &text)
{
    m_out << InputRules::printable(text) << Qt::endl;
}

void Output::raw(const QString &text)
{
    m_out << text;
    m_out.flush();
}

int Output::fail(ExitCode code, const QString &message)
{
    m_err << "pela-admin: " << InputRules::printable(message) << Qt::endl;
    return code;
}

void Output::note(const QString &message)
{
    m_err << "pela-admin: " << InputRules::printable(message) << Qt::endl;
}

int Output::report(const CommandResult &result, const QString &okText)
{
    switch (result.status) {
    case CommandResult::Status::Ok:
        // A command that had nothing to do says so in its message ("already available").
        line(!result.changed && !result.message.isEmpty() ? result.message : okText);
        if (!result.warning.isEmpty())
            note(result.warning);
        return Ok;
    case CommandResult::Status::Invalid:
        return fail(Usage, result.message);
    case CommandResult::Status::Conflict:
        return fail(Conflict, QStringLiteral("conflict: ") + result.message);
    case CommandResult::Status::Unavailable:
    case CommandResult::Status::OutcomeUnknown:
        return fail(Unavailable, result.error.isError()
                                     ? result.message + QStringLiteral(" (") +
                                           result.error.detail().trimmed() + QLatin1Char(')')
                                     : result.message);
    }
    return fail(Unavailable, result.message);
}

int Output::databaseError(const DbError &error, const Action &action, PgConnection *connection)
{
    const ExitCode code = exitCodeFor(error);
    if (error.sqlState() != QLatin1String("42501"))
        return fail(code, error.fullText());
    QString login = QStringLiteral("this login");
    if (connection && connection->isOpen()) {
        const PgResult who = connection->exec(
            "SELECT session_user AS login, (SELECT string_agg(g.rolname, ', ' ORDER BY g.rolname)"
            " FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user) AS groups");
        if (who.ok() && who.rowCount() == 1)
            login = who.isNull(0, 1) ? QStringLiteral("the login %1 (member of no group role)")
                                           .arg(who.text(0, "login"))
                                     : QStringLiteral("the login %1 (member of %2)")
                                           .arg(who.text(0, "login"), who.text(0, "groups"));
    }
    return fail(code, QStringLiteral("%1 is not allowed for %2; it needs %3 (%4)")
                          .arg(action.what, login, action.whoMay, error.message()));
}

Action Output::schemaCheck()
{
    return {QStringLiteral("checking the schema version"),
            QStringLiteral("any Pela group role once the database is migrated (pela-admin "
                           "migrate)")};
}

int Output::open(const QString &conninfo, SchemaPolicy policy, OpenedDatabase *database,
                 const Action &action)
{
    const ConnectionSettings settings = ConnectionSettings::resolve(conninfo);
    if (!settings.isEmbedded())
        if (const QString problem = conninfoProblem(settings.conninfo); !problem.isEmpty())
            return fail(Usage, QStringLiteral("the connection settings from %1 cannot be read: %2")
                                   .arg(sourceName(settings.source), problem));
    // Migrating is maintenance: no statement or lock timeout may cut it.
    *database = openDatabase(conninfo, policy, QStringLiteral("pela-admin"),
                             policy == SchemaPolicy::Migrate ? ConnectionPurpose::Maintenance
                                                             : ConnectionPurpose::Interactive);
    if (database->ok())
        return Ok;
    return databaseError(database->error, action, &database->connection);
}

} // namespace pela::admin
