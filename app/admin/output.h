// How pela-admin answers: the result on stdout, one line on stderr for a problem, and the exit
// codes the README documents. Nothing typed by a user or read from the database reaches the
// terminal with its control characters.
#pragma once

#include "commands/commandresult.h"
#include "db/database.h"

#include <QTextStream>

namespace pela::admin {

enum ExitCode
{
    Ok = 0,
    Usage = 2,       // bad usage, invalid input, or an action this login's role may not do
    Conflict = 3,    // someone else changed it first; the message says who and when
    Unavailable = 4, // no database, or it failed
};

// Which roles may do what a refused statement tried, for the message.
struct Action
{
    QString what;   // "case show"
    QString whoMay; // "pela_call_taker, pela_dispatcher, pela_shift_lead or pela_admin"
};

class Output
{
public:
    Output(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // A line of the result on stdout, control characters made visible.
    void line(const QString &text);
    // Text already made safe (JSON), as it is.
    void raw(const QString &text);
    // "pela-admin: message" on stderr; returns code.
    int fail(ExitCode code, const QString &message);
    // A note on stderr that does not change the outcome (a command's warning).
    void note(const QString &message);

    // A command's result: okText (or the result's own message) on success, else the reason.
    int report(const core::CommandResult &result, const QString &okText);
    // A failed connection or statement, as an exit code and one line. A refusal by the
    // database (no privilege) names the action, the login and its groups, and who may.
    int databaseError(const core::DbError &error, const Action &action,
                      core::PgConnection *connection = nullptr);

    // Opens the database for a command into *database and returns Ok, or reports why not and
    // returns the exit code. A malformed --db or PELA_DATABASE_URL is bad usage, not an outage.
    // action names what a refusal stopped (default: the schema check every command makes).
    int open(const QString &conninfo, core::SchemaPolicy policy, core::OpenedDatabase *database,
             const Action &action = schemaCheck());
    static Action schemaCheck();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

// The exit code a database error means (documented in the README).
ExitCode exitCodeFor(const core::DbError &error);

} // namespace pela::admin
