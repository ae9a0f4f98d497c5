// pela-admin import-map: reads a GeoJSON file and stores it as a map layer every console draws.
#include "clicommands.h"
#include "commands/mapcommands.h"
#include "geo/mapimport.h"

namespace pela::admin {

using namespace pela::core;

int commandImportMap(const Invocation &call, Output &output)
{
    const QString path = call.argument(0);
    MapImportOptions options;
    options.layerName = call.value(QStringLiteral("--layer")).value_or(QString());
    // Unset, not empty: without --attribution the importer recognises OpenStreetMap data.
    options.attribution = call.value(QStringLiteral("--attribution"));
    if (const auto kind = call.value(QStringLiteral("--kind"))) {
        options.kind = mapLayerKindFromText(*kind);
        if (!options.kind)
            return output.fail(Usage, QStringLiteral("--kind must be roads, land or boundaries, "
                                                     "not '%1'")
                                          .arg(*kind));
    }
    // The file is checked whole before the database is touched: a bad file changes nothing.
    const MapImportRead read = MapImport::readFile(path, options);
    if (!read.ok())
        return output.fail(
            Usage,
            QStringLiteral("refused %1: %2; no map layer was changed").arg(path, read.error));
    OpenedDatabase db;
    const Action importing{QStringLiteral("import-map"),
                           QStringLiteral("pela_admin or the database's owner")};
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db, importing);
        code != Ok)
        return code;
    MapCommands commands(db.connection);
    const CommandResult result = commands.importLayer(*read.layer);
    return output.report(result, result.message);
}

} // namespace pela::admin
