#include "fleetsimulator.h"

#include <QSet>
#include <cmath>

namespace pela::core {

namespace {

// A path point closer than this to the last one adds nothing.
constexpr double MinimumStepMeters = 0.5;

bool isLive(const QString &status)
{
    return status == QLatin1String("dispatched") || status == QLatin1String("en_route") ||
           status == QLatin1String("on_scene") || status == QLatin1String("transporting") ||
           status == QLatin1String("at_hospital");
}

} // namespace

FleetSimulator::FleetSimulator(RoadRouter router, SimulatorSettings settings)
    : m_router(std::move(router)), m_settings(settings)
{
}

QGeoCoordinate FleetSimulator::positionOf(qint64 unitId) const
{
    const auto vehicle = m_vehicles.constFind(unitId);
    return vehicle == m_vehicles.cend() ? QGeoCoordinate() : vehicle->position;
}

bool FleetSimulator::isDriving(qint64 unitId) const
{
    const auto vehicle = m_vehicles.constFind(unitId);
    return vehicle != m_vehicles.cend() && !vehicle->arrived;
}

QGeoCoordinate FleetSimulator::hospitalLocation(const QString &code) const
{
    for (const SimulatedHospital &hospital : m_hospitals)
        if (hospital.code == code)
            return hospital.location;
    return {};
}

QString FleetSimulator::nearestHospital(const QGeoCoordinate &from) const
{
    QString best;
    double bestMeters = std::numeric_limits<double>::infinity();
    for (const SimulatedHospital &hospital : m_hospitals) {
        if (!hospital.takesEmergencies || !hospital.location.isValid())
            continue;
        const double meters = from.distanceTo(hospital.location);
        if (meters < bestMeters) {
            bestMeters = meters;
            best = hospital.code;
        }
    }
    return best;
}

void FleetSimulator::update(const QList<SimulatedUnit> &units, double now)
{
    QSet<qint64> seen;
    for (const SimulatedUnit &unit : units) {
        seen.insert(unit.id);
        auto found = m_vehicles.find(unit.id);
        if (found == m_vehicles.end()) {
            Vehicle vehicle;
            vehicle.unit = unit;
            vehicle.position = unit.position.isValid() ? unit.position : unit.base;
            vehicle.statusSince = now;
            found = m_vehicles.insert(unit.id, vehicle);
        } else if (found->unit.status != unit.status ||
                   found->unit.caseLocation != unit.caseLocation) {
            found->statusSince = now;
            found->stepAsked = false;
        }
        Vehicle &vehicle = *found;
        const QString status = unit.status;
        const bool statusChanged = vehicle.unit.status != status;
        vehicle.unit = unit;
        if (!vehicle.position.isValid())
            continue; // neither a position nor a base: nowhere to drive from
        if (status == QLatin1String("dispatched") || status == QLatin1String("en_route")) {
            if (unit.caseLocation.isValid() &&
                (vehicle.target != Target::Case || vehicle.targetPoint != unit.caseLocation))
                plan(vehicle, Target::Case, unit.caseLocation);
        } else if (status == QLatin1String("transporting")) {
            QString code = unit.destinationHospitalCode;
            if (code.isEmpty())
                code = vehicle.transportHospital;
            const QGeoCoordinate hospital = hospitalLocation(code);
            if (hospital.isValid() &&
                (vehicle.target != Target::Hospital || vehicle.targetPoint != hospital))
                plan(vehicle, Target::Hospital, hospital);
        } else if (status == QLatin1String("available")) {
            if (unit.base.isValid() && (vehicle.target != Target::Base || statusChanged) &&
                vehicle.position.distanceTo(unit.base) > m_settings.arrivedMeters)
                plan(vehicle, Target::Base, unit.base);
        } else if (!isLive(status) || status == QLatin1String("on_scene") ||
                   status == QLatin1String("at_hospital")) {
            // Requested, out of service, on scene, at hospital: parked where it is.
            vehicle.arrived = true;
            vehicle.speedMps = 0;
            vehicle.target = Target::None;
        }
    }
    for (auto it = m_vehicles.begin(); it != m_vehicles.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_vehicles.erase(it);
}

void FleetSimulator::plan(Vehicle &vehicle, Target target, const QGeoCoordinate &point)
{
    vehicle.target = target;
    vehicle.targetPoint = point;
    const Route route = m_router.route(vehicle.position, point, vehicle.unit.kind);
    // From where the unit is, along the roads, to the point itself.
    QList<QGeoCoordinate> path{vehicle.position};
    for (const QGeoCoordinate &step : route.path)
        if (step.isValid() && path.last().distanceTo(step) > MinimumStepMeters)
            path.append(step);
    if (path.last().distanceTo(point) > MinimumStepMeters)
        path.append(point);
    vehicle.path = path;
    vehicle.along = {0};
    for (int i = 1; i < path.size(); ++i)
        vehicle.along.append(vehicle.along.last() + path[i - 1].distanceTo(path[i]));
    vehicle.travelled = 0;
    const double length = vehicle.along.last();
    // The route's own pace (road classes' speeds); 30 km/h where it has none.
    double speed = (route.seconds > 0 && std::isfinite(route.seconds) && route.meters > 0)
                       ? route.meters / route.seconds
                       : 30 / 3.6;
    vehicle.routeSpeedMps = std::clamp(speed, 10 / 3.6, 90 / 3.6);
    vehicle.arrived = length <= m_settings.arrivedMeters;
    vehicle.speedMps = vehicle.arrived ? 0 : vehicle.routeSpeedMps;
}

void FleetSimulator::drive(Vehicle &vehicle, double seconds)
{
    if (vehicle.arrived || vehicle.path.size() < 2) {
        vehicle.speedMps = 0;
        vehicle.arrived = true;
        return;
    }
    vehicle.travelled =
        std::min(vehicle.travelled + vehicle.routeSpeedMps * seconds, vehicle.along.last());
    int segment = 1;
    while (segment < vehicle.along.size() - 1 && vehicle.along[segment] < vehicle.travelled)
        ++segment;
    const QGeoCoordinate &from = vehicle.path[segment - 1];
    const QGeoCoordinate &to = vehicle.path[segment];
    const double segmentLength = vehicle.along[segment] - vehicle.along[segment - 1];
    const double fraction =
        segmentLength > 0 ? (vehicle.travelled - vehicle.along[segment - 1]) / segmentLength : 1;
    vehicle.position = from.atDistanceAndAzimuth(segmentLength * fraction, from.azimuthTo(to));
    vehicle.heading = std::fmod(from.azimuthTo(to) + 360, 360);
    vehicle.speedMps = vehicle.routeSpeedMps;
    if (vehicle.along.last() - vehicle.travelled < 0.01) {
        vehicle.position = vehicle.path.last();
        vehicle.arrived = true;
        vehicle.speedMps = 0;
    }
}

void FleetSimulator::stepFailed(qint64 unitId)
{
    const auto vehicle = m_vehicles.find(unitId);
    if (vehicle == m_vehicles.end())
        return;
    vehicle->stepAsked = false;
    vehicle->retryAfter = m_now + RetrySeconds;
}

FleetSimulator::Tick FleetSimulator::advance(double now)
{
    Tick tick;
    const double elapsed = std::max(0.0, now - m_now);
    m_now = now;
    for (Vehicle &vehicle : m_vehicles) {
        if (!vehicle.position.isValid())
            continue;
        const bool wasDriving = !vehicle.arrived;
        drive(vehicle, elapsed);
        const double due = (wasDriving || !vehicle.arrived) ? m_settings.reportSeconds
                                                            : m_settings.parkedReportSeconds;
        if (now - vehicle.lastReport >= due || (wasDriving && vehicle.arrived)) {
            vehicle.lastReport = now;
            tick.reports.append({vehicle.unit.id, vehicle.unit.callSign, vehicle.position,
                                 vehicle.heading, vehicle.speedMps * 3.6});
        }
        if (!m_settings.crews || vehicle.stepAsked || now < vehicle.retryAfter)
            continue;
        const QString &status = vehicle.unit.status;
        const double inStatus = now - vehicle.statusSince;
        CrewStep step{vehicle.unit.id, vehicle.unit.callSign, CrewStep::Action::EnRoute, {}};
        bool ready = false;
        if (status == QLatin1String("dispatched")) {
            ready = inStatus >= m_settings.boardingSeconds;
        } else if (status == QLatin1String("en_route")) {
            step.action = CrewStep::Action::OnScene;
            ready = vehicle.target == Target::Case && vehicle.arrived;
        } else if (status == QLatin1String("on_scene")) {
            step.action = CrewStep::Action::Transporting;
            step.hospitalCode = vehicle.unit.destinationHospitalCode.isEmpty()
                                    ? nearestHospital(vehicle.position)
                                    : vehicle.unit.destinationHospitalCode;
            ready = inStatus >= m_settings.sceneSeconds && !step.hospitalCode.isEmpty();
            if (ready)
                vehicle.transportHospital = step.hospitalCode;
        } else if (status == QLatin1String("transporting")) {
            step.action = CrewStep::Action::AtHospital;
            ready = vehicle.target == Target::Hospital && vehicle.arrived;
        } else if (status == QLatin1String("at_hospital")) {
            step.action = CrewStep::Action::Cleared;
            ready = inStatus >= m_settings.hospitalSeconds;
        }
        if (ready) {
            vehicle.stepAsked = true;
            tick.steps.append(step);
        }
    }
    return tick;
}

} // namespace pela::core
