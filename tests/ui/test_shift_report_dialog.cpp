// The console's shift report dialog, offscreen with QTest on a scripted shift: the current
// shift by default, the figures read through the command runner while the window stays
// responsive, saved as CSV and PDF, a bad period refused in words, and both languages.
#include "commands/commandrunner.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "livesession.h"
#include "mainwindow.h"
#include "processrunner.h"
#include "report/shiftreportdialog.h"
#include "shiftscript.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace pela;
using core::ShiftReportData;
using ui::ShiftReportDialog;

namespace {

struct Fixture
{
    QString conninfo = test::TestCluster::instance().freshDatabase();
    core::PgConnection owner = test::connect(conninfo);
    test::ScriptedShift shift = test::playShift(owner);
    core::CommandRunner runner{conninfo, QStringLiteral("pela-test")};
};

bool waitLoaded(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(20000);
}

} // namespace

TEST_CASE("the shift report dialog opens on the current shift: 07:00 to 19:00 WIT by day")
{
    const QDateTime noonWit =
        QDateTime::fromString(QStringLiteral("2026-11-28T12:30:00+09:00"), Qt::ISODate);
    ShiftReportDialog day([] { return nullptr; }, nullptr, noonWit);
    CHECK(day.from() ==
          QDateTime::fromString(QStringLiteral("2026-11-28T07:00:00+09:00"), Qt::ISODate));
    CHECK(day.to() ==
          QDateTime::fromString(QStringLiteral("2026-11-28T19:00:00+09:00"), Qt::ISODate));
    CHECK(day.findChild<QDateTimeEdit *>(QStringLiteral("reportFrom"))->text() ==
          QLatin1String("2026-11-28 07:00"));
    // Not connected: it says so, and there is nothing to save.
    CHECK(day.message().contains(QStringLiteral("Not connected")));
    CHECK_FALSE(day.savePdfButton()->isEnabled());

    ShiftReportDialog night([] { return nullptr; }, nullptr, noonWit.addSecs(-8 * 3600));
    CHECK(night.from() ==
          QDateTime::fromString(QStringLiteral("2026-11-27T19:00:00+09:00"), Qt::ISODate));
}

TEST_CASE("the dialog reads the figures off the GUI thread, shows them and saves CSV and PDF")
{
    Fixture f;
    const core::ReadResult<ShiftReportData> expected =
        ShiftReportData::compute(f.owner, f.shift.from, f.shift.to);
    REQUIRE(expected.ok());

    ShiftReportDialog dialog([&f] { return &f.runner; });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy loaded(&dialog, &ShiftReportDialog::loaded);
    dialog.setPeriod(f.shift.from, f.shift.to);
    QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
    // The click returned before the database answered: the window only says it reads.
    CHECK(dialog.message().startsWith(QStringLiteral("Reading the figures")));
    REQUIRE(waitLoaded(loaded));
    CHECK(loaded.last().at(0).toBool());
    REQUIRE(dialog.report());
    CHECK(dialog.report()->cases == expected.value->cases);
    CHECK(dialog.report()->calls == expected.value->calls);
    CHECK(dialog.message().isEmpty());

    const QString shown = dialog.view()->toPlainText().simplified();
    CHECK(shown.contains(QStringLiteral("Shift handover report")));
    CHECK(shown.contains(QStringLiteral("Calls answered %1").arg(expected.value->calls)));
    CHECK(shown.contains(QStringLiteral("Cases opened %1").arg(expected.value->cases)));
    for (const core::CaseLine &line : expected.value->caseLines)
        CHECK(shown.contains(line.number));
    CHECK(dialog.savePdfButton()->isEnabled());
    CHECK(dialog.saveCsvButton()->isEnabled());

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shift.csv"));
    CHECK(dialog.saveCsv(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == expected.value->csv());
    const QString pdf = dir.filePath(QStringLiteral("shift.pdf"));
    CHECK(dialog.savePdf(pdf).isEmpty());
    const test::ProcessOutput text =
        test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Shift handover report")));
    CHECK(text.out.contains(expected.value->caseLines.first().number));
    CHECK_FALSE(dialog.saveCsv(dir.filePath(QStringLiteral("missing/cases.csv"))).isEmpty());
}

TEST_CASE("a backwards period is refused in words and the shown report stays")
{
    Fixture f;
    ShiftReportDialog dialog([&f] { return &f.runner; });
    QSignalSpy loaded(&dialog, &ShiftReportDialog::loaded);
    dialog.setPeriod(f.shift.from, f.shift.to);
    dialog.refresh();
    REQUIRE(waitLoaded(loaded));
    const qint64 cases = dialog.report()->cases;
    loaded.clear();

    dialog.setPeriod(f.shift.to, f.shift.from);
    QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
    REQUIRE(loaded.count() == 1);
    CHECK_FALSE(loaded.last().at(0).toBool());
    CHECK(dialog.message().startsWith(QStringLiteral("The period ends")));
    CHECK(dialog.report()->cases == cases);
}

TEST_CASE("the dialog and its report speak Indonesian when the console does")
{
    Fixture f;
    ui::LanguageSwitcher languages;
    REQUIRE(languages.setLanguage(ui::Language::Indonesian,
                                  ui::LanguageSwitcher::Persistence::ThisSessionOnly));
    ShiftReportDialog dialog([&f] { return &f.runner; });
    QSignalSpy loaded(&dialog, &ShiftReportDialog::loaded);
    dialog.setPeriod(f.shift.from, f.shift.to);
    dialog.refresh();
    REQUIRE(waitLoaded(loaded));
    CHECK(dialog.windowTitle() == QStringLiteral("Laporan shift"));
    CHECK(dialog.view()->toPlainText().contains(QStringLiteral("Laporan serah terima shift")));

    // Switched back while open: the shown report follows.
    REQUIRE(languages.setLanguage(ui::Language::English,
                                  ui::LanguageSwitcher::Persistence::ThisSessionOnly));
    QCoreApplication::processEvents();
    CHECK(dialog.windowTitle() == QStringLiteral("Shift report"));
    CHECK(dialog.view()->toPlainText().contains(QStringLiteral("Shift handover report")));
}

TEST_CASE("File ▸ Shift report… is there for a shift lead, not a call-taker, and opens the report")
{
    const QString conninfo = test::TestCluster::instance().freshDatabase();
    auto connected = [](ui::DatabaseConnector &connector, ui::MainWindow &window) {
        connector.connectToDatabase();
        return QTest::qWaitFor(
            [&] { return !window.liveSession()->loginProfile().primaryRole().isEmpty(); }, 60'000);
    };
    {
        test::TestLogins logins(conninfo);
        ui::LanguageSwitcher languages;
        ui::DatabaseConnector connector(logins.create(QStringLiteral("pela_call_taker")));
        ui::MainWindow window(&connector, &languages);
        REQUIRE(connected(connector, window));
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("shiftReportAction"))->isVisible());
    }
    test::TestLogins logins(conninfo);
    ui::LanguageSwitcher languages;
    ui::DatabaseConnector connector(logins.create(QStringLiteral("pela_shift_lead")));
    ui::MainWindow window(&connector, &languages);
    REQUIRE(connected(connector, window));
    QAction *action = window.findChild<QAction *>(QStringLiteral("shiftReportAction"));
    REQUIRE(action->isVisible());
    action->trigger();
    auto *dialog = window.findChild<ShiftReportDialog *>();
    REQUIRE(dialog != nullptr);
    QSignalSpy loaded(dialog, &ShiftReportDialog::loaded);
    REQUIRE(waitLoaded(loaded));
    INFO(dialog->message().toStdString());
    CHECK(loaded.last().at(0).toBool());
    CHECK(dialog->report()->cases == 0);
}
