// pela-admin operator add|list|disable and hospital-login add: a login for every person. The
// password is typed at a prompt (not echoed, twice), or read from a file or standard input;
// never from the command line, where other users of the machine could read it.
#include "clicommands.h"
#include "commands/operatorcommands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pela::admin {

using namespace pela::core;

namespace {

QString firstLine(QIODevice &device)
{
    QString line = QString::fromUtf8(device.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// One line typed without echo on the terminal.
QString promptHidden(const char *prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QString line = firstLine(in);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}

// The new login's password, from --password-file, --password-stdin or a prompt; nullopt after
// reporting why there is none.
std::optional<QString> readPassword(const Invocation &call, Output &output)
{
    if (const auto path = call.value(QStringLiteral("--password-file"))) {
        if (call.has(QStringLiteral("--password-stdin"))) {
            output.fail(Usage, QStringLiteral("give the password in one way: --password-file or "
                                              "--password-stdin"));
            return std::nullopt;
        }
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly)) {
            output.fail(Usage, QStringLiteral("cannot read the password file %1: %2")
                                   .arg(*path, file.errorString()));
            return std::nullopt;
        }
        return firstLine(file);
    }
    if (call.has(QStringLiteral("--password-stdin"))) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        return firstLine(in);
    }
    if (!isatty(STDIN_FILENO)) {
        output.fail(Usage, QStringLiteral("no terminal to ask for the password: give it with "
                                          "--password-file FILE or --password-stdin"));
        return std::nullopt;
    }
    const QString first = promptHidden("New password: ");
    const QString again = promptHidden("Again: ");
    if (first != again) {
        output.fail(Usage, QStringLiteral("the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return first;
}

const Action ManageLogins{QStringLiteral("managing operators' logins"),
                          QStringLiteral("pela_admin with the CREATEROLE attribute, or the "
                                         "database's owner")};

} // namespace

int commandOperatorAdd(const Invocation &call, Output &output)
{
    const QString login = call.argument(0);
    const std::optional<OperatorRole> role = operatorRoleFromText(call.argument(1));
    if (!role)
        return output.fail(
            Usage, QStringLiteral("unknown role '%1'; one of: %2")
                       .arg(call.argument(1), operatorRoleNames().join(QStringLiteral(", "))));
    if (const QString why = OperatorCommands::whyNotLoginName(login); !why.isEmpty())
        return output.fail(Usage, why);
    const std::optional<QString> password = readPassword(call, output);
    if (!password)
        return Usage;
    if (const QString why = OperatorCommands::whyNotPassword(*password); !why.isEmpty())
        return output.fail(Usage, why);
    OpenedDatabase db;
    if (const int code =
            output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db, ManageLogins);
        code != Ok)
        return code;
    OperatorCommands operators(db.connection);
    const CommandResult result = operators.addOperator(login, *role, *password);
    return output.report(result, result.message);
}

int commandHospitalLoginAdd(const Invocation &call, Output &output)
{
    const QString login = call.argument(1);
    if (const QString why = OperatorCommands::whyNotLoginName(login); !why.isEmpty())
        return output.fail(Usage, why);
    const std::optional<QString> password = readPassword(call, output);
    if (!password)
        return Usage;
    if (const QString why = OperatorCommands::whyNotPassword(*password); !why.isEmpty())
        return output.fail(Usage, why);
    OpenedDatabase db;
    if (const int code =
            output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db, ManageLogins);
        code != Ok)
        return code;
    OperatorCommands operators(db.connection);
    const CommandResult result = operators.addHospitalLogin(call.argument(0), login, *password);
    return output.report(result, result.message);
}

int commandOperatorList(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code =
            output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db, ManageLogins);
        code != Ok)
        return code;
    OperatorCommands operators(db.connection);
    DbError error;
    const QList<OperatorLogin> logins = operators.list(&error);
    if (error.isError())
        return output.databaseError(error, ManageLogins, &db.connection);
    if (call.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const OperatorLogin &login : logins)
            array.append(
                QJsonObject{{QStringLiteral("login"), login.login},
                            {QStringLiteral("groups"), QJsonArray::fromStringList(login.groups)},
                            {QStringLiteral("hospital"), login.hospitalCode},
                            {QStringLiteral("can_log_in"), login.canLogIn}});
        output.raw(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const OperatorLogin &login : logins)
        output.line(QStringLiteral("%1 %2 %3%4")
                        .arg(login.login.leftJustified(24), login.groups.join(QLatin1Char(',')),
                             login.hospitalCode.isEmpty() ? QString()
                                                          : login.hospitalCode + QLatin1Char(' '),
                             login.canLogIn ? QString() : QStringLiteral("(disabled)")));
    return Ok;
}

int commandOperatorDisable(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code =
            output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db, ManageLogins);
        code != Ok)
        return code;
    OperatorCommands operators(db.connection);
    const CommandResult result = operators.disable(call.argument(0));
    return output.report(result, result.message);
}

} // namespace pela::admin
