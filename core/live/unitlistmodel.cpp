#include "unitlistmodel.h"

#include "changespan.h"
#include "labels.h"
#include "roles.h"

namespace pela::core {

UnitListModel::UnitListModel(LiveState *state, QObject *parent)
    : IdTableModel(state, ColumnCount, &LiveState::units, &LiveState::unitInserted,
                   &LiveState::unitRemoved, parent)
{
    connect(m_state, &LiveState::unitChanged, this, &UnitListModel::onUnitChanged);
    connect(m_state, &LiveState::hospitalChanged, this, &UnitListModel::onHospitalChanged);
    connect(m_state, &LiveState::settingsChanged, this, &UnitListModel::refreshTimes);
}

bool UnitListModel::isStale(const UnitRecord &unit, const QDateTime &now) const
{
    return !unit.positionAt.isValid() ||
           unit.positionAt.secsTo(now) > m_state->settings().positionStaleSeconds;
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    const UnitRecord *unit = m_state->findUnit(idOf(index));
    if (!unit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallSignColumn:
            return unit->callSign;
        case KindColumn:
            return labels::unitKind(unit->kind);
        case OwnerColumn:
            if (!unit->ownerHospitalId)
                return tr("City");
            if (const HospitalRecord *owner = m_state->findHospital(*unit->ownerHospitalId))
                return owner->code;
            return {};
        case StatusColumn:
            return labels::unitStatus(unit->status);
        case PositionColumn:
            if (!unit->position.isValid())
                return tr("unknown");
            return QStringLiteral("%1, %2")
                .arg(unit->position.latitude(), 0, 'f', 5)
                .arg(unit->position.longitude(), 0, 'f', 5);
        case PositionAgeColumn: {
            if (!unit->positionAt.isValid())
                return tr("no fix");
            const QDateTime now = m_state->clock().now();
            const QString age = labels::age(unit->positionAt, now);
            return isStale(*unit, now) ? tr("%1 (stale)").arg(age) : age;
        }
        }
        return {};
    case IdRole:
        return unit->id;
    case RecordRole:
        return QVariant::fromValue(*unit);
    case CallSignRole:
        return unit->callSign;
    case UnitKindRole:
        return unit->kind;
    case OwnerHospitalIdRole:
        return unit->ownerHospitalId.value_or(0);
    case UnitStatusRole:
        return unit->status;
    case PositionRole:
        return QVariant::fromValue(unit->position);
    case PositionAtRole:
        return unit->positionAt;
    case PositionStaleRole:
        return isStale(*unit, m_state->clock().now());
    case HeadingRole:
        return unit->heading ? QVariant(*unit->heading) : QVariant();
    case SpeedRole:
        return unit->speedKmh ? QVariant(*unit->speedKmh) : QVariant();
    case CurrentAssignmentIdRole:
        return unit->currentAssignmentId.value_or(0);
    case AssignedCaseIdRole:
        if (unit->currentAssignmentId)
            if (const AssignmentRecord *assignment =
                    m_state->findAssignment(*unit->currentAssignmentId))
                return assignment->caseId;
        return qint64(0);
    }
    return {};
}

QString UnitListModel::columnTitle(int column) const
{
    switch (column) {
    case CallSignColumn:
        return tr("Call sign");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case PositionColumn:
        return tr("Position");
    case PositionAgeColumn:
        return tr("Last fix");
    }
    return {};
}

void UnitListModel::refreshTimes()
{
    columnChanged(PositionAgeColumn, {Qt::DisplayRole, PositionStaleRole});
}

void UnitListModel::onUnitChanged(qint64 id, const UnitRecord &before)
{
    const int row = rowOf(id);
    const UnitRecord *after = m_state->findUnit(id);
    if (row < 0 || !after)
        return;
    ChangeSpan span;
    span.add(-1, RecordRole);
    if (before.callSign != after->callSign)
        span.add(CallSignColumn, CallSignRole);
    if (before.kind != after->kind)
        span.add(KindColumn, UnitKindRole);
    if (before.ownerHospitalId != after->ownerHospitalId)
        span.add(OwnerColumn, OwnerHospitalIdRole);
    if (before.status != after->status)
        span.add(StatusColumn, UnitStatusRole);
    if (before.position != after->position)
        span.add(PositionColumn, PositionRole);
    if (before.heading != after->heading)
        span.add(-1, HeadingRole);
    if (before.speedKmh != after->speedKmh)
        span.add(-1, SpeedRole);
    if (before.positionAt != after->positionAt) {
        span.add(PositionAgeColumn, PositionAtRole);
        span.add(PositionAgeColumn, PositionStaleRole);
    }
    if (before.currentAssignmentId != after->currentAssignmentId) {
        span.add(-1, CurrentAssignmentIdRole);
        span.add(-1, AssignedCaseIdRole);
    }
    span.emitFor(this, row);
}

void UnitListModel::onHospitalChanged(qint64 id, const HospitalRecord &before)
{
    const HospitalRecord *after = m_state->findHospital(id);
    if (!after || after->code == before.code)
        return;
    for (int row = 0; row < rowCount(); ++row) {
        const UnitRecord *unit = m_state->findUnit(idAt(row));
        if (unit && unit->ownerHospitalId == id)
            emit dataChanged(index(row, OwnerColumn), index(row, OwnerColumn), {Qt::DisplayRole});
    }
}

} // namespace pela::core
