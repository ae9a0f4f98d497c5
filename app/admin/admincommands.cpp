#include "admincommands.h"

#include "clicommands.h"
#include "domain/lifecycle.h"

namespace pela::admin {

namespace {

const char *const Footer =
    "Run 'pela-admin COMMAND --help' for a command's options.\n"
    "Without --db or PELA_DATABASE_URL the embedded server under $PELA_HOME is used.\n"
    "Exit codes: 0 ok, 2 bad usage, invalid input or an action this login's role may not do,\n"
    "3 conflict, 4 database unavailable.\n";

QString overview()
{
    QString text = QStringLiteral("usage: pela-admin [--db CONNINFO] COMMAND ...\ncommands:\n");
    for (const CommandSpec &command : commandTable()) {
        QString head = command.name();
        for (const QString &argument : command.arguments)
            head += QLatin1Char(' ') + argument;
        text += QStringLiteral("  ") + head.leftJustified(28) + QLatin1Char(' ') + command.summary +
                QLatin1Char('\n');
    }
    return text + QLatin1String(Footer);
}

OptionSpec flag(const char *name, const char *help)
{
    return {QLatin1String(name), {}, QLatin1String(help)};
}

OptionSpec option(const char *name, const char *valueName, const QString &help,
                  bool required = false)
{
    return {QLatin1String(name), QLatin1String(valueName), help, required};
}

OptionSpec option(const char *name, const char *valueName, const char *help, bool required = false)
{
    return option(name, valueName, QLatin1String(help), required);
}

} // namespace

const QList<CommandSpec> &commandTable()
{
    using S = QStringList;
    static const QList<CommandSpec> commands{
        {S{QStringLiteral("migrate")},
         {},
         {},
         QStringLiteral("apply schema migrations and Ambon's reference data"),
         commandMigrate},
        {S{QStringLiteral("status")},
         {},
         {flag("--json", "print a JSON object with stable keys")},
         QStringLiteral("schema version, connection (without password), counts"),
         commandStatus},
        {S{QStringLiteral("demo")},
         {},
         {flag("--yes", "load into a configured server too (a test server)")},
         QStringLiteral("load the demo fleet"),
         commandDemo},
        {S{QStringLiteral("server"), QStringLiteral("start")},
         {},
         {},
         QStringLiteral("start the embedded server under $PELA_HOME"),
         commandServerStart},
        {S{QStringLiteral("server"), QStringLiteral("stop")},
         {},
         {},
         QStringLiteral("stop the embedded server"),
         commandServerStop},
        {S{QStringLiteral("server"), QStringLiteral("status")},
         {},
         {},
         QStringLiteral("whether the embedded server runs, and its conninfo"),
         commandServerStatus},
        {S{QStringLiteral("case"), QStringLiteral("open")},
         {},
         {option("--phone", "P",
                 "the caller's number as shown or said (08..., 0911..., +62...), or 'withheld'"),
          flag("--withheld", "the caller's number was not shown (instead of --phone)"),
          option("--category", "C",
                 QStringLiteral("one of: ") + core::caseCategories().join(QStringLiteral(", ")),
                 true),
          option("--priority", "N", "1 (red), 2 (yellow), 3 (green) or 4", true),
          option("--lat", "X", "latitude in decimal degrees (with --lon)"),
          option("--lon", "Y", "longitude in decimal degrees (with --lat)"),
          option("--address", "A", "where, as spoken"),
          option("--kelurahan", "CODE", "the kelurahan's code (81.71.01.1001)"),
          option("--caller", "NAME", "the caller's name"),
          option("--patients", "N", "how many patients (default 1)"),
          option("--notes", "TEXT", "notes; may have several lines")},
         QStringLiteral("open a case and print its number (2026-000123)"),
         commandCaseOpen,
         QStringLiteral("The caller's number is needed: --phone, or --withheld when none was "
                        "shown.\nAn unusual number (a short code, a foreign or incomplete "
                        "one) is saved and marked.\n")},
        {S{QStringLiteral("case"), QStringLiteral("show")},
         {QStringLiteral("NUMBER")},
         {flag("--json", "print a JSON object")},
         QStringLiteral("a case with its units and intervals"),
         commandCaseShow},
        {S{QStringLiteral("case"), QStringLiteral("close")},
         {QStringLiteral("NUMBER")},
         {option("--disposition", "D",
                 QStringLiteral("one of: ") + core::dispositionNames().join(QStringLiteral(", ")),
                 true),
          option("--of", "ORIGINAL", "with duplicate: the case this one duplicates"),
          option("--note", "TEXT", "a closing note")},
         QStringLiteral("close a case with a disposition"),
         commandCaseClose,
         QStringLiteral("A duplicate is closed with --disposition duplicate --of ORIGINAL: its "
                        "calls move to the original.\n")},
        {S{QStringLiteral("dispatch")},
         {QStringLiteral("CASE"), QStringLiteral("UNIT")},
         {flag("--reassign", "take the unit off its other case first")},
         QStringLiteral("assign a unit to a case"),
         commandDispatch},
        {S{QStringLiteral("call"), QStringLiteral("ring")},
         {},
         {option("--phone", "P", "the caller's number as the phone system shows it, or 'withheld'"),
          flag("--withheld", "the caller's number was not shown (instead of --phone)"),
          option("--workstation", "W",
                 "the console that answered (its host name or the "
                 "workstation= of its pela.conf)",
                 true)},
         QStringLiteral("the phone system's hook: fill that console's intake form"),
         commandCallRing,
         QStringLiteral("Run by the phone system when a 112 call is answered (e.g. an Asterisk "
                        "AGI script,\nas a login of the group pela_telephony). The console of "
                        "that workstation fills\nthe number, and keeps the server's time as the "
                        "call's ring time.\n")},
        {S{QStringLiteral("unit"), QStringLiteral("status")},
         {QStringLiteral("UNIT"), QStringLiteral("STATUS")},
         {option("--hospital", "CODE", "with transporting: the destination hospital"),
          option("--reason", "TEXT", "with out_of_service, cancelled or declined: why")},
         QStringLiteral("move a unit through its statuses"),
         commandUnitStatus,
         QStringLiteral("STATUS: en_route, on_scene, transporting (needs --hospital), at_hospital, "
                        "cleared,\n  cancelled (needs --reason), accepted, declined (needs "
                        "--reason),\n  out_of_service (needs --reason), available (back from out "
                        "of service only)\n")},
        {S{QStringLiteral("import-map")},
         {QStringLiteral("FILE")},
         {option("--layer", "NAME", "the layer's name (default: the file's base name)"),
          option("--kind", "KIND", "roads, land or boundaries (default: read from the file)"),
          option("--attribution", "TEXT", "who the data is from (default: from the file)")},
         QStringLiteral("import a GeoJSON map layer, replacing the layer of that name"),
         commandImportMap,
         QStringLiteral("Every console draws the layer without the internet and reloads it when "
                        "it changes.\nA bad file is refused with the reason and the old layer "
                        "stays.\n")},
        {S{QStringLiteral("case"), QStringLiteral("note")},
         {QStringLiteral("NUMBER"), QStringLiteral("TEXT")},
         {},
         QStringLiteral("the note for the receiving hospital (empty TEXT clears it)"),
         commandCaseNote},
        {S{QStringLiteral("hospital"), QStringLiteral("set")},
         {QStringLiteral("CODE")},
         {option("--lat", "DEG", "the entrance's latitude (with --lon)"),
          option("--lon", "DEG", "the entrance's longitude (with --lat)"),
          flag("--location-confirmed", "the location was checked: no longer approximate"),
          option("--phone", "LIST", "phone numbers, comma-separated (replaces them)"),
          option("--capabilities", "LIST", "capabilities, comma-separated (igd,icu,...)"),
          option("--needs-acceptance", "yes|no", "whether its units' requests need its answer")},
         QStringLiteral("correct a hospital's location, phones, capabilities (admin)"),
         commandHospitalSet},
        {S{QStringLiteral("operator"), QStringLiteral("add")},
         {QStringLiteral("USERNAME"), QStringLiteral("ROLE")},
         {option("--password-file", "FILE", "read the password from the file's first line"),
          flag("--password-stdin", "read the password from standard input's first line")},
         QStringLiteral("a login for a person of the centre (ROLE: call-taker, dispatcher, "
                        "shift-lead, admin)"),
         commandOperatorAdd,
         QStringLiteral("Without --password-file or --password-stdin the password is asked for at "
                        "the terminal.\nIt is hashed (SCRAM) here; the server never sees it.\n")},
        {S{QStringLiteral("operator"), QStringLiteral("list")},
         {},
         {flag("--json", "print a JSON array")},
         QStringLiteral("every operator's and liaison's login, its role and whether it may log in"),
         commandOperatorList},
        {S{QStringLiteral("operator"), QStringLiteral("disable")},
         {QStringLiteral("USERNAME")},
         {},
         QStringLiteral("the login may no longer log in (its history stays)"),
         commandOperatorDisable},
        {S{QStringLiteral("hospital-login"), QStringLiteral("add")},
         {QStringLiteral("CODE"), QStringLiteral("USERNAME")},
         {option("--password-file", "FILE", "read the password from the file's first line"),
          flag("--password-stdin", "read the password from standard input's first line")},
         QStringLiteral("a login for a hospital's liaison, bound to that hospital"),
         commandHospitalLoginAdd},
        {S{QStringLiteral("device"), QStringLiteral("add")},
         {QStringLiteral("DEVICE_ID"), QStringLiteral("UNIT")},
         {option("--token", "T", "a shared secret the device must send too (8-128 characters)")},
         QStringLiteral("register a tracker or phone that reports positions for a unit"),
         commandDeviceAdd,
         QStringLiteral("DEVICE_ID is what the device sends (OsmAnd id, Traccar Client's "
                        "identifier, an IMEI).\n")},
        {S{QStringLiteral("device"), QStringLiteral("list")},
         {},
         {flag("--json", "print a JSON array")},
         QStringLiteral("the registered devices and their units"),
         commandDeviceList},
        {S{QStringLiteral("device"), QStringLiteral("remove")},
         {QStringLiteral("DEVICE_ID")},
         {},
         QStringLiteral("stop taking positions from a device"),
         commandDeviceRemove},
        {S{QStringLiteral("simulate")},
         {},
         {option("--gateway", "URL", "where pela-gateway listens (default http://127.0.0.1:5055/)"),
          option("--units", "LIST",
                 "call signs to drive, comma-separated (default: every unit "
                 "without a device of its own)"),
          option("--interval", "SECONDS", "seconds between a unit's reports (default 2)"),
          option("--scene-minutes", "N", "minutes a crew stays on scene (default 4)"),
          option("--hospital-minutes", "N", "minutes a crew stays at hospital (default 3)"),
          option("--duration", "SECONDS", "stop after this long (default: until stopped)"),
          flag("--follow-only", "only drive; never change a unit's status"),
          flag("--yes", "simulate on a configured server too (a test server)")},
         QStringLiteral("drive the fleet along the roads, reporting through pela-gateway"),
         commandSimulate,
         QStringLiteral("Units drive to their case, stay on scene, take the patient to the "
                        "destination hospital\n(or the nearest open emergency department) and "
                        "return to base, changing their status\nas crews do, unless "
                        "--follow-only. Each driven unit reports as device sim-CALLSIGN,\n"
                        "registered when missing.\n")},
        {S{QStringLiteral("report"), QStringLiteral("shift")},
         {},
         {option("--from", "TIME",
                 "the period's start, ISO 8601 (2026-11-28T07:00; WIT by default)", true),
          option("--to", "TIME", "the period's end, not included (2026-11-28T19:00)", true),
          option("--pdf", "FILE", "write the handover report as PDF"),
          option("--csv", "FILE", "write the period's cases with their intervals as CSV"),
          option("--language", "id|en",
                 "the report's language (default: PELA_LANGUAGE or the system's)")},
         QStringLiteral("the shift handover report: calls, cases, intervals, transports, units"),
         commandReportShift,
         QStringLiteral("Without --pdf or --csv the figures are printed. Times without an offset "
                        "are WIT (+09:00);\nshifts change at 07:00 and 19:00 WIT. A period may "
                        "be 31 days at most.\n")},
    };
    return commands;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Output output(out, err);
    const ParsedLine parsed = parseCommandLine(arguments, commandTable());
    auto usageOf = [&](const QList<const CommandSpec *> &topics) {
        if (topics.isEmpty())
            return overview();
        QString text;
        for (const CommandSpec *command : topics)
            text += topics.size() == 1
                        ? command->usage()
                        : QStringLiteral("  pela-admin ") + command->synopsis() + QLatin1Char('\n');
        return text;
    };
    switch (parsed.outcome) {
    case ParsedLine::Outcome::Help:
        out << usageOf(parsed.topics);
        out.flush();
        return Ok;
    case ParsedLine::Outcome::Error:
        output.fail(Usage, parsed.error);
        err << usageOf(parsed.topics);
        err.flush();
        return Usage;
    case ParsedLine::Outcome::Run:
        break;
    }
    return parsed.invocation.command->handler(parsed.invocation, output);
}

} // namespace pela::admin
