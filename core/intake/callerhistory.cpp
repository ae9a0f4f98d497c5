#include "callerhistory.h"

namespace pela::core {

ReadResult<QList<CallerCase>> loadCallerHistory(PgConnection &connection, const QString &e164,
                                                int hours)
{
    const PgResult rows = connection.exec(
        "SELECT c.number, c.category, c.priority, c.state, coalesce(c.disposition, '') AS"
        " disposition, c.location_text, c.opened_at, max(k.answered_at) AS last_call_at,"
        " count(*) AS calls"
        " FROM calls k JOIN cases c ON c.id = k.case_id"
        " WHERE k.caller_phone_e164 = $1 AND k.answered_at > now() - make_interval(hours => $2)"
        " GROUP BY c.id ORDER BY last_call_at DESC, c.id DESC LIMIT 20",
        {e164, hours});
    if (!rows.ok())
        return ReadResult<QList<CallerCase>>::failed(rows.error());
    QList<CallerCase> cases;
    for (int row = 0; row < rows.rowCount(); ++row) {
        CallerCase found;
        found.caseNumber = rows.text(row, "number");
        found.category = rows.text(row, "category");
        found.priority = int(rows.toInt(row, "priority"));
        found.state = rows.text(row, "state");
        found.disposition = rows.text(row, "disposition");
        found.locationText = rows.text(row, "location_text");
        found.openedAt = rows.toDateTime(row, "opened_at");
        found.lastCallAt = rows.toDateTime(row, "last_call_at");
        found.calls = int(rows.toInt(row, "calls"));
        cases << found;
    }
    return ReadResult<QList<CallerCase>>::of(cases);
}

} // namespace pela::core
