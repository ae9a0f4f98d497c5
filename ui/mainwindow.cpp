#include "mainwindow.h"

#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "board/casedetaildialog.h"
#include "connectionbanner.h"
#include "databaseconnector.h"
#include "dispatch/dispatchadvisor.h"
#include "dispatch/dropcontroller.h"
#include "dispatch/recommendationpanel.h"
#include "dispatch/unitdrag.h"
#include "dispatch/unitdragsource.h"
#include "intake/intakecontroller.h"
#include "hospital/hospitalscreen.h"
#include "intake/intakeform.h"
#include "languageswitcher.h"
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
#include "map/mappanel.h"
#include "map/mapview.h"
#include "map/selection.h"
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
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_databaseMenu = menuBar()->addMenu(QString());
    m_retryAction = m_databaseMenu->addAction(QString());
    m_retryAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retryConnection);

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

    // Intake on the left (the call-taker's eyes start there), map and case board on the right.
    auto *rightColumn = new QSplitter(Qt::Vertical, this);
    rightColumn->setObjectName(QStringLiteral("mapBoardSplitter"));
    rightColumn->addWidget(m_mapTabs);
    rightColumn->addWidget(m_caseBoardPanel);
    rightColumn->setStretchFactor(0, 3);
    rightColumn->setStretchFactor(1, 2);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("mainSplitter"));
    columns->addWidget(m_intakeForm);
    columns->addWidget(rightColumn);
    columns->setStretchFactor(0, 5);
    columns->setStretchFactor(1, 6);
    columns->setHandleWidth(6);
    rightColumn->setHandleWidth(6);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto *panels = new QWidget(central);
    auto *panelsLayout = new QVBoxLayout(panels);
    panelsLayout->setContentsMargins(6, 6, 6, 6);
    panelsLayout->addWidget(columns);
    m_modes = new QStackedWidget(central);
    m_modes->addWidget(panels);
    layout->addWidget(m_modes, 1);
    setCentralWidget(central);
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
    m_databaseMenu->setTitle(tr("&Database"));
    m_retryAction->setText(tr("&Retry connection"));
    // Bilingual on purpose: whoever needs to switch must find it in either language.
    m_languageMenu->setTitle(tr("&Language / Bahasa"));
    // Each language in its own name.
    m_indonesianAction->setText(tr("Bahasa Indonesia"));
    m_englishAction->setText(tr("English"));

    m_adviceDock->setWindowTitle(tr("Dispatch advice"));
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
    }
    if (m_hospitalScreen->hospitalId() != hospital)
        m_hospitalScreen->setHospitalId(*hospital);
    m_modes->setCurrentWidget(m_hospitalScreen);
    // The centre's dispatch advice is not a liaison's: its dock goes with the centre's panels.
    if (m_adviceDock)
        m_adviceDock->hide();
}

bool MainWindow::countsKnown() const
{
    // Before the first load an empty list says nothing: "0 available" would be a lie.
    return m_connector->state() == DatabaseConnector::State::Connected &&
           m_session->state()->isLoaded();
}

void MainWindow::updateTabTitles()
{
    m_mapTabs->setTabText(0, tr("Map"));
    if (!countsKnown()) {
        m_mapTabs->setTabText(1, tr("Units (unknown)"));
        m_mapTabs->setTabText(2, tr("Hospitals (unknown)"));
        return;
    }
    int available = 0;
    for (int row = 0; row < m_unitProxy->rowCount(); ++row)
        if (m_unitProxy->index(row, 0).data(core::UnitStatusRole).toString() ==
            QLatin1String("available"))
            ++available;
    m_mapTabs->setTabText(
        1, tr("Units (%1 of %2 available)").arg(available).arg(m_unitProxy->rowCount()));
    m_mapTabs->setTabText(2, tr("Hospitals (%1)").arg(m_hospitalProxy->rowCount()));
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
