// How a hospital mode panel acts: it posts a core command through the screen, which shows the
// outcome on its one message line, and tells the liaison what is missing before asking.
#pragma once

#include "commands/commandresult.h"

#include <QString>
#include <functional>

namespace pela::core {
class IncidentCommands;
}

namespace pela::ui {

struct HospitalActions
{
    using Command = std::function<core::CommandResult(core::IncidentCommands &)>;
    std::function<void(Command)> run;
    std::function<void(const QString &text, bool error)> tell;
};

} // namespace pela::ui
