// The dark title strip every console panel shares, so panels read as one family.
#pragma once

#include <QString>

namespace pela::ui {

inline QString panelTitleStyle()
{
    return QStringLiteral(R"(
QLabel#panelTitle {
    background: #263238; color: #ffffff; font-size: 11pt; font-weight: bold;
    padding: 6px 10px; letter-spacing: 1px;
}
)");
}

} // namespace pela::ui
