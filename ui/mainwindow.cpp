#include "mainwindow.h"

#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "board/casedetaildialog.h"
#include "board/hospitalpanel.h"
#include "board/wallwindow.h"
#include "connectionbanner.h"
#include "consolelayout.h"
#include "databaseconnector.h"
#include "dispatch/dispatchadvisor.h"
#include "dispatch/dropcontroller.h"
#include "dispatch/recommendationpanel.h"
#include "dispatch/unitdrag.h"
#include "dispatch/unitdragsource.h"
#include "hospital/hospitalscreen.h"
#include "intake/intakecontroller.h"
#include "intake/intakeform.h"
#include "languageswitcher.h"
#include "live/caseboardmodel.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/labels.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/possibleduplicatesmodel.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"
#include "livesession.h"
#include "livetableproxymodel.h"
#include "livetableview.h"
#include "map/mapguides.h"
#include "map/mapinputhandler.h"
#include "map/mappanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/selection.h"
#include "report/shiftreportdialog.h"
#include "signindialog.h"
#include "triage/triageprotocol.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
// Ambon keeps Waktu Indonesia Timur (UTC+9, no daylight saving).
const QTimeZone centreTimeZone(9 * 3600);

QString dotStyle(const char *colour)
{
    return QStringLiteral("background: %1; border-radius: 7px; border: 1px solid #37474f;")
        .arg(QLatin1String(colour));
}
} // namespace

MainWindow::MainWindow(DatabaseConnector *connector, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent), m_connector(connector), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(900, 600);
    m_session = new LiveSession(m_connector, this);
    createMenus();
    createPanels();
    createAdvice();
    createHospitalDock();
    createStatusBar();

    connect(m_connector, &DatabaseConnector::stateChanged, this,
            &MainWindow::updateConnectionState);
    connect(m_session, &LiveSession::statusChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &LiveSession::statusChanged, this, &MainWindow::updateMode);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::retryConnection);
    connect(m_languages, &LanguageSwitcher::languageChanged, this,
            &MainWindow::updateLanguageActions);

    retranslateUi(); // also shows the connection state
    updateLanguageActions();
}

QString MainWindow::connectionStatusText() const
{
    return m_statusText->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // The handover report, for the shift lead (and an admin) once the login is known.
    m_shiftReportAction = m_fileMenu->addAction(QString());
    m_shiftReportAction->setObjectName(QStringLiteral("shiftReportAction"));
    m_shiftReportAction->setVisible(false);
    connect(m_shiftReportAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShiftReportDialog(
            [this]() -> core::CommandRunner * { return m_session->commandRunner(); }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_databaseMenu = menuBar()->addMenu(QString());
    m_retryAction = m_databaseMenu->addAction(QString());
    m_retryAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retryConnection);

    createViewMenu();

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    m_indonesianAction = m_languageMenu->addAction(QString());
    m_englishAction = m_languageMenu->addAction(QString());
    for (QAction *action : {m_indonesianAction, m_englishAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    connect(m_indonesianAction, &QAction::triggered, this, [this] {
        m_languages->setLanguage(Language::Indonesian, LanguageSwitcher::Persistence::Remember);
    });
    connect(m_englishAction, &QAction::triggered, this, [this] {
        m_languages->setLanguage(Language::English, LanguageSwitcher::Persistence::Remember);
    });
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    m_callTakerLayout = m_viewMenu->addAction(QString());
    m_dispatcherLayout = m_viewMenu->addAction(QString());
    m_shiftLeadLayout = m_viewMenu->addAction(QString());
    const std::pair<QAction *, ConsoleLayout::Kind> choices[] = {
        {m_callTakerLayout, ConsoleLayout::Kind::CallTaker},
        {m_dispatcherLayout, ConsoleLayout::Kind::Dispatcher},
        {m_shiftLeadLayout, ConsoleLayout::Kind::ShiftLead}};
    for (const auto &[action, kind] : choices) {
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { chooseLayout(int(kind)); });
    }
    m_viewMenu->addSeparator();
    m_intakeShown = m_viewMenu->addAction(QString());
    m_intakeShown->setObjectName(QStringLiteral("viewIntakeForm"));
    m_intakeShown->setCheckable(true);
    m_intakeShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_intakeShown, &QAction::triggered, this,
            [this](bool shown) { m_layout->setIntakeShown(shown); });
}

void MainWindow::applyRoleLayout()
{
    const core::LoginProfile &profile = m_session->loginProfile();
    // A login in every role (a superuser: the embedded demo's own) is a shift lead first, as
    // primaryRole() says: board, hospitals and map.
    const QString role = profile.primaryRole();
    if (role.isEmpty())
        return;
    m_layout->apply(ConsoleLayout::remembered(role).value_or(ConsoleLayout::forRole(role)));
}

void MainWindow::chooseLayout(int kind)
{
    const auto chosen = ConsoleLayout::Kind(kind);
    m_layout->apply(chosen);
    ConsoleLayout::remember(m_session->loginProfile().primaryRole(), chosen);
}

void MainWindow::updateViewActions()
{
    if (!m_layout)
        return;
    m_callTakerLayout->setChecked(m_layout->kind() == ConsoleLayout::Kind::CallTaker);
    m_dispatcherLayout->setChecked(m_layout->kind() == ConsoleLayout::Kind::Dispatcher);
    m_shiftLeadLayout->setChecked(m_layout->kind() == ConsoleLayout::Kind::ShiftLead);
    m_intakeShown->setEnabled(m_layout->kind() == ConsoleLayout::Kind::Dispatcher);
    m_intakeShown->setChecked(m_layout->isIntakeShown());
}

void MainWindow::startPickOnMap()
{
    m_layout->bringMapForward();
    m_mapPanel->beginPick();
}

void MainWindow::createPanels()
{
    m_banner = new ConnectionBanner(this);

    // The intake form; its controller loads the gazetteer and sends its commands through the
    // session's command runner, keeping what cannot be sent in the offline journal.
    m_intakeForm = new IntakeForm(this);
    const core::TriageLoadResult triage = core::TriageProtocol::configured();
    m_intakeForm->setTriageProtocol(triage.protocol);
    if (!triage.errors.isEmpty())
        m_intakeForm->showNotice(tr("The triage file %1 was refused, the built-in questions are "
                                    "used: %2")
                                     .arg(triage.source, triage.errors.first()));
    m_intakeForm->setDuplicatesModel(
        new core::PossibleDuplicatesModel(m_session->state(), m_intakeForm));
    m_selection = new Selection(this);
    m_mapPanel = new MapPanel(m_session, m_connector, m_selection, this);
    m_intakeController = new IntakeController(
        m_intakeForm, m_session, IntakeController::openDefaultJournal(m_intakeForm), this);
    m_intakeController->setConnector(m_connector);

    // Units and hospitals share the map's place until the map shows them itself.
    m_unitProxy = new LiveTableProxyModel(LiveTableProxyModel::Table::Units, this);
    m_unitProxy->setSourceModel(m_session->unitModel());
    m_unitTable = new LiveTableView(this);
    m_unitTable->setObjectName(QStringLiteral("unitTable"));
    m_unitTable->setModel(m_unitProxy);
    m_hospitalProxy = new LiveTableProxyModel(LiveTableProxyModel::Table::Hospitals, this);
    m_hospitalProxy->setSourceModel(m_session->hospitalModel());
    m_hospitalTable = new LiveTableView(this);
    m_hospitalTable->setObjectName(QStringLiteral("hospitalTable"));
    m_hospitalTable->setModel(m_hospitalProxy);
    m_hospitalTable->setStretchColumn(core::HospitalListModel::NameColumn);
    for (LiveTableProxyModel *proxy : {m_unitProxy, m_hospitalProxy}) {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabTitles);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTabTitles);
        connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateTabTitles);
    }
    connect(m_unitProxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTabTitles);

    m_mapTabs = new QTabWidget(this);
    m_mapTabs->setObjectName(QStringLiteral("mapTabs"));
    m_mapTabs->setDocumentMode(true);
    m_mapTabs->setStyleSheet(
        QStringLiteral("QTabBar::tab { font-size: 10pt; font-weight: bold; padding: 5px 14px; }"));
    m_mapTabs->addTab(m_mapPanel, QString());
    m_mapTabs->addTab(m_unitTable, QString());
    m_mapTabs->addTab(m_hospitalTable, QString());
    m_mapTabs->setCurrentWidget(m_mapPanel);

    // The shift lead's board: timers, alerts, filter, detail; units dragged from the list drop
    // onto its rows.
    m_boardSession = new BoardSession(m_session, this);
    m_caseBoardPanel = new CaseBoardPanel(m_boardSession, this);
    m_selection->bindCaseTable(m_caseBoardPanel->view());
    new UnitDragSource(m_unitTable);
    connect(m_caseBoardPanel, &CaseBoardPanel::caseActivated, this, [this](qint64 caseId) {
        auto *detail = new CaseDetailDialog(m_boardSession, caseId, this);
        detail->setAttribute(Qt::WA_DeleteOnClose);
        detail->show();
    });
    // A case handed to dispatch is selected on the board, also when it arrives a moment later.
    connect(m_session, &LiveSession::selectedCaseChanged, this, &MainWindow::showSelectedCase);
    connect(m_caseBoardPanel->view()->model(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::showSelectedCase);
    connect(m_caseBoardPanel->view()->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::showSelectedCase);
    connect(m_caseBoardPanel->view()->model(), &QAbstractItemModel::layoutChanged, this,
            &MainWindow::showSelectedCase);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto *panels = new QWidget(central);
    auto *panelsLayout = new QVBoxLayout(panels);
    panelsLayout->setContentsMargins(6, 6, 6, 6);
    m_modes = new QStackedWidget(central);
    m_modes->addWidget(panels);
    layout->addWidget(m_modes, 1);
    setCentralWidget(central);

    // The arrangement follows the login's job; until it is known, this workstation's last.
    m_layout = new ConsoleLayout(
        {m_intakeForm, m_mapPanel, m_caseBoardPanel, m_mapTabs, m_unitTable, m_hospitalTable},
        panelsLayout, this);
    connect(m_layout, &ConsoleLayout::changed, this, &MainWindow::updateViewActions);
    connect(m_layout, &ConsoleLayout::changed, this, &MainWindow::updateTabTitles);
    m_layout->apply(ConsoleLayout::remembered(QString()).value_or(ConsoleLayout::Kind::CallTaker));
    connect(m_session, &LiveSession::loginProfileChanged, this, &MainWindow::applyRoleLayout);
    connect(m_session, &LiveSession::loginProfileChanged, this, [this] {
        const core::LoginProfile &profile = m_session->loginProfile();
        m_shiftReportAction->setVisible(profile.shiftLead || profile.admin);
    });

    // A unit dragged on the map goes through the board's drop controller: one undo for both.
    m_mapPanel->setDropController(m_boardSession->dropController());
    // A ring is answered at once: the dispatcher's folded intake form opens for it.
    connect(m_intakeForm, &IntakeForm::ringArrived, this, [this] {
        if (!m_layout->isIntakeShown())
            m_layout->setIntakeShown(true);
    });
    // "Pick on map" (F4 in the intake form): the next click on the map is the caller's place.
    connect(m_intakeForm, &IntakeForm::pickOnMapRequested, this, &MainWindow::startPickOnMap);
    connect(m_mapPanel->inputHandler(), &MapInputHandler::pointPicked, this,
            [this](const QGeoCoordinate &point) {
                m_intakeForm->setPickedLocation(point, QStringLiteral("%1, %2")
                                                           .arg(point.latitude(), 0, 'f', 5)
                                                           .arg(point.longitude(), 0, 'f', 5));
            });
}

// Recommendations, routes and coverage for the case the operator has selected (board or map),
// computed off the GUI thread by the advisor; sending a unit goes through the drop controller,
// so its answer (a lost race included) reads the same as a drag's.
void MainWindow::createAdvice()
{
    m_advisor = new core::DispatchAdvisor(m_session->state(), this);
    m_advisor->follow(m_session->sync());
    auto takeConninfo = [this] {
        if (!m_connector->conninfo().isEmpty())
            m_advisor->setConninfo(m_connector->conninfo());
    };
    connect(m_connector, &DatabaseConnector::connected, this, takeConninfo);
    takeConninfo();
    connect(m_selection, &Selection::changed, this, [this] {
        if (m_selection->kind() == MapItemKind::Case && m_selection->id() != 0)
            m_advisor->setCase(m_selection->id());
    });
    auto drawGuides = [this] {
        const auto network = m_advisor->network();
        m_mapPanel->view()->setGuides(
            MapGuides::from(m_advisor->advice(), m_advisor->coverage(),
                            network && network->coverage ? network->coverage.get() : nullptr));
    };
    connect(m_advisor, &core::DispatchAdvisor::adviceChanged, this, drawGuides);
    connect(m_advisor, &core::DispatchAdvisor::coverageChanged, this, drawGuides);
    // Road ETAs of the units on their way and the coverage gaps: on the board and the map.
    core::CaseBoardModel *boardModel = m_boardSession->boardModel();
    connect(m_advisor, &core::DispatchAdvisor::enRouteEtasChanged, boardModel,
            [this, boardModel] { boardModel->setUnitEtas(m_advisor->enRouteEtas()); });
    boardModel->setUnitEtas(m_advisor->enRouteEtas());
    m_caseBoardPanel->followAdvisor(m_advisor);
    connect(m_advisor, &core::DispatchAdvisor::enRouteEtasChanged, this,
            [this] { m_mapPanel->scene()->setUnitEtas(m_advisor->enRouteEtas()); });

    m_recommendationPanel = new RecommendationPanel(m_advisor, m_session->state(), this);
    connect(m_recommendationPanel, &RecommendationPanel::dispatchRequested, this,
            [this](qint64 caseId, qint64 unitId, const QString &callSign, QWidget *from) {
                UnitDrag unit;
                unit.unitId = unitId;
                unit.callSign = callSign;
                m_boardSession->dropController()->drop(unit, caseId, from, from->rect().center());
            });
    m_adviceDock = new QDockWidget(this);
    m_adviceDock->setObjectName(QStringLiteral("adviceDock"));
    m_adviceDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_adviceDock->setWidget(m_recommendationPanel);
    m_adviceDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_adviceDock);
    // The dispatcher's: the call-taker's and the shift lead's screens have no room to spare
    // for it beside the board, the map and the hospitals on 1366x768 (the View menu shows it).
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_adviceDock->toggleViewAction());
    auto followLayout = [this] {
        const bool hospitalMode = m_hospitalScreen && m_modes->currentWidget() == m_hospitalScreen;
        m_adviceDock->setVisible(!hospitalMode &&
                                 m_layout->kind() == ConsoleLayout::Kind::Dispatcher);
    };
    connect(m_layout, &ConsoleLayout::changed, this, followLayout);
    followLayout();
}

// The hospitals' panel in a dock: in sight in the shift lead's layout, one View menu click
// away in the others; and the wall display beside it in the View menu.
void MainWindow::createHospitalDock()
{
    m_hospitalPanel = new HospitalPanel(m_boardSession, this);
    m_hospitalDock = new QDockWidget(this);
    m_hospitalDock->setObjectName(QStringLiteral("hospitalDock"));
    m_hospitalDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                QDockWidget::DockWidgetClosable);
    m_hospitalDock->setWidget(m_hospitalPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_hospitalDock);
    m_viewMenu->addAction(m_hospitalDock->toggleViewAction());
    auto followLayout = [this] {
        const bool hospitalMode = m_hospitalScreen && m_modes->currentWidget() == m_hospitalScreen;
        const bool shown = !hospitalMode && m_layout->kind() == ConsoleLayout::Kind::ShiftLead;
        m_hospitalDock->setVisible(shown);
        // The board keeps the larger part of the height.
        if (shown)
            resizeDocks({m_hospitalDock}, {std::max(220, height() * 3 / 10)}, Qt::Vertical);
    };
    connect(m_layout, &ConsoleLayout::changed, this, followLayout);
    followLayout();

    m_viewMenu->addSeparator();
    m_wallAction = m_viewMenu->addAction(QString());
    m_wallAction->setObjectName(QStringLiteral("viewWall"));
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAction->setEnabled(false);
    connect(m_wallAction, &QAction::triggered, this, [this] { showWall(); });
    // The shift lead puts the board on the wall (pela-console --wall starts any login there).
    connect(m_session, &LiveSession::loginProfileChanged, this, [this] {
        const core::LoginProfile &profile = m_session->loginProfile();
        m_wallAction->setEnabled(profile.shiftLead || profile.admin);
    });
}

void MainWindow::showWall(bool fullScreen)
{
    if (!m_wall) {
        m_wall = new WallWindow(m_boardSession, this);
        connect(m_wall, &WallWindow::leaveRequested, this, &MainWindow::leaveWall);
        m_wall->caseBoard()->setCountKnown(countsKnown());
        if (m_advisor)
            m_wall->caseBoard()->followAdvisor(m_advisor);
    }
    if (isVisible())
        m_stateBeforeWall = windowState();
    hide();
    if (fullScreen)
        m_wall->showFullScreen();
    else
        m_wall->show();
    m_wall->raise();
    m_wall->activateWindow();
}

void MainWindow::leaveWall()
{
    if (!m_wall || !m_wall->isVisible())
        return;
    m_wall->hide();
    setWindowState(m_stateBeforeWall);
    show();
    activateWindow();
}

bool MainWindow::isWallShown() const
{
    return m_wall && m_wall->isVisible();
}

void MainWindow::createStatusBar()
{
    m_statusDot = new QLabel(this);
    m_statusDot->setObjectName(QStringLiteral("connectionDot"));
    m_statusDot->setFixedSize(14, 14);
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("connectionStatus"));
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt; padding: 0 8px;"));

    statusBar()->setStyleSheet(
        QStringLiteral("QStatusBar { background: #cfd8dc; border-top: 1px solid #90a4ae; }"
                       "QStatusBar::item { border: none; }"
                       "QLabel#connectionStatus { font-size: 10pt; padding: 2px 4px; }"));
    statusBar()->addWidget(m_statusDot);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_clock);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Pela 112 — Operator console"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_shiftReportAction->setText(tr("&Shift report…"));
    m_databaseMenu->setTitle(tr("&Database"));
    m_retryAction->setText(tr("&Retry connection"));
    // Bilingual on purpose: whoever needs to switch must find it in either language.
    m_languageMenu->setTitle(tr("&Language / Bahasa"));
    // Each language in its own name.
    m_indonesianAction->setText(tr("Bahasa Indonesia"));
    m_englishAction->setText(tr("English"));
    m_viewMenu->setTitle(tr("Vie&w"));
    m_callTakerLayout->setText(tr("&Call-taker: intake and board"));
    m_dispatcherLayout->setText(tr("&Dispatcher: map and board"));
    m_shiftLeadLayout->setText(tr("&Shift lead: board, hospitals and map"));
    m_intakeShown->setText(tr("&Intake form beside the map"));

    m_adviceDock->setWindowTitle(tr("Dispatch advice"));
    m_hospitalDock->setWindowTitle(tr("Hospitals: status and beds"));
    m_wallAction->setText(tr("&Wall display: board and hospitals"));
    m_unitProxy->retranslate();
    m_hospitalProxy->retranslate();
    updateTabTitles();
    updateConnectionState();
    updateClock();
}

QString MainWindow::databaseDescription() const
{
    if (m_connector->settings().isEmbedded())
        return tr("embedded (local) database");
    return m_connector->displayConninfo();
}

void MainWindow::updateConnectionState()
{
    const DatabaseConnector::State state = m_connector->state();
    const QString database = databaseDescription();
    switch (state) {
    case DatabaseConnector::State::Idle:
    case DatabaseConnector::State::Connecting:
        m_banner->showConnecting(m_connector->settings().isEmbedded());
        m_banner->show();
        m_statusDot->setStyleSheet(dotStyle("#ffb300"));
        m_statusText->setText(tr("Connecting to %1…").arg(database));
        break;
    case DatabaseConnector::State::Connected:
        if (m_session->isInterrupted()) {
            // The data stays on screen; the banner says it may be stale.
            const core::DbError &error = m_session->interruption();
            m_banner->showInterrupted(error.message(), error.detail(),
                                      core::labels::clockTime(m_session->interruptedSince()));
            m_banner->show();
            m_statusDot->setStyleSheet(dotStyle("#c62828"));
            m_statusText->setText(tr("Live updates interrupted; reconnecting to %1").arg(database));
        } else {
            m_banner->hide();
            m_statusDot->setStyleSheet(dotStyle("#2e7d32"));
            m_statusText->setText(m_connector->signedInAs().isEmpty()
                                      ? tr("Connected to %1").arg(database)
                                      : tr("Connected to %1, signed in as %2")
                                            .arg(database, m_connector->signedInAs()));
        }
        break;
    case DatabaseConnector::State::Failed:
        m_banner->showFailure(m_connector->error().message(), m_connector->error().detail());
        m_banner->show();
        m_statusDot->setStyleSheet(dotStyle("#c62828"));
        m_statusText->setText(tr("Not connected: %1").arg(database));
        if (m_connector->needsSignIn())
            askToSignIn();
        break;
    }
    m_statusText->setToolTip(m_connector->displayConninfo());
    m_caseBoardPanel->setCountKnown(countsKnown());
    if (m_wall)
        m_wall->caseBoard()->setCountKnown(countsKnown());
    updateTabTitles();
    m_retryAction->setEnabled(state == DatabaseConnector::State::Failed ||
                              state == DatabaseConnector::State::Idle ||
                              m_session->isInterrupted());
}

void MainWindow::retryConnection()
{
    // Before the first connection: connect again. Live updates cut: skip the backoff wait.
    if (m_connector->state() == DatabaseConnector::State::Connected) {
        if (m_session->isInterrupted() && m_session->sync())
            m_session->sync()->reconnectNow();
        return;
    }
    m_connector->connectToDatabase();
}

void MainWindow::askToSignIn()
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(this);
        connect(m_signIn, &QDialog::accepted, this, [this] {
            const QString password = m_signIn->password();
            m_signIn->passwordEdit()->clear();
            m_connector->signIn(m_signIn->user(), password);
        });
    }
    if (m_signIn->isVisible())
        return;
    m_signIn->setReason(m_connector->error().message(), databaseDescription());
    m_signIn->setUser(m_signIn->user());
    m_signIn->open(); // window-modal, and this thread goes on
}

void MainWindow::updateMode()
{
    const std::optional<qint64> hospital =
        m_session->sync() ? m_session->sync()->hospitalId() : std::nullopt;
    if (!hospital)
        return; // a login does not change while the console runs
    if (!m_hospitalScreen) {
        m_hospitalScreen = new HospitalScreen(m_session, m_modes);
        m_modes->addWidget(m_hospitalScreen);
        if (m_advisor)
            m_hospitalScreen->followRoads(m_advisor);
    }
    if (m_hospitalScreen->hospitalId() != hospital)
        m_hospitalScreen->setHospitalId(*hospital);
    m_modes->setCurrentWidget(m_hospitalScreen);
    // The centre's dispatch advice is not a liaison's: its dock goes with the centre's panels.
    if (m_adviceDock)
        m_adviceDock->hide();
    if (m_hospitalDock)
        m_hospitalDock->hide();
}

bool MainWindow::countsKnown() const
{
    // Before the first load an empty list says nothing: "0 available" would be a lie.
    return m_connector->state() == DatabaseConnector::State::Connected &&
           m_session->state()->isLoaded();
}

void MainWindow::updateTabTitles()
{
    // The map is a tab in the call-taker's layout only.
    const int mapTab = m_mapTabs->indexOf(m_mapPanel);
    const int unitsTab = m_mapTabs->indexOf(m_unitTable);
    const int hospitalsTab = m_mapTabs->indexOf(m_hospitalTable);
    if (mapTab >= 0)
        m_mapTabs->setTabText(mapTab, tr("Map"));
    if (!countsKnown()) {
        m_mapTabs->setTabText(unitsTab, tr("Units (unknown)"));
        m_mapTabs->setTabText(hospitalsTab, tr("Hospitals (unknown)"));
        return;
    }
    int available = 0;
    for (int row = 0; row < m_unitProxy->rowCount(); ++row)
        if (m_unitProxy->index(row, 0).data(core::UnitStatusRole).toString() ==
            QLatin1String("available"))
            ++available;
    m_mapTabs->setTabText(
        unitsTab, tr("Units (%1 of %2 available)").arg(available).arg(m_unitProxy->rowCount()));
    m_mapTabs->setTabText(hospitalsTab, tr("Hospitals (%1)").arg(m_hospitalProxy->rowCount()));
}

void MainWindow::showSelectedCase()
{
    const QString number = m_session->selectedCase();
    QAbstractItemModel *model = m_caseBoardPanel->view()->model();
    if (number.isEmpty() || !model)
        return;
    const QModelIndexList found =
        model->match(model->index(0, 0), core::CaseNumberRole, number, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    if (m_caseBoardPanel->view()->currentIndex().row() != found.first().row())
        m_caseBoardPanel->view()->setCurrentIndex(found.first());
}

void MainWindow::updateLanguageActions()
{
    const bool indonesian = m_languages->language() == Language::Indonesian;
    m_indonesianAction->setChecked(indonesian);
    m_englishAction->setChecked(!indonesian);
}

void MainWindow::updateClock()
{
    // The server's time, as every age on the boards: the workstation's own clock may be off.
    const QDateTime now = m_session->state()->clock().now().toTimeZone(centreTimeZone);
    m_clock->setText(
        tr("%1 WIT").arg(QLocale().toString(now, QStringLiteral("ddd d MMM yyyy  HH:mm:ss"))));
}

} // namespace pela::ui
