#include "hospitaletas.h"

#include "dispatch/recommendations.h"
#include "livestate.h"

#include <QPromise>
#include <QThreadPool>
#include <cmath>

namespace pela::core {

namespace {

struct Trip
{
    qint64 assignmentId = 0;
    QString state;
    EtaSubject unit;
    QGeoCoordinate scene;    // invalid when the case has no coordinates
    QGeoCoordinate hospital; // invalid unless the patient comes to this hospital
};

bool headingToScene(const QString &state)
{
    return state == QLatin1String("requested") || state == QLatin1String("dispatched") ||
           state == QLatin1String("en_route");
}

// Two legs one after the other: as good as the worse of the two.
Eta chain(const Eta &first, const Eta &second)
{
    Eta sum = second;
    if (first.method == EtaMethod::None || second.method == EtaMethod::None) {
        sum.method = EtaMethod::None;
        return sum;
    }
    sum.seconds = first.seconds + second.seconds;
    sum.meters = first.meters + second.meters;
    if (first.method == EtaMethod::StraightLine)
        sum.method = EtaMethod::StraightLine;
    return sum;
}

QHash<qint64, TripEta> computeTrips(const RoadRouter &router, const QList<Trip> &trips)
{
    QHash<qint64, TripEta> result;
    for (const Trip &trip : trips) {
        TripEta eta;
        const bool toScene = headingToScene(trip.state);
        if (toScene && trip.scene.isValid())
            eta.toCase = router.etasTo(trip.scene, {trip.unit}).etas.value(0);
        if (trip.hospital.isValid()) {
            if (trip.state == QLatin1String("transporting") || !trip.scene.isValid()) {
                eta.toHospital = router.etasTo(trip.hospital, {trip.unit}).etas.value(0);
            } else {
                const Eta onward =
                    router.etasFrom(trip.scene, {{0, trip.hospital, QString()}}, trip.unit.kind)
                        .etas.value(0);
                Eta there = eta.toCase;
                if (!toScene) { // on scene: already there
                    there.method = EtaMethod::Road;
                    there.seconds = 0;
                    there.meters = 0;
                }
                eta.toHospital = chain(there, onward);
                eta.viaCase = true;
            }
        }
        result.insert(trip.assignmentId, eta);
    }
    return result;
}

} // namespace

HospitalEtas::HospitalEtas(LiveState *state, QObject *parent) : QObject(parent), m_state(state)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &HospitalEtas::compute);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0) {
            QHash<qint64, TripEta> etas = m_watcher.result();
            m_etas = std::move(etas);
            emit etasChanged();
        }
        if (std::exchange(m_pending, false))
            compute();
    });
    connect(m_state, &LiveState::reloaded, this, &HospitalEtas::schedule);
    connect(m_state, &LiveState::assignmentsChanged, this, &HospitalEtas::schedule);
    connect(m_state, &LiveState::caseChanged, this, &HospitalEtas::schedule);
    connect(m_state, &LiveState::unitInserted, this, &HospitalEtas::schedule);
    connect(m_state, &LiveState::unitChanged, this, &HospitalEtas::schedule);
    connect(m_state, &LiveState::hospitalChanged, this, &HospitalEtas::schedule);
}

HospitalEtas::~HospitalEtas()
{
    // The pool's work holds its own copies: it finishes and its result is dropped.
    m_watcher.disconnect(this);
}

void HospitalEtas::setHospitalId(std::optional<qint64> hospitalId)
{
    m_hospitalId = hospitalId;
    schedule();
}

void HospitalEtas::setNetwork(std::shared_ptr<const RoadNetwork> network)
{
    m_network = std::move(network);
    schedule();
}

void HospitalEtas::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void HospitalEtas::compute()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const HospitalRecord *hospital = m_hospitalId ? m_state->findHospital(*m_hospitalId) : nullptr;
    // Copies for the worker: the live state changes on this thread meanwhile.
    QList<Trip> trips;
    for (const AssignmentRecord &assignment : m_state->assignments()) {
        if (!assignment.isLive())
            continue;
        const UnitRecord *unit = m_state->findUnit(assignment.unitId);
        const CaseRecord *incident = m_state->findCase(assignment.caseId);
        if (!unit || !incident)
            continue;
        Trip trip;
        trip.assignmentId = assignment.id;
        trip.state = assignment.state;
        trip.unit = {unit->id, unit->position, unit->kind};
        trip.scene = incident->location;
        const std::optional<qint64> destination = assignment.destinationHospitalId
                                                      ? assignment.destinationHospitalId
                                                      : incident->destinationHospitalId;
        if (hospital && destination == hospital->id)
            trip.hospital = hospital->location;
        trips.append(trip);
    }
    auto promise = std::make_shared<QPromise<QHash<qint64, TripEta>>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, network = m_network, trips] {
        promise->start();
        // No roads loaded yet: straight-line estimates, marked as such.
        static const RoadRouter straightLines;
        promise->addResult(computeTrips(network ? network->router : straightLines, trips));
        promise->finish();
    });
}

QString HospitalEtas::requestText(qint64 assignmentId) const
{
    const auto found = m_etas.constFind(assignmentId);
    return found == m_etas.cend() ? QString() : Recommendations::etaText(found->toCase);
}

QString HospitalEtas::incomingText(qint64 assignmentId) const
{
    const auto found = m_etas.constFind(assignmentId);
    if (found == m_etas.cend())
        return {};
    const QString eta = Recommendations::etaText(found->toHospital);
    if (found->viaCase && found->toHospital.method != EtaMethod::None)
        return tr("%1 + time on scene").arg(eta);
    return eta;
}

} // namespace pela::core
