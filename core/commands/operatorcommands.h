// An admin's commands on operators' logins: every operator and every hospital liaison logs in
// as themselves, so that each event names a person. Passwords are hashed (SCRAM) on the
// client: the plain password never reaches the server or its log.
#pragma once

#include "commandresult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace pela::core {

class PgConnection;

// The job a login is given: one of the schema's group roles.
enum class OperatorRole
{
    CallTaker,
    Dispatcher,
    ShiftLead,
    Admin,
};

// "call-taker" <-> CallTaker (the words of the command line); nullopt for another word.
std::optional<OperatorRole> operatorRoleFromText(const QString &text);
QString toText(OperatorRole role);
QStringList operatorRoleNames();

struct OperatorLogin
{
    QString login;
    QStringList groups;   // pela_dispatcher, ...
    QString hospitalCode; // a liaison's hospital; empty otherwise
    bool canLogIn = true;
};

class OperatorCommands
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::OperatorCommands)
public:
    explicit OperatorCommands(PgConnection &connection);

    // A new login for a person of the centre.
    CommandResult addOperator(const QString &login, OperatorRole role, const QString &password);
    // A new login for a hospital's liaison, bound to that hospital.
    CommandResult addHospitalLogin(const QString &hospitalCode, const QString &login,
                                   const QString &password);
    // The login may no longer log in; its open sessions are ended where this login may.
    CommandResult disable(const QString &login);
    // Every login that is a member of a Pela group, by name.
    QList<OperatorLogin> list(DbError *error = nullptr);

    // Empty when acceptable; otherwise why not, in words.
    static QString whyNotLoginName(const QString &login);
    static QString whyNotPassword(const QString &password);

private:
    CommandResult createLogin(const QString &login, const QString &group, const QString &password,
                              const QString &hospitalCode);

    PgConnection &m_connection;
};

} // namespace pela::core
