#include "admincommands.h"

#include "db/database.h"
#include "db/embeddedserver.h"
#include "db/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pela::admin {

using namespace pela::core;

namespace {

const char *const UsageText =
    "usage: pela-admin [--db CONNINFO] COMMAND ...\n"
    "commands:\n"
    "  migrate                 apply schema migrations and Ambon's reference data\n"
    "  status [--json]         schema version, connection, counts\n"
    "  demo [--yes]            load the demo fleet (a configured server needs --yes)\n"
    "  server start|stop|status  the embedded server under $PELA_HOME\n"
    "Without --db or PELA_DATABASE_URL the embedded server under $PELA_HOME is used.\n"
    "Exit codes: 0 ok, 2 bad usage or input, 3 conflict, 4 database unavailable.\n";

// Parsed command line: global --db taken out, the rest positional with --flags kept.
struct CommandLine
{
    QString conninfo;
    QStringList words;
    bool has(const QString &flag) const { return words.contains(flag); }
};

CommandLine parse(const QStringList &arguments)
{
    CommandLine line;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--db") && i + 1 < arguments.size())
            line.conninfo = arguments[++i];
        else if (argument.startsWith(QLatin1String("--db=")))
            line.conninfo = argument.mid(5);
        else
            line.words << argument;
    }
    return line;
}

int reportDatabaseError(const DbError &error, QTextStream &err)
{
    err << "pela-admin: " << error.fullText() << Qt::endl;
    switch (error.kind()) {
    case DbError::Kind::Unreachable:
    case DbError::Kind::Authentication:
    case DbError::Kind::DatabaseMissing:
    case DbError::Kind::ServerStart:
    case DbError::Kind::ConnectionLost:
    case DbError::Kind::SchemaTooNew:
    case DbError::Kind::SchemaTooOld:
        return Unavailable;
    default:
        return Failure;
    }
}

int commandMigrate(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    OpenedDatabase db = openDatabase(line.conninfo, SchemaPolicy::NoCheck, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    const MigrationResult result = Migrator::migrate(db.connection);
    if (!result.ok())
        return reportDatabaseError(result.error, err);
    if (result.fromVersion == result.toVersion)
        out << "schema is current (version " << result.toVersion << ")" << Qt::endl;
    else
        out << "migrated schema from version " << result.fromVersion << " to "
            << result.toVersion << Qt::endl;
    return Ok;
}

int commandStatus(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    OpenedDatabase db = openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded,
                                     QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    DbError error;
    const StatusReport report = queryStatus(db.connection, &error);
    if (error.isError())
        return reportDatabaseError(error, err);
    if (line.has(QStringLiteral("--json"))) {
        // Keys are a stable interface, documented in the README.
        const QJsonObject json{{QStringLiteral("schema_version"), report.schemaVersion},
                               {QStringLiteral("conninfo"), report.conninfo},
                               {QStringLiteral("hospitals"), report.hospitals},
                               {QStringLiteral("units"), report.units},
                               {QStringLiteral("places"), report.places},
                               {QStringLiteral("open_cases"), report.openCases}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << "schema version: " << report.schemaVersion << "\n"
        << "connection:     " << report.conninfo << "\n"
        << "hospitals:      " << report.hospitals << "\n"
        << "units:          " << report.units << "\n"
        << "places:         " << report.places << "\n"
        << "open cases:     " << report.openCases << Qt::endl;
    return Ok;
}

int commandDemo(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const ConnectionSettings settings = ConnectionSettings::resolve(line.conninfo);
    if (!settings.isEmbedded() && !line.has(QStringLiteral("--yes"))) {
        err << "pela-admin: refusing to load demo units into a configured server ("
            << redactedConninfo(settings.conninfo) << "); add --yes if this is a test server"
            << Qt::endl;
        return Usage;
    }
    OpenedDatabase db = openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded,
                                     QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    if (const DbError error = Migrator::loadDemoData(db.connection); error.isError())
        return reportDatabaseError(error, err);
    DbError error;
    const StatusReport report = queryStatus(db.connection, &error);
    out << "demo data loaded: " << report.units << " units, " << report.hospitals << " hospitals"
        << Qt::endl;
    return Ok;
}

int commandServer(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString action = line.words.value(1);
    EmbeddedServer server;
    if (action == QLatin1String("stop")) {
        if (!server.isRunning()) {
            out << "the embedded server under " << server.home() << " is not running" << Qt::endl;
            return Ok;
        }
        if (const DbError error = server.stop(); error.isError())
            return reportDatabaseError(error, err);
        out << "stopped the embedded server under " << server.home() << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("start")) {
        if (const DbError error = server.ensureRunning(); error.isError())
            return reportDatabaseError(error, err);
        out << "the embedded server runs: " << server.conninfo() << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("status")) {
        const bool running = server.isRunning();
        out << (running ? "running: " : "not running: ") << server.conninfo() << Qt::endl;
        return running ? Ok : Unavailable;
    }
    err << "pela-admin: server needs start, stop or status" << Qt::endl;
    return Usage;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine line = parse(arguments);
    const QString command = line.words.value(0);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help")) {
        (command.isEmpty() ? err : out) << UsageText;
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("migrate"))
        return commandMigrate(line, out, err);
    if (command == QLatin1String("status"))
        return commandStatus(line, out, err);
    if (command == QLatin1String("demo"))
        return commandDemo(line, out, err);
    if (command == QLatin1String("server"))
        return commandServer(line, out, err);
    err << "pela-admin: unknown command '" << command << "'\n" << UsageText;
    return Usage;
}

} // namespace pela::admin
