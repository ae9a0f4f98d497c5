// The intake's requests as JSON, exactly (times to the millisecond, absent values absent), so a
// request kept in the offline journal is sent later as it was made.
#pragma once

#include "commands/incidentcommands.h"

#include <QJsonObject>

namespace pela::core::intakejson {

QJsonObject fromCall(const CallInfo &call);
CallInfo toCall(const QJsonObject &json);

QJsonObject fromOpenCase(const OpenCaseRequest &request);
OpenCaseRequest toOpenCase(const QJsonObject &json);

QJsonObject fromDetailsChange(const CaseDetailsChange &change);
CaseDetailsChange toDetailsChange(const QJsonObject &json);

// The details of an opened case that a later change of the intake sets again: what the form
// keeps editing after an early save (location, patients, triage, notes).
CaseDetailsChange detailsOf(const OpenCaseRequest &request);

} // namespace pela::core::intakejson
