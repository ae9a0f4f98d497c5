#include "uniteta.h"

#include <QCoreApplication>
#include <cmath>

namespace pela::core {

int UnitEta::minutes() const
{
    return known() ? std::max(1, int(std::ceil(seconds / 60.0 - 1e-9))) : 0;
}

QString UnitEta::text() const
{
    if (!known())
        return QStringLiteral("?");
    return estimate ? QCoreApplication::translate("pela::core::UnitEta", "≈%1 min",
                                                  "a straight-line estimate of minutes to arrive")
                          .arg(minutes())
                    : QCoreApplication::translate("pela::core::UnitEta", "%1 min",
                                                  "minutes to arrive along the roads")
                          .arg(minutes());
}

QString UnitEta::explanation() const
{
    if (!known())
        return QCoreApplication::translate("pela::core::UnitEta", "no known position");
    return estimate ? QCoreApplication::translate("pela::core::UnitEta",
                                                  "about %1 min in a straight line (no road route)")
                          .arg(minutes())
                    : QCoreApplication::translate("pela::core::UnitEta", "%1 min along the roads")
                          .arg(minutes());
}

bool UnitEta::operator==(const UnitEta &other) const
{
    // Equal as shown: a few seconds' drift that keeps the minutes is no change to announce.
    return unitId == other.unitId && estimate == other.estimate && minutes() == other.minutes();
}

} // namespace pela::core
