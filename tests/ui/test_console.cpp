// The console shell: connection state in the status bar and banner, retry, live language switch.
#include "connectionbanner.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "testcluster.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using pela::ui::ConnectionBanner;
using pela::ui::DatabaseConnector;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
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

    LanguageSwitcher languages;
    DatabaseConnector connector;
    MainWindow window;
};

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
    CHECK(console.connector.database().connection.isOpen());

    const QString status = console.window.connectionStatusText();
    INFO(status.toStdString());
    CHECK(status.startsWith(QStringLiteral("Connected to ")));
    CHECK(status.contains(pela::core::redactedConninfo(conninfo)));
    CHECK_FALSE(status.contains(QStringLiteral("embedded")));
    CHECK_FALSE(console.window.connectionBanner()->isVisible());
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
    QStringList panelTitles;
    for (QLabel *label : console.window.findChildren<QLabel *>(QStringLiteral("panelTitle")))
        panelTitles << label->text();
    CHECK(panelTitles.contains(QStringLiteral("PETA")));

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
    const QString path = QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                         QStringLiteral("/../../resources/translations/pela_id.ts");
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
            if (!type.isEmpty() || xml.readElementText().trimmed().isEmpty())
                untranslated << source;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    INFO(untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 50);
    CHECK(untranslated.isEmpty());
}
