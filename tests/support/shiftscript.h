// A shift scripted through the core commands on a real database, for the handover report's
// tests: cases with calls (one answered 5 minutes before its dispatch), an assignment undone,
// a transport, a hearse transport, a duplicate, a referral and partner requests accepted,
// declined and expired. The period [from, to) holds all of it.
#pragma once

#include "db/pgconnection.h"

#include <QDateTime>
#include <QStringList>

namespace pela::test {

struct ScriptedShift
{
    QDateTime from, to;  // an hour either side of the script, by the server's clock
    QString transported; // the case taken to hospital (HLS), after an undone assignment
    QString partner;     // the case a partner's unit was requested for, and accepted
    QString referred;    // the fire referred to Damkar
    QString duplicate;   // closed as a duplicate of `transported`
    QString declined;    // requests declined, then expired
    QString hearse;      // a hearse transport: dispatched, on scene, left out of intervals
    QString cleared;     // a city unit on scene, then cleared
    QStringList all() const
    {
        return {transported, partner, referred, duplicate, declined, hearse, cleared};
    }
};

// Plays the shift as the database's owner; fails the current test on any refused step.
ScriptedShift playShift(core::PgConnection &owner);

} // namespace pela::test
