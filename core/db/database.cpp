#include "database.h"

#include "embeddedserver.h"
#include "migrator.h"

namespace pela::core {

OpenedDatabase openDatabase(const QString &commandLineConninfo, SchemaPolicy policy,
                            const QString &program, ConnectionPurpose purpose)
{
    OpenedDatabase opened;
    opened.settings = ConnectionSettings::resolve(commandLineConninfo);
    if (opened.settings.isEmbedded()) {
        EmbeddedServer server;
        opened.error = server.ensureRunning();
        if (opened.error.isError())
            return opened;
        opened.conninfo = server.conninfo();
    } else {
        opened.conninfo = opened.settings.conninfo;
    }
    opened.connection = PgConnection::open(opened.conninfo, purpose, program);
    if (!opened.connection.isOpen()) {
        opened.error = opened.connection.error();
        return opened;
    }
    const bool migrate = policy == SchemaPolicy::Migrate ||
                         (policy == SchemaPolicy::MigrateEmbedded && opened.settings.isEmbedded());
    if (migrate) {
        // Even when migrating, a newer schema is refused inside migrate().
        opened.error = Migrator::migrate(opened.connection).error;
    } else if (policy != SchemaPolicy::NoCheck) {
        opened.error = Migrator::checkCompatible(opened.connection);
    }
    return opened;
}

StatusReport queryStatus(PgConnection &connection, DbError *error)
{
    StatusReport report;
    report.conninfo = redactedConninfo(connection.conninfo());
    report.schemaVersion = Migrator::currentVersion(connection, error);
    if (error && error->isError())
        return report;
    const PgResult counts =
        connection.exec("SELECT (SELECT count(*) FROM hospitals) AS hospitals,"
                        " (SELECT count(*) FROM units) AS units,"
                        " (SELECT count(*) FROM places) AS places,"
                        " (SELECT count(*) FROM cases WHERE state <> 'closed') AS open_cases");
    if (!counts.ok()) {
        if (error)
            *error = counts.error();
        return report;
    }
    report.hospitals = counts.toInt(0, "hospitals");
    report.units = counts.toInt(0, "units");
    report.places = counts.toInt(0, "places");
    report.openCases = counts.toInt(0, "open_cases");
    return report;
}

} // namespace pela::core
