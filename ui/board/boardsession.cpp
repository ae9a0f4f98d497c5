#include "boardsession.h"

#include "alertmonitor.h"
#include "commands/commandrunner.h"
#include "dispatch/dropcontroller.h"
#include "geo/gazetteer.h"
#include "live/boardsettings.h"
#include "live/caseboardmodel.h"
#include "live/casefacts.h"
#include "live/hospitalstatusmodel.h"
#include "live/livesync.h"
#include "livesession.h"

namespace pela::ui {

namespace {

using Places = QHash<QString, core::CaseBoardModel::PlaceName>;

core::ReadResult<Places> readPlaces(core::PgConnection &connection)
{
    const core::PlacesLoadResult loaded = core::loadPlaces(connection);
    if (loaded.error.isError())
        return core::ReadResult<Places>::failed(loaded.error);
    Places places;
    for (const core::Place &place : loaded.places)
        if (!place.code.isEmpty())
            places.insert(place.code, {place.name, place.parentCode});
    return core::ReadResult<Places>::of(places);
}

} // namespace

BoardSession::BoardSession(LiveSession *session, QObject *parent)
    : QObject(parent), m_session(session),
      m_facts(std::make_unique<core::CaseFactsStore>(session->state())),
      m_board(std::make_unique<core::CaseBoardModel>(session->state(), m_facts.get())),
      m_hospitals(std::make_unique<core::HospitalStatusModel>(session->state()))
{
    m_drop = new DropController(m_session, this);
    m_alerts = new AlertMonitor(this, this);
    connect(m_session, &LiveSession::commandRunnerChanged, this, &BoardSession::onRunnerChanged);
    // Referrals are not in LiveState: their rows' notifications read the cases' facts again.
    connect(m_session->sync(), &core::LiveSync::rowsChanged, this,
            [this](const QString &table, const QList<qint64> &ids) {
                if (table == QLatin1String("referrals"))
                    m_facts->referralsChanged(ids);
            });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &BoardSession::tick);
    m_clock.start();
    // The settings table sends no notification: read it again now and then.
    m_settingsRefresh.setInterval(5 * 60 * 1000);
    connect(&m_settingsRefresh, &QTimer::timeout, this, &BoardSession::reloadSettings);
    m_settingsRefresh.start();
    onRunnerChanged();
}

BoardSession::~BoardSession() = default;

void BoardSession::tick()
{
    m_board->tick();
    m_hospitals->tick();
    emit ticked();
}

void BoardSession::onRunnerChanged()
{
    m_facts->setRunner(m_session->commandRunner());
    reloadSettings();
}

void BoardSession::reloadSettings()
{
    core::CommandRunner *runner = m_session->commandRunner();
    if (!runner)
        return;
    runner->read<core::BoardSettings>(&core::BoardSettings::read)
        .then(this, [this](const core::ReadResult<core::BoardSettings> &settings) {
            if (!settings.ok())
                return;
            m_board->setSettings(*settings.value);
            m_hospitals->setStaleAfter(settings.value->hospitalStale);
            m_drop->setUndoWindow(settings.value->undoWindow);
        });
    runner->read<Places>(&readPlaces).then(this, [this](const core::ReadResult<Places> &places) {
        if (places.ok())
            m_board->setPlaces(*places.value);
    });
}

} // namespace pela::ui
