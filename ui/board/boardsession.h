// What the case board, the hospitals panel, the wall and the alert share on one console: the
// board and hospital-status models over the session's LiveState, the case facts, the settings
// (thresholds, place names) read through the command runner at connect and every few minutes,
// the one-second clock that moves the timers, the drop controller and the alert.
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace pela::core {
class CaseBoardModel;
class CaseFactsStore;
class HospitalStatusModel;
} // namespace pela::core

namespace pela::ui {

class AlertMonitor;
class DropController;
class LiveSession;

class BoardSession : public QObject
{
    Q_OBJECT
public:
    // The live session is not owned and must outlive this object.
    explicit BoardSession(LiveSession *session, QObject *parent = nullptr);
    ~BoardSession() override;

    LiveSession *liveSession() const { return m_session; }
    core::CaseBoardModel *boardModel() const { return m_board.get(); }
    core::HospitalStatusModel *hospitalModel() const { return m_hospitals.get(); }
    core::CaseFactsStore *facts() const { return m_facts.get(); }
    DropController *dropController() const { return m_drop; }
    AlertMonitor *alertMonitor() const { return m_alerts; }

    // Moves every timer and stale marker by the clock (the one-second timer calls it).
    void tick();
    // Reads the thresholds and place names again.
    void reloadSettings();

signals:
    // Once a second, after the models moved with the clock.
    void ticked();

private:
    void onRunnerChanged();

    LiveSession *m_session;
    std::unique_ptr<core::CaseFactsStore> m_facts;
    std::unique_ptr<core::CaseBoardModel> m_board;
    std::unique_ptr<core::HospitalStatusModel> m_hospitals;
    DropController *m_drop = nullptr;
    AlertMonitor *m_alerts = nullptr;
    QTimer m_clock;
    QTimer m_settingsRefresh;
};

} // namespace pela::ui
