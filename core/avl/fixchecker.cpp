#include "fixchecker.h"

#include <QGeoCoordinate>

namespace pela::core {

namespace {

// An unknown accuracy counts as a typical phone's.
constexpr double AssumedAccuracyMeters = 30;

} // namespace

FixChecker::FixChecker(GatewaySettings settings) : m_settings(std::move(settings)) {}

void FixChecker::setSettings(const GatewaySettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

GatewaySettings FixChecker::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

FixCheck FixChecker::check(const AvlFix &fix, const QDateTime &serverNow) const
{
    FixCheck result;
    if (!fix.valid) {
        result.verdict = FixCheck::Verdict::Invalid;
        result.reason = QStringLiteral("the device marked the fix as not valid");
        return result;
    }
    QMutexLocker lock(&m_mutex);
    const GatewaySettings &settings = m_settings;
    const qint64 fixMs = fix.fixTime.toMSecsSinceEpoch();
    const qint64 nowMs = serverNow.toMSecsSinceEpoch();
    if (fixMs > nowMs + qint64(settings.maxAheadSeconds) * 1000) {
        result.verdict = FixCheck::Verdict::Refused;
        result.reason = QStringLiteral("the fix is dated %1, %2 s ahead of the server's clock: "
                                       "check the device's clock")
                            .arg(fix.fixTime.toString(Qt::ISODateWithMs))
                            .arg((fixMs - nowMs) / 1000.0, 0, 'f', 1);
        return result;
    }
    if (fixMs < nowMs - qint64(settings.maxAgeDays()) * 86400 * 1000) {
        result.verdict = FixCheck::Verdict::Refused;
        result.reason = QStringLiteral("the fix is dated %1, older than the %2 days history "
                                       "is kept")
                            .arg(fix.fixTime.toString(Qt::ISODateWithMs))
                            .arg(settings.maxAgeDays());
        return result;
    }
    if (!settings.serviceRegion.contains(QGeoCoordinate(fix.latitude, fix.longitude)))
        result.flags << QStringLiteral("outside_region");
    const auto device = m_devices.constFind(fix.deviceId);
    if (device == m_devices.cend())
        return result;
    const LastFix &newest = device->jumped && device->jumped->fixMs > device->moved.fixMs
                                ? *device->jumped
                                : device->moved;
    if (device->moved.fixMs == fixMs || (device->jumped && device->jumped->fixMs == fixMs)) {
        result.verdict = FixCheck::Verdict::Duplicate;
        result.reason = QStringLiteral("this fix was stored already");
        return result;
    }
    if (fixMs < newest.fixMs)
        return result; // a late one from the device's buffer: history, not the map
    // A glitch jumps away and back; a real move (after a tunnel, a device switched off) is
    // confirmed by the next fix agreeing with the jump.
    if (isJump(device->moved, fix) && (!device->jumped || isJump(*device->jumped, fix))) {
        result.flags << QStringLiteral("jump");
        result.movesUnit = false;
    }
    return result;
}

bool FixChecker::isJump(const LastFix &from, const AvlFix &to) const
{
    const qint64 toMs = to.fixTime.toMSecsSinceEpoch();
    if (toMs <= from.fixMs)
        return false;
    const double meters = QGeoCoordinate(from.latitude, from.longitude)
                              .distanceTo(QGeoCoordinate(to.latitude, to.longitude));
    const double beyondNoise =
        meters - from.accuracyMeters - to.accuracyMeters.value_or(AssumedAccuracyMeters);
    const double seconds = (toMs - from.fixMs) / 1000.0;
    return beyondNoise > m_settings.jumpMinimumMeters &&
           meters / seconds * 3.6 > m_settings.maxVehicleSpeedKmh;
}

void FixChecker::remember(const AvlFix &fix, const FixCheck &check)
{
    QMutexLocker lock(&m_mutex);
    const qint64 fixMs = fix.fixTime.toMSecsSinceEpoch();
    const LastFix last{fix.latitude, fix.longitude, fixMs,
                       std::min(fix.accuracyMeters.value_or(AssumedAccuracyMeters), 1000.0)};
    DeviceState &device = m_devices[fix.deviceId];
    if (!check.movesUnit) {
        if (!device.jumped || device.jumped->fixMs < fixMs)
            device.jumped = last;
        return;
    }
    if (device.moved.fixMs > fixMs)
        return;
    device.moved = last;
    device.jumped.reset();
}

void FixChecker::forget(const QString &deviceId)
{
    QMutexLocker lock(&m_mutex);
    m_devices.remove(deviceId);
}

} // namespace pela::core
