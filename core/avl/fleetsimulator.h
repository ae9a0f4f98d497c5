// A fleet that drives itself, for demos, drills and load tests: each unit follows what its
// status says (to the case, on scene, to the hospital, back to base) along road routes at the
// roads' speeds (straight lines when no roads are imported), and, when it plays the crews
// too, says when a crew would change the status (arrived, leaving with the patient, handed
// over). No I/O: the caller reads the fleet, sends the positions and runs the commands.
#pragma once

#include "geo/roadrouter.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QString>

namespace pela::core {

struct SimulatedUnit
{
    qint64 id = 0;
    QString callSign;
    QString kind;
    QGeoCoordinate base;
    QGeoCoordinate position;         // last known; invalid when none
    QString status;                  // units.status
    QGeoCoordinate caseLocation;     // of the live assignment, when it has one
    QString destinationHospitalCode; // of the assignment or its case, when chosen
};

struct SimulatedHospital
{
    QString code;
    QGeoCoordinate location;
    bool takesEmergencies = true; // an IGD, not diverting
};

struct SimulatorSettings
{
    double boardingSeconds = 20;     // dispatched -> en route
    double sceneSeconds = 240;       // on scene -> transporting
    double hospitalSeconds = 180;    // at hospital -> cleared
    double reportSeconds = 2;        // a moving unit reports this often
    double parkedReportSeconds = 30; // a parked one this often (so it never looks stale)
    double arrivedMeters = 25;
    bool crews = true; // say when a crew would change the status
};

struct SimulatedReport
{
    qint64 unitId = 0;
    QString callSign;
    QGeoCoordinate position;
    double headingDegrees = 0;
    double speedKmh = 0;
};

struct CrewStep
{
    enum class Action
    {
        EnRoute,
        OnScene,
        Transporting, // to hospitalCode
        AtHospital,
        Cleared,
    };
    qint64 unitId = 0;
    QString callSign;
    Action action = Action::EnRoute;
    QString hospitalCode;
};

class FleetSimulator
{
public:
    FleetSimulator(RoadRouter router, SimulatorSettings settings);

    void setHospitals(QList<SimulatedHospital> hospitals) { m_hospitals = std::move(hospitals); }
    // The fleet as the database has it now (seconds on the caller's monotonic clock): a new
    // status or case sets a new target; units gone are dropped.
    void update(const QList<SimulatedUnit> &units, double now);

    struct Tick
    {
        QList<SimulatedReport> reports; // positions due
        QList<CrewStep> steps;          // status changes due (asked once per status)
    };
    // Moves every unit to time now.
    Tick advance(double now);
    // The crew step handed out for this unit did not go through: asked again a little later.
    void stepFailed(qint64 unitId);
    static constexpr double RetrySeconds = 30;

    // Where the simulator has a unit (tests); invalid when unknown.
    QGeoCoordinate positionOf(qint64 unitId) const;
    bool isDriving(qint64 unitId) const;

private:
    enum class Target
    {
        None,
        Case,
        Hospital,
        Base,
    };
    struct Vehicle
    {
        SimulatedUnit unit;
        QGeoCoordinate position;
        double heading = 0;
        double speedMps = 0;
        Target target = Target::None;
        QGeoCoordinate targetPoint;
        QList<QGeoCoordinate> path;
        QList<double> along; // metres from the path's start to each point
        double travelled = 0;
        double routeSpeedMps = 0;
        bool arrived = true;
        double statusSince = 0; // when this status was first seen
        double lastReport = -1e9;
        bool stepAsked = false; // a crew step for this status was handed out
        double retryAfter = 0;
        QString transportHospital;
    };

    void plan(Vehicle &vehicle, Target target, const QGeoCoordinate &point);
    void drive(Vehicle &vehicle, double seconds);
    QString nearestHospital(const QGeoCoordinate &from) const;
    QGeoCoordinate hospitalLocation(const QString &code) const;

    RoadRouter m_router;
    SimulatorSettings m_settings;
    QList<SimulatedHospital> m_hospitals;
    QHash<qint64, Vehicle> m_vehicles;
    double m_now = 0;
};

} // namespace pela::core
