// pela-admin: the scriptable face of pela_core. Each command returns an exit code:
// 0 ok, 2 bad usage or invalid input, 3 conflict, 4 database unavailable.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pela::admin {

enum ExitCode
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Conflict = 3,
    Unavailable = 4
};

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace pela::admin
