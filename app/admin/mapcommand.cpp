#include "mapcommand.h"

#include "admincommands.h"
#include "commands/mapcommands.h"
#include "db/database.h"
#include "geo/mapimport.h"

namespace pela::admin {

using namespace pela::core;

namespace {

const char *const ImportUsage =
    "usage: pela-admin import-map FILE [--layer NAME] [--kind roads|land|boundaries]"
    " [--attribution TEXT]";

int usage(QTextStream &err, const QString &message)
{
    err << "pela-admin: " << message << "\n" << ImportUsage << Qt::endl;
    return Usage;
}

} // namespace

int commandImportMap(const QString &conninfo, const QStringList &words, QTextStream &out,
                     QTextStream &err)
{
    QString path;
    MapImportOptions options;
    for (int i = 1; i < words.size(); ++i) {
        const QString &word = words[i];
        const bool takesValue = word == QLatin1String("--layer") ||
                                word == QLatin1String("--kind") ||
                                word == QLatin1String("--attribution");
        if (takesValue) {
            if (i + 1 >= words.size())
                return usage(err, QStringLiteral("%1 needs a value").arg(word));
            const QString value = words[++i];
            if (word == QLatin1String("--layer")) {
                options.layerName = value;
            } else if (word == QLatin1String("--attribution")) {
                options.attribution = value;
            } else {
                options.kind = mapLayerKindFromText(value);
                if (!options.kind)
                    return usage(err, QStringLiteral("--kind must be roads, land or boundaries, "
                                                     "not '%1'")
                                          .arg(value));
            }
        } else if (word.startsWith(QLatin1String("--"))) {
            return usage(err, QStringLiteral("unknown option %1").arg(word));
        } else if (path.isEmpty()) {
            path = word;
        } else {
            return usage(err, QStringLiteral("one file at a time; '%1' is one too many").arg(word));
        }
    }
    if (path.isEmpty())
        return usage(err, QStringLiteral("import-map needs a GeoJSON file"));

    // The file is checked whole before the database is touched: a bad file changes nothing.
    const MapImportRead read = MapImport::readFile(path, options);
    if (!read.ok()) {
        err << "pela-admin: refused " << path << ": " << read.error << "; no map layer was changed"
            << Qt::endl;
        return Usage;
    }

    OpenedDatabase db =
        openDatabase(conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok()) {
        err << "pela-admin: " << db.error.fullText() << Qt::endl;
        return db.error.kind() == DbError::Kind::Query ? Failure : Unavailable;
    }
    MapCommands commands(db.connection);
    const CommandResult result = commands.importLayer(*read.layer);
    switch (result.status) {
    case CommandResult::Status::Ok:
        out << result.message << Qt::endl;
        return Ok;
    case CommandResult::Status::Invalid:
        err << "pela-admin: " << result.message << Qt::endl;
        return Usage;
    case CommandResult::Status::Conflict:
        err << "pela-admin: conflict: " << result.message << Qt::endl;
        return Conflict;
    case CommandResult::Status::Unavailable:
    case CommandResult::Status::OutcomeUnknown:
        err << "pela-admin: " << result.message;
        if (result.error.isError())
            err << " (" << result.error.detail().trimmed() << ")";
        err << Qt::endl;
        return Unavailable;
    }
    return Failure;
}

} // namespace pela::admin
