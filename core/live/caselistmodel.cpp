#include "caselistmodel.h"

#include "changespan.h"
#include "labels.h"
#include "roles.h"

namespace pela::core {

CaseListModel::CaseListModel(LiveState *state, QObject *parent)
    : IdTableModel(state, ColumnCount, &LiveState::cases, &LiveState::caseInserted,
                   &LiveState::caseRemoved, parent)
{
    connect(m_state, &LiveState::caseChanged, this, &CaseListModel::onCaseChanged);
    connect(m_state, &LiveState::assignmentsChanged, this, &CaseListModel::onAssignmentsChanged);
    connect(m_state, &LiveState::unitChanged, this, &CaseListModel::onUnitChanged);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseRecord *record = m_state->findCase(idOf(index));
    if (!record)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return record->number;
        case PriorityColumn:
            return labels::priority(record->priority);
        case CategoryColumn:
            return labels::caseCategory(record->category);
        case StateColumn:
            return labels::caseState(record->state);
        case LocationColumn:
            return record->locationText;
        case OpenedColumn:
            // A closed case's age would keep growing for nothing: when it closed matters.
            if (record->isClosed())
                return record->closedAt.isValid()
                           ? tr("%1 %2", "closed case: its state, then its closing time")
                                 .arg(labels::caseState(record->state),
                                      labels::clockTime(record->closedAt))
                           : labels::caseState(record->state);
            return tr("%1 (%2)").arg(labels::clockTime(record->openedAt),
                                     labels::age(record->openedAt, m_state->clock().now()));
        case UnitsColumn:
            return m_state->assignedCallSigns(record->id).join(QStringLiteral(", "));
        case WaitingReasonColumn:
            return labels::waitingReason(record->waitingReason);
        }
        return {};
    }
    return caseRoleData(*m_state, *record, role);
}

QVariant CaseListModel::caseRoleData(const LiveState &state, const CaseRecord &record, int role)
{
    switch (role) {
    case IdRole:
        return record.id;
    case RecordRole:
        return QVariant::fromValue(record);
    case CaseNumberRole:
        return record.number;
    case PriorityRole:
        return record.priority;
    case CategoryRole:
        return record.category;
    case StateRole:
        return record.state;
    case LocationTextRole:
        return record.locationText;
    case PositionRole:
        return QVariant::fromValue(record.location);
    case OpenedAtRole:
        return record.openedAt;
    case ClosedAtRole:
        return record.closedAt;
    case AssignedUnitsRole:
        return state.assignedCallSigns(record.id);
    case WaitingReasonRole:
        return labels::waitingReason(record.waitingReason);
    case NotesRole:
        return record.notes;
    }
    return {};
}

QString CaseListModel::columnTitle(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Case");
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case StateColumn:
        return tr("State");
    case LocationColumn:
        return tr("Location");
    case OpenedColumn:
        return tr("Opened");
    case UnitsColumn:
        return tr("Units");
    case WaitingReasonColumn:
        return tr("Waiting because");
    }
    return {};
}

void CaseListModel::refreshTimes()
{
    columnChanged(OpenedColumn, {Qt::DisplayRole});
}

void CaseListModel::onCaseChanged(qint64 id, const CaseRecord &before)
{
    const int row = rowOf(id);
    const CaseRecord *after = m_state->findCase(id);
    if (row < 0 || !after)
        return;
    ChangeSpan span;
    span.add(-1, RecordRole);
    if (before.number != after->number)
        span.add(NumberColumn, CaseNumberRole);
    if (before.priority != after->priority)
        span.add(PriorityColumn, PriorityRole);
    if (before.category != after->category)
        span.add(CategoryColumn, CategoryRole);
    if (before.state != after->state) {
        span.add(StateColumn, StateRole);
        if (before.isClosed() != after->isClosed())
            span.add(OpenedColumn, StateRole);
    }
    if (before.locationText != after->locationText)
        span.add(LocationColumn, LocationTextRole);
    if (before.location != after->location)
        span.add(-1, PositionRole);
    if (before.openedAt != after->openedAt)
        span.add(OpenedColumn, OpenedAtRole);
    if (before.closedAt != after->closedAt)
        span.add(OpenedColumn, ClosedAtRole);
    if (before.waitingReason != after->waitingReason)
        span.add(WaitingReasonColumn, WaitingReasonRole);
    if (before.notes != after->notes)
        span.add(-1, NotesRole);
    span.emitFor(this, row);
}

void CaseListModel::onAssignmentsChanged(qint64 caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return;
    ChangeSpan span;
    span.add(UnitsColumn, AssignedUnitsRole);
    span.emitFor(this, row);
}

void CaseListModel::onUnitChanged(qint64 id, const UnitRecord &before)
{
    const UnitRecord *after = m_state->findUnit(id);
    if (!after || after->callSign == before.callSign)
        return;
    for (const AssignmentRecord &assignment : m_state->assignments())
        if (assignment.unitId == id)
            onAssignmentsChanged(assignment.caseId);
}

} // namespace pela::core
