// pela-console: the operator console. Options: --db CONNINFO, --language id|en,
// --workstation NAME (the name the phone system's rings are addressed to),
// --screenshot FILE (grab the window after start-up, for docs and checks, then exit),
// --size WxH (the screenshot's window size), --wall (the wall display: board and hospitals,
// full screen).
#include "board/wallwindow.h"
#include "databaseconnector.h"
#include "dispatch/dispatchadvisor.h"
#include "geo/maplayerstore.h"
#include "intake/intakecontroller.h"
#include "intake/workstation.h"
#include "languageswitcher.h"
#include "live/livesync.h"
#include "livesession.h"
#include "mainwindow.h"
#include "map/mappanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption database{QStringLiteral("db")};
    QCommandLineOption language{QStringLiteral("language")};
    QCommandLineOption screenshot{QStringLiteral("screenshot")};
    QCommandLineOption size{QStringLiteral("size")};
    QCommandLineOption workstation{QStringLiteral("workstation")};
    QCommandLineOption selectCase{QStringLiteral("case")};
    QCommandLineOption wall{QStringLiteral("wall")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
};

// Called twice: once before the language is known (to find --language), once after, so that
// --help is in the operator's language.
void describe(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("pela-console", "Pela 112 operator console."));
    options.database.setValueName(QCoreApplication::translate("pela-console", "CONNINFO"));
    options.database.setDescription(QCoreApplication::translate(
        "pela-console",
        "PostgreSQL server to use (conninfo or URI). Default: PELA_DATABASE_URL, the "
        "settings file, or the embedded local database."));
    options.language.setValueName(QStringLiteral("id|en"));
    options.language.setDescription(QCoreApplication::translate(
        "pela-console", "Language of the console: id (Indonesian) or en (English). Default: "
                        "PELA_LANGUAGE, the last choice, or the system language."));
    options.screenshot.setValueName(QCoreApplication::translate("pela-console", "FILE"));
    options.screenshot.setDescription(QCoreApplication::translate(
        "pela-console", "Save a PNG picture of the window after start-up to FILE, then exit."));
    options.size.setValueName(QStringLiteral("WxH"));
    options.size.setDescription(QCoreApplication::translate(
        "pela-console",
        "With --screenshot: the window's size, e.g. 1920x1080 (default 1366x768)."));
    options.workstation.setValueName(QCoreApplication::translate("pela-console", "NAME"));
    options.workstation.setDescription(QCoreApplication::translate(
        "pela-console", "This workstation's name, which the phone system's rings are addressed "
                        "to. Default: workstation= under [console] in the settings file, or the "
                        "host name."));
    options.selectCase.setValueName(QCoreApplication::translate("pela-console", "NUMBER"));
    options.selectCase.setDescription(QCoreApplication::translate(
        "pela-console", "Select this case (e.g. 2026-000003) once the board has it, with its "
                        "dispatch advice (with --screenshot: pictured with it)."));
    options.wall.setDescription(QCoreApplication::translate(
        "pela-console", "Start as the wall display: the case board and the hospitals alone, "
                        "full screen, in large type (Esc or F11 leaves it)."));
    options.help.setDescription(
        QCoreApplication::translate("pela-console", "Show this help and exit."));
    parser.addOptions({options.database, options.language, options.screenshot, options.size,
                       options.workstation, options.selectCase, options.wall, options.help});
}

void printError(const QString &message)
{
    std::fprintf(stderr, "pela-console: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pela"));
    QApplication::setApplicationName(QStringLiteral("pela-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pela 112"));
    QApplication::setDesktopFileName(QStringLiteral("pela-console"));
    // The same look on every desktop the centre may run, including the palette banners rely on.
    QApplication::setStyle(QStringLiteral("Fusion"));

    QString forcedLanguage;
    {
        QCommandLineParser preParser;
        Options preOptions;
        describe(preParser, preOptions);
        preParser.parse(QApplication::arguments());
        forcedLanguage = preParser.value(preOptions.language);
    }
    // An unknown --language value falls through to PELA_LANGUAGE / the remembered choice / the
    // system, so that the complaint about it is already in the operator's language.
    pela::ui::LanguageSwitcher languages;
    const pela::ui::Language language = pela::ui::LanguageSwitcher::initialLanguage(forcedLanguage);
    if (!languages.setLanguage(language, pela::ui::LanguageSwitcher::Persistence::ThisSessionOnly))
        printError(QCoreApplication::translate(
            "pela-console", "the Indonesian translation cannot be loaded; using English"));
    if (!forcedLanguage.isEmpty() && !pela::ui::LanguageSwitcher::parse(forcedLanguage)) {
        printError(
            QCoreApplication::translate("pela-console", "--language must be id or en, not \"%1\"")
                .arg(forcedLanguage));
        return 2;
    }

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(options.help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("pela-console", "unexpected argument: %1")
                       .arg(parser.positionalArguments().first()));
        return 2;
    }

    QSize screenshotSize(1366, 768);
    if (parser.isSet(options.size)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QRegularExpressionMatch match = sizePattern.match(parser.value(options.size));
        if (!match.hasMatch()) {
            printError(QCoreApplication::translate("pela-console",
                                                   "--size must be WIDTHxHEIGHT, such as "
                                                   "1920x1080, not \"%1\"")
                           .arg(parser.value(options.size)));
            return 2;
        }
        screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    const QString workstation = pela::core::Workstation::name(parser.value(options.workstation));
    if (const QString problem = pela::core::Workstation::whyNot(workstation); !problem.isEmpty()) {
        // A name the phone system cannot address: a typo on the command line is refused, a host
        // name that cannot be one only means rings do not reach this console.
        printError(problem);
        if (parser.isSet(options.workstation))
            return 2;
    }

    pela::ui::DatabaseConnector connector(parser.value(options.database));
    pela::ui::MainWindow window(&connector, &languages);
    window.intakeController()->setWorkstation(workstation);

    const QString caseNumber = parser.value(options.selectCase);
    if (!caseNumber.isEmpty())
        window.liveSession()->selectCase(caseNumber);

    const QString screenshotFile = parser.value(options.screenshot);
    const bool wall = parser.isSet(options.wall);
    if (screenshotFile.isEmpty()) {
        window.resize(1600, 900);
        if (wall) {
            window.setWindowState(Qt::WindowMaximized); // where Esc on the wall leads
            window.showWall();
        } else {
            window.showMaximized();
        }
    } else {
        // A modest size by default on purpose: what fits here fits on every operator screen.
        QWidget *pictured = &window;
        if (wall) {
            window.showWall(false);
            pictured = window.wallWindow();
        }
        pictured->resize(screenshotSize);
        pictured->show();
        auto grab = [pictured, screenshotFile] {
            const bool saved = pictured->grab().save(screenshotFile, "PNG");
            if (!saved)
                printError(
                    QCoreApplication::translate("pela-console", "cannot write the screenshot to %1")
                        .arg(screenshotFile));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        // Settle after the attempt so the final state is painted; a watchdog grabs whatever
        // shows if the attempt hangs.
        auto settleThenGrab = [grab, &window, caseNumber] {
            // A chosen case: pictured once its advice is there (or after 10 s without).
            pela::core::DispatchAdvisor *advisor = window.dispatchAdvisor();
            if (!caseNumber.isEmpty() && advisor && advisor->advice().units.isEmpty()) {
                QObject::connect(advisor, &pela::core::DispatchAdvisor::adviceChanged, &window,
                                 [advisor, grab] {
                                     if (!advisor->advice().units.isEmpty())
                                         QTimer::singleShot(700, qApp, grab);
                                 });
                QTimer::singleShot(10'000, qApp, grab);
                return;
            }
            // The map's streets load on their own thread once live sync is online.
            pela::core::MapLayerStore *map =
                window.mapPanel() ? window.mapPanel()->layerStore() : nullptr;
            if (map && map->isLoading()) {
                QObject::connect(
                    map, &pela::core::MapLayerStore::loadFinished, &window,
                    [grab] { QTimer::singleShot(700, qApp, grab); }, Qt::SingleShotConnection);
                return;
            }
            QTimer::singleShot(700, qApp, grab);
        };
        // Connected: the boards fill once live sync has loaded (or has said it cannot).
        QObject::connect(&connector, &pela::ui::DatabaseConnector::connected, &window,
                         [&window, settleThenGrab] {
                             pela::core::LiveSync *sync = window.liveSession()->sync();
                             if (!sync || sync->isOnline()) {
                                 settleThenGrab();
                                 return;
                             }
                             QObject::connect(sync, &pela::core::LiveSync::online, &window,
                                              settleThenGrab, Qt::SingleShotConnection);
                             QObject::connect(sync, &pela::core::LiveSync::offline, &window,
                                              settleThenGrab, Qt::SingleShotConnection);
                         });
        QObject::connect(&connector, &pela::ui::DatabaseConnector::failed, &window, settleThenGrab);
        QTimer::singleShot(180'000, &window, grab);
    }

    connector.connectToDatabase();
    return QApplication::exec();
}
