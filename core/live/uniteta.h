// A unit's estimated time to the case it is on its way to, as the board and the map show it
// ("AMB-03 4 min"; "≈" marks a straight-line estimate). Plain values: whoever computes them
// (core/dispatch's DispatchAdvisor, along the roads) hands them to the views' models.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <limits>

namespace pela::core {

struct UnitEta
{
    qint64 unitId = 0;
    double seconds = std::numeric_limits<double>::quiet_NaN(); // NaN: no known position
    bool estimate = false; // a straight-line estimate, not along the roads

    bool known() const { return seconds == seconds; }
    // Whole minutes as shown, at least 1 (a unit seconds away still reads "1 min").
    int minutes() const;
    // "4 min", "≈4 min", "?" (no position), in the reader's language.
    QString text() const;
    // What the text says, shown as a tooltip: "4 min along the roads", ...
    QString explanation() const;
    bool operator==(const UnitEta &other) const;
};

// The ETAs of the units on their way to each case, by case id, nearest first.
using CaseEtas = QHash<qint64, QList<UnitEta>>;

} // namespace pela::core
