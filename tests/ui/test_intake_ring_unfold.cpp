// The dispatcher's layout folds the intake form away beside the map; a ring of the phone system
// (pela-admin call ring, on a real database) opens it again at once with the number filled and
// the cursor at the location, also when a folded call is still unsaved (that call is kept and
// the new number waits).
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "consolelayout.h"
#include "intake/locationsearch.h"
#include "intakeconsole.h"
#include "intakescript.h"
#include "livesession.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela;
using pela::test::IntakeConsole;
using pela::ui::ConsoleLayout;

namespace {

// A console on a fresh database in the dispatcher's layout, the intake folded and the operator
// working on the case board; the phone system's login to ring it.
struct FoldedConsole
{
    FoldedConsole()
        : conninfo(test::TestCluster::instance().freshDatabase()), logins(conninfo),
          console(conninfo, home.path(), QStringLiteral("ws-07"))
    {
        REQUIRE(home.isValid());
        REQUIRE(console.waitReady());
        REQUIRE(console.activate());
        // Once the login's roles are known: they choose a layout of their own.
        REQUIRE(QTest::qWaitFor([&] {
            return !console.window().liveSession()->loginProfile().primaryRole().isEmpty();
        }));
        layout().apply(ConsoleLayout::Kind::Dispatcher);
        REQUIRE(layout().kind() == ConsoleLayout::Kind::Dispatcher);
        REQUIRE_FALSE(layout().isIntakeShown());
        phoneSystem = logins.create(QStringLiteral("pela_telephony"));
    }

    ConsoleLayout &layout() { return *console.window().consoleLayout(); }
    ui::IntakeForm &form() { return console.form(); }
    QAction *viewIntakeAction()
    {
        return console.window().findChild<QAction *>(QStringLiteral("viewIntakeForm"));
    }

    QTemporaryDir home;
    QString conninfo;
    test::TestLogins logins;
    IntakeConsole console;
    QString phoneSystem;
};

} // namespace

TEST_CASE("a ring unfolds the dispatcher's folded intake form with the number filled and the "
          "cursor at the location, so the call is taken at once")
{
    FoldedConsole folded;
    QWidget *board = folded.console.window().caseBoard()->view();
    board->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }));
    REQUIRE(folded.viewIntakeAction());
    CHECK_FALSE(folded.viewIntakeAction()->isChecked());

    REQUIRE(test::ringFromPhoneSystem(folded.phoneSystem, test::scriptedPhone,
                                      QStringLiteral("WS-07")) == 0);
    REQUIRE(QTest::qWaitFor([&] { return folded.layout().isIntakeShown(); }, 10000));
    CHECK(folded.form().callerNumberEdit()->text() == test::scriptedPhone);
    CHECK(folded.form().isVisible());
    CHECK(folded.form().width() > 300);
    CHECK(folded.viewIntakeAction()->isChecked());
    // The operator speaks and types at once: the keys reach the location field on screen.
    CHECK(QApplication::focusWidget() == folded.form().locationSearch()->edit());
    test::typeText(QStringLiteral("batu mer"));
    CHECK(folded.form().locationSearch()->edit()->text() == QStringLiteral("batu mer"));
    CHECK(folded.layout().kind() == ConsoleLayout::Kind::Dispatcher);
}

TEST_CASE("a ring while a folded call is still unsaved unfolds the form, keeps that call and "
          "says the new number waits")
{
    FoldedConsole folded;
    folded.layout().setIntakeShown(true);
    folded.form().callerNumberEdit()->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor(
        [&] { return QApplication::focusWidget() == folded.form().callerNumberEdit(); }));
    test::typeText(QStringLiteral("0911 300300"));
    folded.layout().setIntakeShown(false);
    REQUIRE_FALSE(folded.layout().isIntakeShown());

    REQUIRE(test::ringFromPhoneSystem(folded.phoneSystem, test::scriptedPhone,
                                      QStringLiteral("WS-07")) == 0);
    REQUIRE(QTest::qWaitFor([&] { return folded.layout().isIntakeShown(); }, 10000));
    CHECK(folded.form().callerNumberEdit()->text() == QStringLiteral("0911 300300"));
    REQUIRE(QTest::qWaitFor([&] { return folded.form().message().contains(test::scriptedPhone); }));
}
