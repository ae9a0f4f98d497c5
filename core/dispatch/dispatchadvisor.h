// The console's dispatch advice, kept current off the GUI thread: the road network (loaded on its
// own connection when the console comes online and again when roads or settings change), the
// ranked units and hospitals for the case being worked on, the routes to draw for it, and the
// kelurahan no available ambulance reaches within the coverage threshold, and the ETAs of every
// unit on its way to a case (the board's and the map's).
#pragma once

#include "dispatch/recommendations.h"
#include "geo/roadnetwork.h"
#include "live/uniteta.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace pela::core {

class LiveState;
class LiveSync;

// A line to draw on the map for the case worked on.
struct AdvisedRoute
{
    enum class Kind
    {
        UnitToCase,     // an assigned unit, or the first recommendation, to the case
        CaseToHospital, // the transport to the destination (or the first suggested) hospital
    };
    Kind kind = Kind::UnitToCase;
    qint64 subjectId = 0;     // the unit or the hospital
    bool recommended = false; // not assigned yet: the first recommendation
    Route route;
};

struct DispatchAdvice
{
    qint64 caseId = 0;
    QList<UnitRecommendation> units;
    QList<HospitalSuggestion> hospitals;
    QList<AdvisedRoute> routes;
    QList<Eta> assignedEtas; // the live assigned units' ETAs to the case, by unit id
};

class DispatchAdvisor : public QObject
{
    Q_OBJECT
public:
    // state is not owned and must outlive the advisor.
    explicit DispatchAdvisor(LiveState *state, QObject *parent = nullptr);
    ~DispatchAdvisor() override;

    // Where the road network is read from; a change reloads it.
    void setConninfo(const QString &conninfo);
    // Reloads the network when map layers, places or settings change. Not owned.
    void follow(LiveSync *sync);
    void reloadNetwork();

    // The case worked on (0: none); advice for it follows.
    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }

    const DispatchAdvice &advice() const { return m_advice; }
    const CoverageReport &coverage() const { return m_coverage; }
    // "Hutumury: no ambulance within 10 min", slowest first, in the reader's language.
    QStringList coverageWarnings() const;
    // The kelurahan no available ambulance reaches within the threshold, slowest first.
    QStringList uncoveredAreas() const;
    // The coverage threshold in whole minutes (0 until coverage was computed).
    int coverageMinutes() const;
    // Every unit dispatched or en route, timed to its case (re-timed as units move), by case.
    const CaseEtas &enRouteEtas() const { return m_enRouteEtas; }
    bool hasNetwork() const { return m_network != nullptr; }
    // Whether the routes are along roads (false: straight-line estimates, no roads imported).
    bool hasRoads() const { return m_network && m_network->router.hasRoads(); }
    std::shared_ptr<const RoadNetwork> network() const { return m_network; }

signals:
    void networkChanged();
    void adviceChanged();
    void coverageChanged();
    void enRouteEtasChanged();

private:
    void scheduleAdvice();
    void scheduleCoverage();
    void computeAdvice();
    void computeCoverage();
    void scheduleEnRoute();
    void computeEnRoute();
    void networkLoaded();

    LiveState *m_state;
    QString m_conninfo;
    std::shared_ptr<const RoadNetwork> m_network;
    RecommendationSettings m_settings;
    qint64 m_caseId = 0;
    DispatchAdvice m_advice;
    CoverageReport m_coverage;
    CaseEtas m_enRouteEtas;
    QTimer m_adviceTimer; // coalesces bursts of position updates
    QTimer m_coverageTimer;
    QTimer m_enRouteTimer;
    struct Loaded;
    QFutureWatcher<std::shared_ptr<Loaded>> m_networkWatcher;
    QFutureWatcher<DispatchAdvice> m_adviceWatcher;
    QFutureWatcher<CoverageReport> m_coverageWatcher;
    QFutureWatcher<CaseEtas> m_enRouteWatcher;
    bool m_reloadPending = false;
    bool m_advicePending = false;
    bool m_coveragePending = false;
    bool m_enRoutePending = false;
};

} // namespace pela::core
