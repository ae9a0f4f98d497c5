// The console shell: connection state in the status bar and banner, retry, live language switch,
// and the live boards (cases, units, hospitals) kept current by LiveSync.
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "connectionbanner.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "live/caseboardmodel.h"
#include "live/caselistmodel.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"
#include "livesession.h"
#include "livetableproxymodel.h"
#include "livetableview.h"
#include "mainwindow.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using pela::ui::ConnectionBanner;
using pela::ui::DatabaseConnector;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
using pela::ui::LiveSession;
using pela::ui::LiveTableProxyModel;
using pela::ui::MainWindow;

namespace {

const QString unreachableConninfo =
    QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela connect_timeout=5");

// Remembered choices go to a throwaway settings folder, never the developer's own.
void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("pela-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_console"));
    QSettings().clear();
}

// Waits for the attempt in progress to end in Connected or Failed.
bool waitForAttempt(DatabaseConnector &connector)
{
    return QTest::qWaitFor(
        [&] {
            return connector.state() == DatabaseConnector::State::Connected ||
                   connector.state() == DatabaseConnector::State::Failed;
        },
        120'000);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

struct Console
{
    explicit Console(const QString &conninfo) : connector(conninfo), window(&connector, &languages)
    {
        languages.setLanguage(Language::English, LanguageSwitcher::Persistence::ThisSessionOnly);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    ~Console()
    {
        languages.setLanguage(Language::English, LanguageSwitcher::Persistence::ThisSessionOnly);
    }

    QPushButton *retryButton() const
    {
        return window.findChild<QPushButton *>(QStringLiteral("bannerRetry"));
    }

    // Connects and waits until live sync has loaded everything.
    void goLive()
    {
        connector.connectToDatabase();
        REQUIRE(waitForAttempt(connector));
        INFO(connector.error().fullText().toStdString());
        REQUIRE(connector.state() == DatabaseConnector::State::Connected);
        REQUIRE(
            QTest::qWaitFor([this] { return window.liveSession()->sync()->isOnline(); }, 10'000));
        // The sorting proxies the views show, checked through every change that follows.
        for (const QAbstractItemView *view : std::initializer_list<const QAbstractItemView *>{
                 window.caseBoard()->view(), window.unitTable(), window.hospitalTable()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    // What the case board shows, top to bottom: case numbers.
    QStringList caseBoardNumbers() const
    {
        const QAbstractItemModel *board = window.caseBoard()->view()->model();
        QStringList numbers;
        for (int row = 0; row < board->rowCount(); ++row)
            numbers << board->index(row, 0).data(pela::core::CaseNumberRole).toString();
        return numbers;
    }

    LanguageSwitcher languages;
    DatabaseConnector connector;
    MainWindow window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

pela::core::CommandResult openCase(pela::core::PgConnection &connection, int priority,
                                   const QString &location)
{
    pela::core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = priority;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = location;
    pela::core::CommandResult result = pela::core::IncidentCommands(connection).openCase(request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result;
}

} // namespace

TEST_CASE("a console connected to a real database names it in the status bar and shows no banner")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    QSignalSpy connected(&console.connector, &DatabaseConnector::connected);
    console.connector.connectToDatabase();
    CHECK(console.window.connectionBanner()->isVisible());
    CHECK(console.window.connectionStatusText().startsWith(QStringLiteral("Connecting to")));

    REQUIRE(waitForAttempt(console.connector));
    INFO(console.connector.error().fullText().toStdString());
    REQUIRE(console.connector.state() == DatabaseConnector::State::Connected);
    CHECK(connected.count() == 1);
    CHECK(console.connector.conninfo() == conninfo);
    CHECK(console.window.liveSession()->commandRunner() != nullptr);

    const QString status = console.window.connectionStatusText();
    INFO(status.toStdString());
    CHECK(status.startsWith(QStringLiteral("Connected to ")));
    CHECK(status.contains(pela::core::redactedConninfo(conninfo)));
    CHECK_FALSE(status.contains(QStringLiteral("embedded")));
    CHECK_FALSE(console.window.connectionBanner()->isVisible());
}

TEST_CASE("the console's database work runs off the GUI thread: one connection for live sync, "
          "one for the command runner's worker, none left by connecting")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    console.goLive();
    LiveSession *session = console.window.liveSession();
    pela::core::CommandRunner *runner = session->commandRunner();
    REQUIRE(runner);
    CHECK(runner->conninfo() == conninfo);
    // The request sweeper already posted to the runner; a read shows where the runner runs.
    const QFuture<pela::core::ReadResult<QString>> name =
        runner->read<QString>([](pela::core::PgConnection &connection) {
            const pela::core::PgResult result =
                connection.exec("SELECT current_setting('application_name')");
            return result.ok() ? pela::core::ReadResult<QString>::of(result.text(0, 0))
                               : pela::core::ReadResult<QString>::failed(result.error());
        });
    REQUIRE(QTest::qWaitFor([&] { return name.isFinished(); }, 10'000));
    REQUIRE(name.result().ok());
    CHECK(name.result().value->startsWith(QStringLiteral("pela-console@")));

    pela::core::PgConnection observer = pela::test::connect(conninfo);
    auto connections = [&](const char *pattern) {
        const pela::core::PgResult result =
            observer.exec("SELECT count(*) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND application_name LIKE $1",
                          {QString::fromLatin1(pattern)});
        REQUIRE(result.ok());
        return result.text(0, 0).toInt();
    };
    CHECK(QTest::qWaitFor([&] { return connections("pela-console@%") == 1; }, 5000));
    CHECK(connections("pela-live@%") == 1);
}

TEST_CASE("an unreachable database shows the red banner with the reason and a Retry button")
{
    isolateSettings();
    Console console(unreachableConninfo);
    QSignalSpy failed(&console.connector, &DatabaseConnector::failed);
    console.connector.connectToDatabase();
    REQUIRE(waitForAttempt(console.connector));
    REQUIRE(console.connector.state() == DatabaseConnector::State::Failed);
    CHECK(failed.count() == 1);
    CHECK(console.connector.error().kind() == pela::core::DbError::Kind::Unreachable);

    ConnectionBanner *banner = console.window.connectionBanner();
    CHECK(banner->isVisible());
    CHECK(banner->mode() == ConnectionBanner::Mode::Failed);
    CHECK(banner->headline().startsWith(QStringLiteral("NOT CONNECTED TO THE DATABASE")));
    CHECK(banner->reason() == console.connector.error().message());
    CHECK(banner->reason().contains(QStringLiteral("cannot be reached")));
    REQUIRE(console.retryButton());
    CHECK(console.retryButton()->isVisible());
    CHECK(console.retryButton()->text() == QStringLiteral("Retry"));
    // The banner spans the window's width, above the panels.
    CHECK(banner->width() >= console.window.centralWidget()->width() - 1);
    CHECK(banner->mapTo(&console.window, QPoint(0, 0)).y() <=
          console.window.menuBar()->height() + 1);
    CHECK(console.window.connectionStatusText().startsWith(QStringLiteral("Not connected: ")));
}

TEST_CASE("while not connected the case board and the unit list say unknown, not zero")
{
    isolateSettings();
    Console console(unreachableConninfo);
    auto *tabs = console.window.findChild<QTabWidget *>(QStringLiteral("mapTabs"));
    REQUIRE(tabs);
    const auto unitsTab = [&] { return tabs->tabText(tabs->indexOf(console.window.unitTable())); };
    const auto hospitalsTab = [&] {
        return tabs->tabText(tabs->indexOf(console.window.hospitalTable()));
    };
    // Before the first attempt, and after it failed.
    CHECK(console.window.caseBoard()->title().endsWith(QStringLiteral("open cases unknown")));
    CHECK(unitsTab() == QStringLiteral("Units (unknown)"));
    console.connector.connectToDatabase();
    REQUIRE(waitForAttempt(console.connector));
    REQUIRE(console.connector.state() == DatabaseConnector::State::Failed);
    CHECK(console.window.caseBoard()->title().endsWith(QStringLiteral("open cases unknown")));
    CHECK_FALSE(console.window.caseBoard()->title().contains(QStringLiteral("0 open")));
    CHECK(unitsTab() == QStringLiteral("Units (unknown)"));
    CHECK(hospitalsTab() == QStringLiteral("Hospitals (unknown)"));

    REQUIRE(console.languages.setLanguage(Language::Indonesian,
                                          LanguageSwitcher::Persistence::ThisSessionOnly));
    QCoreApplication::processEvents();
    INFO(console.window.caseBoard()->title().toStdString());
    CHECK(console.window.caseBoard()->title().contains(QStringLiteral("tidak diketahui")));
    CHECK(unitsTab().contains(QStringLiteral("tidak diketahui")));

    // Connected and loaded: the real counts.
    REQUIRE(console.languages.setLanguage(Language::English,
                                          LanguageSwitcher::Persistence::ThisSessionOnly));
    QCoreApplication::processEvents();
    console.connector.setCommandLineConninfo(pela::test::TestCluster::instance().freshDatabase());
    console.goLive();
    CHECK(console.window.caseBoard()->title().endsWith(QStringLiteral("0 open")));
    CHECK(unitsTab() == QStringLiteral("Units (23 of 23 available)"));
    CHECK(hospitalsTab() == QStringLiteral("Hospitals (11)"));
}

TEST_CASE("Retry against a reachable database connects and hides the banner")
{
    isolateSettings();
    Console console(unreachableConninfo);
    console.connector.connectToDatabase();
    REQUIRE(waitForAttempt(console.connector));
    REQUIRE(console.connector.state() == DatabaseConnector::State::Failed);

    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    console.connector.setCommandLineConninfo(conninfo);
    QTest::mouseClick(console.retryButton(), Qt::LeftButton);
    CHECK(console.connector.state() == DatabaseConnector::State::Connecting);
    CHECK(console.window.connectionBanner()->mode() == ConnectionBanner::Mode::Connecting);
    CHECK_FALSE(console.retryButton()->isVisible());

    REQUIRE(waitForAttempt(console.connector));
    INFO(console.connector.error().fullText().toStdString());
    REQUIRE(console.connector.state() == DatabaseConnector::State::Connected);
    CHECK_FALSE(console.window.connectionBanner()->isVisible());
    CHECK(console.window.connectionStatusText().contains(pela::core::redactedConninfo(conninfo)));
}

TEST_CASE("switching to Indonesian retranslates the menus, banner and status bar, and back")
{
    isolateSettings();
    Console console(unreachableConninfo);
    console.connector.connectToDatabase();
    REQUIRE(waitForAttempt(console.connector));
    REQUIRE(console.connector.state() == DatabaseConnector::State::Failed);
    ConnectionBanner *banner = console.window.connectionBanner();
    CHECK(menuTitles(console.window).contains(QStringLiteral("&File")));

    REQUIRE(console.languages.setLanguage(Language::Indonesian,
                                          LanguageSwitcher::Persistence::Remember));
    QCoreApplication::processEvents(); // LanguageChange is delivered through the event loop
    const QStringList indonesianMenus = menuTitles(console.window);
    INFO(indonesianMenus.join(QLatin1Char(',')).toStdString());
    CHECK(indonesianMenus.contains(QStringLiteral("&Berkas")));
    CHECK(indonesianMenus.contains(QStringLiteral("Basis &Data")));
    CHECK(banner->headline().startsWith(QStringLiteral("TIDAK TERHUBUNG KE BASIS DATA")));
    CHECK(console.retryButton()->text() == QStringLiteral("Coba lagi"));
    CHECK(console.window.connectionStatusText().startsWith(QStringLiteral("Tidak terhubung: ")));
    CHECK(console.window.windowTitle() == QStringLiteral("Pela 112 — Konsol operator"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("id"));
    CHECK(LanguageSwitcher::initialLanguage() == Language::Indonesian);

    // A new failure is reported in Indonesian, core's DbError included.
    console.connector.connectToDatabase();
    REQUIRE(waitForAttempt(console.connector));
    CHECK(banner->reason() ==
          QStringLiteral("Server basis data tidak dapat dihubungi (server tidak berjalan, "
                         "alamatnya salah, atau jaringan terputus)."));

    REQUIRE(
        console.languages.setLanguage(Language::English, LanguageSwitcher::Persistence::Remember));
    QCoreApplication::processEvents();
    CHECK(menuTitles(console.window).contains(QStringLiteral("&File")));
    CHECK(banner->headline().startsWith(QStringLiteral("NOT CONNECTED TO THE DATABASE")));
    CHECK(console.retryButton()->text() == QStringLiteral("Retry"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
}

TEST_CASE("the language menu switches the live window and shows the current choice")
{
    isolateSettings();
    Console console(unreachableConninfo);
    QAction *indonesian = nullptr;
    QAction *english = nullptr;
    for (QAction *action : console.window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Bahasa Indonesia"))
            indonesian = action;
        else if (action->text() == QStringLiteral("English"))
            english = action;
    }
    REQUIRE(indonesian);
    REQUIRE(english);
    CHECK(english->isChecked());

    indonesian->trigger();
    QCoreApplication::processEvents();
    CHECK(console.languages.language() == Language::Indonesian);
    CHECK(indonesian->isChecked());
    CHECK(menuTitles(console.window).contains(QStringLiteral("B&ahasa / Language")));
    CHECK(console.window.findChild<QLabel *>(QStringLiteral("panelTitle"))->text() != QString());
    // The map is a panel of its own now: its tab carries the title.
    auto *tabs = console.window.findChild<QTabWidget *>(QStringLiteral("mapTabs"));
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Peta"));

    english->trigger();
    QCoreApplication::processEvents();
    CHECK(console.languages.language() == Language::English);
    CHECK(english->isChecked());
    CHECK(menuTitles(console.window).contains(QStringLiteral("&Language / Bahasa")));
}

TEST_CASE("the console's language can be forced and otherwise follows the system locale")
{
    isolateSettings();
    CHECK(LanguageSwitcher::initialLanguage(QStringLiteral("id")) == Language::Indonesian);
    CHECK(LanguageSwitcher::initialLanguage(QStringLiteral("en")) == Language::English);
    CHECK(LanguageSwitcher::parse(QStringLiteral("id_ID.UTF-8")) == Language::Indonesian);
    CHECK_FALSE(LanguageSwitcher::parse(QStringLiteral("fr")).has_value());
    qputenv("PELA_LANGUAGE", "id");
    CHECK(LanguageSwitcher::initialLanguage() == Language::Indonesian);
    CHECK(LanguageSwitcher::initialLanguage(QStringLiteral("en")) == Language::English);
    qunsetenv("PELA_LANGUAGE");
}

TEST_CASE("the Indonesian translation has no unfinished or empty entries")
{
    // The .ts beside the sources is what translators and lupdate work on.
    // CTest names the source tree (__FILE__ is relative when ccache rewrites paths).
    const QString path = qEnvironmentVariable("PELA_SOURCE_DIR") +
                         QStringLiteral("/resources/translations/pela_id.ts");
    INFO(path.toStdString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList untranslated;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural's text is in its <numerusform> children.
            if (!type.isEmpty() ||
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                untranslated << source;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    INFO(untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 50);
    CHECK(untranslated.isEmpty());
}

TEST_CASE("a case opened at another console appears on the case board, most urgent first")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    console.goLive();
    pela::ui::CaseBoardPanel *board = console.window.caseBoard();
    REQUIRE(board->isVisible());
    CHECK(console.caseBoardNumbers().isEmpty());
    CHECK(board->title().endsWith(QStringLiteral("0 open")));

    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString minor = openCase(elsewhere, 3, QStringLiteral("Passo")).caseNumber;
    REQUIRE(QTest::qWaitFor([&] { return console.caseBoardNumbers().contains(minor); }, 2000));
    CHECK(board->title().endsWith(QStringLiteral("1 open")));

    // A P1 opened later still goes to the top.
    const QString urgent = openCase(elsewhere, 1, QStringLiteral("Jl. Pattimura")).caseNumber;
    REQUIRE(QTest::qWaitFor([&] { return console.caseBoardNumbers().size() == 2; }, 2000));
    CHECK(console.caseBoardNumbers() == QStringList{urgent, minor});
    CHECK(board->title().endsWith(QStringLiteral("2 open")));

    // Readable at a glance: the priority cell in the priority's colour, the location shown.
    const QAbstractItemModel *model = board->view()->model();
    const QModelIndex priority = model->index(0, pela::core::CaseBoardModel::PriorityColumn);
    CHECK(priority.data().toString() == QStringLiteral("P1"));
    CHECK(priority.data(Qt::BackgroundRole).value<QColor>() ==
          LiveTableProxyModel::priorityColours(1).background);
    CHECK(model->index(1, pela::core::CaseBoardModel::PriorityColumn)
              .data(Qt::BackgroundRole)
              .value<QColor>() == LiveTableProxyModel::priorityColours(3).background);
    CHECK(model->index(0, pela::core::CaseBoardModel::LocationColumn).data().toString() ==
          QStringLiteral("Jl. Pattimura"));

    // Raising the older case to P1 puts it first: among equals, the longest waiting leads.
    pela::core::IncidentCommands commands(elsewhere);
    REQUIRE(commands.setPriority(minor, 1, QStringLiteral("patient unconscious")).ok());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return model->index(1, pela::core::CaseBoardModel::PriorityColumn).data().toString() ==
                   QStringLiteral("P1");
        },
        2000));
    CHECK(console.caseBoardNumbers() == QStringList{minor, urgent});
}

TEST_CASE("the units tab lists the 23 demo units by call sign with their status, hospitals too")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    console.goLive();
    pela::ui::LiveTableView *units = console.window.unitTable();
    REQUIRE(units);
    auto *tabs = console.window.findChild<QTabWidget *>(QStringLiteral("mapTabs"));
    REQUIRE(tabs);
    // The map is the first tab; the fleet is one click away.
    tabs->setCurrentWidget(units);
    CHECK(units->isVisible());
    const QAbstractItemModel *model = units->model();
    REQUIRE(model->rowCount() == 23);
    QStringList callSigns;
    for (int row = 0; row < model->rowCount(); ++row)
        callSigns << model->index(row, 0).data().toString();
    INFO(callSigns.join(QLatin1Char(' ')).toStdString());
    CHECK(callSigns.contains(QStringLiteral("AMB-KOTA-1")));
    QStringList sorted = callSigns;
    sorted.sort();
    CHECK(callSigns == sorted);
    CHECK(tabs->tabText(tabs->indexOf(units)) == QStringLiteral("Units (23 of 23 available)"));

    // A dispatch made elsewhere shows in the unit's status cell and the tab's count.
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, 1, QStringLiteral("Halong")).caseNumber;
    REQUIRE(pela::core::IncidentCommands(elsewhere)
                .assignUnit(number, QStringLiteral("AMB-KOTA-1"))
                .ok());
    const int row = int(callSigns.indexOf(QStringLiteral("AMB-KOTA-1")));
    const QModelIndex status = model->index(row, pela::core::UnitListModel::StatusColumn);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return status.data(pela::core::UnitStatusRole).toString() != QLatin1String("available");
        },
        2000));
    CHECK(status.data(Qt::BackgroundRole).value<QColor>() !=
          LiveTableProxyModel::unitStatusColours(QStringLiteral("available")).background);
    CHECK(tabs->tabText(tabs->indexOf(units)) == QStringLiteral("Units (22 of 23 available)"));
    REQUIRE(
        QTest::qWaitFor([&] { return console.caseBoardNumbers() == QStringList{number}; }, 2000));
    CHECK(QTest::qWaitFor(
        [&] {
            return console.window.caseBoard()
                ->view()
                ->model()
                ->index(0, pela::core::CaseBoardModel::UnitsColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("AMB-KOTA-1"));
        },
        2000));

    pela::ui::LiveTableView *hospitals = console.window.hospitalTable();
    CHECK(hospitals->model()->rowCount() == 11);
    CHECK(tabs->tabText(tabs->indexOf(hospitals)) == QStringLiteral("Hospitals (11)"));
}

TEST_CASE("when live updates are cut the red banner says so, the data stays, and it clears on "
          "reconnect")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    console.goLive();
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, 2, QStringLiteral("Batu Merah")).caseNumber;
    REQUIRE(
        QTest::qWaitFor([&] { return console.caseBoardNumbers() == QStringList{number}; }, 2000));
    ConnectionBanner *banner = console.window.connectionBanner();
    CHECK_FALSE(banner->isVisible());

    // Slow enough reconnects to see the interruption.
    LiveSession *session = console.window.liveSession();
    session->sync()->setReconnectDelays(std::chrono::milliseconds(1500),
                                        std::chrono::milliseconds(1500));
    const pela::core::PgResult terminated = elsewhere.exec(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name LIKE 'pela-live@%' AND datname = current_database()");
    INFO(terminated.error().fullText().toStdString());
    REQUIRE(terminated.ok());
    REQUIRE(terminated.rowCount() == 1);

    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 5000));
    CHECK(session->isInterrupted());
    CHECK(banner->mode() == ConnectionBanner::Mode::Interrupted);
    CHECK(banner->headline().startsWith(QStringLiteral("LIVE UPDATES INTERRUPTED")));
    INFO(banner->reason().toStdString());
    CHECK(banner->reason().startsWith(session->interruption().message()));
    CHECK(banner->reason().contains(QStringLiteral("may be out of date")));
    CHECK(console.retryButton()->isVisible()); // to skip the wait between attempts
    CHECK(console.window.connectionStatusText().startsWith(
        QStringLiteral("Live updates interrupted")));
    CHECK(console.window.findChild<QLabel *>(QStringLiteral("connectionDot"))
              ->styleSheet()
              .contains(QStringLiteral("#c62828")));
    // What was known stays on screen.
    CHECK(console.caseBoardNumbers() == QStringList{number});
    CHECK(console.window.unitTable()->model()->rowCount() == 23);

    // A case opened meanwhile arrives with the reload after reconnecting.
    const QString meanwhile = openCase(elsewhere, 1, QStringLiteral("Halong")).caseNumber;
    REQUIRE(QTest::qWaitFor([&] { return !banner->isVisible(); }, 10'000));
    CHECK(session->sync()->isOnline());
    CHECK(console.window.connectionStatusText().startsWith(QStringLiteral("Connected to ")));
    CHECK(console.window.findChild<QLabel *>(QStringLiteral("connectionDot"))
              ->styleSheet()
              .contains(QStringLiteral("#2e7d32")));
    CHECK(console.caseBoardNumbers() == QStringList{meanwhile, number});
}

TEST_CASE("Retry on the interrupted banner reconnects at once instead of waiting")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    console.goLive();
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    LiveSession *session = console.window.liveSession();
    // The automatic attempt would come only after ten minutes.
    session->sync()->setReconnectDelays(std::chrono::minutes(10), std::chrono::minutes(10));
    REQUIRE(elsewhere
                .exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE application_name LIKE 'pela-live@%' AND datname = current_database()")
                .ok());
    ConnectionBanner *banner = console.window.connectionBanner();
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 5000));
    const QString number = openCase(elsewhere, 1, QStringLiteral("Galunggung")).caseNumber;
    QTest::mouseClick(console.retryButton(), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return !banner->isVisible(); }, 3000));
    CHECK(QTest::qWaitFor([&] { return console.caseBoardNumbers().contains(number); }, 3000));
}

TEST_CASE("an unanswered partner request expires by itself and the board says why")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    REQUIRE(
        elsewhere.exec("UPDATE hospitals SET requires_acceptance = true WHERE code = 'SLM'").ok());
    REQUIRE(elsewhere.exec("UPDATE settings SET value = '1' WHERE key = 'request_timeout_seconds'")
                .ok());
    Console console(conninfo);
    console.goLive();
    const QString number = openCase(elsewhere, 1, QStringLiteral("Tantui")).caseNumber;
    REQUIRE(pela::core::IncidentCommands(elsewhere)
                .assignUnit(number, QStringLiteral("AMB-SLM-1"))
                .ok());
    const QAbstractItemModel *board = console.window.caseBoard()->view()->model();
    auto waitingReason = [&] {
        for (int row = 0; row < board->rowCount(); ++row)
            if (board->index(row, 0).data(pela::core::CaseNumberRole).toString() == number)
                return board->index(row, pela::core::CaseBoardModel::WaitingReasonColumn)
                    .data()
                    .toString();
        return QString();
    };
    // Nobody answers: the console's own sweeper expires the request within a few seconds.
    CHECK(
        QTest::qWaitFor([&] { return waitingReason().contains(QStringLiteral("expired")); }, 6000));
    INFO(waitingReason().toStdString());
    CHECK(waitingReason().contains(QStringLiteral("AMB-SLM-1")));
}
