// A time the call-taker types for a booking (the hearse's pickup): "14.30", "14:30", "1430",
// "25/3 14.30" or "25/3/2026 14:30", in the centre's zone (WIT).
#pragma once

#include <QDateTime>
#include <optional>

namespace pela::ui {

// A time alone is today's, or tomorrow's when it has passed more than an hour ago. nullopt when
// the text is no time, or a date that does not exist.
std::optional<QDateTime> parseRequestedTime(const QString &text, const QDateTime &now);

// "Wed 25/3 14:30" in the operator's language, in WIT.
QString requestedTimeText(const QDateTime &time);

} // namespace pela::ui
