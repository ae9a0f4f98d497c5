// The console's main window: intake, map and case board places, connection banner.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace pela::ui {

class ConnectionBanner;
class DatabaseConnector;
class LanguageSwitcher;
class PlaceholderPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Neither connector nor languages is owned; both must outlive the window.
    MainWindow(DatabaseConnector *connector, LanguageSwitcher *languages,
               QWidget *parent = nullptr);

    ConnectionBanner *connectionBanner() const { return m_banner; }
    // The status bar's description of the database connection.
    QString connectionStatusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createPanels();
    void createStatusBar();
    void retranslateUi();
    void updateConnectionState();
    void updateLanguageActions();
    void updateClock();
    QString databaseDescription() const;

    DatabaseConnector *m_connector;
    LanguageSwitcher *m_languages;

    ConnectionBanner *m_banner = nullptr;
    PlaceholderPanel *m_intakePanel = nullptr;
    PlaceholderPanel *m_mapPanel = nullptr;
    PlaceholderPanel *m_caseBoardPanel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_databaseMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;

    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_clock = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace pela::ui
