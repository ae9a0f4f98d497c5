#include "deviceregistry.h"

#include "db/pgconnection.h"
#include "devicetoken.h"
#include "osmandparser.h"

#include <QTimeZone>

namespace pela::core {

namespace {

CommandResult failed(const PgResult &result)
{
    CommandResult failure = CommandResult::unavailable(result.error().message(), result.error());
    return failure;
}

QString shownTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone("Asia/Jayapura")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString DeviceRegistry::whyNotToken(const QString &token)
{
    if (token.size() < MinTokenLength || token.size() > MaxTokenLength)
        return tr("A device token has %1 to %2 characters.")
            .arg(MinTokenLength)
            .arg(MaxTokenLength);
    for (QChar c : token)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("A device token has only letters, digits and punctuation, no spaces.");
    return {};
}

CommandResult DeviceRegistry::add(const QString &deviceId, const QString &unitCallSign,
                                  const QString &token)
{
    if (!OsmAndParser::isDeviceId(deviceId))
        return CommandResult::invalid(
            tr("A device id has 1 to 64 letters, digits, '.', '_', ':' or '-'."));
    if (!token.isEmpty())
        if (const QString why = whyNotToken(token); !why.isEmpty())
            return CommandResult::invalid(why);
    PgTransaction transaction(m_db);
    if (!transaction.isActive())
        return CommandResult::unavailable(transaction.error().message(), transaction.error());
    const PgResult unit =
        m_db.exec("SELECT id, call_sign FROM units WHERE upper(call_sign) = upper(btrim($1))",
                  {unitCallSign});
    if (!unit.ok())
        return failed(unit);
    if (unit.rowCount() != 1)
        return CommandResult::invalid(tr("There is no unit %1.").arg(unitCallSign.trimmed()));
    // The row lock settles two admins registering the same id at once.
    const PgResult existing =
        m_db.exec("SELECT u.call_sign, d.created_by, d.created_at FROM devices d"
                  " JOIN units u ON u.id = d.unit_id WHERE d.device_id = $1 FOR UPDATE OF d",
                  {deviceId});
    if (!existing.ok())
        return failed(existing);
    if (existing.rowCount() == 1)
        return CommandResult::conflict(
            tr("Device %1 already reports for %2 (registered by %3 at %4); remove it first.")
                .arg(deviceId, existing.text(0, "call_sign"), existing.text(0, "created_by"),
                     shownTime(existing.toDateTime(0, "created_at"))));
    const PgResult inserted =
        m_db.exec("INSERT INTO devices (device_id, unit_id, token_hash) VALUES ($1, $2, $3)"
                  " ON CONFLICT (device_id) DO NOTHING",
                  {deviceId, unit.toInt(0, "id"),
                   token.isEmpty() ? QVariant() : QVariant(DeviceToken::hash(token))});
    if (!inserted.ok())
        return failed(inserted);
    if (inserted.affectedRows() != 1)
        return CommandResult::conflict(tr("Device %1 was registered a moment ago by someone "
                                          "else.")
                                           .arg(deviceId));
    const PgResult committed = transaction.commit();
    if (!committed.ok())
        return failed(committed);
    CommandResult result;
    result.message = token.isEmpty()
                         ? tr("Device %1 reports for %2.").arg(deviceId, unit.text(0, "call_sign"))
                         : tr("Device %1 reports for %2 with its token.")
                               .arg(deviceId, unit.text(0, "call_sign"));
    return result;
}

CommandResult DeviceRegistry::remove(const QString &deviceId)
{
    const PgResult removed =
        m_db.exec("WITH gone AS (DELETE FROM devices WHERE device_id = $1 RETURNING unit_id)"
                  " SELECT u.call_sign FROM gone JOIN units u ON u.id = gone.unit_id",
                  {deviceId});
    if (!removed.ok())
        return failed(removed);
    if (removed.rowCount() == 0)
        return CommandResult::invalid(tr("There is no device %1.").arg(deviceId));
    CommandResult result;
    result.message =
        tr("Device %1 no longer reports for %2.").arg(deviceId, removed.text(0, "call_sign"));
    return result;
}

DeviceListing DeviceRegistry::list()
{
    DeviceListing listing;
    const PgResult rows = m_db.exec(
        "SELECT d.device_id, u.call_sign, d.token_hash IS NOT NULL AS has_token, d.created_at,"
        " d.created_by, u.position_at FROM devices d JOIN units u ON u.id = d.unit_id"
        " ORDER BY u.call_sign, d.device_id");
    if (!rows.ok()) {
        listing.error = rows.error();
        return listing;
    }
    for (int row = 0; row < rows.rowCount(); ++row) {
        DeviceRecord record;
        record.deviceId = rows.text(row, "device_id");
        record.callSign = rows.text(row, "call_sign");
        record.hasToken = rows.toBool(row, "has_token");
        record.createdAt = rows.toDateTime(row, "created_at");
        record.createdBy = rows.text(row, "created_by");
        if (!rows.isNull(row, rows.column("position_at")))
            record.unitPositionAt = rows.toDateTime(row, "position_at");
        listing.devices.append(record);
    }
    return listing;
}

} // namespace pela::core
