// The gateway's picture of the registered devices: which unit each reports for and whether it
// must send a token. Read by the HTTP threads on every request, replaced whole on reload (a
// few seconds apart, and soon after an unknown device asked), so a device an admin has just
// registered works without restarting the gateway.
#pragma once

#include "db/dberror.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <memory>

namespace pela::core {

class PgConnection;

class DeviceDirectory
{
public:
    struct Device
    {
        qint64 unitId = 0;
        QString tokenHash; // empty: no token needed
    };
    enum class Result
    {
        Known,
        Unknown,
        WrongToken, // a token is needed and this one is missing or wrong
    };
    struct Match
    {
        Result result = Result::Unknown;
        qint64 unitId = 0;
    };

    Match find(const QString &deviceId, const QString &token) const;
    int size() const;

    // Reads every device; keeps the old picture when the query fails. *changed lists the
    // devices removed or moved to another unit (their last fixes mean nothing now).
    DbError reload(PgConnection &connection, QStringList *changed = nullptr);
    void replace(QHash<QString, Device> devices, QStringList *changed = nullptr);

    // An unknown device asked: the owner reloads soon (at most once a second).
    void requestReload() { m_reloadWanted.store(true, std::memory_order_relaxed); }
    bool takeReloadRequest() { return m_reloadWanted.exchange(false, std::memory_order_relaxed); }

private:
    using Map = QHash<QString, Device>;
    std::shared_ptr<const Map> snapshot() const;

    mutable QMutex m_mutex;
    std::shared_ptr<const Map> m_devices = std::make_shared<const Map>();
    std::atomic<bool> m_reloadWanted{false};
};

} // namespace pela::core
