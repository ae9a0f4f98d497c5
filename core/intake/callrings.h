// The phone system's rings (migration 7's call_rings, written by `pela-admin call ring`): the
// console reads those for its own workstation when live sync forwards their notification.
#pragma once

#include "commands/commandrunner.h"

#include <QDateTime>

namespace pela::core {

struct CallRing
{
    qint64 id = 0;
    QString workstation;
    QString callerPhone; // as received; empty when withheld
    QString kind;        // 'number', 'unusual', 'withheld'
    QDateTime rangAt;    // the server's time of the ring

    bool operator==(const CallRing &) const = default;
};

// Rings for workstation (case-insensitive) that rang within the last maxAgeSeconds, among ids
// (any ring when ids is empty), newest first. Blocking: run it on the command runner.
ReadResult<QList<CallRing>> loadRings(PgConnection &connection, const QString &workstation,
                                      const QList<qint64> &ids, int maxAgeSeconds);

} // namespace pela::core
