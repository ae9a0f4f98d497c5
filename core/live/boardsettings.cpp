#include "boardsettings.h"

namespace pela::core {

std::optional<BoardSettings::seconds> BoardSettings::waitingLimit(int priority) const
{
    switch (priority) {
    case 1:
        return p1Waiting;
    case 2:
        return p2Waiting;
    case 3:
        return p3Waiting;
    }
    return std::nullopt;
}

ReadResult<BoardSettings> BoardSettings::read(PgConnection &connection)
{
    const PgResult result =
        connection.exec("SELECT key, (value #>> '{}')::double precision AS value FROM settings"
                        " WHERE jsonb_typeof(value) = 'number' AND (key LIKE 'timer\\_%'"
                        " OR key IN ('hospital_status_stale_minutes', 'undo_window_seconds'))");
    if (!result.ok())
        return ReadResult<BoardSettings>::failed(result.error());
    BoardSettings settings;
    const struct
    {
        const char *key;
        seconds BoardSettings::*field;
    } keys[] = {
        {"timer_p1_waiting_seconds", &BoardSettings::p1Waiting},
        {"timer_p2_waiting_seconds", &BoardSettings::p2Waiting},
        {"timer_p3_waiting_seconds", &BoardSettings::p3Waiting},
        {"timer_request_unanswered_seconds", &BoardSettings::requestUnanswered},
        {"timer_not_en_route_seconds", &BoardSettings::notEnRoute},
        {"timer_on_scene_seconds", &BoardSettings::onScene},
        {"timer_at_hospital_seconds", &BoardSettings::atHospital},
        {"timer_referral_unacknowledged_seconds", &BoardSettings::referralUnacknowledged},
        {"undo_window_seconds", &BoardSettings::undoWindow},
    };
    for (int row = 0; row < result.rowCount(); ++row) {
        const QString key = result.text(row, "key");
        // A negative or absurd figure would silence a timer: keep the default instead.
        const double value = result.toDouble(row, "value", -1);
        if (value < 0 || value > 7 * 24 * 3600)
            continue;
        if (key == QLatin1String("hospital_status_stale_minutes")) {
            settings.hospitalStale = std::chrono::minutes(qint64(value));
            continue;
        }
        for (const auto &entry : keys)
            if (key == QLatin1String(entry.key))
                settings.*entry.field = seconds(qint64(value));
    }
    return ReadResult<BoardSettings>::of(settings);
}

} // namespace pela::core
