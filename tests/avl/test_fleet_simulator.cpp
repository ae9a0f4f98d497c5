// The simulated fleet drives as ambulances do: along the route at the road's pace, to the
// case, on scene a while, to the hospital, back to base, asking for each status change once.
#include "avl/fleetsimulator.h"
#include "geo/roadgraph.h"

#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

const QGeoCoordinate Base(-3.69580, 128.18150);     // Balai Kota
const QGeoCoordinate Scene(-3.70500, 128.17000);    // about 1.6 km away
const QGeoCoordinate Hospital(-3.66149, 128.18420); // RSUP Dr. J. Leimena

SimulatedUnit unit(const QString &status, const QGeoCoordinate &position)
{
    SimulatedUnit unit;
    unit.id = 7;
    unit.callSign = QStringLiteral("AMB-KOTA-1");
    unit.kind = QStringLiteral("ambulance_als");
    unit.base = Base;
    unit.position = position;
    unit.status = status;
    if (status != QLatin1String("available"))
        unit.caseLocation = Scene;
    return unit;
}

struct Run
{
    FleetSimulator simulator{RoadRouter(), SimulatorSettings{}};
    double now = 0;
    QList<SimulatedReport> reports;

    Run()
    {
        simulator.setHospitals({{QStringLiteral("LMN"), Hospital, true},
                                {QStringLiteral("FAR"), QGeoCoordinate(-3.5, 128.3), true},
                                {QStringLiteral("DIV"), Scene, false}});
    }
    // Advances second by second until a crew step is due (or the limit), collecting reports.
    QList<CrewStep> until(double limitSeconds)
    {
        for (double end = now + limitSeconds; now < end;) {
            now += 1;
            const FleetSimulator::Tick tick = simulator.advance(now);
            reports += tick.reports;
            if (!tick.steps.isEmpty())
                return tick.steps;
        }
        return {};
    }
};

} // namespace

TEST_CASE("a dispatched unit drives to its case at a road vehicle's pace and reports while it does")
{
    Run run;
    run.simulator.update({unit(QStringLiteral("dispatched"), Base)}, run.now);
    const QList<CrewStep> boarding = run.until(60);
    REQUIRE(boarding.size() == 1);
    CHECK(boarding.first().action == CrewStep::Action::EnRoute);
    CHECK(run.simulator.isDriving(7));
    run.simulator.update({unit(QStringLiteral("en_route"), run.simulator.positionOf(7))}, run.now);
    const QList<CrewStep> arrived = run.until(3600);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.first().action == CrewStep::Action::OnScene);
    CHECK(run.simulator.positionOf(7).distanceTo(Scene) < 1);
    // Reports every two seconds while driving, each a plausible step from the last.
    REQUIRE(run.reports.size() > 20);
    for (int i = 1; i < run.reports.size(); ++i) {
        const double meters = run.reports[i - 1].position.distanceTo(run.reports[i].position);
        CHECK(meters < 2 * 90 / 3.6 + 1);
        CHECK(run.reports[i].speedKmh <= 90);
    }
    const double seconds = run.now;
    const double straight = Base.distanceTo(Scene);
    CHECK(straight / seconds * 3.6 > 10); // it got there
    CHECK(straight / seconds * 3.6 < 90); // not faster than an ambulance in town
}

TEST_CASE("on scene a while, then to the nearest open emergency department, then clear and home")
{
    Run run;
    run.simulator.update({unit(QStringLiteral("on_scene"), Scene)}, run.now);
    const QList<CrewStep> leaving = run.until(SimulatorSettings{}.sceneSeconds + 5);
    REQUIRE(leaving.size() == 1);
    CHECK(leaving.first().action == CrewStep::Action::Transporting);
    CHECK(leaving.first().hospitalCode == QLatin1String("LMN")); // DIV is diverting
    CHECK(run.now >= SimulatorSettings{}.sceneSeconds);
    // Asked once: nothing more until the status changes.
    CHECK(run.until(10).isEmpty());

    SimulatedUnit transporting = unit(QStringLiteral("transporting"), Scene);
    run.simulator.update({transporting}, run.now);
    const QList<CrewStep> atHospital = run.until(3600);
    REQUIRE(atHospital.size() == 1);
    CHECK(atHospital.first().action == CrewStep::Action::AtHospital);
    CHECK(run.simulator.positionOf(7).distanceTo(Hospital) < 1);

    run.simulator.update({unit(QStringLiteral("at_hospital"), Hospital)}, run.now);
    const QList<CrewStep> cleared = run.until(SimulatorSettings{}.hospitalSeconds + 5);
    REQUIRE(cleared.size() == 1);
    CHECK(cleared.first().action == CrewStep::Action::Cleared);

    run.simulator.update({unit(QStringLiteral("available"), Hospital)}, run.now);
    CHECK(run.until(3600).isEmpty());
    CHECK(run.simulator.positionOf(7).distanceTo(Base) < 1);
    CHECK_FALSE(run.simulator.isDriving(7));
}

TEST_CASE("following only, the fleet drives but never asks for a status change")
{
    SimulatorSettings settings;
    settings.crews = false;
    FleetSimulator simulator(RoadRouter(), settings);
    simulator.update({unit(QStringLiteral("dispatched"), Base)}, 0);
    for (double now = 1; now < 600; now += 1)
        CHECK(simulator.advance(now).steps.isEmpty());
    CHECK(simulator.positionOf(7).distanceTo(Scene) < 1);
}

TEST_CASE("a refused status change is asked again later, not every second")
{
    Run run;
    run.simulator.update({unit(QStringLiteral("dispatched"), Base)}, run.now);
    REQUIRE(run.until(60).size() == 1);
    run.simulator.stepFailed(7);
    const double failedAt = run.now;
    REQUIRE(run.until(120).size() == 1);
    CHECK(run.now - failedAt >= FleetSimulator::RetrySeconds);
}

TEST_CASE("a parked unit still reports now and then, so it never looks stale")
{
    Run run;
    run.simulator.update({unit(QStringLiteral("available"), Base)}, run.now);
    run.until(125);
    CHECK(run.reports.size() >= 4);
    CHECK(run.reports.size() <= 6);
}
