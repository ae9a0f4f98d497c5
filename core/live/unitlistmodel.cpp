#include "unitlistmodel.h"

#include "changespan.h"
#include "labels.h"
#include "roles.h"

namespace pela::core {

UnitListModel::UnitListModel(LiveState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
    connect(m_state, &LiveState::aboutToReload, this, [this] { beginResetModel(); });
    connect(m_state, &LiveState::reloaded, this, [this] {
        m_rows.reset(m_state->units().keys());
        endResetModel();
    });
    connect(m_state, &LiveState::unitInserted, this, [this](qint64 id) {
        const int row = m_rows.count();
        beginInsertRows({}, row, row);
        m_rows.append(id);
        endInsertRows();
    });
    connect(m_state, &LiveState::unitRemoved, this, [this](qint64 id) {
        const int row = m_rows.rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
    connect(m_state, &LiveState::unitChanged, this, &UnitListModel::onUnitChanged);
    connect(m_state, &LiveState::hospitalChanged, this, &UnitListModel::onHospitalChanged);
    connect(m_state, &LiveState::settingsChanged, this, &UnitListModel::refreshTimes);
    m_rows.reset(m_state->units().keys());
}

int UnitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int UnitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UnitListModel::isStale(const UnitRecord &unit, const QDateTime &now) const
{
    return !unit.positionAt.isValid() ||
           unit.positionAt.secsTo(now) > m_state->settings().positionStaleSeconds;
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitRecord *unit = m_state->findUnit(m_rows.idAt(index.row()));
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
            const QDateTime now = QDateTime::currentDateTimeUtc();
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
        return isStale(*unit, QDateTime::currentDateTimeUtc());
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

QVariant UnitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

QHash<int, QByteArray> UnitListModel::roleNames() const { return liveRoleNames(); }

void UnitListModel::refreshTimes()
{
    if (m_rows.count() > 0)
        emit dataChanged(index(0, PositionAgeColumn), index(m_rows.count() - 1, PositionAgeColumn),
                         {Qt::DisplayRole, PositionStaleRole});
}

void UnitListModel::onUnitChanged(qint64 id, const UnitRecord &before)
{
    const int row = m_rows.rowOf(id);
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
    for (int row = 0; row < m_rows.count(); ++row) {
        const UnitRecord *unit = m_state->findUnit(m_rows.idAt(row));
        if (unit && unit->ownerHospitalId == id)
            emit dataChanged(index(row, OwnerColumn), index(row, OwnerColumn), {Qt::DisplayRole});
    }
}

} // namespace pela::core
