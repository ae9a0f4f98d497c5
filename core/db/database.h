// The one way a program of Pela opens its database: resolve where it is, start the embedded
// server if that is the choice, and make sure the schema fits this program.
#pragma once

#include "connectionsettings.h"
#include "dberror.h"
#include "pgconnection.h"

namespace pela::core {

enum class SchemaPolicy
{
    MigrateEmbedded, // embedded: migrate and seed; configured server: require the current schema
    Migrate,         // always migrate (pela-admin migrate)
    NoCheck,         // connect only (pela-admin server commands)
};

struct OpenedDatabase
{
    ConnectionSettings settings;
    QString conninfo;
    PgConnection connection;
    DbError error;
    bool ok() const { return !error.isError(); }
};

// program names the connection (ConnectParameters: "<program>@<host>"); a migration never
// runs into the interactive statement timeout, whatever the purpose (Migrator::migrate).
OpenedDatabase openDatabase(const QString &commandLineConninfo, SchemaPolicy policy,
                            const QString &program,
                            ConnectionPurpose purpose = ConnectionPurpose::Interactive);

} // namespace pela::core
