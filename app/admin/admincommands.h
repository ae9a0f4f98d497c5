// pela-admin: the scriptable face of pela_core. run() parses the command line against the
// command table and returns the exit code (output.h): 0 ok, 2 bad usage, invalid input or an
// action the login's role may not do, 3 conflict, 4 database unavailable.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pela::admin {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace pela::admin
