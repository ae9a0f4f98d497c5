// Item data roles of the live models (cases, units, hospitals, case events), defined once.
#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace pela::core {

// Role data is the same in every column of a row; Qt::DisplayRole alone is per column.
// Values are stable: views, delegates and proxies may store them.
enum Role : int
{
    IdRole = Qt::UserRole + 1, // qint64: database id of the row's record
    RecordRole,                // the whole value struct (CaseRecord, UnitRecord, ...) in a QVariant
    CaseNumberRole,            // QString: human case number, 2026-000123
    PriorityRole,              // int: 1 (P1 red) .. 4 (non-emergency)
    CategoryRole,              // QString: category code (medical, fire, ...)
    StateRole,                 // QString: case state code (waiting, dispatched, ..., closed)
    LocationTextRole,          // QString: the location as the caller or operator described it
    PositionRole,              // QGeoCoordinate: case location, unit position, hospital location;
                               // invalid when unknown. A moving unit changes only this role.
    OpenedAtRole,              // QDateTime: when the case was opened (server time)
    ClosedAtRole,              // QDateTime: when the case was closed; null while open
    AssignedUnitsRole,         // QStringList: call signs of the units on a live assignment
    WaitingReasonRole,         // QString: why the case waits again (declined/expired request)
    NotesRole,                 // QString: free-text notes of a case
    CallSignRole,              // QString: unit call sign, AMB-LMN-1
    UnitKindRole,              // QString: unit kind code (ambulance_als, hearse, ...)
    OwnerHospitalIdRole,       // qint64: owning hospital id; 0 for the city
    UnitStatusRole,            // QString: unit status code (available, en_route, ...)
    PositionAtRole,            // QDateTime: time of the unit's last position fix
    PositionStaleRole,         // bool: no fix within the position_stale_seconds setting
    HeadingRole,               // QVariant(double) degrees, or null when unknown
    SpeedRole,                 // QVariant(double) km/h, or null when unknown
    CurrentAssignmentIdRole,   // qint64: the unit's live assignment id; 0 when none
    AssignedCaseIdRole,        // qint64: the case of the unit's live assignment; 0 when none
    HospitalCodeRole,          // QString: hospital code, LMN
    HospitalNameRole,          // QString: hospital name
    ErStatusRole,              // QString: ER status code (open, limited, diverting)
    ErStatusReasonRole,        // QString: why the ER is limited or diverting
    BedsRole,                  // QVariantList of QVariantMap {category, available, total}
    LocationApproximateRole,   // bool: the hospital's location is approximate (or unknown)
    EventKindRole,             // QString: case event kind
    OccurredAtRole,            // QDateTime: when the event happened (server time)
    ActorRole,                 // QString: database user that caused the event
    PayloadRole,               // QJsonObject: the event's payload
};

// Names of the roles above plus Qt's own (for QML and debugging), as roleNames() returns them.
QHash<int, QByteArray> liveRoleNames();

} // namespace pela::core
