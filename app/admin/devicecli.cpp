// pela-admin device add, list and remove: which tracker or phone reports for which unit.
#include "avl/deviceregistry.h"
#include "clicommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pela::admin {

using namespace pela::core;

namespace {

const QString DeviceAdmins = QStringLiteral("pela_admin or the database's owner");

int reportRegistry(const CommandResult &result, const QString &what, Output &output,
                   OpenedDatabase &db)
{
    if (result.error.isError())
        return output.databaseError(result.error, {what, DeviceAdmins}, &db.connection);
    return output.report(result, result.message);
}

QString shown(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toTimeZone(QTimeZone("Asia/Jayapura")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

int commandDeviceAdd(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    DeviceRegistry registry(db.connection);
    const CommandResult result =
        registry.add(call.argument(0), call.argument(1),
                     call.value(QStringLiteral("--token")).value_or(QString()));
    return reportRegistry(result, QStringLiteral("device add"), output, db);
}

int commandDeviceRemove(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    DeviceRegistry registry(db.connection);
    return reportRegistry(registry.remove(call.argument(0)), QStringLiteral("device remove"),
                          output, db);
}

int commandDeviceList(const Invocation &call, Output &output)
{
    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    DeviceRegistry registry(db.connection);
    const DeviceListing listing = registry.list();
    if (listing.error.isError())
        return output.databaseError(listing.error, {QStringLiteral("device list"), DeviceAdmins},
                                    &db.connection);
    if (call.has(QStringLiteral("--json"))) {
        QJsonArray devices;
        for (const DeviceRecord &device : listing.devices)
            devices.append(QJsonObject{
                {QStringLiteral("device_id"), device.deviceId},
                {QStringLiteral("unit"), device.callSign},
                {QStringLiteral("token"), device.hasToken},
                {QStringLiteral("registered_at"), device.createdAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("registered_by"), device.createdBy},
                {QStringLiteral("unit_position_at"),
                 device.unitPositionAt.isValid()
                     ? QJsonValue(device.unitPositionAt.toUTC().toString(Qt::ISODate))
                     : QJsonValue(QJsonValue::Null)}});
        output.raw(QString::fromUtf8(QJsonDocument(devices).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    if (listing.devices.isEmpty()) {
        output.line(QStringLiteral("no devices registered"));
        return Ok;
    }
    output.line(QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(QStringLiteral("DEVICE"), -24)
                    .arg(QStringLiteral("UNIT"), -14)
                    .arg(QStringLiteral("TOKEN"), -6)
                    .arg(QStringLiteral("REGISTERED (WIT)"), -28)
                    .arg(QStringLiteral("UNIT'S LAST POSITION")));
    for (const DeviceRecord &device : listing.devices)
        output.line(
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(device.deviceId, -24)
                .arg(device.callSign, -14)
                .arg(device.hasToken ? QStringLiteral("yes") : QStringLiteral("no"), -6)
                .arg(shown(device.createdAt) + QStringLiteral(" by ") + device.createdBy, -28)
                .arg(shown(device.unitPositionAt)));
    return Ok;
}

} // namespace pela::admin
