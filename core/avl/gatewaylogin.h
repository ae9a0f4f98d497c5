// The position gateway's own login on the embedded (demo) server: pela_gateway, a member of
// pela_avl and nothing else, with a random password kept in a libpq password file under
// $PELA_HOME (mode 0600), so pela-gateway never runs as the superuser and never shows the
// password on a command line. `pela-admin demo` makes it; pela-gateway reads it when no
// database is configured.
#pragma once

#include "db/dberror.h"

#include <QCoreApplication>
#include <QString>

namespace pela::core {

class EmbeddedServer;
class PgConnection;

class GatewayLogin
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::GatewayLogin)
public:
    static constexpr const char *LoginName = "pela_gateway";

    // $PELA_HOME/gateway.pgpass
    static QString passwordFile(const QString &home);
    // Creates the login (or gives it a new password when its file is gone) as superuser, and
    // writes the file. Safe to run again: an existing login with its file is left as it is.
    static DbError ensure(PgConnection &superuser, const QString &home);
    // The conninfo pela-gateway uses on the embedded server; empty when the file is missing.
    static QString conninfo(const EmbeddedServer &server);
};

} // namespace pela::core
