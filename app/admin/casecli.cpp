// pela-admin case open, show and close.
#include "clicommands.h"
#include "commands/incidentcommands.h"
#include "domain/inputrules.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pela::admin {

using namespace pela::core;

QString caseReaders()
{
    return QStringLiteral("pela_call_taker, pela_dispatcher, pela_shift_lead or pela_admin");
}

namespace {

// A number option: nullopt when absent; *bad when present and not a number. NaN and infinity
// parse, and the core refuses them with its own words.
std::optional<double> number(const Invocation &call, const char *name, bool *bad)
{
    const std::optional<QString> text = call.value(QLatin1String(name));
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->toDouble(&ok);
    *bad = *bad || !ok;
    return ok ? std::optional<double>(value) : std::nullopt;
}

// JSON whose strings show every control character escaped: QJsonDocument escapes C0 only, and
// a C1 control or a bidirectional override would still reach the terminal.
QString safeJson(const QJsonObject &object)
{
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    QString out;
    out.reserve(json.size());
    for (const QChar c : json)
        out += InputRules::isControl(c) && c != QLatin1Char('\n')
                   ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                   : QString(c);
    return out;
}

} // namespace

int commandCaseOpen(const Invocation &call, Output &output)
{
    OpenCaseRequest request;
    request.call.callerName = call.value(QStringLiteral("--caller")).value_or(QString());
    request.category = call.value(QStringLiteral("--category")).value_or(QString());
    const QString priority = call.value(QStringLiteral("--priority")).value_or(QString());
    bool ok = false;
    request.priority = priority.toInt(&ok);
    if (!ok)
        return output.fail(
            Usage,
            QStringLiteral("--priority must be a number from 1 to 4, not '%1'").arg(priority));
    bool bad = false;
    request.lat = number(call, "--lat", &bad);
    request.lon = number(call, "--lon", &bad);
    if (bad)
        return output.fail(Usage,
                           QStringLiteral("--lat and --lon must be decimal degrees, e.g. -3.6954"));
    if (request.lat)
        request.locationSource = QStringLiteral("map");
    request.locationText = call.value(QStringLiteral("--address")).value_or(QString());
    request.kelurahanCode = call.value(QStringLiteral("--kelurahan")).value_or(QString());
    request.notes = call.value(QStringLiteral("--notes")).value_or(QString());
    if (const auto patients = call.value(QStringLiteral("--patients"))) {
        request.patientsCount = patients->toInt(&ok);
        if (!ok)
            return output.fail(Usage, QStringLiteral("--patients must be a whole number"));
    }
    const std::optional<QString> phone = call.value(QStringLiteral("--phone"));
    const bool withheld = call.has(QStringLiteral("--withheld"));
    if (!phone && !withheld)
        return output.fail(Usage, QStringLiteral("case open needs --phone P, or --withheld when "
                                                 "the caller's number was not shown"));
    if (phone && withheld)
        return output.fail(Usage, QStringLiteral("give --phone or --withheld, not both"));
    request.call.callerPhone = phone.value_or(QString());
    request.call.callerPhoneWithheld = withheld;
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.openCase(request);
    return output.report(result, result.caseNumber);
}

int commandCaseShow(const Invocation &call, Output &output)
{
    const QString number = call.argument(0);
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    const PgResult row = db.connection.exec(
        "SELECT c.number, c.category, c.priority, c.state, c.location_text, c.lat, c.lon,"
        " c.caller_phone, c.caller_phone_kind, c.caller_phone_e164, c.caller_name,"
        " c.patients_count, c.notes, c.disposition,"
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
        return output.databaseError(row.error(),
                                    {QStringLiteral("case show (reading cases)"), caseReaders()},
                                    &db.connection);
    if (row.rowCount() == 0)
        return output.fail(Usage, QStringLiteral("there is no case %1").arg(number));
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
    if (call.has(QStringLiteral("--json"))) {
        output.raw(safeJson(json));
        return Ok;
    }
    // Human text in the query's order (the case, then its timeline), not the JSON's.
    for (int column = 0; column < row.columnCount(); ++column) {
        const QJsonValue value = json.value(row.columnName(column));
        const QString text = value.toVariant().toString();
        output.line(row.columnName(column).leftJustified(22) +
                    (value.isNull() || text.isEmpty() ? QStringLiteral("-") : text));
    }
    return Ok;
}

int commandCaseClose(const Invocation &call, Output &output)
{
    const QString number = call.argument(0);
    const QString dispositionText = call.value(QStringLiteral("--disposition")).value_or(QString());
    const auto disposition = dispositionFromText(dispositionText);
    if (!disposition)
        return output.fail(
            Usage, QStringLiteral("unknown disposition '%1'; one of: %2")
                       .arg(dispositionText, dispositionNames().join(QStringLiteral(", "))));
    const std::optional<QString> original = call.value(QStringLiteral("--of"));
    if (*disposition == Disposition::Duplicate && !original)
        return output.fail(Usage,
                           QStringLiteral("--disposition duplicate needs --of ORIGINAL, the "
                                          "case this one duplicates (its calls move there)"));
    if (*disposition != Disposition::Duplicate && original)
        return output.fail(Usage, QStringLiteral("--of is only for --disposition duplicate"));
    if (original && call.has(QStringLiteral("--note")))
        return output.fail(Usage, QStringLiteral("--note is not kept for a duplicate; the link "
                                                 "to %1 says why it closed")
                                      .arg(*original));
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    if (original) {
        const CommandResult result = commands.markDuplicate(number, *original);
        return output.report(result, QStringLiteral("closed %1 as a duplicate of %2")
                                         .arg(number.trimmed(), result.caseNumber));
    }
    const CommandResult result = commands.closeCase(
        number, *disposition, call.value(QStringLiteral("--note")).value_or(QString()));
    return output.report(result, QStringLiteral("closed %1").arg(result.caseNumber));
}

} // namespace pela::admin
