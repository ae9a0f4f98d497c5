#include "operatorcommands.h"

#include "db/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace pela::core {

namespace {

struct RoleName
{
    OperatorRole role;
    const char *word;  // on the command line
    const char *group; // in the database
};
constexpr RoleName RoleNames[] = {
    {OperatorRole::CallTaker, "call-taker", "pela_call_taker"},
    {OperatorRole::Dispatcher, "dispatcher", "pela_dispatcher"},
    {OperatorRole::ShiftLead, "shift-lead", "pela_shift_lead"},
    {OperatorRole::Admin, "admin", "pela_admin"},
};

QString groupOf(OperatorRole role)
{
    for (const RoleName &name : RoleNames)
        if (name.role == role)
            return QLatin1String(name.group);
    return {};
}

// Runs sql; a failure ends the transaction and comes back as the command's result.
struct Failed
{
    DbError error;
};
PgResult run(PgConnection &db, const char *sql, const SqlParams &params = {})
{
    PgResult result = db.exec(sql, params);
    if (!result.ok())
        throw Failed{result.error()};
    return result;
}

CommandResult failure(const DbError &error)
{
    if (error.kind() == DbError::Kind::ConnectionLost || error.kind() == DbError::Kind::Unreachable)
        return CommandResult::unavailable(
            OperatorCommands::tr("The database cannot be reached; nothing was changed."), error);
    CommandResult result = CommandResult::invalid(
        error.sqlState() == QLatin1String("42501")
            ? OperatorCommands::tr("This login may not manage logins: it needs the CREATEROLE "
                                   "attribute and the pela_admin role (%1).")
                  .arg(error.message())
            : OperatorCommands::tr("The database refused it: %1").arg(error.message()));
    result.error = error;
    return result;
}

} // namespace

std::optional<OperatorRole> operatorRoleFromText(const QString &text)
{
    for (const RoleName &name : RoleNames)
        if (text == QLatin1String(name.word))
            return name.role;
    return std::nullopt;
}

QString toText(OperatorRole role)
{
    for (const RoleName &name : RoleNames)
        if (name.role == role)
            return QLatin1String(name.word);
    return {};
}

QStringList operatorRoleNames()
{
    QStringList names;
    for (const RoleName &name : RoleNames)
        names << QLatin1String(name.word);
    return names;
}

OperatorCommands::OperatorCommands(PgConnection &connection) : m_connection(connection) {}

QString OperatorCommands::whyNotLoginName(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{2,40}$"));
    if (!valid.match(login).hasMatch())
        return tr("A login name has 3 to 41 lower-case letters, digits or _, and starts with a "
                  "letter (e.g. siti_rahma), not \"%1\".")
            .arg(login);
    if (login.startsWith(QLatin1String("pela")) || login.startsWith(QLatin1String("pg_")) ||
        login == QLatin1String("postgres"))
        return tr("\"%1\" is reserved for the system; choose a person's name.").arg(login);
    return {};
}

QString OperatorCommands::whyNotPassword(const QString &password)
{
    if (password.size() < 10)
        return tr("A password needs at least 10 characters.");
    if (password.trimmed() != password || password.contains(QLatin1Char('\n')))
        return tr("A password may not start or end with a space or hold a line break.");
    return {};
}

CommandResult OperatorCommands::addOperator(const QString &login, OperatorRole role,
                                            const QString &password)
{
    return createLogin(login, groupOf(role), password, {});
}

CommandResult OperatorCommands::addHospitalLogin(const QString &hospitalCode, const QString &login,
                                                 const QString &password)
{
    return createLogin(login, QStringLiteral("pela_hospital"), password, hospitalCode);
}

CommandResult OperatorCommands::createLogin(const QString &login, const QString &group,
                                            const QString &password, const QString &hospitalCode)
{
    if (const QString why = whyNotLoginName(login); !why.isEmpty())
        return CommandResult::invalid(why);
    if (const QString why = whyNotPassword(password); !why.isEmpty())
        return CommandResult::invalid(why);
    if (!m_connection.isOpen())
        return failure(m_connection.error());
    // SCRAM on this side: the server and its log only ever see the verifier.
    char *verifier = PQencryptPasswordConn(m_connection.handle(), password.toUtf8().constData(),
                                           login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return CommandResult::invalid(
            tr("The password could not be hashed: %1")
                .arg(QString::fromUtf8(PQerrorMessage(m_connection.handle()))));
    const QString hashed = QString::fromUtf8(verifier);
    PQfreemem(verifier);

    PgTransaction transaction(m_connection);
    if (!transaction.isActive())
        return failure(transaction.error());
    try {
        if (run(m_connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", {login}).rowCount() > 0)
            return CommandResult::conflict(tr("A login %1 exists already.").arg(login));
        QVariant hospitalId;
        if (!hospitalCode.isEmpty()) {
            const PgResult hospital =
                run(m_connection, "SELECT id FROM hospitals WHERE upper(code) = upper($1)",
                    {hospitalCode.trimmed()});
            if (hospital.rowCount() == 0)
                return CommandResult::invalid(
                    tr("There is no hospital with code %1.").arg(hospitalCode));
            hospitalId = hospital.toInt(0, "id");
        }
        // Identifiers cannot be bound: the server quotes them (format %I, %L) from bound values.
        const PgResult statement =
            run(m_connection,
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1::text,"
                " $2::text, $3::text)",
                {login, hashed, group});
        run(m_connection, statement.text(0, 0).toUtf8().constData());
        if (!hospitalId.isNull())
            run(m_connection, "INSERT INTO hospital_logins (login, hospital_id) VALUES ($1, $2)",
                {login, hospitalId});
        run(m_connection,
            "INSERT INTO case_events (hospital_id, kind, payload) VALUES ($1, 'operator_added',"
            " $2::jsonb)",
            {hospitalId,
             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                                         {QStringLiteral("role"), group}})
                                   .toJson(QJsonDocument::Compact))});
        const PgResult committed = transaction.commit();
        if (!committed.ok())
            throw Failed{committed.error()};
    } catch (const Failed &failed) {
        transaction.rollback();
        return failure(failed.error);
    }
    CommandResult result;
    result.message = hospitalCode.isEmpty()
                         ? tr("Login %1 added as %2.").arg(login, group)
                         : tr("Login %1 added for hospital %2.").arg(login, hospitalCode.toUpper());
    return result;
}

CommandResult OperatorCommands::disable(const QString &login)
{
    if (!m_connection.isOpen())
        return failure(m_connection.error());
    PgTransaction transaction(m_connection);
    if (!transaction.isActive())
        return failure(transaction.error());
    try {
        const PgResult member =
            run(m_connection,
                "SELECT r.rolcanlogin FROM pg_roles r WHERE r.rolname = $1 AND EXISTS (SELECT 1"
                " FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid"
                " AND g.rolname IN ('pela_call_taker', 'pela_dispatcher', 'pela_shift_lead',"
                " 'pela_admin', 'pela_hospital', 'pela_avl'))",
                {login});
        if (member.rowCount() == 0)
            return CommandResult::invalid(
                tr("%1 is not an operator's login (a member of a Pela role).").arg(login));
        if (!member.toBool(0, "rolcanlogin")) {
            CommandResult unchanged;
            unchanged.changed = false;
            unchanged.message = tr("Login %1 is already disabled.").arg(login);
            return unchanged;
        }
        const PgResult statement =
            run(m_connection, "SELECT format('ALTER ROLE %I NOLOGIN', $1::text)", {login});
        run(m_connection, statement.text(0, 0).toUtf8().constData());
        run(m_connection,
            "INSERT INTO case_events (kind, payload) VALUES ('operator_disabled', $1::jsonb)",
            {QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("login"), login}})
                                   .toJson(QJsonDocument::Compact))});
        const PgResult committed = transaction.commit();
        if (!committed.ok())
            throw Failed{committed.error()};
    } catch (const Failed &failed) {
        transaction.rollback();
        return failure(failed.error);
    }
    CommandResult result;
    result.message = tr("Login %1 is disabled.").arg(login);
    // Sessions already open end too, where this login may end them (superuser or
    // pg_signal_backend); otherwise they end when they next connect.
    const PgResult ended = m_connection.exec(
        "SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity WHERE usename = $1",
        {login});
    if (!ended.ok())
        result.warning = tr("Its open sessions could not be ended from this login; they end when "
                            "they reconnect.");
    return result;
}

QList<OperatorLogin> OperatorCommands::list(DbError *error)
{
    QList<OperatorLogin> logins;
    const PgResult rows = m_connection.exec(
        "WITH groups AS (SELECT oid, rolname FROM pg_roles WHERE rolname IN ('pela_call_taker',"
        " 'pela_dispatcher', 'pela_shift_lead', 'pela_admin', 'pela_hospital', 'pela_avl'))"
        " SELECT r.rolname, r.rolcanlogin,"
        " array_to_json(ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN groups g"
        "  ON g.oid = m.roleid WHERE m.member = r.oid ORDER BY g.rolname)) AS groups,"
        " (SELECT h.code FROM hospital_logins l JOIN hospitals h ON h.id = l.hospital_id"
        "  WHERE l.login = r.rolname) AS hospital"
        " FROM pg_roles r WHERE r.oid NOT IN (SELECT oid FROM groups) AND EXISTS (SELECT 1"
        "  FROM pg_auth_members m JOIN groups g ON g.oid = m.roleid WHERE m.member = r.oid)"
        " ORDER BY r.rolname");
    if (!rows.ok()) {
        if (error)
            *error = rows.error();
        return logins;
    }
    for (int row = 0; row < rows.rowCount(); ++row) {
        OperatorLogin login;
        login.login = rows.text(row, "rolname");
        login.canLogIn = rows.toBool(row, "rolcanlogin");
        login.hospitalCode = rows.text(row, "hospital");
        for (const QJsonValue &group : rows.toJson(row, "groups").array())
            login.groups << group.toString();
        logins << login;
    }
    return logins;
}

} // namespace pela::core
