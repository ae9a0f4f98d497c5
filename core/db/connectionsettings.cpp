#include "connectionsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace pela::core {

QString ConnectionSettings::settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/pela/pela.conf");
}

ConnectionSettings ConnectionSettings::resolve(const QString &commandLineConninfo)
{
    if (!commandLineConninfo.isEmpty())
        return {Source::CommandLine, commandLineConninfo};
    const QString environment = qEnvironmentVariable("PELA_DATABASE_URL");
    if (!environment.isEmpty())
        return {Source::Environment, environment};
    const QSettings file(settingsFilePath(), QSettings::IniFormat);
    const QString configured = file.value(QStringLiteral("database/url")).toString();
    if (!configured.isEmpty())
        return {Source::SettingsFile, configured};
    return {Source::Embedded, {}};
}

} // namespace pela::core
