#include "mainwindow.h"

#include "connectionbanner.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "placeholderpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
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
    createMenus();
    createPanels();
    createStatusBar();

    connect(m_connector, &DatabaseConnector::stateChanged, this,
            &MainWindow::updateConnectionState);
    connect(m_banner, &ConnectionBanner::retryRequested, m_connector,
            &DatabaseConnector::connectToDatabase);
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
    connect(m_retryAction, &QAction::triggered, m_connector, &DatabaseConnector::connectToDatabase);

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

    m_intakePanel = new PlaceholderPanel(this);
    m_intakePanel->setObjectName(QStringLiteral("intakePanel"));
    m_mapPanel = new PlaceholderPanel(this);
    m_mapPanel->setObjectName(QStringLiteral("mapPanel"));
    m_caseBoardPanel = new PlaceholderPanel(this);
    m_caseBoardPanel->setObjectName(QStringLiteral("caseBoardPanel"));

    // Intake on the left (the call-taker's eyes start there), map and case board on the right.
    auto *rightColumn = new QSplitter(Qt::Vertical, this);
    rightColumn->setObjectName(QStringLiteral("mapBoardSplitter"));
    rightColumn->addWidget(m_mapPanel);
    rightColumn->addWidget(m_caseBoardPanel);
    rightColumn->setStretchFactor(0, 3);
    rightColumn->setStretchFactor(1, 2);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("mainSplitter"));
    columns->addWidget(m_intakePanel);
    columns->addWidget(rightColumn);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 2);
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
    layout->addWidget(panels, 1);
    setCentralWidget(central);
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

    m_intakePanel->setTexts(tr("Call intake"),
                            tr("Placeholder: the call-intake form (caller, location, category, "
                               "triage questions) will be here."));
    m_mapPanel->setTexts(tr("Map"), tr("Placeholder: the map of Ambon with cases, ambulances "
                                       "and hospitals will be here."));
    m_caseBoardPanel->setTexts(tr("Case board"),
                               tr("Placeholder: the board of open cases with their timers and "
                                  "escalations will be here."));
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
        m_banner->hide();
        m_statusDot->setStyleSheet(dotStyle("#2e7d32"));
        m_statusText->setText(tr("Connected to %1").arg(database));
        break;
    case DatabaseConnector::State::Failed:
        m_banner->showFailure(m_connector->error().message(), m_connector->error().detail());
        m_banner->show();
        m_statusDot->setStyleSheet(dotStyle("#c62828"));
        m_statusText->setText(tr("Not connected: %1").arg(database));
        break;
    }
    m_statusText->setToolTip(m_connector->displayConninfo());
    m_retryAction->setEnabled(state == DatabaseConnector::State::Failed ||
                              state == DatabaseConnector::State::Idle);
}

void MainWindow::updateLanguageActions()
{
    const bool indonesian = m_languages->language() == Language::Indonesian;
    m_indonesianAction->setChecked(indonesian);
    m_englishAction->setChecked(!indonesian);
}

void MainWindow::updateClock()
{
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(centreTimeZone);
    m_clock->setText(
        tr("%1 WIT").arg(QLocale().toString(now, QStringLiteral("ddd d MMM yyyy  HH:mm:ss"))));
}

} // namespace pela::ui
