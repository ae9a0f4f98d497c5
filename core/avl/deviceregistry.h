// Registering the devices that report positions for units (an admin's job): add, list, remove.
// A failing statement comes back in CommandResult::error, so the caller can name who may.
#pragma once

#include "commands/commandresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace pela::core {

class PgConnection;

struct DeviceRecord
{
    QString deviceId;
    QString callSign;
    bool hasToken = false;
    QDateTime createdAt;
    QString createdBy;
    QDateTime unitPositionAt; // the unit's last position time; invalid when none
};

struct DeviceListing
{
    QList<DeviceRecord> devices; // by call sign, then device id
    DbError error;
};

class DeviceRegistry
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::DeviceRegistry)
public:
    explicit DeviceRegistry(PgConnection &connection) : m_db(connection) {}

    // Shortest and longest token accepted: a shared secret worth the name, printable ASCII.
    static constexpr int MinTokenLength = 8;
    static constexpr int MaxTokenLength = 128;

    // Registers deviceId for the unit with that call sign; token empty: none needed.
    CommandResult add(const QString &deviceId, const QString &unitCallSign,
                      const QString &token = {});
    CommandResult remove(const QString &deviceId);
    DeviceListing list();

    // Empty when token may be a device's token; else why not.
    static QString whyNotToken(const QString &token);

private:
    PgConnection &m_db;
};

} // namespace pela::core
