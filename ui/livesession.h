// The console's live data: LiveState kept current by LiveSync, the request expiry sweeper and
// the live models, started whenever the DatabaseConnector has connected.
#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QTimer;

namespace pela::core {
class CaseListModel;
class HospitalListModel;
class LiveState;
class LiveSync;
class RequestExpirySweeper;
class UnitListModel;
} // namespace pela::core

namespace pela::ui {

class DatabaseConnector;

class LiveSession : public QObject
{
    Q_OBJECT
public:
    // The connector is not owned and must outlive the session.
    explicit LiveSession(DatabaseConnector *connector, QObject *parent = nullptr);
    ~LiveSession() override;

    core::LiveState *state() const { return m_state.get(); }
    core::LiveSync *sync() const { return m_sync.get(); }
    core::CaseListModel *caseModel() const { return m_caseModel.get(); }
    core::UnitListModel *unitModel() const { return m_unitModel.get(); }
    core::HospitalListModel *hospitalModel() const { return m_hospitalModel.get(); }

    // Live sync lost its connection and is reconnecting; what is shown may be out of date.
    bool isInterrupted() const;
    // Why, and since when (null while not interrupted).
    const core::DbError &interruption() const;
    QDateTime interruptedSince() const { return m_interruptedSince; }

signals:
    // Live sync went offline, came back online or was stopped (isInterrupted() tells which).
    void statusChanged();
    // Unanswered partner dispatch requests expired by this console's sweeper.
    void requestsExpired(int count);

private:
    void start();
    void stop();

    DatabaseConnector *m_connector;
    // Declared before everything that refers to it, so destroyed last.
    std::unique_ptr<core::LiveState> m_state;
    std::unique_ptr<core::CaseListModel> m_caseModel;
    std::unique_ptr<core::UnitListModel> m_unitModel;
    std::unique_ptr<core::HospitalListModel> m_hospitalModel;
    std::unique_ptr<core::LiveSync> m_sync;
    // Uses the connector's command connection, so it exists only while the connector is
    // Connected: the connection is then the GUI thread's, never the connecting worker's.
    std::unique_ptr<core::RequestExpirySweeper> m_sweeper;
    QTimer *m_clockTimer = nullptr;
    QDateTime m_interruptedSince;
};

} // namespace pela::ui
