// The console's live data and commands: LiveState kept current by LiveSync, the live models, the
// command runner every screen posts its commands to, and the request expiry sweeper, started
// whenever the DatabaseConnector has connected.
#pragma once

#include "db/dberror.h"
#include "live/loginprofile.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QTimer;

namespace pela::core {
class CaseListModel;
class CommandRunner;
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
    // Where every screen posts its commands and reads; nullptr until connected (a screen then
    // says that it cannot save). Replaced when the console connects again.
    core::CommandRunner *commandRunner() const { return m_runner.get(); }

    // Who is logged in (groups, a liaison's hospital), read through the runner at connect;
    // empty (may nothing) until then. Screens enable what the login may do from it.
    const core::LoginProfile &loginProfile() const { return m_loginProfile; }
    // The case this console's operator works on now (saved and handed to dispatch, picked on
    // the board); the console's screens follow it. Empty when none.
    QString selectedCase() const { return m_selectedCase; }
    void selectCase(const QString &caseNumber);

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
    // commandRunner() was created or dropped.
    void commandRunnerChanged();
    void loginProfileChanged();
    void selectedCaseChanged(const QString &caseNumber);

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
    // Both exist while the connector is Connected; the sweeper posts to the runner, so it goes
    // first.
    std::unique_ptr<core::CommandRunner> m_runner;
    std::unique_ptr<core::RequestExpirySweeper> m_sweeper;
    QTimer *m_clockTimer = nullptr;
    QDateTime m_interruptedSince;
    core::LoginProfile m_loginProfile;
    QString m_selectedCase;
};

} // namespace pela::ui
