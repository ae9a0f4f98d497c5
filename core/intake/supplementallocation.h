// A location of the caller's handset that reached the centre apart from the call (Advanced
// Mobile Location, through the gateway): the intake form shows it for the number being taken,
// with its radius and age, and applies it only when the call-taker presses its key.
#pragma once

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>

namespace pela::core {

struct SupplementalLocation
{
    QGeoCoordinate position;
    double radiusMetres = 0; // the handset's own uncertainty
    QDateTime receivedAt;    // the server's time it arrived (UTC)
    QString source;          // what sent it, e.g. "AML"

    bool operator==(const SupplementalLocation &) const = default;
};

} // namespace pela::core
