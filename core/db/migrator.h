// Brings a database to this program's schema: numbered SQL files from resources, one
// transaction, under an advisory lock so two starting consoles never race.
#pragma once

#include "dberror.h"

#include <QCoreApplication>

namespace pela::core {

class PgConnection;

struct MigrationResult
{
    DbError error;
    int fromVersion = 0;
    int toVersion = 0;
    bool ok() const { return !error.isError(); }
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::Migrator)
public:
    // Highest migration this program knows.
    static int latestVersion();
    // Applies missing migrations and the reference seed (idempotent).
    static MigrationResult migrate(PgConnection &connection);
    // Version recorded in the database; 0 when none.
    static int currentVersion(PgConnection &connection, DbError *error = nullptr);
    // Ok when the schema equals latestVersion(); SchemaTooNew / SchemaTooOld otherwise.
    static DbError checkCompatible(PgConnection &connection);
    // The demo fleet (embedded/demo databases only; idempotent).
    static DbError loadDemoData(PgConnection &connection);
};

} // namespace pela::core
