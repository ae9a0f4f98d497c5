#include "connectionsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <optional>

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

namespace {

// A positive number of seconds under key, or nothing.
std::optional<double> seconds(const QSettings &settings, const char *key)
{
    const QVariant value = settings.value(QStringLiteral("database/") + QLatin1String(key));
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !(number > 0) || number > 24 * 3600)
        return std::nullopt;
    return number;
}

template <typename Duration> void read(const QSettings &settings, const char *key, Duration &target)
{
    if (const auto value = seconds(settings, key))
        target = std::chrono::duration_cast<Duration>(std::chrono::duration<double>(*value));
    // Whole seconds for the settings libpq takes in seconds: never round down to zero.
    if (target.count() == 0)
        target = Duration(1);
}

} // namespace

ConnectionTimeouts ConnectionTimeouts::fromSettings(const QSettings &settings)
{
    ConnectionTimeouts timeouts;
    read(settings, "connect_timeout_seconds", timeouts.connect);
    read(settings, "statement_timeout_seconds", timeouts.statement);
    read(settings, "lock_timeout_seconds", timeouts.lock);
    read(settings, "idle_in_transaction_timeout_seconds", timeouts.idleInTransaction);
    read(settings, "command_deadline_seconds", timeouts.commandDeadline);
    read(settings, "keepalives_idle_seconds", timeouts.keepalivesIdle);
    read(settings, "keepalives_interval_seconds", timeouts.keepalivesInterval);
    read(settings, "tcp_user_timeout_seconds", timeouts.tcpUser);
    const QVariant count = settings.value(QStringLiteral("database/keepalives_count"));
    bool ok = false;
    if (const int value = count.toString().trimmed().toInt(&ok); ok && value > 0 && value < 100)
        timeouts.keepalivesCount = value;
    return timeouts;
}

const ConnectionTimeouts &ConnectionTimeouts::configured()
{
    static const ConnectionTimeouts timeouts = [] {
        const QSettings file(ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
        return fromSettings(file);
    }();
    return timeouts;
}

} // namespace pela::core
