// Real PostgreSQL logins for the group roles, made in a test's own database, so that a test
// acts as an operator logs in (never SET ROLE from a superuser, which hides what a login may do).
#pragma once

#include "db/pgconnection.h"

#include <QString>

namespace pela::test {

class TestLogins
{
public:
    // ownerConninfo: the test database as its owner (the cluster's superuser).
    explicit TestLogins(QString ownerConninfo);

    // Creates a login in the group role (pela_call_taker, ..., pela_avl) and returns its
    // conninfo (with password). A pela_hospital login is bound to hospitalCode's hospital.
    QString create(const QString &groupRole, const QString &hospitalCode = {});
    // Connects as that login; fails the test loudly if it cannot, or if the server says it is
    // someone else.
    static core::PgConnection connect(const QString &loginConninfo);
    // The login name of a conninfo made by create().
    static QString loginName(const QString &loginConninfo);

private:
    QString m_ownerConninfo;
};

} // namespace pela::test
