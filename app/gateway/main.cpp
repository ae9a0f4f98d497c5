// pela-gateway: positions from ambulances' trackers and crews' phones, and callers' handset
// locations, into the shared database, as a login of pela_avl (never the superuser).
#include "avl/devicedirectory.h"
#include "avl/fixchecker.h"
#include "avl/gatewaylogin.h"
#include "avl/positionwriter.h"
#include "avl/serverclock.h"
#include "db/connectionsettings.h"
#include "db/embeddedserver.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "gatewayoptions.h"
#include "httpingest.h"
#include "nmeaingest.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace pela;
using namespace pela::core;

namespace {

enum ExitCode
{
    Ok = 0,
    Usage = 2,
    Unavailable = 4,
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "pela-gateway: " << message << '\n';
    return code;
}

// Hundreds of devices keep a connection open each: use every descriptor the system allows.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// The database, as a login that may do positions and nothing more.
int resolveDatabase(const QString &commandLine, QString *conninfo)
{
    const ConnectionSettings settings = ConnectionSettings::resolve(commandLine);
    if (!settings.isEmbedded()) {
        *conninfo = settings.conninfo;
        return Ok;
    }
    EmbeddedServer server;
    if (const DbError error = server.ensureRunning(); error.isError())
        return fail(Unavailable, error.fullText());
    *conninfo = GatewayLogin::conninfo(server);
    if (conninfo->isEmpty())
        return fail(Usage, QStringLiteral("the embedded database under %1 has no gateway login "
                                          "yet: run 'pela-admin demo' first, or give --db")
                               .arg(server.home()));
    return Ok;
}

int checkLogin(const QString &conninfo)
{
    PgConnection connection = PgConnection::open(conninfo, ConnectionPurpose::Interactive,
                                                 QStringLiteral("pela-gateway"));
    if (!connection.isOpen())
        return fail(Unavailable, connection.error().fullText());
    const PgResult who =
        connection.exec("SELECT session_user AS login, r.rolsuper AS superuser,"
                        " pg_has_role(session_user, 'pela_avl', 'MEMBER') AS gateway"
                        " FROM pg_roles r WHERE r.rolname = session_user");
    if (!who.ok() || who.rowCount() != 1)
        return fail(Unavailable, who.error().fullText());
    if (who.toBool(0, "superuser"))
        return fail(Usage, QStringLiteral("refusing to run as the superuser %1: the gateway logs "
                                          "in as a member of pela_avl (see the README)")
                               .arg(who.text(0, "login")));
    if (!who.toBool(0, "gateway"))
        return fail(
            Usage,
            QStringLiteral("the login %1 is not a member of pela_avl").arg(who.text(0, "login")));
    if (const DbError error = Migrator::checkCompatible(connection); error.isError())
        return fail(Unavailable, error.fullText());
    return Ok;
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pela-gateway"));
    qSetMessagePattern(QStringLiteral("pela-gateway: %{if-warning}warning: %{endif}"
                                      "%{if-critical}error: %{endif}%{message}"));
    const gateway::ParsedOptions parsed = gateway::parseOptions(app.arguments().mid(1));
    if (parsed.help) {
        QTextStream(stdout) << gateway::usage();
        return Ok;
    }
    if (!parsed.error.isEmpty()) {
        fail(Usage, parsed.error);
        QTextStream(stderr) << gateway::usage();
        return Usage;
    }
    const gateway::GatewayOptions &options = parsed.options;
    raiseDescriptorLimit();

    QString conninfo;
    if (const int code = resolveDatabase(options.conninfo, &conninfo); code != Ok)
        return code;
    if (const int code = checkLogin(conninfo); code != Ok)
        return code;

    gateway::HttpIngestOptions http;
    http.address = options.listenAddress;
    http.port = options.httpPort;
    http.amlToken = options.amlToken;
    http.threads = options.httpThreads;
    http.store = !options.dryRun;
    if (!options.tlsCertificateFile.isEmpty()) {
        QString error;
        if (!readFile(options.tlsCertificateFile, &http.tlsCertificate, &error) ||
            !readFile(options.tlsKeyFile, &http.tlsKey, &error))
            return fail(Usage, error);
    }

    DeviceDirectory directory;
    FixChecker checker;
    ServerClock clock;
    PositionWriterOptions writerOptions;
    writerOptions.conninfo = conninfo;
    writerOptions.dryRun = options.dryRun;
    PositionWriter writer(writerOptions, &directory, &checker, &clock);
    if (const DbError error = writer.start(); error.isError())
        return fail(Unavailable, error.fullText());

    gateway::HttpIngest ingest(http, directory, checker, clock, writer);
    QString error;
    if (!ingest.start(&error))
        return fail(Usage, error);
    gateway::NmeaIngest nmea(directory, checker, clock, writer);
    QTextStream out(stdout);
    const QString scheme =
        http.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    out << "listening " << scheme << ' ' << options.listenAddress.toString() << ':' << ingest.port()
        << '\n';
    if (options.nmeaPort) {
        const quint16 port = nmea.listen(options.listenAddress, *options.nmeaPort, {}, &error);
        if (!port)
            return fail(Usage, error);
        out << "listening nmea " << options.listenAddress.toString() << ':' << port << '\n';
    }
    for (const auto &[requested, device] : options.nmeaDevicePorts) {
        const quint16 port = nmea.listen(options.listenAddress, requested, device, &error);
        if (!port)
            return fail(Usage, error);
        out << "listening nmea-device " << options.listenAddress.toString() << ':' << port << ' '
            << device << '\n';
    }
    out << (options.dryRun ? "ready (storing nothing: --no-store)" : "ready") << '\n';
    out.flush();

    // SIGTERM/SIGINT: stop taking requests, store and answer what is in hand, then leave.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(Unavailable, QStringLiteral("cannot set up signal handling"));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QTimer statistics;
    statistics.setInterval(60000);
    QObject::connect(&statistics, &QTimer::timeout, &app, [&] {
        const WriterStatistics written = writer.statistics();
        const gateway::HttpCounters &counters = ingest.counters();
        qInfo().noquote() << QStringLiteral(
                                 "last totals: %1 requests, %2 fixes stored in %3 batches, %4 "
                                 "unit updates, %5 refused, %6 bad requests, %7 from unknown "
                                 "devices, %8 duplicates, %9 unavailable, %10 AML messages")
                                 .arg(counters.requests.load())
                                 .arg(written.stored)
                                 .arg(written.batches)
                                 .arg(written.unitUpdates)
                                 .arg(written.refused)
                                 .arg(counters.badRequests.load())
                                 .arg(counters.unknownDevices.load())
                                 .arg(counters.duplicates.load())
                                 .arg(written.unavailable)
                                 .arg(written.handsetMessages);
    });
    statistics.start();

    QCoreApplication::exec();
    ingest.quiesce();
    nmea.close();
    writer.stop();        // answers every held request
    QThread::msleep(200); // lets the HTTP threads send those answers
    ingest.stop();
    return Ok;
}
