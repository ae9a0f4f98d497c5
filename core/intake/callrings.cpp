#include "callrings.h"

namespace pela::core {

ReadResult<QList<CallRing>> loadRings(PgConnection &connection, const QString &workstation,
                                      const QList<qint64> &ids, int maxAgeSeconds)
{
    QString idList = QStringLiteral("{");
    for (int i = 0; i < ids.size(); ++i)
        idList += (i ? QStringLiteral(",") : QString()) + QString::number(ids[i]);
    idList += QLatin1Char('}');
    const PgResult rows = connection.exec(
        "SELECT id, workstation, caller_phone, caller_phone_kind, rang_at FROM call_rings"
        " WHERE lower(workstation) = lower($1)"
        " AND rang_at > now() - make_interval(secs => $2)"
        " AND (cardinality($3::bigint[]) = 0 OR id = ANY($3::bigint[]))"
        " ORDER BY rang_at DESC, id DESC LIMIT 10",
        {workstation, maxAgeSeconds, idList});
    if (!rows.ok())
        return ReadResult<QList<CallRing>>::failed(rows.error());
    QList<CallRing> rings;
    for (int row = 0; row < rows.rowCount(); ++row) {
        CallRing ring;
        ring.id = rows.toInt(row, "id");
        ring.workstation = rows.text(row, "workstation");
        ring.callerPhone = rows.text(row, "caller_phone");
        ring.kind = rows.text(row, "caller_phone_kind");
        ring.rangAt = rows.toDateTime(row, "rang_at");
        rings << ring;
    }
    return ReadResult<QList<CallRing>>::of(rings);
}

} // namespace pela::core
