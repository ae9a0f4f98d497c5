// pela-admin import-map: reads a GeoJSON file and stores it as a map layer every console draws.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pela::admin {

// words: the command line after the global options, starting with "import-map".
// Returns the exit code (0 ok, 2 bad file or usage, 4 database unavailable).
int commandImportMap(const QString &conninfo, const QStringList &words, QTextStream &out,
                     QTextStream &err);

} // namespace pela::admin
