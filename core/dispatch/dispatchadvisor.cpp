#include "dispatchadvisor.h"

#include "db/pgconnection.h"
#include "live/livestate.h"
#include "live/livesync.h"

#include <QPromise>
#include <QThreadPool>
#include <cmath>

namespace pela::core {

namespace {

// Runs work on the global pool; the watcher (owned by the advisor) reports on its thread, and
// nothing is reported once the advisor is gone.
template <typename Result, typename Work> void runInPool(QFutureWatcher<Result> &watcher, Work work)
{
    auto promise = std::make_shared<QPromise<Result>>();
    watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

bool isAmbulance(const QString &kind)
{
    return kind == QLatin1String("ambulance_als") || kind == QLatin1String("ambulance_bls");
}

} // namespace

struct DispatchAdvisor::Loaded
{
    std::shared_ptr<const RoadNetwork> network;
    int requestTimeoutSeconds = 60;
    QHash<qint64, double> medianAnswerSeconds;
};

DispatchAdvisor::DispatchAdvisor(LiveState *state, QObject *parent)
    : QObject(parent), m_state(state)
{
    m_adviceTimer.setSingleShot(true);
    m_adviceTimer.setInterval(150);
    m_coverageTimer.setSingleShot(true);
    m_coverageTimer.setInterval(1000);
    connect(&m_adviceTimer, &QTimer::timeout, this, &DispatchAdvisor::computeAdvice);
    connect(&m_coverageTimer, &QTimer::timeout, this, &DispatchAdvisor::computeCoverage);
    m_enRouteTimer.setSingleShot(true);
    m_enRouteTimer.setInterval(500); // one search per case: coalesce a fleet's reports
    connect(&m_enRouteTimer, &QTimer::timeout, this, &DispatchAdvisor::computeEnRoute);
    connect(&m_networkWatcher, &QFutureWatcherBase::finished, this,
            &DispatchAdvisor::networkLoaded);
    connect(&m_adviceWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_adviceWatcher.future().resultCount() > 0) {
            DispatchAdvice advice = m_adviceWatcher.result();
            if (advice.caseId == m_caseId) {
                m_advice = std::move(advice);
                emit adviceChanged();
            }
        }
        if (std::exchange(m_advicePending, false))
            computeAdvice();
    });
    connect(&m_coverageWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_coverageWatcher.future().resultCount() > 0) {
            m_coverage = m_coverageWatcher.result();
            emit coverageChanged();
        }
        if (std::exchange(m_coveragePending, false))
            computeCoverage();
    });

    connect(&m_enRouteWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_enRouteWatcher.future().resultCount() > 0) {
            CaseEtas etas = m_enRouteWatcher.result();
            if (etas != m_enRouteEtas) {
                m_enRouteEtas = std::move(etas);
                emit enRouteEtasChanged();
            }
        }
        if (std::exchange(m_enRoutePending, false))
            computeEnRoute();
    });

    auto anyCase = [this](qint64 id) {
        if (id == m_caseId)
            scheduleAdvice();
        scheduleEnRoute();
    };
    connect(m_state, &LiveState::caseChanged, this, anyCase);
    connect(m_state, &LiveState::caseRemoved, this, anyCase);
    connect(m_state, &LiveState::assignmentsChanged, this, anyCase);
    auto units = [this] {
        scheduleAdvice();
        scheduleCoverage();
        scheduleEnRoute();
    };
    connect(m_state, &LiveState::unitInserted, this, units);
    connect(m_state, &LiveState::unitChanged, this, units);
    connect(m_state, &LiveState::unitRemoved, this, units);
    connect(m_state, &LiveState::hospitalChanged, this, &DispatchAdvisor::scheduleAdvice);
    connect(m_state, &LiveState::reloaded, this, units);
}

DispatchAdvisor::~DispatchAdvisor()
{
    // The pool's work holds its own copies: it finishes and its results are dropped.
    m_networkWatcher.disconnect(this);
    m_adviceWatcher.disconnect(this);
    m_coverageWatcher.disconnect(this);
    m_enRouteWatcher.disconnect(this);
}

void DispatchAdvisor::setConninfo(const QString &conninfo)
{
    if (conninfo == m_conninfo)
        return;
    m_conninfo = conninfo;
    reloadNetwork();
}

void DispatchAdvisor::follow(LiveSync *sync)
{
    connect(sync, &LiveSync::rowsChanged, this, [this](const QString &table) {
        if (table == QLatin1String("map_layers") || table == QLatin1String("settings") ||
            table == QLatin1String("places"))
            reloadNetwork();
    });
}

void DispatchAdvisor::reloadNetwork()
{
    if (m_conninfo.isEmpty())
        return;
    if (m_networkWatcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    runInPool(m_networkWatcher, [conninfo = m_conninfo] {
        auto loaded = std::make_shared<Loaded>();
        // Reading a whole roads layer can take longer than an operator's statement timeout.
        PgConnection connection = PgConnection::open(conninfo, ConnectionPurpose::Maintenance,
                                                     QStringLiteral("pela-roads"));
        if (!connection.isOpen())
            return loaded;
        loaded->network = std::make_shared<const RoadNetwork>(RoadNetwork::load(connection));
        const PgResult timeout = connection.exec(
            "SELECT value #>> '{}' AS seconds FROM settings WHERE key = 'request_timeout_seconds'");
        if (timeout.ok() && timeout.rowCount() == 1)
            loaded->requestTimeoutSeconds = timeout.text(0, "seconds").toInt();
        // How long each hospital takes to answer a request: its median of the last 30 days,
        // once it has answered a few.
        const PgResult answers =
            connection.exec("SELECT hospital_id, median_answer_seconds FROM pela_partner_requests("
                            "now() - interval '30 days', now()) WHERE accepted + declined >= 3"
                            " AND median_answer_seconds IS NOT NULL");
        if (answers.ok())
            for (int row = 0; row < answers.rowCount(); ++row)
                loaded->medianAnswerSeconds.insert(answers.toInt(row, "hospital_id"),
                                                   answers.toDouble(row, "median_answer_seconds"));
        return loaded;
    });
}

void DispatchAdvisor::networkLoaded()
{
    if (m_networkWatcher.future().resultCount() > 0) {
        const std::shared_ptr<Loaded> loaded = m_networkWatcher.result();
        if (loaded && loaded->network) {
            m_network = loaded->network;
            if (loaded->requestTimeoutSeconds > 0)
                m_settings.requestTimeoutSeconds = loaded->requestTimeoutSeconds;
            m_settings.medianAnswerSeconds = loaded->medianAnswerSeconds;
            emit networkChanged();
            scheduleAdvice();
            scheduleCoverage();
            scheduleEnRoute();
        }
    }
    if (std::exchange(m_reloadPending, false))
        reloadNetwork();
}

void DispatchAdvisor::setCase(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    m_advice = DispatchAdvice{caseId, {}, {}, {}, {}};
    emit adviceChanged();
    // The operator just chose it: no coalescing delay.
    computeAdvice();
}

void DispatchAdvisor::scheduleAdvice()
{
    if (m_caseId != 0 && !m_adviceTimer.isActive())
        m_adviceTimer.start();
}

void DispatchAdvisor::scheduleCoverage()
{
    if (!m_coverageTimer.isActive())
        m_coverageTimer.start();
}

void DispatchAdvisor::computeAdvice()
{
    if (!m_network || m_caseId == 0)
        return;
    if (m_adviceWatcher.isRunning()) {
        m_advicePending = true;
        return;
    }
    const CaseRecord *found = m_state->findCase(m_caseId);
    if (!found) {
        m_advice = DispatchAdvice{m_caseId, {}, {}, {}, {}};
        emit adviceChanged();
        return;
    }
    // Copies for the worker: the live state changes on this thread meanwhile.
    const CaseRecord incident = *found;
    const QList<UnitRecord> units = m_state->units().values();
    const QList<HospitalRecord> hospitals = m_state->hospitals().values();
    QList<UnitRecord> assigned;
    for (const AssignmentRecord &assignment : m_state->assignmentsOfCase(m_caseId))
        if (assignment.isLive())
            if (const UnitRecord *unit = m_state->findUnit(assignment.unitId))
                assigned.append(*unit);
    RecommendationSettings settings = m_settings;
    settings.positionStaleSeconds = m_state->settings().positionStaleSeconds;
    const QDateTime now = m_state->clock().now();
    runInPool(m_adviceWatcher, [network = m_network, incident, units, hospitals, assigned, settings,
                                now] {
        DispatchAdvice advice;
        advice.caseId = incident.id;
        const RoadRouter &router = network->router;
        if (!incident.isClosed()) {
            advice.units =
                Recommendations::units(router, incident, units, hospitals, now, settings);
            advice.hospitals = Recommendations::hospitals(router, incident, hospitals);
        }
        if (!incident.location.isValid())
            return advice;
        QList<EtaSubject> subjects;
        for (const UnitRecord &unit : assigned) {
            subjects.append({unit.id, unit.position, unit.kind});
            if (unit.position.isValid() && unit.status != QLatin1String("transporting") &&
                unit.status != QLatin1String("at_hospital") &&
                unit.status != QLatin1String("on_scene"))
                advice.routes.append({AdvisedRoute::Kind::UnitToCase, unit.id, false,
                                      router.route(unit.position, incident.location, unit.kind)});
        }
        advice.assignedEtas = router.etasTo(incident.location, subjects).etas;
        if (assigned.isEmpty() && !advice.units.isEmpty() &&
            advice.units.first().group == UnitRankGroup::Ready) {
            const UnitRecommendation &first = advice.units.first();
            for (const UnitRecord &unit : units)
                if (unit.id == first.unitId)
                    advice.routes.append(
                        {AdvisedRoute::Kind::UnitToCase, unit.id, true,
                         router.route(unit.position, incident.location, unit.kind)});
        }
        // The transport: to the destination when one is chosen, else to the first suggestion
        // (only for cases that carry a patient).
        qint64 hospitalId = incident.destinationHospitalId.value_or(0);
        const bool suggested = hospitalId == 0;
        if (suggested && incident.category != QLatin1String("hearse_transport") &&
            !advice.hospitals.isEmpty() && advice.hospitals.first().eta.method != EtaMethod::None)
            hospitalId = advice.hospitals.first().hospitalId;
        for (const HospitalRecord &hospital : hospitals)
            if (hospital.id == hospitalId && hospital.location.isValid())
                advice.routes.append({AdvisedRoute::Kind::CaseToHospital, hospital.id, suggested,
                                      router.route(incident.location, hospital.location,
                                                   QStringLiteral("ambulance_bls"))});
        return advice;
    });
}

void DispatchAdvisor::computeCoverage()
{
    if (!m_network || !m_network->coverage)
        return;
    if (m_coverageWatcher.isRunning()) {
        m_coveragePending = true;
        return;
    }
    // Ambulances free to go now, where they are (a stale position still counts: it is the best
    // known, and leaving it out would show a hole that is not there).
    QList<EtaSubject> available;
    for (const UnitRecord &unit : m_state->units())
        if (unit.status == QLatin1String("available") && isAmbulance(unit.kind))
            available.append({unit.id, unit.position, unit.kind});
    runInPool(m_coverageWatcher,
              [coverage = m_network->coverage, available] { return coverage->compute(available); });
}

void DispatchAdvisor::scheduleEnRoute()
{
    if (!m_enRouteTimer.isActive())
        m_enRouteTimer.start();
}

void DispatchAdvisor::computeEnRoute()
{
    if (!m_network)
        return;
    if (m_enRouteWatcher.isRunning()) {
        m_enRoutePending = true;
        return;
    }
    // Copies for the worker: each case's place and the units heading there.
    struct Trip
    {
        QGeoCoordinate destination;
        QList<EtaSubject> units;
    };
    QHash<qint64, Trip> trips;
    for (const AssignmentRecord &assignment : m_state->assignments()) {
        if (assignment.state != QLatin1String("dispatched") &&
            assignment.state != QLatin1String("en_route"))
            continue;
        const CaseRecord *incident = m_state->findCase(assignment.caseId);
        const UnitRecord *unit = m_state->findUnit(assignment.unitId);
        if (!incident || !unit || incident->isClosed())
            continue;
        Trip &trip = trips[incident->id];
        trip.destination = incident->location;
        trip.units.append({unit->id, unit->position, unit->kind});
    }
    runInPool(m_enRouteWatcher, [network = m_network, trips] {
        CaseEtas result;
        for (auto trip = trips.cbegin(); trip != trips.cend(); ++trip) {
            QList<UnitEta> etas;
            if (trip->destination.isValid()) {
                for (const Eta &eta : network->router.etasTo(trip->destination, trip->units).etas)
                    etas.append({eta.id,
                                 eta.method == EtaMethod::None || !std::isfinite(eta.seconds)
                                     ? UnitEta().seconds
                                     : eta.seconds,
                                 eta.method == EtaMethod::StraightLine});
            } else {
                // No place for the case: nothing to time the units to.
                for (const EtaSubject &unit : trip->units)
                    etas.append({unit.id, UnitEta().seconds, false});
            }
            // Nearest first; unknown last.
            std::stable_sort(etas.begin(), etas.end(), [](const UnitEta &a, const UnitEta &b) {
                if (a.known() != b.known())
                    return a.known();
                return a.known() && a.seconds < b.seconds;
            });
            result.insert(trip.key(), etas);
        }
        return result;
    });
}

QStringList DispatchAdvisor::uncoveredAreas() const
{
    QStringList names;
    for (int index : m_coverage.beyondThreshold)
        names.append(m_coverage.areas.value(index).name);
    return names;
}

int DispatchAdvisor::coverageMinutes() const
{
    return int(std::lround(m_coverage.thresholdSeconds / 60.0));
}

QStringList DispatchAdvisor::coverageWarnings() const
{
    QStringList warnings;
    const int minutes = int(std::lround(m_coverage.thresholdSeconds / 60.0));
    for (int index : m_coverage.beyondThreshold)
        warnings.append(tr("%1: no ambulance within %2 min")
                            .arg(m_coverage.areas.value(index).name)
                            .arg(minutes));
    return warnings;
}

} // namespace pela::core
