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

} // namespace pela::core
