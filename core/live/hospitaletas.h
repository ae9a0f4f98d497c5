// Road ETAs for a partner hospital's screen, kept current off the GUI thread as units move: its
// ambulance asked for (or sent) to a case, to the case; a patient coming, to the hospital. Along
// the roads where there are roads, else a straight-line estimate, marked "≈".
#pragma once

#include "geo/roadnetwork.h"
#include "geo/roadrouter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace pela::core {

class LiveState;

// One trip's ETA: to the case, or to the hospital (through the case while the unit has not
// picked the patient up yet: the time on scene is not in it).
struct TripEta
{
    Eta toCase;
    Eta toHospital;
    bool viaCase = false; // toHospital is the drive there and on, without the time on scene
};

class HospitalEtas : public QObject
{
    Q_OBJECT
public:
    // state is not owned and must outlive this.
    explicit HospitalEtas(LiveState *state, QObject *parent = nullptr);
    ~HospitalEtas() override;

    void setHospitalId(std::optional<qint64> hospitalId);
    // The roads to route along (DispatchAdvisor::network()); none: straight lines.
    void setNetwork(std::shared_ptr<const RoadNetwork> network);

    // The ETAs by assignment id, as last computed.
    const QHash<qint64, TripEta> &etas() const { return m_etas; }
    // The column text of a request (to the case) or a patient coming (to the hospital).
    QString requestText(qint64 assignmentId) const;
    QString incomingText(qint64 assignmentId) const;

signals:
    void etasChanged();

private:
    void schedule();
    void compute();

    LiveState *m_state;
    std::optional<qint64> m_hospitalId;
    std::shared_ptr<const RoadNetwork> m_network;
    QHash<qint64, TripEta> m_etas;
    QTimer m_timer; // coalesces bursts of position updates
    QFutureWatcher<QHash<qint64, TripEta>> m_watcher;
    bool m_pending = false;
};

} // namespace pela::core
