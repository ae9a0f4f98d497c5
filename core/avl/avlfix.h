// One position fix as a device reported it, in Pela's units (degrees, km/h, metres, UTC), before
// the gateway decides whether and how to store it.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace pela::core {

struct AvlFix
{
    QString deviceId;
    double latitude = 0;
    double longitude = 0;
    QDateTime fixTime;                    // UTC, millisecond precision
    std::optional<double> headingDegrees; // 0 <= h < 360
    std::optional<double> speedKmh;
    std::optional<double> accuracyMeters; // horizontal, radius
    std::optional<double> altitudeMeters;
    std::optional<double> hdop;
    std::optional<double> batteryPercent; // 0..100
    // The device itself said the fix is not valid (OsmAnd valid=false): acknowledged, not stored.
    bool valid = true;
};

// What a device sent besides its fix: its identity and, when it has one, its shared token.
struct AvlReport
{
    AvlFix fix;
    QString token;
};

} // namespace pela::core

Q_DECLARE_METATYPE(pela::core::AvlFix)
