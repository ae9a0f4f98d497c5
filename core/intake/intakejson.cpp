#include "intakejson.h"

namespace pela::core::intakejson {

namespace {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime toTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

void putNumber(QJsonObject &json, const char *key, const std::optional<double> &value)
{
    if (value)
        json.insert(QLatin1String(key), *value);
}

std::optional<double> number(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

void putText(QJsonObject &json, const char *key, const std::optional<QString> &value)
{
    if (value)
        json.insert(QLatin1String(key), *value);
}

std::optional<QString> text(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QString string(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject fromCall(const CallInfo &call)
{
    QJsonObject json{{QStringLiteral("caller_phone"), call.callerPhone},
                     {QStringLiteral("withheld"), call.callerPhoneWithheld},
                     {QStringLiteral("caller_name"), call.callerName},
                     {QStringLiteral("ring_at"), time(call.ringAt)},
                     {QStringLiteral("answered_at"), time(call.answeredAt)}};
    putNumber(json, "aml_lat", call.amlLat);
    putNumber(json, "aml_lon", call.amlLon);
    putNumber(json, "aml_accuracy_m", call.amlAccuracyM);
    return json;
}

CallInfo toCall(const QJsonObject &json)
{
    CallInfo call;
    call.callerPhone = string(json, "caller_phone");
    call.callerPhoneWithheld = json.value(QLatin1String("withheld")).toBool();
    call.callerName = string(json, "caller_name");
    call.ringAt = toTime(json.value(QLatin1String("ring_at")));
    call.answeredAt = toTime(json.value(QLatin1String("answered_at")));
    call.amlLat = number(json, "aml_lat");
    call.amlLon = number(json, "aml_lon");
    call.amlAccuracyM = number(json, "aml_accuracy_m");
    return call;
}

QJsonObject fromOpenCase(const OpenCaseRequest &request)
{
    QJsonObject json{{QStringLiteral("category"), request.category},
                     {QStringLiteral("priority"), request.priority},
                     {QStringLiteral("call"), fromCall(request.call)},
                     {QStringLiteral("location_text"), request.locationText},
                     {QStringLiteral("kelurahan_code"), request.kelurahanCode},
                     {QStringLiteral("location_source"), request.locationSource},
                     {QStringLiteral("patients_count"), request.patientsCount},
                     {QStringLiteral("triage"), request.triage},
                     {QStringLiteral("notes"), request.notes},
                     {QStringLiteral("client_key"), request.clientKey}};
    putNumber(json, "lat", request.lat);
    putNumber(json, "lon", request.lon);
    putNumber(json, "location_uncertainty_m", request.locationUncertaintyM);
    return json;
}

OpenCaseRequest toOpenCase(const QJsonObject &json)
{
    OpenCaseRequest request;
    request.category = string(json, "category");
    request.priority = json.value(QLatin1String("priority")).toInt();
    request.call = toCall(json.value(QLatin1String("call")).toObject());
    request.locationText = string(json, "location_text");
    request.kelurahanCode = string(json, "kelurahan_code");
    request.lat = number(json, "lat");
    request.lon = number(json, "lon");
    request.locationSource = text(json, "location_source").value_or(QStringLiteral("operator"));
    request.locationUncertaintyM = number(json, "location_uncertainty_m");
    request.patientsCount = json.value(QLatin1String("patients_count")).toInt(1);
    request.triage = json.value(QLatin1String("triage")).toObject();
    request.notes = string(json, "notes");
    request.clientKey = string(json, "client_key");
    return request;
}

QJsonObject fromDetailsChange(const CaseDetailsChange &change)
{
    QJsonObject json;
    putText(json, "category", change.category);
    putText(json, "location_text", change.locationText);
    putText(json, "kelurahan_code", change.kelurahanCode);
    putText(json, "caller_name", change.callerName);
    putText(json, "caller_phone", change.callerPhone);
    putText(json, "notes", change.notes);
    putNumber(json, "lat", change.lat);
    putNumber(json, "lon", change.lon);
    putText(json, "location_source", change.locationSource);
    if (change.patientsCount)
        json.insert(QStringLiteral("patients_count"), *change.patientsCount);
    if (change.triage)
        json.insert(QStringLiteral("triage"), *change.triage);
    if (change.expectedVersion)
        json.insert(QStringLiteral("expected_version"), *change.expectedVersion);
    return json;
}

CaseDetailsChange toDetailsChange(const QJsonObject &json)
{
    CaseDetailsChange change;
    change.category = text(json, "category");
    change.locationText = text(json, "location_text");
    change.kelurahanCode = text(json, "kelurahan_code");
    change.callerName = text(json, "caller_name");
    change.callerPhone = text(json, "caller_phone");
    change.notes = text(json, "notes");
    change.lat = number(json, "lat");
    change.lon = number(json, "lon");
    change.locationSource = text(json, "location_source");
    if (json.value(QLatin1String("patients_count")).isDouble())
        change.patientsCount = json.value(QLatin1String("patients_count")).toInt();
    if (json.value(QLatin1String("triage")).isObject())
        change.triage = json.value(QLatin1String("triage")).toObject();
    if (json.value(QLatin1String("expected_version")).isDouble())
        change.expectedVersion = json.value(QLatin1String("expected_version")).toInt();
    return change;
}

CaseDetailsChange detailsOf(const OpenCaseRequest &request)
{
    CaseDetailsChange change;
    change.triage = request.triage;
    change.patientsCount = request.patientsCount;
    change.notes = request.notes;
    change.locationText = request.locationText;
    if (!request.kelurahanCode.isEmpty())
        change.kelurahanCode = request.kelurahanCode;
    if (request.lat && request.lon) {
        change.lat = request.lat;
        change.lon = request.lon;
        change.locationSource = request.locationSource;
    }
    return change;
}

} // namespace pela::core::intakejson
