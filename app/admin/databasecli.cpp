// pela-admin migrate, status, demo and server: the database itself.
#include "avl/gatewaylogin.h"
#include "clicommands.h"
#include "db/embeddedserver.h"
#include "db/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pela::admin {

using namespace pela::core;

namespace {

const Action Migrate{QStringLiteral("migrate"),
                     QStringLiteral("the database's owner or a superuser")};

struct Status
{
    int schemaVersion = 0;
    QString conninfo;
    // Counts of what this login may read; nullopt where it may not (the gateway reads units).
    std::optional<qint64> hospitals, units, places, openCases;
};

// Reads the status, counting only the tables this login may read (a refused table would fail
// the whole statement, so each is asked for apart).
int readStatus(PgConnection &connection, Output &output, Status *status)
{
    status->conninfo = redactedConninfo(connection.conninfo());
    DbError error;
    status->schemaVersion = Migrator::currentVersion(connection, &error);
    if (error.isError())
        return output.databaseError(error, Output::schemaCheck(), &connection);
    struct Count
    {
        const char *table;
        const char *sql; // fixed text, never from input
        std::optional<qint64> *value;
    };
    const Count counts[] = {
        {"hospitals", "SELECT count(*) AS n FROM hospitals", &status->hospitals},
        {"units", "SELECT count(*) AS n FROM units", &status->units},
        {"places", "SELECT count(*) AS n FROM places", &status->places},
        {"cases", "SELECT count(*) AS n FROM cases WHERE state <> 'closed'", &status->openCases},
    };
    for (const Count &count : counts) {
        const PgResult readable =
            connection.exec("SELECT has_any_column_privilege($1, 'SELECT') AS readable",
                            {QString::fromLatin1(count.table)});
        if (!readable.ok())
            return output.databaseError(readable.error(), {}, &connection);
        if (!readable.toBool(0, "readable"))
            continue;
        const PgResult counted = connection.exec(count.sql);
        if (!counted.ok())
            return output.databaseError(
                counted.error(),
                {QStringLiteral("status (counting %1)").arg(QLatin1String(count.table)),
                 caseReaders()},
                &connection);
        *count.value = counted.toInt(0, "n");
    }
    return Ok;
}

QJsonValue jsonCount(const std::optional<qint64> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QString textCount(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : QStringLiteral("(not readable by this login)");
}

} // namespace

int commandMigrate(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::NoCheck, &db, Migrate);
        code != Ok)
        return code;
    const MigrationResult result = Migrator::migrate(db.connection);
    if (!result.ok())
        return output.databaseError(result.error, Migrate, &db.connection);
    if (result.fromVersion == result.toVersion)
        output.line(QStringLiteral("schema is current (version %1)").arg(result.toVersion));
    else
        output.line(QStringLiteral("migrated schema from version %1 to %2")
                        .arg(result.fromVersion)
                        .arg(result.toVersion));
    return Ok;
}

int commandStatus(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    Status status;
    if (const int code = readStatus(db.connection, output, &status); code != Ok)
        return code;
    if (call.has(QStringLiteral("--json"))) {
        // Keys are a stable interface, documented in the README.
        const QJsonObject json{{QStringLiteral("schema_version"), status.schemaVersion},
                               {QStringLiteral("conninfo"), status.conninfo},
                               {QStringLiteral("hospitals"), jsonCount(status.hospitals)},
                               {QStringLiteral("units"), jsonCount(status.units)},
                               {QStringLiteral("places"), jsonCount(status.places)},
                               {QStringLiteral("open_cases"), jsonCount(status.openCases)}};
        output.raw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    output.line(QStringLiteral("schema version: %1").arg(status.schemaVersion));
    output.line(QStringLiteral("connection:     %1").arg(status.conninfo));
    output.line(QStringLiteral("hospitals:      %1").arg(textCount(status.hospitals)));
    output.line(QStringLiteral("units:          %1").arg(textCount(status.units)));
    output.line(QStringLiteral("places:         %1").arg(textCount(status.places)));
    output.line(QStringLiteral("open cases:     %1").arg(textCount(status.openCases)));
    return Ok;
}

int commandDemo(const Invocation &call, Output &output)
{
    const ConnectionSettings settings = ConnectionSettings::resolve(call.conninfo);
    if (!settings.isEmbedded() && !call.has(QStringLiteral("--yes")))
        return output.fail(Usage, QStringLiteral("refusing to load demo units into a configured "
                                                 "server (%1); add --yes if this is a test server")
                                      .arg(redactedConninfo(settings.conninfo)));
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    const Action demo{QStringLiteral("demo (loading the demo fleet)"),
                      QStringLiteral("pela_admin or the database's owner")};
    if (const DbError error = Migrator::loadDemoData(db.connection); error.isError())
        return output.databaseError(error, demo, &db.connection);
    // The demo's position gateway logs in as pela_gateway (pela_avl), never as 'pela'.
    if (settings.isEmbedded())
        if (const DbError error = GatewayLogin::ensure(db.connection, EmbeddedServer().home());
            error.isError())
            return output.databaseError(error, demo, &db.connection);
    Status status;
    if (const int code = readStatus(db.connection, output, &status); code != Ok)
        return code;
    output.line(QStringLiteral("demo data loaded: %1 units, %2 hospitals")
                    .arg(textCount(status.units), textCount(status.hospitals)));
    return Ok;
}

int commandServerStart(const Invocation &, Output &output)
{
    EmbeddedServer server;
    if (const DbError error = server.ensureRunning(); error.isError())
        return output.databaseError(error, {});
    output.line(QStringLiteral("the embedded server runs: %1").arg(server.conninfo()));
    return Ok;
}

int commandServerStop(const Invocation &, Output &output)
{
    EmbeddedServer server;
    if (!server.isRunning()) {
        output.line(
            QStringLiteral("the embedded server under %1 is not running").arg(server.home()));
        return Ok;
    }
    if (const DbError error = server.stop(); error.isError())
        return output.databaseError(error, {});
    output.line(QStringLiteral("stopped the embedded server under %1").arg(server.home()));
    return Ok;
}

int commandServerStatus(const Invocation &, Output &output)
{
    EmbeddedServer server;
    const bool running = server.isRunning();
    output.line((running ? QStringLiteral("running: %1") : QStringLiteral("not running: %1"))
                    .arg(server.conninfo()));
    return running ? Ok : Unavailable;
}

} // namespace pela::admin
