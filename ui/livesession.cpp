#include "livesession.h"

#include "commands/commandrunner.h"
#include "commands/requestexpirysweeper.h"
#include "databaseconnector.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/unitlistmodel.h"

#include <QTimer>

namespace pela::ui {

namespace {
// Ages on the board are shown in minutes; a refresh every few seconds keeps them honest.
constexpr int clockRefreshMs = 5000;
} // namespace

LiveSession::LiveSession(DatabaseConnector *connector, QObject *parent)
    : QObject(parent), m_connector(connector), m_state(std::make_unique<core::LiveState>()),
      m_caseModel(std::make_unique<core::CaseListModel>(m_state.get())),
      m_unitModel(std::make_unique<core::UnitListModel>(m_state.get())),
      m_hospitalModel(std::make_unique<core::HospitalListModel>(m_state.get())),
      m_sync(std::make_unique<core::LiveSync>(m_state.get()))
{
    connect(m_sync.get(), &core::LiveSync::offline, this, [this] {
        m_interruptedSince = m_state->clock().now();
        if (m_sweeper)
            m_sweeper->pause();
        emit statusChanged();
    });
    connect(m_sync.get(), &core::LiveSync::online, this, [this] {
        m_interruptedSince = {};
        if (m_sweeper)
            m_sweeper->resume();
        emit statusChanged();
    });

    connect(m_connector, &DatabaseConnector::connected, this, &LiveSession::start);
    connect(m_connector, &DatabaseConnector::stateChanged, this,
            [this](DatabaseConnector::State state) {
                if (state != DatabaseConnector::State::Connected)
                    stop();
            });

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(clockRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_caseModel->refreshTimes();
        m_unitModel->refreshTimes();
    });
    m_clockTimer->start();

    if (m_connector->state() == DatabaseConnector::State::Connected)
        start();
}

LiveSession::~LiveSession() = default;

bool LiveSession::isInterrupted() const
{
    return m_sync->status() == core::LiveSync::Status::Offline;
}

const core::DbError &LiveSession::interruption() const
{
    return m_sync->lastError();
}

void LiveSession::selectCase(const QString &caseNumber)
{
    m_selectedCase = caseNumber;
    emit selectedCaseChanged(caseNumber);
}

void LiveSession::start()
{
    const QString conninfo = m_connector->conninfo();
    m_sweeper.reset();
    m_runner = std::make_unique<core::CommandRunner>(conninfo, DatabaseConnector::programName());
    // The sweeper runs while live sync is online (it resumes on online()).
    m_sweeper = std::make_unique<core::RequestExpirySweeper>(m_runner.get());
    connect(m_sweeper.get(), &core::RequestExpirySweeper::expired, this,
            &LiveSession::requestsExpired);
    emit commandRunnerChanged();
    m_runner->read<core::LoginProfile>(&core::LoginProfile::read)
        .then(this, [this](const core::ReadResult<core::LoginProfile> &profile) {
            if (profile.ok() && !(*profile.value == m_loginProfile)) {
                m_loginProfile = *profile.value;
                emit loginProfileChanged();
            }
        });
    // A failed first attempt is reported through offline() and retried by LiveSync itself.
    m_sync->start(conninfo);
    if (m_sync->isOnline())
        m_sweeper->resume();
}

void LiveSession::stop()
{
    m_sweeper.reset();
    if (m_runner) {
        m_runner.reset();
        emit commandRunnerChanged();
    }
    if (m_sync->status() == core::LiveSync::Status::Stopped)
        return;
    // The shown data stays: a stopped sync leaves the state as it was.
    m_sync->stop();
    m_interruptedSince = {};
    emit statusChanged();
}

} // namespace pela::ui
