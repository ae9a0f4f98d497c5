// Whether a device's fix is stored and how: refused when dated too far in the future or older
// than history is kept, acknowledged but not stored when the device marked it invalid or sent
// it already, flagged when it jumps faster than any road vehicle (then it does not move the
// unit) or lies outside the service region. Remembers each device's last stored fix.
// Thread-safe: HTTP threads check, the writer remembers.
#pragma once

#include "avlfix.h"
#include "gatewaysettings.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

namespace pela::core {

struct FixCheck
{
    enum class Verdict
    {
        Store,     // flags say what was noticed
        Duplicate, // the device's last stored fix again: answered as stored
        Invalid,   // the device said it has no valid fix: answered, not stored
        Refused,   // reason says why
    };
    Verdict verdict = Verdict::Store;
    QStringList flags;     // "jump", "outside_region"
    bool movesUnit = true; // false for a jump: history keeps it, the map does not show it
    QString reason;
};

class FixChecker
{
public:
    explicit FixChecker(GatewaySettings settings = GatewaySettings::defaults());

    void setSettings(const GatewaySettings &settings);
    GatewaySettings settings() const;

    // serverNow: the database server's time (ServerClock).
    FixCheck check(const AvlFix &fix, const QDateTime &serverNow) const;
    // The fix was stored (committed) with check's verdict: the device's reference from now on,
    // if newer. A jump is kept apart: the next fix close to it says the device really moved.
    void remember(const AvlFix &fix, const FixCheck &check);
    // Forgets a device (removed, or moved to another unit).
    void forget(const QString &deviceId);

private:
    struct LastFix
    {
        double latitude = 0;
        double longitude = 0;
        qint64 fixMs = 0;
        double accuracyMeters = 0;
    };

    struct DeviceState
    {
        LastFix moved;                 // the last fix that moved the unit
        std::optional<LastFix> jumped; // a later jump, until a fix agrees with one of them
    };
    bool isJump(const LastFix &from, const AvlFix &to) const;

    mutable QMutex m_mutex;
    GatewaySettings m_settings;
    QHash<QString, DeviceState> m_devices;
};

} // namespace pela::core
