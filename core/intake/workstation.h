// The console's workstation name, which the phone system's rings are addressed to
// (`pela-admin call ring --workstation W`): the machine's host name, unless pela.conf's
// [console] workstation= or the console's --workstation names another.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pela::core {

class Workstation
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::Workstation)
public:
    // commandLine wins when not empty; then the settings file; then the host name.
    static QString name(const QString &commandLine = {});
    // Empty when name may be a workstation's (as the call_rings table checks it: letters,
    // digits, '.', '_' and '-', at most 63, starting with a letter or digit); else why not.
    static QString whyNot(const QString &name);
};

} // namespace pela::core
