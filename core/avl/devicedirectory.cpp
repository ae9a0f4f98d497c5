#include "devicedirectory.h"

#include "db/pgconnection.h"
#include "devicetoken.h"

namespace pela::core {

std::shared_ptr<const DeviceDirectory::Map> DeviceDirectory::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_devices;
}

DeviceDirectory::Match DeviceDirectory::find(const QString &deviceId, const QString &token) const
{
    const std::shared_ptr<const Map> devices = snapshot();
    const auto device = devices->constFind(deviceId);
    if (device == devices->cend())
        return {};
    if (!device->tokenHash.isEmpty() && !DeviceToken::matches(token, device->tokenHash))
        return {Result::WrongToken, 0};
    return {Result::Known, device->unitId};
}

int DeviceDirectory::size() const
{
    return int(snapshot()->size());
}

void DeviceDirectory::replace(QHash<QString, Device> devices, QStringList *changed)
{
    auto fresh = std::make_shared<const Map>(std::move(devices));
    std::shared_ptr<const Map> old;
    {
        QMutexLocker lock(&m_mutex);
        old = std::exchange(m_devices, fresh);
    }
    if (!changed)
        return;
    for (auto it = old->cbegin(); it != old->cend(); ++it) {
        const auto now = fresh->constFind(it.key());
        if (now == fresh->cend() || now->unitId != it->unitId)
            changed->append(it.key());
    }
}

DbError DeviceDirectory::reload(PgConnection &connection, QStringList *changed)
{
    const PgResult result = connection.exec(
        "SELECT device_id, unit_id, coalesce(token_hash, '') AS token_hash FROM devices");
    if (!result.ok())
        return result.error();
    Map devices;
    devices.reserve(result.rowCount());
    for (int row = 0; row < result.rowCount(); ++row)
        devices.insert(result.text(row, "device_id"),
                       {result.toInt(row, "unit_id"), result.text(row, "token_hash")});
    replace(std::move(devices), changed);
    return {};
}

} // namespace pela::core
