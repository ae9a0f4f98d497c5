#include "admincommands.h"

#include "commands/incidentcommands.h"
#include "db/database.h"
#include "db/embeddedserver.h"
#include "db/migrator.h"
#include "mapcommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

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
    "  case open --phone P --category C --priority N [--lat X --lon Y] [--address A]\n"
    "            [--kelurahan CODE] [--caller NAME] [--patients N] [--notes TEXT]\n"
    "  case show NUMBER [--json]\n"
    "  case close NUMBER --disposition D [--note TEXT]\n"
    "  dispatch CASE UNIT [--reassign]\n"
    "  unit status UNIT STATUS [--hospital CODE] [--reason TEXT]\n"
    "      STATUS: en_route on_scene transporting at_hospital cleared cancelled\n"
    "              out_of_service available accepted declined\n"
    "  import-map FILE [--layer NAME] [--kind roads|land|boundaries] [--attribution TEXT]\n"
    "                          import a GeoJSON map layer, replacing the layer of that name\n"
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
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::NoCheck, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    const MigrationResult result = Migrator::migrate(db.connection);
    if (!result.ok())
        return reportDatabaseError(result.error, err);
    if (result.fromVersion == result.toVersion)
        out << "schema is current (version " << result.toVersion << ")" << Qt::endl;
    else
        out << "migrated schema from version " << result.fromVersion << " to " << result.toVersion
            << Qt::endl;
    return Ok;
}

int commandStatus(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
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
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
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

// Value of --name in words (nullopt when absent); a flag with no value is a usage error.
std::optional<QString> option(const CommandLine &line, const char *name)
{
    const int index = line.words.indexOf(QLatin1String(name));
    if (index < 0)
        return std::nullopt;
    return line.words.value(index + 1);
}

int usage(QTextStream &err, const QString &message)
{
    err << "pela-admin: " << message << Qt::endl;
    return Usage;
}

int reportCommand(const CommandResult &result, QTextStream &out, QTextStream &err,
                  const QString &okText)
{
    switch (result.status) {
    case CommandResult::Status::Ok:
        if (!okText.isEmpty())
            out << okText << Qt::endl;
        if (!result.warning.isEmpty())
            err << "pela-admin: " << result.warning << Qt::endl;
        return Ok;
    case CommandResult::Status::Invalid:
        err << "pela-admin: " << result.message << Qt::endl;
        return Usage;
    case CommandResult::Status::Conflict:
        err << "pela-admin: conflict: " << result.message << Qt::endl;
        return Conflict;
    case CommandResult::Status::Unavailable:
    case CommandResult::Status::OutcomeUnknown:
        err << "pela-admin: " << result.message;
        if (result.error.isError())
            err << " (" << result.error.detail().trimmed() << ")";
        err << Qt::endl;
        return Unavailable;
    }
    return Failure;
}

std::optional<double> parseNumber(const std::optional<QString> &text, bool *bad)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok)
        *bad = true;
    return ok ? std::optional<double>(value) : std::nullopt;
}

int commandCaseOpen(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    OpenCaseRequest request;
    request.call.callerPhone = option(line, "--phone").value_or(QString());
    request.call.callerName = option(line, "--caller").value_or(QString());
    request.category = option(line, "--category").value_or(QString());
    const QString priority = option(line, "--priority").value_or(QString());
    if (request.category.isEmpty() || priority.isEmpty())
        return usage(err, QStringLiteral("case open needs --category and --priority"));
    bool ok = false;
    request.priority = priority.toInt(&ok);
    if (!ok)
        return usage(
            err, QStringLiteral("--priority must be a number from 1 to 4, not '%1'").arg(priority));
    bool bad = false;
    request.lat = parseNumber(option(line, "--lat"), &bad);
    request.lon = parseNumber(option(line, "--lon"), &bad);
    if (bad)
        return usage(err, QStringLiteral("--lat and --lon must be decimal degrees, e.g. -3.6954"));
    if (request.lat)
        request.locationSource = QStringLiteral("map");
    request.locationText = option(line, "--address").value_or(QString());
    request.kelurahanCode = option(line, "--kelurahan").value_or(QString());
    request.notes = option(line, "--notes").value_or(QString());
    if (const auto patients = option(line, "--patients")) {
        request.patientsCount = patients->toInt(&ok);
        if (!ok)
            return usage(err, QStringLiteral("--patients must be a whole number"));
    }
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.openCase(request);
    return reportCommand(result, out, err, result.caseNumber);
}

int commandCaseShow(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString number = line.words.value(2);
    if (number.isEmpty() || number.startsWith(QLatin1String("--")))
        return usage(err, QStringLiteral("case show needs a case number"));
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    const PgResult row = db.connection.exec(
        "SELECT c.number, c.category, c.priority, c.state, c.location_text, c.lat, c.lon,"
        " c.caller_phone, c.caller_name, c.patients_count, c.notes, c.disposition,"
        " c.waiting_reason, c.version, h.code AS destination,"
        " (SELECT string_agg(u.call_sign || ':' || a.state, ',' ORDER BY a.id)"
        "  FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.case_id = c.id) AS units,"
        " (SELECT count(*) FROM calls k WHERE k.case_id = c.id) AS calls,"
        " i.call_received_at, i.opened_at, i.first_dispatched_at, i.first_en_route_at,"
        " i.first_on_scene_at, i.first_transporting_at, i.first_at_hospital_at, i.closed_at"
        " FROM cases c JOIN case_intervals i ON i.case_id = c.id"
        " LEFT JOIN hospitals h ON h.id = c.destination_hospital_id WHERE c.number = $1",
        {number});
    if (!row.ok())
        return reportDatabaseError(row.error(), err);
    if (row.rowCount() == 0)
        return usage(err, QStringLiteral("there is no case %1").arg(number));
    QJsonObject json;
    for (int column = 0; column < row.columnCount(); ++column) {
        const QString name = row.columnName(column);
        if (row.isNull(0, column))
            json.insert(name, QJsonValue::Null);
        else if (name == QLatin1String("priority") || name == QLatin1String("patients_count") ||
                 name == QLatin1String("version") || name == QLatin1String("calls"))
            json.insert(name, row.text(0, column).toInt());
        else if (name == QLatin1String("lat") || name == QLatin1String("lon"))
            json.insert(name, row.text(0, column).toDouble());
        else if (name.endsWith(QLatin1String("_at")))
            json.insert(name,
                        row.toDateTime(0, name.toUtf8().constData()).toString(Qt::ISODateWithMs));
        else
            json.insert(name, row.text(0, column));
    }
    if (line.has(QStringLiteral("--json"))) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    // Human text in the query's order (the case, then its timeline), not the JSON's.
    for (int column = 0; column < row.columnCount(); ++column) {
        const QJsonValue value = json.value(row.columnName(column));
        out << row.columnName(column).leftJustified(22)
            << (value.isNull() || value.toVariant().toString().isEmpty()
                    ? QStringLiteral("-")
                    : value.toVariant().toString())
            << "\n";
    }
    out.flush();
    return Ok;
}

int commandCaseClose(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString number = line.words.value(2);
    const QString dispositionText = option(line, "--disposition").value_or(QString());
    if (number.isEmpty() || dispositionText.isEmpty())
        return usage(err, QStringLiteral("case close needs a case number and --disposition"));
    const auto disposition = dispositionFromText(dispositionText);
    if (!disposition)
        return usage(err, QStringLiteral("unknown disposition '%1'; one of: %2")
                              .arg(dispositionText, dispositionNames().join(QStringLiteral(", "))));
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    IncidentCommands commands(db.connection);
    const CommandResult result =
        commands.closeCase(number, *disposition, option(line, "--note").value_or(QString()));
    return reportCommand(result, out, err, QStringLiteral("closed %1").arg(result.caseNumber));
}

int commandDispatch(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString caseNumber = line.words.value(1);
    const QString callSign = line.words.value(2);
    if (caseNumber.isEmpty() || callSign.isEmpty())
        return usage(err, QStringLiteral("dispatch needs a case number and a unit call sign"));
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.assignUnit(
        caseNumber, callSign,
        line.has(QStringLiteral("--reassign")) ? AssignMode::Reassign : AssignMode::Normal);
    return reportCommand(result, out, err, result.message);
}

int commandUnitStatus(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString callSign = line.words.value(2);
    const QString status = line.words.value(3);
    if (line.words.value(1) != QLatin1String("status") || callSign.isEmpty() || status.isEmpty())
        return usage(err, QStringLiteral(
                              "usage: unit status UNIT STATUS [--hospital CODE] [--reason TEXT]"));
    const QString hospital = option(line, "--hospital").value_or(QString());
    const QString reason = option(line, "--reason").value_or(QString());
    OpenedDatabase db =
        openDatabase(line.conninfo, SchemaPolicy::MigrateEmbedded, QStringLiteral("pela-admin"));
    if (!db.ok())
        return reportDatabaseError(db.error, err);
    IncidentCommands commands(db.connection);
    CommandResult result;
    if (status == QLatin1String("out_of_service"))
        result = commands.setUnitOutOfService(callSign, reason);
    else if (status == QLatin1String("available"))
        result = commands.setUnitInService(callSign);
    else if (status == QLatin1String("cancelled"))
        result = commands.cancelAssignment(callSign, reason);
    else if (status == QLatin1String("accepted"))
        result = commands.acceptRequest(callSign);
    else if (status == QLatin1String("declined"))
        result = commands.declineRequest(callSign, reason);
    else if (const auto state = assignmentStateFromText(status))
        result = commands.advanceAssignment(callSign, *state, hospital);
    else
        return usage(err, QStringLiteral("unknown unit status '%1'").arg(status));
    return reportCommand(result, out, err, QStringLiteral("%1 %2").arg(callSign.toUpper(), status));
}

int commandCase(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString action = line.words.value(1);
    if (action == QLatin1String("open"))
        return commandCaseOpen(line, out, err);
    if (action == QLatin1String("show"))
        return commandCaseShow(line, out, err);
    if (action == QLatin1String("close"))
        return commandCaseClose(line, out, err);
    return usage(err, QStringLiteral("case needs open, show or close"));
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine line = parse(arguments);
    const QString command = line.words.value(0);
    if (command.isEmpty() || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
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
    if (command == QLatin1String("case"))
        return commandCase(line, out, err);
    if (command == QLatin1String("dispatch"))
        return commandDispatch(line, out, err);
    if (command == QLatin1String("unit"))
        return commandUnitStatus(line, out, err);
    if (command == QLatin1String("import-map"))
        return commandImportMap(line.conninfo, line.words, out, err);
    err << "pela-admin: unknown command '" << command << "'\n" << UsageText;
    return Usage;
}

} // namespace pela::admin
