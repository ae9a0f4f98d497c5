#include "workstation.h"

#include "db/connectionsettings.h"
#include "domain/inputrules.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace pela::core {

QString Workstation::name(const QString &commandLine)
{
    if (!commandLine.trimmed().isEmpty())
        return commandLine.trimmed();
    const QSettings settings(ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
    const QString configured = settings.value(QStringLiteral("console/workstation")).toString();
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    return QSysInfo::machineHostName();
}

QString Workstation::whyNot(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return tr("The workstation name \"%1\" may only have letters, digits, '.', '_' and '-' (at "
              "most 63, starting with a letter or digit).")
        .arg(InputRules::printable(name));
}

} // namespace pela::core
