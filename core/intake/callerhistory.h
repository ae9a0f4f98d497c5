// A caller's recent cases, found by the normalised number (calls.caller_phone_e164, indexed):
// the intake form shows them as the number is filled or typed, so a repeat caller or a prank
// is known before the call-taker asks.
#pragma once

#include "commands/commandrunner.h"

#include <QDateTime>

namespace pela::core {

struct CallerCase
{
    QString caseNumber;
    QString category;
    int priority = 0;
    QString state;
    QString disposition; // empty while open
    QString locationText;
    QDateTime openedAt;
    QDateTime lastCallAt; // this number's latest call on the case
    int calls = 0;        // this number's calls on the case in the window

    bool operator==(const CallerCase &) const = default;
};

// The cases with a call from e164 answered within the last `hours`, the latest call first (at
// most 20). Blocking: run it on the command runner.
ReadResult<QList<CallerCase>> loadCallerHistory(PgConnection &connection, const QString &e164,
                                                int hours = 24);

} // namespace pela::core
