// pela-admin call ring: the phone system's hook. A PBX script (an Asterisk AGI, …) runs it when
// a 112 call is answered at a workstation; that console's intake form gets the number and the
// server's ring time before the call-taker touches a key.
#include "clicommands.h"
#include "domain/phonenumber.h"

#include <QRegularExpression>

namespace pela::admin {

using namespace pela::core;

int commandCallRing(const Invocation &call, Output &output)
{
    const QString workstation = call.value(QStringLiteral("--workstation")).value_or(QString());
    // As the call_rings table checks it: a host name, or the name in a console's pela.conf.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!name.match(workstation).hasMatch())
        return output.fail(Usage, QStringLiteral("--workstation must be a host name (letters, "
                                                 "digits, '.', '_' and '-', at most 63), not '%1'")
                                      .arg(workstation));
    const std::optional<QString> phone = call.value(QStringLiteral("--phone"));
    const bool withheld = call.has(QStringLiteral("--withheld"));
    if (!phone && !withheld)
        return output.fail(Usage, QStringLiteral("call ring needs --phone P, or --withheld when "
                                                 "the caller's number was not shown"));
    if (phone && withheld)
        return output.fail(Usage, QStringLiteral("give --phone or --withheld, not both"));
    const PhoneNumber number = withheld ? PhoneNumber::withheld() : PhoneNumber::parse(*phone);
    if (!number.isAccepted())
        return output.fail(Usage, number.problem());

    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    // The server stamps the time and the login (migration 7).
    const PgResult inserted = db.connection.exec(
        "INSERT INTO call_rings (workstation, caller_phone, caller_phone_kind, caller_phone_e164)"
        " VALUES ($1, $2, $3, nullif($4, ''))",
        {workstation, number.typed(), number.kindText(), number.e164()});
    if (!inserted.ok())
        return output.databaseError(inserted.error(),
                                    {QStringLiteral("call ring (inserting a ring)"),
                                     QStringLiteral("pela_telephony or pela_admin")},
                                    &db.connection);
    if (number.kind() == PhoneNumber::Kind::Unusual)
        output.note(QStringLiteral("the number %1 is unusual (%2); passed on as given")
                        .arg(number.display(), number.note()));
    output.line(QStringLiteral("rang %1: %2")
                    .arg(workstation, number.kind() == PhoneNumber::Kind::Withheld
                                          ? QStringLiteral("withheld")
                                          : number.display()));
    return Ok;
}

} // namespace pela::admin
