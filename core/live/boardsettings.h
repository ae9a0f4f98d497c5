// The board's thresholds and windows, kept in the database's settings table (one place for the
// whole centre; migration 008 adds them with their defaults), read through the command runner.
#pragma once

#include "commands/commandrunner.h"

#include <chrono>

namespace pela::core {

struct BoardSettings
{
    using seconds = std::chrono::seconds;

    // A case still waiting for a unit this long after it was opened, by priority (P1..P3;
    // P4 is scheduled or not an emergency and has none).
    seconds p1Waiting{60};
    seconds p2Waiting{300};
    seconds p3Waiting{1200};
    seconds requestUnanswered{30};
    seconds notEnRoute{120};
    seconds onScene{1800};
    seconds atHospital{1800};
    seconds referralUnacknowledged{300};
    std::chrono::minutes hospitalStale{360};
    seconds undoWindow{10};

    // The waiting threshold of a priority; nullopt when it has none.
    std::optional<seconds> waitingLimit(int priority) const;
    bool operator==(const BoardSettings &) const = default;

    // Reads the settings table; a key that is missing or not a number keeps its default.
    static ReadResult<BoardSettings> read(PgConnection &connection);
};

} // namespace pela::core
