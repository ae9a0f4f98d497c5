#include "duplicatefinder.h"

#include "db/pgconnection.h"

#include <algorithm>

namespace pela::core {

QList<DuplicateCandidate> findPossibleDuplicates(const QHash<qint64, CaseRecord> &cases,
                                                 const DuplicateQuery &query,
                                                 const DuplicateRules &rules, const QDateTime &now)
{
    QList<DuplicateCandidate> found;
    const bool located = query.location.isValid();
    if (query.category.isEmpty() || (!located && query.kelurahanCode.isEmpty()))
        return found;
    const QDateTime since = now.addSecs(-qint64(rules.windowMinutes) * 60);
    for (const CaseRecord &record : cases) {
        if (record.isClosed() || record.category != query.category || !record.openedAt.isValid() ||
            record.openedAt < since)
            continue;
        DuplicateCandidate candidate;
        if (located && record.location.isValid()) {
            const double distance = query.location.distanceTo(record.location);
            if (distance > rules.radiusMetres)
                continue;
            candidate.distanceMetres = distance;
        } else if (query.kelurahanCode.isEmpty() || record.kelurahanCode != query.kelurahanCode) {
            continue;
        }
        candidate.caseId = record.id;
        candidate.caseNumber = record.number;
        candidate.category = record.category;
        candidate.priority = record.priority;
        candidate.state = record.state;
        candidate.locationText = record.locationText;
        candidate.location = record.location;
        candidate.openedAt = record.openedAt;
        // A case opened "in the future" by a skewed clock is simply new.
        candidate.ageSeconds = std::max<qint64>(0, record.openedAt.secsTo(now));
        found.append(candidate);
    }
    std::sort(found.begin(), found.end(),
              [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
                  if (a.distanceMetres.has_value() != b.distanceMetres.has_value())
                      return a.distanceMetres.has_value();
                  if (a.distanceMetres && *a.distanceMetres != *b.distanceMetres)
                      return *a.distanceMetres < *b.distanceMetres;
                  if (a.openedAt != b.openedAt)
                      return a.openedAt > b.openedAt;
                  return a.caseId > b.caseId;
              });
    return found;
}

DuplicateRulesLoad loadDuplicateRules(PgConnection &connection)
{
    DuplicateRulesLoad loaded;
    const PgResult result =
        connection.exec("SELECT key, value #>> '{}' AS value FROM settings"
                        " WHERE key IN ('duplicate_radius_m', 'duplicate_window_minutes')"
                        " AND jsonb_typeof(value) = 'number'");
    if (!result.ok()) {
        loaded.error = result.error();
        return loaded;
    }
    for (int row = 0; row < result.rowCount(); ++row) {
        const double value = result.toDouble(row, "value", -1);
        if (result.text(row, "key") == QLatin1String("duplicate_radius_m")) {
            if (value >= 10 && value <= 5000)
                loaded.rules.radiusMetres = value;
        } else if (value >= 1 && value <= 1440) {
            loaded.rules.windowMinutes = int(value);
        }
    }
    return loaded;
}

} // namespace pela::core
