// The shift lead's hospital panel and the wall display on real consoles and a real cluster,
// driven with QTest: the shift lead sets a hospital diverting with its reason and its beds from
// the panel (saved with the event, seen at once by a dispatcher's console), an update grows
// stale on the console's clock after the centre's setting, a dispatcher's panel is read-only
// and says why, and the wall shows the board and the hospital strip alone in large type.
#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "board/hospitalpanel.h"
#include "board/hospitalstrip.h"
#include "board/wallwindow.h"
#include "commands/incidentcommands.h"
#include "consolelayout.h"
#include "databaseconnector.h"
#include "intake/intakeform.h"
#include "languageswitcher.h"
#include "live/caseboardmodel.h"
#include "live/hospitalstatusmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "livesession.h"
#include "mainwindow.h"
#include "signedinconsole.h"
#include "sqlprobes.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using pela::core::HospitalStatusModel;
using pela::ui::DatabaseConnector;
using pela::ui::HospitalPanel;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
using pela::ui::MainWindow;

using pela::test::scalar;

namespace {

void isolateSettings()
{
    pela::test::isolateSettings("test_hospital_panel");
}

// A console signed in as a login, live, its clock the server's moved on by skew seconds.
struct Console : pela::test::SignedInConsole
{
    explicit Console(const QString &conninfo) : SignedInConsole(conninfo, {1366, 768}) {}

    HospitalPanel *panel() const { return window.hospitalPanel(); }
    HospitalStatusModel *hospitals() const { return window.boardSession()->hospitalModel(); }
    int rowOf(const QString &code) const
    {
        for (int row = 0; row < hospitals()->rowCount(); ++row)
            if (hospitals()->index(row, 0).data(pela::core::HospitalCodeRole).toString() == code)
                return row;
        return -1;
    }
    QString cell(const QString &code, int column) const
    {
        return hospitals()->index(rowOf(code), column).data().toString();
    }
};

} // namespace

TEST_CASE("the shift lead sets a hospital diverting with its reason and its beds from the panel; "
          "the database keeps it with its event and a dispatcher's console shows it at once")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::core::PgConnection owner = pela::test::connect(conninfo);
    pela::test::TestLogins logins(conninfo);
    const QString leadLogin = logins.create(QStringLiteral("pela_shift_lead"));
    Console lead(leadLogin);
    Console dispatcher(logins.create(QStringLiteral("pela_dispatcher")));
    QAbstractItemModelTester tester(lead.hospitals(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 hls = scalar(owner, "SELECT id FROM hospitals WHERE code = 'HLS'").toLongLong();

    // The shift lead's layout has the panel in sight; it is theirs to change.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return lead.window.consoleLayout()->kind() == pela::ui::ConsoleLayout::Kind::ShiftLead;
        },
        2000));
    CHECK(lead.window.hospitalDock()->isVisible());
    HospitalPanel *panel = lead.panel();
    panel->selectHospital(hls);
    REQUIRE(panel->selectedHospitalId() == hls);
    REQUIRE(panel->isEditable());
    CHECK(panel->readOnlyReason().isEmpty());
    CHECK(panel->saveStatusButton()->isEnabled());

    // Diverting without a reason is refused in words, before anything is sent.
    panel->statusBox()->setCurrentIndex(panel->statusBox()->findData(QStringLiteral("diverting")));
    panel->reasonEdit()->clear();
    QTest::mouseClick(panel->saveStatusButton(), Qt::LeftButton);
    CHECK(panel->message().contains(QStringLiteral("Write why")));
    CHECK(scalar(owner, "SELECT er_status FROM hospitals WHERE id = $1", {hls}) ==
          QStringLiteral("open"));

    QTest::keyClicks(panel->reasonEdit(), QStringLiteral("CT scanner down"));
    QTest::mouseClick(panel->saveStatusButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return owner.exec("SELECT er_status FROM hospitals WHERE id = $1", {hls})
                       .text(0, "er_status") == QLatin1String("diverting");
        },
        5000));
    CHECK(scalar(owner, "SELECT er_status_reason FROM hospitals WHERE id = $1", {hls}) ==
          QStringLiteral("CT scanner down"));
    const QString leadName = pela::test::TestLogins::loginName(leadLogin);
    CHECK(scalar(owner,
                 "SELECT count(*) FROM case_events WHERE kind = 'hospital_status_changed'"
                 " AND hospital_id = $1 AND payload->>'status' = 'diverting'"
                 " AND payload->>'reason' = 'CT scanner down' AND actor = $2",
                 {hls, leadName}) == QStringLiteral("1"));

    // Both consoles show it: the panel's row, and the dispatcher's live state and panel.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const pela::core::HospitalRecord *seen =
                dispatcher.window.liveSession()->state()->findHospital(hls);
            return seen && seen->erStatus == QLatin1String("diverting");
        },
        3000));
    CHECK(dispatcher.window.liveSession()->state()->findHospital(hls)->erStatusReason ==
          QStringLiteral("CT scanner down"));
    CHECK(dispatcher.cell(QStringLiteral("HLS"), HospitalStatusModel::ErStatusColumn) ==
          QStringLiteral("Diverting"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return lead.cell(QStringLiteral("HLS"), HospitalStatusModel::ErStatusColumn) ==
                   QLatin1String("Diverting");
        },
        3000));
    CHECK(lead.cell(QStringLiteral("HLS"), HospitalStatusModel::ReasonColumn) ==
          QStringLiteral("CT scanner down"));
    CHECK(lead.cell(QStringLiteral("HLS"), HospitalStatusModel::UpdatedColumn).contains(leadName));

    // Beds per category, the same way.
    panel->bedCategoryBox()->setCurrentIndex(
        panel->bedCategoryBox()->findData(QStringLiteral("icu")));
    panel->bedsTotalBox()->setValue(6);
    panel->bedsAvailableBox()->setValue(2);
    QTest::mouseClick(panel->saveBedsButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return owner
                       .exec("SELECT available || '/' || total AS beds FROM hospital_beds"
                             " WHERE hospital_id = $1 AND category = 'icu'",
                             {hls})
                       .text(0, "beds") == QLatin1String("2/6");
        },
        5000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dispatcher.cell(QStringLiteral("HLS"), HospitalStatusModel::BedsColumn)
                .contains(QStringLiteral("ICU 2/6"));
        },
        3000));
}

TEST_CASE("a dispatcher's hospital panel is read-only, says why, and is one View menu click away")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::test::TestLogins logins(conninfo);
    Console dispatcher(logins.create(QStringLiteral("pela_dispatcher")));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dispatcher.window.consoleLayout()->kind() ==
                   pela::ui::ConsoleLayout::Kind::Dispatcher;
        },
        2000));
    // Not in the dispatcher's layout; the View menu shows it.
    CHECK_FALSE(dispatcher.window.hospitalDock()->isVisible());
    QAction *show = dispatcher.window.hospitalDock()->toggleViewAction();
    CHECK(dispatcher.window.menuBar()->actions().size() > 0);
    show->trigger();
    REQUIRE(dispatcher.window.hospitalDock()->isVisible());

    HospitalPanel *panel = dispatcher.panel();
    REQUIRE(QTest::qWaitFor([&] { return panel->selectedHospitalId() != 0; }, 3000));
    CHECK_FALSE(panel->isEditable());
    CHECK_FALSE(panel->statusBox()->isEnabled());
    CHECK_FALSE(panel->reasonEdit()->isEnabled());
    CHECK_FALSE(panel->saveStatusButton()->isEnabled());
    CHECK_FALSE(panel->saveBedsButton()->isEnabled());
    CHECK(panel->readOnlyReason().contains(QStringLiteral("shift lead")));
    auto *why = panel->findChild<QLabel *>(QStringLiteral("readOnlyReason"));
    REQUIRE(why);
    CHECK(why->isVisible());
    CHECK(why->text() == panel->readOnlyReason());
    // The wall is the shift lead's to put up.
    auto *wall = dispatcher.window.findChild<QAction *>(QStringLiteral("viewWall"));
    REQUIRE(wall);
    CHECK_FALSE(wall->isEnabled());
}

TEST_CASE("a hospital's last update turns stale on the console's clock after the centre's setting")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::core::PgConnection owner = pela::test::connect(conninfo);
    REQUIRE(owner
                .exec("UPDATE settings SET value = '30'::jsonb"
                      " WHERE key = 'hospital_status_stale_minutes'")
                .ok());
    pela::test::TestLogins logins(conninfo);
    Console lead(logins.create(QStringLiteral("pela_shift_lead")));
    QAbstractItemModelTester tester(lead.hospitals(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor(
        [&] { return lead.hospitals()->staleAfter() == std::chrono::minutes(30); }, 5000));
    // Every hospital's latest update, as the database has it, is the demo load's.
    const int row = lead.rowOf(QStringLiteral("HLS"));
    REQUIRE(row >= 0);
    const QModelIndex updated = lead.hospitals()->index(row, HospitalStatusModel::UpdatedColumn);
    REQUIRE(updated.data(HospitalStatusModel::LastUpdateRole).toDateTime().isValid());
    CHECK_FALSE(updated.data(HospitalStatusModel::StaleRole).toBool());
    const QDateTime last = updated.data(HospitalStatusModel::LastUpdateRole).toDateTime();
    const qint64 sinceUpdate = last.secsTo(lead.window.liveSession()->state()->clock().now());

    lead.after(29 * 60 - int(sinceUpdate));
    CHECK_FALSE(updated.data(HospitalStatusModel::StaleRole).toBool());
    CHECK_FALSE(updated.data().toString().contains(QStringLiteral("stale")));

    lead.after(2 * 60);
    CHECK(updated.data(HospitalStatusModel::StaleRole).toBool());
    CHECK(updated.data().toString().contains(QStringLiteral("stale")));
    // The panel's cell says so, and the wall's strip line too.
    const QModelIndex shown =
        lead.panel()->table()->model()->index(row, HospitalStatusModel::UpdatedColumn);
    CHECK(shown.data().toString().contains(QStringLiteral("stale")));
    lead.window.showWall(false);
    pela::ui::HospitalStrip *strip = lead.window.wallWindow()->hospitalStrip();
    REQUIRE(strip->rowCount() == lead.hospitals()->rowCount());
    CHECK(strip->lineText(row).contains(QStringLiteral("stale")));
    lead.window.leaveWall();
}

TEST_CASE("the wall shows only the board and the hospital strip, case numbers and priorities at "
          "least 32 px high on 1920x1080; Esc and F11 leave it")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::core::PgConnection owner = pela::test::connect(conninfo);
    pela::test::TestLogins logins(conninfo);
    Console lead(logins.create(QStringLiteral("pela_shift_lead")));
    pela::core::OpenCaseRequest request;
    request.category = QStringLiteral("fire");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = QStringLiteral("Pasar Mardika lantai 2");
    const pela::core::CommandResult opened = pela::core::IncidentCommands(owner).openCase(request);
    REQUIRE(opened.ok());

    // From the View menu (F11), as the shift lead would.
    auto *action = lead.window.findChild<QAction *>(QStringLiteral("viewWall"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    pela::ui::WallWindow *wall = lead.window.wallWindow();
    REQUIRE(wall);
    REQUIRE(QTest::qWaitForWindowExposed(wall));
    CHECK(wall->isFullScreen());
    CHECK_FALSE(lead.window.isVisible());
    wall->showNormal();
    wall->resize(1920, 1080);
    QTest::qWait(50);

    // Nothing but the board and the strip: no intake, no docks, no menus, no other window.
    CHECK(wall->caseBoard()->isVisible());
    CHECK(wall->hospitalStrip()->isVisible());
    CHECK(wall->findChildren<pela::ui::IntakeForm *>().isEmpty());
    CHECK(wall->findChildren<QDockWidget *>().isEmpty());
    CHECK(wall->findChildren<QMenuBar *>().isEmpty());
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window != wall && window->isVisible())
            FAIL("another window is on screen: " << window->objectName().toStdString());
    CHECK(wall->hospitalStrip()->rowCount() == lead.hospitals()->rowCount());

    pela::ui::CaseBoardView *view = wall->caseBoard()->view();
    const QAbstractItemModel *board = view->model();
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < board->rowCount(); ++row)
                if (board->index(row, 0).data(pela::core::CaseNumberRole) == opened.caseNumber)
                    return true;
            return false;
        },
        3000));
    const QModelIndexList found = board->match(board->index(0, 0), pela::core::CaseNumberRole,
                                               opened.caseNumber, 1, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    using Board = pela::core::CaseBoardModel;
    for (int column : {int(Board::NumberColumn), int(Board::PriorityColumn)}) {
        const QModelIndex cell = found.first().siblingAtColumn(column);
        QFont drawn = view->font();
        drawn.setBold(true); // as the board's delegate draws both
        INFO("column " << column);
        CHECK(drawn.pixelSize() >= 32);
        CHECK(QFontMetrics(drawn).height() >= 32);
        CHECK(view->visualRect(cell).height() >= 32);
        // Whole, not elided.
        CHECK(view->columnWidth(column) >
              QFontMetrics(drawn).horizontalAdvance(cell.data().toString()));
        CHECK_FALSE(view->isColumnHidden(column));
    }

    // Esc leaves it; F11 from the View menu and F11 on the wall toggle it.
    QTest::keyClick(wall, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return lead.window.isVisible(); }, 2000));
    CHECK_FALSE(wall->isVisible());
    lead.window.showWall(false);
    REQUIRE(QTest::qWaitForWindowExposed(wall));
    QApplication::setActiveWindow(wall);
    QTest::keyClick(wall, Qt::Key_F11);
    REQUIRE(QTest::qWaitFor([&] { return lead.window.isVisible(); }, 2000));
    CHECK_FALSE(wall->isVisible());
}
