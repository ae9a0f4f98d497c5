// Advanced Mobile Location (ETSI TS 103 625): the location a caller's handset sends by itself
// during an emergency call, as an SMS body (versions 1 and 2, forwarded by an SMS gateway with
// the sender's number) or as the HTTPS form. The caller's number is normalised as the intake
// form does (PhoneNumber), so the location is found when that number calls.
#pragma once

#include "formfields.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace pela::core {

struct HandsetLocation
{
    QString callerPhone;     // as the SMS gateway or the handset gave it
    QString callerPhoneE164; // +6281247001122; empty when it cannot be normalised
    double latitude = 0;
    double longitude = 0;
    std::optional<double> radiusMeters; // uncertainty; none when the handset did not say
    std::optional<int> confidencePercent;
    QString positioningMethod = QStringLiteral("unknown"); // gnss, wifi, cell, fused, unknown
    QDateTime locatedAt; // the handset's time of positioning, UTC; invalid when not said
    int amlVersion = 1;
    QString networkMcc; // "510" (Indonesia); empty when not said
    QString networkMnc;
};

struct AmlParse
{
    enum class Outcome
    {
        Location,   // location is set
        NoLocation, // a well-formed message saying the handset found no position
        Refused,    // reason says why: stored raw, answered 400
    };
    Outcome outcome = Outcome::Refused;
    HandsetLocation location;
    QString reason;
};

class AmlParser
{
public:
    // Longest body read; an AML SMS is at most a few hundred characters.
    static constexpr int MaxBodyLength = 1024;

    // An SMS body (A"ML=1;lt=…;ml=…, or A"ML=2;…) from sender. Version 1 must carry ml (the
    // message's length, header and ml included) and it must match within one character (some
    // handsets count one off): a message cut in transit may carry a cut coordinate. Version 2
    // is checked against ml when it has one.
    static AmlParse fromSms(const QString &sender, const QString &body);
    // The HTTPS form: v, device_number, location_latitude, location_longitude, location_time
    // (ms since 1970), location_accuracy, location_source, location_certainty.
    static AmlParse fromHttps(const FormFields &fields);
};

} // namespace pela::core
