// pela-admin hospital set (an admin corrects a hospital's record) and case note (the note for
// the receiving hospital). Both are core commands with their event rows.
#include "clicommands.h"
#include "commands/incidentcommands.h"

namespace pela::admin {

using namespace pela::core;

namespace {

// A comma-separated list option ("igd,icu"); nullopt when absent. An empty value clears.
std::optional<QStringList> listOption(const Invocation &call, const char *name)
{
    const std::optional<QString> text = call.value(QLatin1String(name));
    if (!text)
        return std::nullopt;
    QStringList items;
    for (const QString &item : text->split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

} // namespace

int commandHospitalSet(const Invocation &call, Output &output)
{
    HospitalDetailsChange change;
    for (const auto &[name, target] : {std::pair{"--lat", &change.lat}, {"--lon", &change.lon}}) {
        if (const std::optional<QString> text = call.value(QLatin1String(name))) {
            bool ok = false;
            *target = text->toDouble(&ok);
            if (!ok)
                return output.fail(Usage, QStringLiteral("%1 must be a number (degrees), not '%2'")
                                              .arg(QLatin1String(name), *text));
        }
    }
    change.locationConfirmed = call.has(QStringLiteral("--location-confirmed"));
    change.phoneNumbers = listOption(call, "--phone");
    change.capabilities = listOption(call, "--capabilities");
    if (const std::optional<QString> text = call.value(QStringLiteral("--needs-acceptance"))) {
        if (*text == QLatin1String("yes"))
            change.requiresAcceptance = true;
        else if (*text == QLatin1String("no"))
            change.requiresAcceptance = false;
        else
            return output.fail(
                Usage, QStringLiteral("--needs-acceptance is yes or no, not '%1'").arg(*text));
    }
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.setHospitalDetails(call.argument(0), change);
    return output.report(result, result.message);
}

int commandCaseNote(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    IncidentCommands commands(db.connection);
    const CommandResult result = commands.setReceivingNote(call.argument(0), call.argument(1));
    return output.report(result, result.message);
}

} // namespace pela::admin
