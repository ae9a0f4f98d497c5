#include "roles.h"

#include <QAbstractItemModel>

namespace pela::core {

QHash<int, QByteArray> liveRoleNames()
{
    static const QHash<int, QByteArray> names = [] {
        QHash<int, QByteArray> result = {
            {Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {RecordRole, "record"},
            {CaseNumberRole, "caseNumber"},
            {PriorityRole, "priority"},
            {CategoryRole, "category"},
            {StateRole, "state"},
            {LocationTextRole, "locationText"},
            {PositionRole, "position"},
            {OpenedAtRole, "openedAt"},
            {ClosedAtRole, "closedAt"},
            {AssignedUnitsRole, "assignedUnits"},
            {WaitingReasonRole, "waitingReason"},
            {NotesRole, "notes"},
            {CallSignRole, "callSign"},
            {UnitKindRole, "unitKind"},
            {OwnerHospitalIdRole, "ownerHospitalId"},
            {UnitStatusRole, "unitStatus"},
            {PositionAtRole, "positionAt"},
            {PositionStaleRole, "positionStale"},
            {HeadingRole, "heading"},
            {SpeedRole, "speed"},
            {CurrentAssignmentIdRole, "currentAssignmentId"},
            {AssignedCaseIdRole, "assignedCaseId"},
            {HospitalCodeRole, "hospitalCode"},
            {HospitalNameRole, "hospitalName"},
            {ErStatusRole, "erStatus"},
            {ErStatusReasonRole, "erStatusReason"},
            {BedsRole, "beds"},
            {LocationApproximateRole, "locationApproximate"},
            {EventKindRole, "eventKind"},
            {OccurredAtRole, "occurredAt"},
            {ActorRole, "actor"},
            {PayloadRole, "payload"},
        };
        return result;
    }();
    return names;
}

} // namespace pela::core
