// The shift lead's case board on a real console and a real cluster, driven with QTest: cases
// from another connection appear at once, a waiting P1 turns red on a controlled clock and
// alerts until acknowledged, a note typed in the case's detail lands in its timeline, and a unit
// dropped on a case is assigned (or the lost race explained) and can be undone.
#include "board/alertmonitor.h"
#include "board/boardfilterbar.h"
#include "board/boardproxymodel.h"
#include "board/boardsession.h"
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "board/casedetaildialog.h"
#include "commands/incidentcommands.h"
#include "consolelayout.h"
#include "databaseconnector.h"
#include "dispatch/dropcontroller.h"
#include "dispatch/recommendationpanel.h"
#include "dispatch/unitdrag.h"
#include "dispatch/unitdragsource.h"
#include "languageswitcher.h"
#include "live/caseboardmodel.h"
#include "live/casetimelinemodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "livesession.h"
#include "livetableview.h"
#include "mainwindow.h"
#include "map/mappanel.h"
#include "map/mapview.h"
#include "signedinconsole.h"
#include "sqlprobes.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <memory>

using pela::core::CaseBoardModel;
using pela::ui::BoardProxyModel;
using pela::ui::CaseDetailDialog;
using pela::ui::DatabaseConnector;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
using pela::ui::MainWindow;

using pela::test::scalar;

namespace {

void isolateSettings()
{
    pela::test::isolateSettings("test_board");
}

// A console connected to conninfo, live and active, its clock the server's moved by skew seconds.
struct Console : pela::test::SignedInConsole
{
    explicit Console(const QString &conninfo)
        : SignedInConsole(conninfo, {1600, 900}, Focus::Active)
    {
    }

    pela::ui::CaseBoardPanel *panel() const { return window.caseBoard(); }
    const QAbstractItemModel *board() const { return panel()->view()->model(); }

    // The board's row of a case, -1 when not shown.
    int rowOf(const QString &number) const
    {
        for (int row = 0; row < board()->rowCount(); ++row)
            if (board()->index(row, 0).data(pela::core::CaseNumberRole).toString() == number)
                return row;
        return -1;
    }
    QModelIndex cell(const QString &number, int column) const
    {
        const int row = rowOf(number);
        return row < 0 ? QModelIndex() : board()->index(row, column);
    }
    qint64 caseId(const QString &number) const
    {
        return cell(number, 0).data(pela::core::IdRole).toLongLong();
    }

    // A unit as the unit list would drag it.
    pela::ui::UnitDrag dragOf(const QString &callSign) const
    {
        const QAbstractItemModel *units = window.unitTable()->model();
        for (int row = 0; row < units->rowCount(); ++row) {
            std::unique_ptr<QMimeData> data(
                pela::ui::UnitDragSource::mimeDataFor(units->index(row, 0)));
            if (!data)
                continue;
            const std::optional<pela::ui::UnitDrag> drag =
                pela::ui::UnitDrag::fromMimeData(data.get());
            if (drag && drag->callSign == callSign)
                return *drag;
        }
        FAIL("no unit " << callSign.toStdString() << " in the unit list");
        return {};
    }
};

QString openCase(pela::core::PgConnection &connection, int priority, const QString &location)
{
    pela::core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = priority;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = location;
    const pela::core::CommandResult result =
        pela::core::IncidentCommands(connection).openCase(request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result.caseNumber;
}

} // namespace

TEST_CASE("a case opened at another connection shows on the board within a second")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(console.board()),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);

    QElapsedTimer shown;
    shown.start();
    const QString number = openCase(elsewhere, 2, QStringLiteral("Jl. Sam Ratulangi"));
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(number) >= 0; }, 1000));
    CHECK(shown.elapsed() < 1000);
    CHECK(console.cell(number, CaseBoardModel::PriorityColumn).data().toString() ==
          QStringLiteral("P2"));
    CHECK(console.cell(number, CaseBoardModel::LocationColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Jl. Sam Ratulangi")));
    CHECK(console.panel()->title().endsWith(QStringLiteral("1 open")));
}

TEST_CASE("the filter bar's text narrows the board, and the choice is remembered")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString passo = openCase(elsewhere, 3, QStringLiteral("Passo"));
    const QString halong = openCase(elsewhere, 2, QStringLiteral("Halong"));
    REQUIRE(QTest::qWaitFor([&] { return console.board()->rowCount() == 2; }, 2000));

    QLineEdit *text =
        console.panel()->filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    REQUIRE(text);
    QTest::keyClicks(text, QStringLiteral("halong"));
    REQUIRE(QTest::qWaitFor([&] { return console.board()->rowCount() == 1; }, 2000));
    CHECK(console.rowOf(halong) == 0);
    CHECK(console.rowOf(passo) == -1);
    CHECK(console.panel()->title().contains(QStringLiteral("filtered: 1 shown")));
    CHECK(pela::ui::BoardFilter::load(*std::make_unique<QSettings>()).text ==
          QStringLiteral("halong"));
}

TEST_CASE("a P1 waiting past its threshold turns red on the clock, alerts, and one key "
          "acknowledges it")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, 1, QStringLiteral("Jl. Pattimura"));
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(number) >= 0; }, 2000));
    // The case's state time comes with its facts, read through the runner.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return console.cell(number, 0)
                .data(CaseBoardModel::StateSinceRole)
                .toDateTime()
                .isValid();
        },
        3000));

    console.after(0);
    const QModelIndex timer = console.cell(number, CaseBoardModel::TimerColumn);
    CHECK_FALSE(timer.data(CaseBoardModel::TimerOverdueRole).toBool());
    CHECK(timer.data(Qt::BackgroundRole).value<QColor>() != BoardProxyModel::overdueCell());
    CHECK(console.panel()->alertText().isEmpty());

    console.after(75);
    const QModelIndex late = console.cell(number, CaseBoardModel::TimerColumn);
    CHECK(late.data(CaseBoardModel::TimerOverdueRole).toBool());
    CHECK(late.data(Qt::BackgroundRole).value<QColor>() == BoardProxyModel::overdueCell());
    CHECK(late.data().toString().startsWith(QStringLiteral("P1 waiting for a unit 1:1")));
    CHECK(console.cell(number, CaseBoardModel::NumberColumn)
              .data(Qt::BackgroundRole)
              .value<QColor>() != QColor(Qt::white));
    pela::ui::AlertMonitor *alerts = console.window.boardSession()->alertMonitor();
    CHECK(alerts->isSounding());
    INFO(console.panel()->alertText().toStdString());
    CHECK(console.panel()->alertText().startsWith(number + QStringLiteral(": P1 waiting")));
    QPushButton *acknowledge = console.panel()->acknowledgeButton();
    REQUIRE(acknowledge->isVisible());

    // One key, anywhere in the window: the tone stops, the event follows.
    // (the operator is typing in the intake form: the key works from there too)
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    CHECK_FALSE(alerts->isSounding());
    CHECK(console.panel()->alertText().isEmpty());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                          "WHERE c.number = $1 AND e.kind = 'alert_acknowledged'",
                          {number}) == QStringLiteral("1");
        },
        3000));
    // Acknowledged is not solved: still red, and not alerting again on the next ticks.
    console.after(1);
    QTest::qWait(300);
    console.after(1);
    CHECK(console.cell(number, CaseBoardModel::TimerColumn)
              .data(CaseBoardModel::TimerOverdueRole)
              .toBool());
    CHECK_FALSE(alerts->isSounding());
    CHECK(console.panel()->alertText().isEmpty());
}

TEST_CASE("Enter on a case opens its timeline; a note added there appears in it")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, 2, QStringLiteral("Batu Merah"));
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(number) >= 0; }, 2000));

    pela::ui::CaseBoardView *view = console.panel()->view();
    view->setFocus();
    view->setCurrentIndex(console.cell(number, CaseBoardModel::NumberColumn));
    QTest::keyClick(view, Qt::Key_Return);
    CaseDetailDialog *detail = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (detail = console.window.findChild<CaseDetailDialog *>()) != nullptr; },
        1000));
    QAbstractItemModelTester tester(detail->timeline(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return detail->isLoaded(); }, 3000));
    CHECK(detail->windowTitle() == QStringLiteral("Case %1").arg(number));
    const int before = detail->timeline()->rowCount();
    REQUIRE(before >= 1); // the opening

    const QString note = QStringLiteral("Caller rang back: gate is blue");
    QTest::keyClicks(detail->noteInput(), note);
    QTest::mouseClick(detail->addNoteButton(), Qt::LeftButton);
    auto noteRow = [&] {
        for (int row = 0; row < detail->timeline()->rowCount(); ++row)
            if (detail->timeline()
                    ->index(row, pela::core::CaseTimelineModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(note))
                return row;
        return -1;
    };
    REQUIRE(QTest::qWaitFor([&] { return noteRow() >= 0; }, 3000));
    CHECK(noteRow() == detail->timeline()->rowCount() - 1);
    CHECK(detail->noteInput()->text().isEmpty());
    CHECK(detail->message().isEmpty());
    CHECK(scalar(elsewhere,
                 "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                 "WHERE c.number = $1 AND e.payload::text LIKE '%gate is blue%'",
                 {number}) == QStringLiteral("1"));

    // An empty note is refused in words, nothing sent.
    QTest::mouseClick(detail->addNoteButton(), Qt::LeftButton);
    CHECK(detail->message() == QStringLiteral("Type the note first."));
}

TEST_CASE("a unit dropped on a case is assigned through the runner and undone within the window")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, 1, QStringLiteral("Tantui"));
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(number) >= 0; }, 2000));
    REQUIRE(
        QTest::qWaitFor([&] { return console.window.unitTable()->model()->rowCount() > 0; }, 2000));

    pela::ui::DropController *drop = console.window.boardSession()->dropController();
    pela::ui::CaseBoardView *view = console.panel()->view();
    const QRect row = view->visualRect(console.cell(number, CaseBoardModel::NumberColumn));
    CHECK(drop->drop(console.dragOf(QStringLiteral("AMB-KOTA-1")), console.caseId(number),
                     view->viewport(),
                     row.center()) == pela::ui::DropController::DropOutcome::Posted);
    QPushButton *undo = console.panel()->undoButton();
    REQUIRE(QTest::qWaitFor([&] { return undo->isVisible(); }, 3000));
    CHECK(drop->lastMessage().contains(QStringLiteral("AMB-KOTA-1")));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return console.cell(number, CaseBoardModel::UnitsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("AMB-KOTA-1"));
        },
        2000));

    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK_FALSE(undo->isVisible());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT count(*) FROM assignments a JOIN cases c ON c.id = a.case_id "
                          "WHERE c.number = $1 AND a.undone_at IS NOT NULL",
                          {number}) == QStringLiteral("1");
        },
        3000));
    // The unit is free again and the case back to waiting for one.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !console.cell(number, CaseBoardModel::UnitsColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("AMB-KOTA-1"));
        },
        2000));
    CHECK(scalar(elsewhere, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QStringLiteral("available"));
}

TEST_CASE("a drop that lost the race says, in Indonesian, who assigned the unit first")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::test::TestLogins logins(conninfo);
    const QString dispatcherConninfo = logins.create(QStringLiteral("pela_dispatcher"));
    const QString dispatcher = pela::test::TestLogins::loginName(dispatcherConninfo);
    Console console(conninfo);
    console.languages.setLanguage(Language::Indonesian,
                                  LanguageSwitcher::Persistence::ThisSessionOnly);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString mine = openCase(elsewhere, 1, QStringLiteral("Tantui"));
    const QString theirs = openCase(elsewhere, 1, QStringLiteral("Galala"));
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(mine) >= 0; }, 2000));
    REQUIRE(
        QTest::qWaitFor([&] { return console.window.unitTable()->model()->rowCount() > 0; }, 2000));
    // The operator picks the unit up; meanwhile another dispatcher sends it elsewhere.
    const pela::ui::UnitDrag drag = console.dragOf(QStringLiteral("AMB-KOTA-1"));
    pela::core::PgConnection other = pela::test::TestLogins::connect(dispatcherConninfo);
    REQUIRE(
        pela::core::IncidentCommands(other).assignUnit(theirs, QStringLiteral("AMB-KOTA-1")).ok());

    pela::ui::DropController *drop = console.window.boardSession()->dropController();
    std::optional<pela::core::CommandResult> answer;
    QObject::connect(drop, &pela::ui::DropController::dropAnswered,
                     [&answer](const pela::core::CommandResult &result) { answer = result; });
    pela::ui::CaseBoardView *view = console.panel()->view();
    drop->drop(drag, console.caseId(mine), view->viewport(),
               view->visualRect(console.cell(mine, 0)).center());
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    CHECK(answer->status == pela::core::CommandResult::Status::Conflict);
    INFO(drop->lastMessage().toStdString());
    CHECK(drop->lastMessage().contains(theirs));
    CHECK(drop->lastMessage().contains(dispatcher));
    CHECK(drop->lastMessage().contains(QStringLiteral("sudah")));
    CHECK(drop->bubble()->isVisible());
    CHECK_FALSE(console.panel()->undoButton()->isVisible());
}

TEST_CASE("the case chosen on the board gets ranked units and hospitals with their reasons, its "
          "route on the map, and F3 sends the first unit")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    pela::core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 1;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = QStringLiteral("Jl. Sam Ratulangi");
    request.lat = -3.6960;
    request.lon = 128.1830;
    const pela::core::CommandResult opened =
        pela::core::IncidentCommands(elsewhere).openCase(request);
    REQUIRE(opened.ok());
    REQUIRE(QTest::qWaitFor([&] { return console.rowOf(opened.caseNumber) >= 0; }, 2000));

    // The advice is the dispatcher's: it shows in the dispatcher's layout.
    console.window.consoleLayout()->apply(pela::ui::ConsoleLayout::Kind::Dispatcher);
    pela::ui::CaseBoardView *view = console.panel()->view();
    const QModelIndex row = console.cell(opened.caseNumber, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    pela::ui::RecommendationPanel *panel = console.window.recommendationPanel();
    QTreeWidget *units = panel->unitList();
    // The network loads on its own connection; then the advice for the case follows.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return units->topLevelItemCount() > 0 &&
                   units->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() != 0;
        },
        10'000));
    const QString first = units->topLevelItem(0)->text(1);
    // No roads in this database: every time is an estimate, and the panel says so.
    CHECK(units->topLevelItem(0)->text(2).startsWith(QStringLiteral("≈")));
    CHECK(units->topLevelItem(0)->text(4).startsWith(QStringLiteral("arrives first (estimate)")));
    // The whole reason of the highlighted unit, readable however narrow the column.
    CHECK(panel->reasonsLabel()->text() ==
          first + QStringLiteral(": ") + units->topLevelItem(0)->text(4));
    CHECK(panel->hospitalList()->topLevelItemCount() > 0);
    CHECK(QTest::qWaitFor(
        [&] { return !console.window.mapPanel()->view()->renderer().guides().lines.isEmpty(); },
        2000));

    QTest::keyClick(&console.window, Qt::Key_F3);
    CHECK(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT coalesce(string_agg(u.call_sign, ','), '') FROM assignments a"
                          " JOIN units u ON u.id = a.unit_id JOIN cases c ON c.id = a.case_id"
                          " WHERE c.number = $1",
                          {opened.caseNumber}) == first;
        },
        5000));
    // Sent: it leaves the list of those to send and is timed to the case as it goes.
    CHECK(QTest::qWaitFor(
        [&] {
            return panel->assignedLabel()->text().startsWith(QStringLiteral("Assigned: ") + first);
        },
        5000));
}
