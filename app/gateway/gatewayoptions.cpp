#include "gatewayoptions.h"

#include "db/connectionsettings.h"

#include <QSettings>

namespace pela::gateway {

namespace {

std::optional<quint16> portFrom(const QString &text, bool allowOff, bool *off)
{
    if (off)
        *off = false;
    if (allowOff && text == QLatin1String("off")) {
        if (off)
            *off = true;
        return std::nullopt;
    }
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

// "5070=TRACKER-1" -> (5070, "TRACKER-1")
QString addDevicePort(const QString &text, GatewayOptions &options)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const std::optional<quint16> port =
        equals > 0 ? portFrom(text.left(equals), false, nullptr) : std::nullopt;
    const QString device = equals > 0 ? text.mid(equals + 1) : QString();
    if (!port || device.isEmpty())
        return QStringLiteral("--nmea-device-port takes PORT=DEVICE_ID, not '%1'").arg(text);
    options.nmeaDevicePorts.append({*port, device});
    return {};
}

} // namespace

QString usage()
{
    return QStringLiteral(
        "usage: pela-gateway [--db CONNINFO] [--listen ADDRESS] [--http-port PORT]\n"
        "                    [--nmea-port PORT|off] [--nmea-device-port PORT=DEVICE_ID]...\n"
        "                    [--tls-cert FILE --tls-key FILE] [--aml-token TOKEN]\n"
        "                    [--http-threads N] [--no-store]\n"
        "Receives positions (OsmAnd over HTTP, NMEA 0183 over TCP) and callers' handset\n"
        "locations (AML) and writes them to the Pela database as a member of pela_avl.\n"
        "Defaults come from the [gateway] section of ~/.config/pela/pela.conf (listen,\n"
        "http_port, nmea_port, nmea_device_ports, tls_cert, tls_key, aml_token), then\n"
        "127.0.0.1, 5055 and 5056. Without --db, PELA_DATABASE_URL or a configured database,\n"
        "the embedded server under $PELA_HOME is used with the login 'pela-admin demo' made.\n"
        "A port of 0 takes any free port; the ports are printed as 'listening ...' lines.\n"
        "--no-store answers every request without storing anything (for measurements).\n"
        "Exit codes: 0 stopped by a signal, 2 bad usage, 4 database unavailable.\n");
}

ParsedOptions parseOptions(const QStringList &arguments)
{
    ParsedOptions parsed;
    GatewayOptions &options = parsed.options;
    // The settings file first, so that the command line wins.
    QSettings file(core::ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
    file.beginGroup(QStringLiteral("gateway"));
    QHash<QString, QString> values;
    for (const QString &key : file.childKeys())
        values.insert(QStringLiteral("--") +
                          QString(key).replace(QLatin1Char('_'), QLatin1Char('-')),
                      file.value(key).toString());
    file.endGroup();
    // File keys named as the options: listen, http_port, nmea_port, tls_cert, tls_key, ...
    QStringList fromFile;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("--nmea-device-ports")) {
            for (const QString &item : it.value().split(QLatin1Char(','), Qt::SkipEmptyParts))
                fromFile << QStringLiteral("--nmea-device-port") << item.trimmed();
        } else {
            fromFile << it.key() << it.value();
        }
    }
    const QStringList all = fromFile + arguments;
    const QStringList valued = {QStringLiteral("--db"),
                                QStringLiteral("--listen"),
                                QStringLiteral("--http-port"),
                                QStringLiteral("--nmea-port"),
                                QStringLiteral("--nmea-device-port"),
                                QStringLiteral("--tls-cert"),
                                QStringLiteral("--tls-key"),
                                QStringLiteral("--aml-token"),
                                QStringLiteral("--http-threads")};
    bool devicePortsFromCommandLine = false;
    for (int i = 0; i < all.size(); ++i) {
        const bool fromCommandLine = i >= fromFile.size();
        QString name = all[i];
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && equals > 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        } else if (valued.contains(name)) {
            if (i + 1 >= all.size()) {
                parsed.error = QStringLiteral("%1 needs a value").arg(name);
                return parsed;
            }
            value = all[++i];
        }
        const QString where =
            fromCommandLine
                ? QString()
                : QStringLiteral(" (in %1)").arg(core::ConnectionSettings::settingsFilePath());
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            parsed.help = true;
        } else if (name == QLatin1String("--db")) {
            options.conninfo = value;
        } else if (name == QLatin1String("--listen")) {
            if (!options.listenAddress.setAddress(value)) {
                parsed.error =
                    QStringLiteral("--listen takes an IP address, not '%1'%2").arg(value, where);
                return parsed;
            }
        } else if (name == QLatin1String("--http-port")) {
            const std::optional<quint16> port = portFrom(value, false, nullptr);
            if (!port) {
                parsed.error =
                    QStringLiteral("--http-port takes a port, not '%1'%2").arg(value, where);
                return parsed;
            }
            options.httpPort = *port;
        } else if (name == QLatin1String("--nmea-port")) {
            bool off = false;
            const std::optional<quint16> port = portFrom(value, true, &off);
            if (!port && !off) {
                parsed.error = QStringLiteral("--nmea-port takes a port or 'off', not '%1'%2")
                                   .arg(value, where);
                return parsed;
            }
            options.nmeaPort = port;
        } else if (name == QLatin1String("--nmea-device-port")) {
            // Ports on the command line replace those of the file.
            if (fromCommandLine && !devicePortsFromCommandLine) {
                options.nmeaDevicePorts.clear();
                devicePortsFromCommandLine = true;
            }
            if (const QString why = addDevicePort(value, options); !why.isEmpty()) {
                parsed.error = why + where;
                return parsed;
            }
        } else if (name == QLatin1String("--tls-cert")) {
            options.tlsCertificateFile = value;
        } else if (name == QLatin1String("--tls-key")) {
            options.tlsKeyFile = value;
        } else if (name == QLatin1String("--aml-token")) {
            options.amlToken = value;
        } else if (name == QLatin1String("--http-threads")) {
            bool ok = false;
            options.httpThreads = value.toInt(&ok);
            if (!ok || options.httpThreads < 1 || options.httpThreads > 64) {
                parsed.error = QStringLiteral("--http-threads takes 1 to 64%1").arg(where);
                return parsed;
            }
        } else if (name == QLatin1String("--no-store")) {
            options.dryRun = true;
        } else {
            parsed.error = QStringLiteral("unknown option '%1'%2").arg(name, where);
            return parsed;
        }
    }
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        parsed.error = QStringLiteral("--tls-cert and --tls-key go together");
    return parsed;
}

} // namespace pela::gateway
