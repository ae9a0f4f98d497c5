// The case detail's actions on a real console and a real cluster, driven with QTest: a unit
// moved through its lifecycle from the detail, a close refused while it is active and allowed
// once it is clear, reopen, refer, link, duplicate and the note for the receiving hospital
// reaching the database, and a call-taker's detail saying which actions are not theirs.
#include "board/boardsession.h"
#include "board/caseactiondialog.h"
#include "board/caseactionpanel.h"
#include "board/casedetaildialog.h"
#include "commands/incidentcommands.h"
#include "databaseconnector.h"
#include "languageswitcher.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "livesession.h"
#include "mainwindow.h"
#include "signedinconsole.h"
#include "sqlprobes.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using pela::ui::CaseActionDialog;
using pela::ui::CaseActionPanel;
using pela::ui::CaseDetailDialog;
using pela::ui::DatabaseConnector;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
using pela::ui::MainWindow;

using pela::test::scalar;

namespace {

void isolateSettings()
{
    pela::test::isolateSettings("test_case_actions");
}

// A console connected to conninfo (a login of a role, or the owner), live.
struct Console : pela::test::SignedInConsole
{
    explicit Console(const QString &conninfo) : SignedInConsole(conninfo, {1366, 768}) {}

    // The case's detail, shown and read.
    std::unique_ptr<CaseDetailDialog> detailOf(const QString &number)
    {
        const pela::core::LiveState *state = window.liveSession()->state();
        qint64 id = 0;
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (const pela::core::CaseRecord &record : state->cases())
                    if (record.number == number)
                        id = record.id;
                return id != 0;
            },
            3000));
        auto detail = std::make_unique<CaseDetailDialog>(window.boardSession(), id, &window);
        detail->show();
        REQUIRE(QTest::qWaitForWindowExposed(detail.get()));
        REQUIRE(QTest::qWaitFor([&] { return detail->isLoaded(); }, 3000));
        return detail;
    }
};

QString openCase(pela::core::PgConnection &connection, const QString &location, double lat = 0,
                 double lon = 0)
{
    pela::core::OpenCaseRequest request;
    request.category = QStringLiteral("medical");
    request.priority = 2;
    request.call.callerPhone = QStringLiteral("081234567890");
    request.locationText = location;
    if (lat != 0) {
        request.lat = lat;
        request.lon = lon;
    }
    const pela::core::CommandResult result =
        pela::core::IncidentCommands(connection).openCase(request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result.caseNumber;
}

QString assignmentState(pela::core::PgConnection &connection, const QString &number)
{
    return scalar(connection,
                  "SELECT a.state FROM assignments a JOIN cases c ON c.id = a.case_id"
                  " WHERE c.number = $1 ORDER BY a.id DESC LIMIT 1",
                  {number});
}

// The input the action opened, once it is shown.
CaseActionDialog *inputOf(CaseActionPanel *panel)
{
    REQUIRE(QTest::qWaitFor([&] { return panel->openInput() && panel->openInput()->isVisible(); },
                            2000));
    return panel->openInput();
}

// Waits until the detail shows words containing text (an answer, not the one before).
void waitForMessage(CaseDetailDialog *detail, const QString &text)
{
    const bool shown = QTest::qWaitFor([&] { return detail->message().contains(text); }, 5000);
    INFO("message: " << detail->message().toStdString());
    REQUIRE(shown);
}

// Picks the next step to and presses Advance; waits for the database to have it.
void advanceTo(CaseActionPanel *panel, pela::core::PgConnection &elsewhere, const QString &number,
               pela::core::AssignmentState to)
{
    REQUIRE(QTest::qWaitFor(
        [&] {
            return panel->nextStepBox()->findData(int(to)) >= 0 &&
                   panel->advanceButton()->isEnabled();
        },
        3000));
    panel->nextStepBox()->setCurrentIndex(panel->nextStepBox()->findData(int(to)));
    QTest::mouseClick(panel->advanceButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return assignmentState(elsewhere, number) == pela::core::toText(to); }, 5000));
}

} // namespace

TEST_CASE("a unit moves through its lifecycle from the case's detail; closing is refused while "
          "it is active, in the operator's language, and allowed once it is clear")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, QStringLiteral("Jl. Sultan Hairun"));
    REQUIRE(pela::core::IncidentCommands(elsewhere)
                .assignUnit(number, QStringLiteral("AMB-KOTA-1"))
                .ok());
    auto detail = console.detailOf(number);
    CaseActionPanel *panel = detail->actions();
    REQUIRE(QTest::qWaitFor([&] { return panel->unitBox()->count() == 1; }, 3000));
    CHECK(panel->unitBox()->currentText().startsWith(QStringLiteral("AMB-KOTA-1")));
    // Nothing received yet: the receiving hospital's note waits for one.
    CHECK_FALSE(panel->saveReceivingNoteButton()->isEnabled());
    CHECK(panel->saveReceivingNoteButton()->toolTip().contains(QStringLiteral("No receiving")));
    CHECK_FALSE(panel->reopenButton()->isEnabled());

    // Closing with a unit still out is the server's refusal, in Indonesian, naming the unit.
    console.languages.setLanguage(Language::Indonesian,
                                  LanguageSwitcher::Persistence::ThisSessionOnly);
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    CaseActionDialog *input = inputOf(panel);
    input->choiceBox()->setCurrentIndex(
        input->choiceBox()->findData(QStringLiteral("treated_on_scene")));
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    waitForMessage(detail.get(), QStringLiteral("AMB-KOTA-1"));
    CHECK_FALSE(detail->message().contains(QStringLiteral("still has units")));
    CHECK(detail->message().contains(QStringLiteral("Kasus %1").arg(number)));
    CHECK(scalar(elsewhere, "SELECT state FROM cases WHERE number = $1", {number}) !=
          QStringLiteral("closed"));
    console.languages.setLanguage(Language::English,
                                  LanguageSwitcher::Persistence::ThisSessionOnly);

    using pela::core::AssignmentState;
    advanceTo(panel, elsewhere, number, AssignmentState::EnRoute);
    advanceTo(panel, elsewhere, number, AssignmentState::OnScene);
    // Transporting asks where to: the hospital box shows for that step only.
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->nextStepBox()->findData(int(AssignmentState::Transporting)) >= 0; },
        3000));
    panel->nextStepBox()->setCurrentIndex(
        panel->nextStepBox()->findData(int(AssignmentState::Transporting)));
    CHECK(panel->hospitalBox()->isVisible());
    const int leimena = panel->hospitalBox()->findData(QStringLiteral("LMN"));
    REQUIRE(leimena >= 0);
    panel->hospitalBox()->setCurrentIndex(leimena);
    QTest::mouseClick(panel->advanceButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return assignmentState(elsewhere, number) == QStringLiteral("transporting"); },
        5000));
    CHECK(scalar(elsewhere,
                 "SELECT h.code FROM cases c JOIN hospitals h ON h.id = c.destination_hospital_id"
                 " WHERE c.number = $1",
                 {number}) == QStringLiteral("LMN"));
    advanceTo(panel, elsewhere, number, AssignmentState::AtHospital);
    advanceTo(panel, elsewhere, number, AssignmentState::Cleared);
    CHECK(scalar(elsewhere, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QStringLiteral("available"));
    // No unit left: the unit's actions say so.
    REQUIRE(QTest::qWaitFor([&] { return panel->unitBox()->count() == 0; }, 3000));
    CHECK_FALSE(panel->advanceButton()->isEnabled());
    CHECK(panel->advanceButton()->toolTip() == QStringLiteral("No unit is on this case now."));

    // Now it closes, with the outcome chosen.
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    input = inputOf(panel);
    input->choiceBox()->setCurrentIndex(
        input->choiceBox()->findData(QStringLiteral("transported")));
    QTest::keyClicks(input->textInput(), QStringLiteral("Handed over at LMN"));
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT state || '/' || disposition FROM cases"
                          " WHERE number = $1",
                          {number}) == QStringLiteral("closed/transported");
        },
        5000));
    waitForMessage(detail.get(), QStringLiteral("is closed"));

    // A closed case offers reopening only.
    REQUIRE(QTest::qWaitFor([&] { return panel->reopenButton()->isEnabled(); }, 3000));
    for (QPushButton *button :
         {panel->closeButton(), panel->referButton(), panel->duplicateButton(), panel->linkButton(),
          panel->cancelUnitButton(), panel->advanceButton()}) {
        INFO(button->objectName().toStdString());
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("is closed; reopen it first")));
    }

    // Reopening needs its reason, said in words before anything is sent.
    QTest::mouseClick(panel->reopenButton(), Qt::LeftButton);
    input = inputOf(panel);
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    CHECK(input->isVisible());
    CHECK(input->problem() == QStringLiteral("Say why the case is reopened."));
    QTest::keyClicks(input->textInput(), QStringLiteral("Patient called again"));
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere, "SELECT state FROM cases WHERE number = $1", {number}) !=
                   QStringLiteral("closed");
        },
        5000));
    REQUIRE(QTest::qWaitFor([&] { return panel->closeButton()->isEnabled(); }, 3000));
    CHECK_FALSE(panel->reopenButton()->isEnabled());
}

TEST_CASE("refer, link, the receiving hospital's note and marking a duplicate reach the database "
          "from the detail")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    Console console(conninfo);
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString original =
        openCase(elsewhere, QStringLiteral("Pasar Mardika"), -3.6925, 128.1835);
    const QString number =
        openCase(elsewhere, QStringLiteral("Pasar Mardika, depan toko"), -3.6926, 128.1836);
    auto detail = console.detailOf(number);
    CaseActionPanel *panel = detail->actions();

    // Refer to the police, in the centre's one spelling.
    REQUIRE(panel->referButton()->isEnabled());
    QTest::mouseClick(panel->referButton(), Qt::LeftButton);
    CaseActionDialog *input = inputOf(panel);
    const int police = input->choiceBox()->findText(QStringLiteral("Polresta (Ambon city police)"));
    REQUIRE(police >= 0);
    input->choiceBox()->setCurrentIndex(police);
    QTest::keyClicks(input->textInput(), QStringLiteral("Fight at the market"));
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id"
                          " WHERE c.number = $1 AND r.agency LIKE 'Polresta%' AND"
                          " r.state = 'forwarded' AND r.note = 'Fight at the market'",
                          {number}) == QStringLiteral("1");
        },
        5000));
    waitForMessage(detail.get(), QStringLiteral("is referred to"));

    // Link the other case by typing its number.
    QTest::mouseClick(panel->linkButton(), Qt::LeftButton);
    input = inputOf(panel);
    input->choiceBox()->setCurrentIndex(-1);
    QTest::keyClicks(input->choiceBox()->lineEdit(), original);
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT count(*) FROM case_links l JOIN cases c ON c.id = l.case_id"
                          " WHERE c.number = $1 AND l.kind = 'related'",
                          {number}) == QStringLiteral("1");
        },
        5000));
    waitForMessage(detail.get(), QStringLiteral("is linked with"));

    // A unit sent by mistake is taken off with its reason, which the reason is required for.
    pela::core::IncidentCommands commands(elsewhere);
    REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(QTest::qWaitFor([&] { return panel->cancelUnitButton()->isEnabled(); }, 5000));
    QTest::mouseClick(panel->cancelUnitButton(), Qt::LeftButton);
    input = inputOf(panel);
    QTest::keyClick(input->textInput(), Qt::Key_Return);
    CHECK(input->problem() == QStringLiteral("Say why the unit is taken off the case."));
    QTest::keyClicks(input->textInput(), QStringLiteral("Wrong unit, AMB-KOTA-2 is nearer"));
    QTest::keyClick(input->textInput(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT a.state || '/' || a.ended_reason FROM assignments a"
                          " JOIN cases c ON c.id = a.case_id WHERE c.number = $1",
                          {number}) == QStringLiteral("cancelled/Wrong unit, AMB-KOTA-2 is nearer");
        },
        5000));
    waitForMessage(detail.get(), QStringLiteral("AMB-KOTA-1 was taken off the case."));

    // The receiving hospital's note opens once a unit carries the patient somewhere.
    CHECK_FALSE(panel->receivingNoteInput()->isEnabled());
    REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-KOTA-2")).ok());
    REQUIRE(
        commands
            .advanceAssignment(QStringLiteral("AMB-KOTA-2"), pela::core::AssignmentState::OnScene)
            .ok());
    REQUIRE(commands
                .advanceAssignment(QStringLiteral("AMB-KOTA-2"),
                                   pela::core::AssignmentState::Transporting, QStringLiteral("LMN"))
                .ok());
    REQUIRE(QTest::qWaitFor([&] { return panel->receivingNoteInput()->isEnabled(); }, 5000));
    const QString note = QStringLiteral("Oxygen needed, family follows");
    QTest::keyClicks(panel->receivingNoteInput(), note);
    QTest::keyClick(panel->receivingNoteInput(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere, "SELECT receiving_note FROM cases WHERE number = $1",
                          {number}) == note;
        },
        5000));
    const pela::core::LiveState *state = console.window.liveSession()->state();
    REQUIRE(QTest::qWaitFor(
        [&] { return state->findCase(detail->caseId())->receivingNote == note; }, 3000));
    waitForMessage(detail.get(), QStringLiteral("was saved"));

    // Marking a duplicate waits for the unit too: the server says so.
    QTest::mouseClick(panel->duplicateButton(), Qt::LeftButton);
    input = inputOf(panel);
    // The case nearby of the same kind is offered first.
    REQUIRE(input->choiceBox()->count() >= 1);
    CHECK(input->choiceBox()->itemData(0).toString() == original);
    input->choiceBox()->setCurrentIndex(0);
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    waitForMessage(detail.get(), QStringLiteral("has units on it"));

    REQUIRE(
        commands
            .advanceAssignment(QStringLiteral("AMB-KOTA-2"), pela::core::AssignmentState::Cleared)
            .ok());
    REQUIRE(QTest::qWaitFor([&] { return panel->unitBox()->count() == 0; }, 5000));
    QTest::mouseClick(panel->duplicateButton(), Qt::LeftButton);
    input = inputOf(panel);
    input->choiceBox()->setCurrentIndex(0);
    QTest::mouseClick(input->okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return scalar(elsewhere,
                          "SELECT coalesce(d.number, '') FROM cases c"
                          " LEFT JOIN cases d ON d.id = c.duplicate_of WHERE c.number = $1",
                          {number}) == original;
        },
        5000));
    CHECK(scalar(elsewhere, "SELECT state || '/' || disposition FROM cases WHERE number = $1",
                 {number}) == QStringLiteral("closed/duplicate"));
}

TEST_CASE("a call-taker's detail disables the dispatcher's and the shift lead's actions and says "
          "why, in Indonesian too; the keyboard reaches every action and Esc closes")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::test::TestLogins logins(conninfo);
    const QString callTaker = logins.create(QStringLiteral("pela_call_taker"));
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, QStringLiteral("Galala"));
    REQUIRE(pela::core::IncidentCommands(elsewhere)
                .assignUnit(number, QStringLiteral("AMB-KOTA-1"))
                .ok());
    Console console(callTaker);
    auto detail = console.detailOf(number);
    CaseActionPanel *panel = detail->actions();
    REQUIRE(QTest::qWaitFor([&] { return panel->unitBox()->count() == 1; }, 3000));

    CHECK_FALSE(panel->advanceButton()->isEnabled());
    CHECK(panel->advanceButton()->toolTip() ==
          QStringLiteral("Only a dispatcher or shift lead may change a unit's status on a case."));
    CHECK_FALSE(panel->cancelUnitButton()->isEnabled());
    CHECK_FALSE(panel->referButton()->isEnabled());
    CHECK_FALSE(panel->receivingNoteInput()->isEnabled());
    CHECK_FALSE(panel->closeButton()->isEnabled());
    CHECK(panel->closeButton()->toolTip() == QStringLiteral("Only a shift lead may close a case."));
    CHECK_FALSE(panel->duplicateButton()->isEnabled());
    // A call-taker links cases.
    CHECK(panel->linkButton()->isEnabled());
    CHECK(panel->roleNote()->isVisible());
    CHECK(panel->roleNote()->text().contains(QStringLiteral("Only a shift lead may close a case")));

    console.languages.setLanguage(Language::Indonesian,
                                  LanguageSwitcher::Persistence::ThisSessionOnly);
    // The widgets hear of the new language through the event loop.
    const bool indonesian = QTest::qWaitFor(
        [&] {
            return panel->advanceButton()->toolTip().startsWith(
                QStringLiteral("Hanya dispatcher atau kepala shift"));
        },
        2000);
    INFO(panel->advanceButton()->toolTip().toStdString());
    CHECK(indonesian);
    CHECK(panel->closeButton()->toolTip().startsWith(QStringLiteral("Hanya kepala shift")));
    console.languages.setLanguage(Language::English,
                                  LanguageSwitcher::Persistence::ThisSessionOnly);

    // Alt+K opens the link input, Esc leaves it, Esc again closes the detail.
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->linkButton()->text() == QStringLiteral("Lin&k related…"); }, 2000));
    detail->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(detail.get()));
    QTest::keyClick(detail.get(), Qt::Key_K, Qt::AltModifier);
    CaseActionDialog *input = inputOf(panel);
    CHECK(input->choiceBox()->hasFocus());
    QTest::keyClick(input, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return panel->openInput() == nullptr; }, 2000));
    CHECK(detail->isVisible());
    detail->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(detail.get()));
    QTest::keyClick(detail.get(), Qt::Key_Escape);
    CHECK_FALSE(detail->isVisible());
}

TEST_CASE("the detail with its actions fits a 1366x768 screen in Indonesian, every button's words "
          "whole")
{
    isolateSettings();
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    pela::core::PgConnection elsewhere = pela::test::connect(conninfo);
    const QString number = openCase(elsewhere, QStringLiteral("Jl. Dr. Kayadoe, Kudamati"));
    pela::core::IncidentCommands commands(elsewhere);
    REQUIRE(commands.assignUnit(number, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(
        commands
            .advanceAssignment(QStringLiteral("AMB-KOTA-1"), pela::core::AssignmentState::OnScene)
            .ok());
    Console console(conninfo);
    const QString pictures = qEnvironmentVariable("PELA_SCREENSHOT_DIR");
    for (const Language language : {Language::Indonesian, Language::English}) {
        console.languages.setLanguage(language, LanguageSwitcher::Persistence::ThisSessionOnly);
        auto detail = console.detailOf(number);
        CaseActionPanel *panel = detail->actions();
        REQUIRE(QTest::qWaitFor([&] { return panel->unitBox()->count() == 1; }, 3000));
        // The longest row: the unit's next step with the hospital to transport to.
        panel->nextStepBox()->setCurrentIndex(
            panel->nextStepBox()->findData(int(pela::core::AssignmentState::Transporting)));
        REQUIRE(panel->hospitalBox()->isVisible());
        QTest::qWait(50);
        const QSize needed = detail->minimumSizeHint();
        INFO("needs " << needed.width() << "x" << needed.height());
        CHECK(needed.width() <= 1366);
        CHECK(needed.height() <= 700);
        CHECK(detail->width() <= 1366);
        CHECK(panel->unitBox()->width() >= panel->unitBox()->sizeHint().width());
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            INFO(button->text().toStdString());
            CHECK(button->width() >= button->sizeHint().width());
        }
        if (!pictures.isEmpty())
            CHECK(detail->grab().save(QStringLiteral("%1/case-detail-%2.png")
                                          .arg(pictures, LanguageSwitcher::code(language))));
    }
}
