#include "migrator.h"

#include "pgconnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pela::core {

namespace {

// Any constant shared by every Pela build; serialises migrators on one database.
constexpr qint64 MigrationLockKey = 1120001;

struct Migration
{
    int version;
    QString path;
};

QList<Migration> knownMigrations()
{
    QList<Migration> migrations;
    const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    QDir directory(QStringLiteral(":/pela/sql/migrations"));
    for (const QString &name : directory.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), directory.filePath(name)});
    }
    return migrations;
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int Migrator::latestVersion()
{
    const QList<Migration> migrations = knownMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Migrator::currentVersion(PgConnection &connection, DbError *error)
{
    const PgResult exists =
        connection.exec("SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present");
    if (!exists.ok()) {
        if (error)
            *error = exists.error();
        return 0;
    }
    if (!exists.toBool(0, "present"))
        return 0;
    const PgResult version =
        connection.exec("SELECT coalesce(max(version), 0) AS version FROM schema_migrations");
    if (!version.ok()) {
        if (error)
            *error = version.error();
        return 0;
    }
    return int(version.toInt(0, "version"));
}

DbError Migrator::checkCompatible(PgConnection &connection)
{
    DbError error;
    const int current = currentVersion(connection, &error);
    if (error.isError())
        return error;
    const int latest = latestVersion();
    if (current > latest)
        return DbError(DbError::Kind::SchemaTooNew,
                       tr("The database was prepared by a newer version of Pela (schema %1; this "
                          "program knows %2). Update this workstation's Pela.")
                           .arg(current)
                           .arg(latest));
    if (current < latest)
        return DbError(DbError::Kind::SchemaTooOld,
                       tr("The database is not prepared for this version of Pela (schema %1, "
                          "needs %2). An administrator runs 'pela-admin migrate'.")
                           .arg(current)
                           .arg(latest));
    return {};
}

MigrationResult Migrator::migrate(PgConnection &connection)
{
    MigrationResult result;
    PgTransaction transaction(connection);
    if (!transaction.isActive()) {
        result.error = transaction.error();
        return result;
    }
    auto fail = [&](const PgResult &failed, const QString &context) {
        result.error = DbError(failed.error().kind(),
                               context + QStringLiteral(": ") + failed.error().message(),
                               failed.error().detail(), failed.error().sqlState());
        return result;
    };
    // Whatever connection runs it, a migration is maintenance: neither it nor the wait for
    // another console's migration is cut by an interactive statement or lock timeout.
    const PgResult unlimited = connection.execScript(
        QStringLiteral("SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0"));
    if (!unlimited.ok())
        return fail(unlimited, tr("Preparing the migration failed"));
    const PgResult locked = connection.exec("SELECT pg_advisory_xact_lock($1)", {MigrationLockKey});
    if (!locked.ok())
        return fail(locked, tr("Waiting for another migration failed"));
    const PgResult table = connection.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                           " version integer PRIMARY KEY, name text NOT NULL,"
                                           " applied_at timestamptz NOT NULL DEFAULT now(),"
                                           " applied_by text NOT NULL DEFAULT current_user)");
    if (!table.ok())
        return fail(table, tr("Creating the migration table failed"));
    result.fromVersion = currentVersion(connection, &result.error);
    if (result.error.isError())
        return result;
    const QList<Migration> migrations = knownMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (result.fromVersion > latest) {
        result.error = checkCompatible(connection);
        return result;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= result.fromVersion)
            continue;
        const PgResult applied = connection.execScript(readResource(migration.path));
        if (!applied.ok())
            return fail(applied, tr("Migration %1 failed").arg(migration.version));
        const PgResult recorded =
            connection.exec("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                            {migration.version, QFileInfo(migration.path).fileName()});
        if (!recorded.ok())
            return fail(recorded, tr("Recording migration %1 failed").arg(migration.version));
    }
    const PgResult seeded =
        connection.execScript(readResource(QStringLiteral(":/pela/sql/seed/ambon.sql")));
    if (!seeded.ok())
        return fail(seeded, tr("Loading Ambon's reference data failed"));
    const PgResult committed = transaction.commit();
    if (!committed.ok())
        return fail(committed, tr("Saving the migration failed"));
    result.toVersion = latest;
    return result;
}

DbError Migrator::loadDemoData(PgConnection &connection)
{
    PgTransaction transaction(connection);
    if (!transaction.isActive())
        return transaction.error();
    const PgResult loaded =
        connection.execScript(readResource(QStringLiteral(":/pela/sql/demo/fleet.sql")));
    if (!loaded.ok())
        return loaded.error();
    return transaction.commit().error();
}

} // namespace pela::core
