// Possible duplicates of a call being taken: open cases of the same category near the caller's
// location and opened recently, from LiveState in memory, nearest and newest first.
#pragma once

#include "db/dberror.h"
#include "livestate.h"

#include <QGeoCoordinate>
#include <optional>

namespace pela::core {

class PgConnection;

// How near and how recent a case must be to be offered as a possible duplicate. The database's
// settings table may hold duplicate_radius_m and duplicate_window_minutes (numbers).
struct DuplicateRules
{
    double radiusMetres = 300;
    int windowMinutes = 30;

    bool operator==(const DuplicateRules &) const = default;
};

// What the intake form knows so far.
struct DuplicateQuery
{
    QString category;
    QGeoCoordinate location; // invalid when not known yet
    QString kelurahanCode;   // empty when not known

    bool operator==(const DuplicateQuery &) const = default;
};

struct DuplicateCandidate
{
    qint64 caseId = 0;
    QString caseNumber;
    QString category;
    int priority = 0;
    QString state;
    QString locationText;
    QGeoCoordinate location;
    // Metres between the call and the case; none when either has no coordinates and they were
    // matched by the same kelurahan instead.
    std::optional<double> distanceMetres;
    qint64 ageSeconds = 0;
    QDateTime openedAt;

    bool operator==(const DuplicateCandidate &) const = default;
};

// Open (not closed) cases of the query's category opened within the window before now, and
// within the radius of its location; a case or a query without coordinates matches by the same
// kelurahan. Nearest first (matches by kelurahan after those with a distance), then newest.
// Nothing without a category, or without a location or kelurahan.
QList<DuplicateCandidate> findPossibleDuplicates(const QHash<qint64, CaseRecord> &cases,
                                                 const DuplicateQuery &query,
                                                 const DuplicateRules &rules, const QDateTime &now);

struct DuplicateRulesLoad
{
    DuplicateRules rules; // defaults for keys that are absent or not sensible numbers
    DbError error;
};

// Reads duplicate_radius_m (10..5000) and duplicate_window_minutes (1..1440) from the settings
// table. Blocking: call it on the command runner's thread.
DuplicateRulesLoad loadDuplicateRules(PgConnection &connection);

} // namespace pela::core

Q_DECLARE_METATYPE(pela::core::DuplicateCandidate)
