// Ambon's real map files in ../shared/data/ambon (CTest passes the folder in PELA_SHARED_DATA):
// where they are, and importing them the way an admin does.
#pragma once

#include <QString>
#include <QStringList>

namespace pela::test {

// The folder with the four files, or empty when it is absent (the caller skips and says so).
QString ambonDataDirectory();

// The four files: roads, island land, kelurahan and kecamatan boundaries (full paths).
struct AmbonMapFiles
{
    QString roads, land, kelurahan, kecamatan;
    QStringList all() const { return {roads, land, kelurahan, kecamatan}; }
};
AmbonMapFiles ambonMapFiles(const QString &directory);

// Imports the four files into the database through MapImport and MapCommands, as
// pela-admin import-map does. Returns why one failed; empty when all four are in.
QString importAmbonMap(const QString &conninfo);

} // namespace pela::test
