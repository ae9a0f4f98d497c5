// The commands of pela-admin by subject (databasecli.cpp, casecli.cpp, unitcli.cpp, callcli.cpp,
// mapcli.cpp, operatorcli.cpp, devicecli.cpp, simulatecli.cpp, reportcli.cpp); the table in admincommands.cpp
// gives each its words, arguments and options.
#pragma once

#include "arguments.h"
#include "output.h"

namespace pela::admin {

// The command table: every command with its options, in the order of the usage text.
const QList<CommandSpec> &commandTable();

int commandMigrate(const Invocation &call, Output &output);
int commandStatus(const Invocation &call, Output &output);
int commandDemo(const Invocation &call, Output &output);
int commandServerStart(const Invocation &call, Output &output);
int commandServerStop(const Invocation &call, Output &output);
int commandServerStatus(const Invocation &call, Output &output);

int commandCaseOpen(const Invocation &call, Output &output);
int commandCaseShow(const Invocation &call, Output &output);
int commandCaseClose(const Invocation &call, Output &output);

int commandCaseNote(const Invocation &call, Output &output);
int commandHospitalSet(const Invocation &call, Output &output);

int commandDispatch(const Invocation &call, Output &output);

int commandImportMap(const Invocation &call, Output &output);

int commandOperatorAdd(const Invocation &call, Output &output);
int commandOperatorList(const Invocation &call, Output &output);
int commandOperatorDisable(const Invocation &call, Output &output);
int commandHospitalLoginAdd(const Invocation &call, Output &output);
int commandCallRing(const Invocation &call, Output &output);
int commandUnitStatus(const Invocation &call, Output &output);

int commandDeviceAdd(const Invocation &call, Output &output);
int commandDeviceList(const Invocation &call, Output &output);
int commandDeviceRemove(const Invocation &call, Output &output);

int commandSimulate(const Invocation &call, Output &output);

int commandReportShift(const Invocation &call, Output &output);

// Roles that may read the case tables, for refusal messages.
QString caseReaders();

} // namespace pela::admin
