// The console's main window: intake, map, unit and hospital lists and case board, laid out for
// the login's job (View menu to switch), connection banner; its live data comes from a
// LiveSession it owns.
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace pela::core {
class DispatchAdvisor;
}

namespace pela::ui {

class ConnectionBanner;
class DatabaseConnector;
class BoardSession;
class HospitalPanel;
class HospitalScreen;
class SignInDialog;
class WallWindow;
class ConsoleLayout;
class CaseBoardPanel;
class LanguageSwitcher;
class LiveSession;
class LiveTableProxyModel;
class LiveTableView;
class IntakeController;
class IntakeForm;
class MapPanel;
class RecommendationPanel;
class Selection;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Neither connector nor languages is owned; both must outlive the window.
    MainWindow(DatabaseConnector *connector, LanguageSwitcher *languages,
               QWidget *parent = nullptr);

    ConnectionBanner *connectionBanner() const { return m_banner; }
    LiveSession *liveSession() const { return m_session; }
    CaseBoardPanel *caseBoard() const { return m_caseBoardPanel; }
    BoardSession *boardSession() const { return m_boardSession; }
    LiveTableView *unitTable() const { return m_unitTable; }
    LiveTableView *hospitalTable() const { return m_hospitalTable; }
    IntakeForm *intakeForm() const { return m_intakeForm; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    RecommendationPanel *recommendationPanel() const { return m_recommendationPanel; }
    core::DispatchAdvisor *dispatchAdvisor() const { return m_advisor; }
    // The selection the map, the case board and intake share.
    Selection *selection() const { return m_selection; }
    IntakeController *intakeController() const { return m_intakeController; }
    // Hospital mode (a liaison's login): the hospital's screens replace the centre's; nullptr
    // until such a login has connected.
    HospitalScreen *hospitalScreen() const { return m_hospitalScreen; }
    // Asks for user and password when the database refused who the console is; nullptr until
    // it was needed.
    SignInDialog *signInDialog() const { return m_signIn; }
    // The arrangement on screen (by the login's role, or as chosen in the View menu).
    ConsoleLayout *consoleLayout() const { return m_layout; }
    // The hospitals' status and beds (the shift lead's to change), in a dock shown in the shift
    // lead's layout and from the View menu in the others.
    HospitalPanel *hospitalPanel() const { return m_hospitalPanel; }
    QDockWidget *hospitalDock() const { return m_hospitalDock; }
    // The wall display (View menu F11, pela-console --wall): the board and the hospital strip
    // alone in a window of their own, full screen (fullScreen false: as large as it is resized,
    // for screenshots); this window hides meanwhile. nullptr until first shown.
    WallWindow *wallWindow() const { return m_wall; }
    void showWall(bool fullScreen = true);
    void leaveWall();
    bool isWallShown() const;
    // The status bar's description of the database connection.
    QString connectionStatusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createPanels();
    void createStatusBar();
    void createAdvice();
    void createViewMenu();
    void createHospitalDock();
    // The layout for the login's role (as last chosen for it on this workstation).
    void applyRoleLayout();
    void chooseLayout(int kind);
    void updateViewActions();
    void startPickOnMap();
    void retranslateUi();
    void updateConnectionState();
    void retryConnection();
    void updateTabTitles();
    void updateLanguageActions();
    void updateClock();
    // Selects the session's selected case on the board (once it is there).
    void showSelectedCase();
    // Shows the hospital's screens when live sync says this login speaks for a hospital.
    void updateMode();
    void askToSignIn();
    QString databaseDescription() const;
    // Whether the boards show the database's data: connected and loaded at least once.
    bool countsKnown() const;

    DatabaseConnector *m_connector;
    LanguageSwitcher *m_languages;
    LiveSession *m_session = nullptr; // a child: created first, so destroyed before the views

    ConnectionBanner *m_banner = nullptr;
    IntakeForm *m_intakeForm = nullptr;
    IntakeController *m_intakeController = nullptr;
    QTabWidget *m_mapTabs = nullptr;
    MapPanel *m_mapPanel = nullptr;
    Selection *m_selection = nullptr;
    LiveTableProxyModel *m_unitProxy = nullptr;
    LiveTableProxyModel *m_hospitalProxy = nullptr;
    LiveTableView *m_unitTable = nullptr;
    LiveTableView *m_hospitalTable = nullptr;
    CaseBoardPanel *m_caseBoardPanel = nullptr;
    BoardSession *m_boardSession = nullptr;
    core::DispatchAdvisor *m_advisor = nullptr;
    RecommendationPanel *m_recommendationPanel = nullptr;
    QDockWidget *m_adviceDock = nullptr;
    QStackedWidget *m_modes = nullptr; // the centre's panels, or the hospital's screen
    HospitalScreen *m_hospitalScreen = nullptr;
    SignInDialog *m_signIn = nullptr;
    ConsoleLayout *m_layout = nullptr;
    HospitalPanel *m_hospitalPanel = nullptr;
    QDockWidget *m_hospitalDock = nullptr;
    WallWindow *m_wall = nullptr;
    Qt::WindowStates m_stateBeforeWall;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_databaseMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_callTakerLayout = nullptr;
    QAction *m_dispatcherLayout = nullptr;
    QAction *m_shiftLeadLayout = nullptr;
    QAction *m_intakeShown = nullptr;
    QAction *m_wallAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shiftReportAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;

    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_clock = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace pela::ui
