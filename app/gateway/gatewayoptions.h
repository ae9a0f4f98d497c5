// pela-gateway's options: the command line first, then the [gateway] section of the settings
// file (~/.config/pela/pela.conf), then the defaults (127.0.0.1, HTTP 5055, NMEA 5056).
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace pela::gateway {

struct GatewayOptions
{
    QString conninfo; // --db; empty: PELA_DATABASE_URL, the settings file, or embedded
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 httpPort = 5055;
    std::optional<quint16> nmeaPort = quint16(5056);    // none: no NMEA listener
    QList<std::pair<quint16, QString>> nmeaDevicePorts; // a port that names its device
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString amlToken; // when set, AML requests must carry it
    int httpThreads = 2;
    bool dryRun = false; // --no-store: parse and answer, store nothing (the benchmark's floor)
};

struct ParsedOptions
{
    GatewayOptions options;
    bool help = false;
    QString error; // bad usage: exit 2
};

ParsedOptions parseOptions(const QStringList &arguments);
QString usage();

} // namespace pela::gateway
