#include "livestate.h"

#include <QSet>
#include <algorithm>

namespace pela::core {

bool AssignmentRecord::isLive() const
{
    static const QStringList live = {QStringLiteral("requested"),    QStringLiteral("dispatched"),
                                     QStringLiteral("en_route"),     QStringLiteral("on_scene"),
                                     QStringLiteral("transporting"), QStringLiteral("at_hospital")};
    return live.contains(state);
}

LiveState::LiveState(QObject *parent) : QObject(parent)
{
    // In-memory only: closed cases age out of the "recent" window without any change to fetch.
    m_pruneTimer.setInterval(60 * 1000);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { pruneClosedCases(); });
    m_pruneTimer.start();
}

const CaseRecord *LiveState::findCase(qint64 id) const
{
    const auto it = m_data.cases.constFind(id);
    return it == m_data.cases.cend() ? nullptr : &*it;
}

const UnitRecord *LiveState::findUnit(qint64 id) const
{
    const auto it = m_data.units.constFind(id);
    return it == m_data.units.cend() ? nullptr : &*it;
}

const HospitalRecord *LiveState::findHospital(qint64 id) const
{
    const auto it = m_data.hospitals.constFind(id);
    return it == m_data.hospitals.cend() ? nullptr : &*it;
}

const AssignmentRecord *LiveState::findAssignment(qint64 id) const
{
    const auto it = m_data.assignments.constFind(id);
    return it == m_data.assignments.cend() ? nullptr : &*it;
}

QList<AssignmentRecord> LiveState::assignmentsOfCase(qint64 caseId) const
{
    // A unit has at most one live assignment, so this scans at most the fleet's size.
    QList<AssignmentRecord> result;
    for (const AssignmentRecord &assignment : m_data.assignments)
        if (assignment.caseId == caseId)
            result.append(assignment);
    std::sort(result.begin(), result.end(),
              [](const AssignmentRecord &a, const AssignmentRecord &b) { return a.id < b.id; });
    return result;
}

QStringList LiveState::assignedCallSigns(qint64 caseId) const
{
    QStringList callSigns;
    for (const AssignmentRecord &assignment : assignmentsOfCase(caseId))
        if (const UnitRecord *unit = findUnit(assignment.unitId))
            callSigns.append(unit->callSign);
    return callSigns;
}

bool LiveState::sameContent(const LiveState &other) const
{
    return m_data.cases == other.m_data.cases && m_data.units == other.m_data.units &&
           m_data.hospitals == other.m_data.hospitals &&
           m_data.assignments == other.m_data.assignments &&
           m_data.settings == other.m_data.settings;
}

void LiveState::resetTo(LiveSnapshot snapshot)
{
    emit aboutToReload();
    m_data = std::move(snapshot);
    m_loaded = true;
    emit reloaded();
}

namespace {

// Inserts, replaces and removes rows of one table, announcing each real change once; a
// changed row carries its record as it was, so models emit only the roles that changed.
template <typename Record>
void applyRows(LiveState *state, QHash<qint64, Record> &table, const QList<Record> &rows,
               const QList<qint64> &goneIds, void (LiveState::*inserted)(qint64),
               void (LiveState::*changed)(qint64, const Record &),
               void (LiveState::*removed)(qint64))
{
    for (const Record &row : rows) {
        auto it = table.find(row.id);
        if (it == table.end()) {
            table.insert(row.id, row);
            emit(state->*inserted)(row.id);
        } else if (!(*it == row)) {
            const Record before = std::exchange(*it, row);
            emit(state->*changed)(row.id, before);
        }
    }
    for (qint64 id : goneIds)
        if (table.remove(id))
            emit(state->*removed)(id);
}

// The rows of fresh that are new or differ, and the ids of held that fresh lacks, by id.
template <typename Record>
std::pair<QList<Record>, QList<qint64>> difference(const QHash<qint64, Record> &held,
                                                   const QHash<qint64, Record> &fresh)
{
    QList<Record> rows;
    for (const Record &record : fresh) {
        const auto it = held.constFind(record.id);
        if (it == held.cend() || !(*it == record))
            rows.append(record);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Record &a, const Record &b) { return a.id < b.id; });
    QList<qint64> gone;
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        if (!fresh.contains(it.key()))
            gone.append(it.key());
    std::sort(gone.begin(), gone.end());
    return {rows, gone};
}

} // namespace

void LiveState::load(LiveSnapshot snapshot)
{
    if (!m_loaded) {
        resetTo(std::move(snapshot));
        return;
    }
    setSettings(snapshot.settings);
    // Referenced rows first, as LiveSync applies notifications.
    const auto [hospitals, goneHospitals] = difference(m_data.hospitals, snapshot.hospitals);
    applyHospitals(hospitals, goneHospitals);
    const auto [cases, goneCases] = difference(m_data.cases, snapshot.cases);
    applyCases(cases, goneCases);
    const auto [assignments, goneAssignments] =
        difference(m_data.assignments, snapshot.assignments);
    applyAssignments(assignments, goneAssignments);
    const auto [units, goneUnits] = difference(m_data.units, snapshot.units);
    applyUnits(units, goneUnits);
}

void LiveState::applyCases(const QList<CaseRecord> &rows, const QList<qint64> &goneIds)
{
    applyRows(this, m_data.cases, rows, goneIds, &LiveState::caseInserted, &LiveState::caseChanged,
              &LiveState::caseRemoved);
}

void LiveState::applyUnits(const QList<UnitRecord> &rows, const QList<qint64> &goneIds)
{
    applyRows(this, m_data.units, rows, goneIds, &LiveState::unitInserted, &LiveState::unitChanged,
              &LiveState::unitRemoved);
}

void LiveState::applyHospitals(const QList<HospitalRecord> &rows, const QList<qint64> &goneIds)
{
    applyRows(this, m_data.hospitals, rows, goneIds, &LiveState::hospitalInserted,
              &LiveState::hospitalChanged, &LiveState::hospitalRemoved);
}

void LiveState::applyAssignments(const QList<AssignmentRecord> &rows, const QList<qint64> &goneIds)
{
    QList<qint64> touchedCases;
    auto touch = [&touchedCases](qint64 caseId) {
        if (!touchedCases.contains(caseId))
            touchedCases.append(caseId);
    };
    for (const AssignmentRecord &row : rows) {
        auto it = m_data.assignments.find(row.id);
        if (it == m_data.assignments.end()) {
            m_data.assignments.insert(row.id, row);
            touch(row.caseId);
        } else if (!(*it == row)) {
            touch(it->caseId); // an assignment can be moved to another case by a merge
            *it = row;
            touch(row.caseId);
        }
    }
    for (qint64 id : goneIds) {
        const auto it = m_data.assignments.constFind(id);
        if (it == m_data.assignments.cend())
            continue;
        touch(it->caseId);
        m_data.assignments.erase(it);
    }
    for (qint64 caseId : std::as_const(touchedCases))
        emit assignmentsChanged(caseId);
}

void LiveState::addCaseEvents(const QList<CaseEventRecord> &events)
{
    QHash<qint64, QList<CaseEventRecord>> byCase;
    QList<qint64> order;
    for (const CaseEventRecord &event : events) {
        if (!event.caseId)
            continue;
        if (!byCase.contains(*event.caseId))
            order.append(*event.caseId);
        byCase[*event.caseId].append(event);
    }
    for (qint64 caseId : std::as_const(order))
        emit caseEventsAdded(caseId, byCase.value(caseId));
}

void LiveState::invalidateCaseEvents()
{
    emit caseEventsInvalidated();
}

void LiveState::setSettings(const LiveSettings &settings)
{
    if (m_data.settings == settings)
        return;
    m_data.settings = settings;
    emit settingsChanged();
}

void LiveState::pruneClosedCases()
{
    const QDateTime limit =
        m_clock.now().addSecs(-qint64(m_data.settings.recentlyClosedHours * 3600.0));
    QList<qint64> expired;
    for (const CaseRecord &record : std::as_const(m_data.cases))
        if (record.isClosed() && record.closedAt.isValid() && record.closedAt <= limit)
            expired.append(record.id);
    std::sort(expired.begin(), expired.end());
    applyCases({}, expired);
}

} // namespace pela::core
