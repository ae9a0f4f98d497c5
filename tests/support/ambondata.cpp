#include "ambondata.h"

#include "commands/mapcommands.h"
#include "db/pgconnection.h"
#include "geo/mapimport.h"

#include <QDir>
#include <QFileInfo>

namespace pela::test {

QString ambonDataDirectory()
{
    const QString directory = qEnvironmentVariable("PELA_SHARED_DATA");
    if (directory.isEmpty() ||
        !QFileInfo::exists(directory + QStringLiteral("/roads-osm-2025-09-17.geojson")))
        return {};
    return QDir(directory).absolutePath();
}

AmbonMapFiles ambonMapFiles(const QString &directory)
{
    const QDir dir(directory);
    return {dir.filePath(QStringLiteral("roads-osm-2025-09-17.geojson")),
            dir.filePath(QStringLiteral("island-land.geojson")),
            dir.filePath(QStringLiteral("kelurahan-boundaries.geojson")),
            dir.filePath(QStringLiteral("kecamatan-boundaries.geojson"))};
}

QString importAmbonMap(const QString &conninfo)
{
    const QString directory = ambonDataDirectory();
    if (directory.isEmpty())
        return QStringLiteral("Ambon's map data is not in PELA_SHARED_DATA");
    core::PgConnection db = core::PgConnection::open(conninfo, core::ConnectionPurpose::Interactive,
                                                     QStringLiteral("pela-test"));
    if (!db.isOpen())
        return db.error().fullText();
    core::MapCommands commands(db);
    for (const QString &path : ambonMapFiles(directory).all()) {
        const core::MapImportRead read = core::MapImport::readFile(path);
        if (!read.ok())
            return path + QStringLiteral(": ") + read.error;
        const core::CommandResult result = commands.importLayer(*read.layer);
        if (!result.ok())
            return path + QStringLiteral(": ") + result.message;
    }
    return {};
}

} // namespace pela::test
