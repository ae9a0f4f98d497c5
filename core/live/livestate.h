// In-memory picture of what every view needs: open and recently closed cases, units,
// hospitals and live assignments, kept current by LiveSync and announced by signals.
#pragma once

#include "clock.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace pela::core {

struct CaseRecord
{
    qint64 id = 0;
    QString number;
    QString category;
    int priority = 0;
    QString state;
    QString locationText;
    QString kelurahanCode;
    QGeoCoordinate location; // invalid when the case has no coordinates
    QString locationSource;
    std::optional<double> locationUncertaintyM;
    QString callerName;
    QString callerPhone;
    int patientsCount = 0;
    QJsonObject triage;
    QString notes;
    QString receivingNote; // for the receiving hospital (migration 009)
    std::optional<qint64> destinationHospitalId;
    QString disposition; // empty while open
    std::optional<qint64> duplicateOf;
    QString waitingReason;
    QDateTime openedAt;
    QString openedBy;
    QDateTime closedAt; // null while open
    QString closedBy;
    int version = 0;
    QDateTime updatedAt;

    bool isClosed() const { return state == QLatin1String("closed"); }
    bool operator==(const CaseRecord &) const = default;
};

struct UnitRecord
{
    qint64 id = 0;
    QString callSign;
    QString kind;
    std::optional<qint64> ownerHospitalId; // none: the city
    QGeoCoordinate base;
    QString status;
    QString statusReason;
    QDateTime statusChangedAt;
    QString statusChangedBy;
    QGeoCoordinate position; // invalid when never reported
    std::optional<double> heading;
    std::optional<double> speedKmh;
    QDateTime positionAt;
    std::optional<qint64> currentAssignmentId;
    int version = 0;

    bool operator==(const UnitRecord &) const = default;
};

struct BedRecord
{
    QString category;
    int available = 0;
    std::optional<int> total;
    QDateTime updatedAt;
    QString updatedBy;

    bool operator==(const BedRecord &) const = default;
};

struct HospitalRecord
{
    qint64 id = 0;
    QString code;
    QString name;
    QString hospitalType;
    QString address;
    QGeoCoordinate location; // invalid when unknown
    bool locationApproximate = true;
    QString locationNote;
    QStringList capabilities;
    QString erStatus;
    QString erStatusReason;
    bool requiresAcceptance = false;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
    QList<BedRecord> beds; // ordered by category

    bool operator==(const HospitalRecord &) const = default;
};

struct AssignmentRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 unitId = 0;
    QString state;
    std::optional<qint64> destinationHospitalId;
    QString assignedBy;
    QDateTime requestedAt;
    QDateTime requestExpiresAt;
    QDateTime dispatchedAt;
    QDateTime enRouteAt;
    QDateTime onSceneAt;
    QDateTime transportingAt;
    QDateTime atHospitalAt;
    QDateTime clearedAt;
    QString endedReason;
    QDateTime createdAt;
    int version = 0;

    // Requested up to at hospital: the unit is (about to be) busy with the case.
    bool isLive() const;
    bool operator==(const AssignmentRecord &) const = default;
};

struct CaseEventRecord
{
    qint64 id = 0;
    std::optional<qint64> caseId;
    std::optional<qint64> unitId;
    std::optional<qint64> hospitalId;
    QString kind;
    QJsonObject payload;
    QString actor;
    QString workstation;
    QDateTime occurredAt;

    bool operator==(const CaseEventRecord &) const = default;
};

struct LiveSettings
{
    double recentlyClosedHours = 12;
    int positionStaleSeconds = 120;

    bool operator==(const LiveSettings &) const = default;
};

// Everything a full load reads, in one snapshot.
struct LiveSnapshot
{
    QHash<qint64, CaseRecord> cases;
    QHash<qint64, UnitRecord> units;
    QHash<qint64, HospitalRecord> hospitals;
    QHash<qint64, AssignmentRecord> assignments; // live ones only
    LiveSettings settings;
};

class LiveState : public QObject
{
    Q_OBJECT
public:
    explicit LiveState(QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const QHash<qint64, CaseRecord> &cases() const { return m_data.cases; }
    const QHash<qint64, UnitRecord> &units() const { return m_data.units; }
    const QHash<qint64, HospitalRecord> &hospitals() const { return m_data.hospitals; }
    const QHash<qint64, AssignmentRecord> &assignments() const { return m_data.assignments; }
    const LiveSettings &settings() const { return m_data.settings; }
    // The clock every age and stale marker of this state is measured with; LiveSync sets its
    // offset to the server's clock.
    Clock &clock() { return m_clock; }
    const Clock &clock() const { return m_clock; }

    // nullptr when not held; valid until the state next changes.
    const CaseRecord *findCase(qint64 id) const;
    const UnitRecord *findUnit(qint64 id) const;
    const HospitalRecord *findHospital(qint64 id) const;
    const AssignmentRecord *findAssignment(qint64 id) const;
    // The live assignments of a case, oldest first.
    QList<AssignmentRecord> assignmentsOfCase(qint64 caseId) const;
    // Call signs of the units on the case's live assignments, oldest assignment first.
    QStringList assignedCallSigns(qint64 caseId) const;

    // Same records and settings (for checking a recovered state against a fresh load).
    bool sameContent(const LiveState &other) const;

    // Mutations, used by LiveSync. Rows replace or add records; goneIds are removed.
    // The first load replaces everything (views reset); a later one, after a reconnect, is
    // applied as a difference, row by row, so views keep their selection and scroll position.
    void load(LiveSnapshot snapshot);
    void resetTo(LiveSnapshot snapshot);
    void applyCases(const QList<CaseRecord> &rows, const QList<qint64> &goneIds);
    void applyUnits(const QList<UnitRecord> &rows, const QList<qint64> &goneIds);
    void applyHospitals(const QList<HospitalRecord> &rows, const QList<qint64> &goneIds);
    void applyAssignments(const QList<AssignmentRecord> &rows, const QList<qint64> &goneIds);
    void addCaseEvents(const QList<CaseEventRecord> &events);
    void invalidateCaseEvents();
    void setSettings(const LiveSettings &settings);
    // Drops closed cases that are no longer recent by clock(); runs by itself every minute.
    void pruneClosedCases();

signals:
    void aboutToReload();
    // The whole state was replaced (the initial load).
    void reloaded();
    void caseInserted(qint64 id);
    void caseChanged(qint64 id, const pela::core::CaseRecord &before);
    void caseRemoved(qint64 id); // already gone from cases() when emitted
    void unitInserted(qint64 id);
    void unitChanged(qint64 id, const pela::core::UnitRecord &before);
    void unitRemoved(qint64 id);
    void hospitalInserted(qint64 id);
    void hospitalChanged(qint64 id, const pela::core::HospitalRecord &before);
    void hospitalRemoved(qint64 id);
    // The set or the states of a case's live assignments changed.
    void assignmentsChanged(qint64 caseId);
    void caseEventsAdded(qint64 caseId, const QList<pela::core::CaseEventRecord> &events);
    // Events may have been added to any case without naming it: refetch what is shown.
    void caseEventsInvalidated();
    void settingsChanged();

private:
    LiveSnapshot m_data;
    Clock m_clock;
    bool m_loaded = false;
    QTimer m_pruneTimer;
};

} // namespace pela::core

Q_DECLARE_METATYPE(pela::core::CaseRecord)
Q_DECLARE_METATYPE(pela::core::UnitRecord)
Q_DECLARE_METATYPE(pela::core::HospitalRecord)
Q_DECLARE_METATYPE(pela::core::CaseEventRecord)
