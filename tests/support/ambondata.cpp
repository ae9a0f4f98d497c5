#include "ambondata.h"

#include "commands/mapcommands.h"
#include "db/pgconnection.h"
#include "geo/mapimport.h"
#include "testcluster.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

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

bool importAmbonMap(const QString &conninfo)
{
    const QString directory = ambonDataDirectory();
    if (directory.isEmpty())
        return false;
    core::PgConnection db = connect(conninfo);
    core::MapCommands commands(db);
    for (const QString &path : ambonMapFiles(directory).all()) {
        const core::MapImportRead read = core::MapImport::readFile(path);
        INFO(path.toStdString() << ": " << read.error.toStdString());
        REQUIRE(read.ok());
        const core::CommandResult result = commands.importLayer(*read.layer);
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
    }
    return true;
}

} // namespace pela::test
