// The OsmAnd protocol as Traccar Client and many trackers send it over HTTP: query parameters
// (GET), a form body (POST) or, from Traccar Client 9 on, a JSON body. Units as the protocol
// has them: speed in knots in the query and form, in m/s in JSON; everything else metric.
// Malformed input is refused with a reason a device's owner can act on; an implausible
// optional value (a negative speed, a battery of 250 %) is dropped, not the whole fix.
#pragma once

#include "avlfix.h"
#include "formfields.h"

#include <QByteArrayView>
#include <QList>

namespace pela::core {

struct OsmAndParse
{
    QList<AvlReport> reports; // one, or several from a JSON list of locations
    QString error;            // why the request was refused; empty when it was read
    bool ok() const { return error.isEmpty(); }
};

class OsmAndParser
{
public:
    // A device identifier Pela accepts (devices.device_id): 1-64 of A-Z a-z 0-9 . _ : -
    static bool isDeviceId(QStringView text);

    // Query or form fields: id|deviceid, lat+lon|location, timestamp, speed (knots),
    // bearing|heading, altitude, accuracy, hdop, batt, valid, token. A fix without a timestamp
    // is dated receivedAt.
    static OsmAndParse fromFields(const FormFields &fields, const QDateTime &receivedAt);
    // {"location": {...} or [{...}, ...], "device_id": "..."}; speed in m/s, battery level 0-1.
    // fallback supplies what the URL carried (a token, or the id when the body has none).
    static OsmAndParse fromJson(QByteArrayView body, const QDateTime &receivedAt,
                                const FormFields &fallback = {});
    // One HTTP request: a JSON body (by content type or a leading '{'), else a form body,
    // else the query.
    static OsmAndParse fromRequest(const FormFields &query, QByteArrayView contentType,
                                   QByteArrayView body, const QDateTime &receivedAt);

    // A fix time: Unix seconds (with a fraction, or milliseconds when above 2^31), ISO 8601
    // (UTC unless it says otherwise) or "yyyy-MM-dd HH:mm:ss" (UTC). Invalid when unreadable.
    static QDateTime parseTimestamp(QStringView text);
};

} // namespace pela::core
