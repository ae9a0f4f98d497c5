// Hospital mode across two consoles on one real cluster: a dispatcher's console and RSUD
// Haulussy's liaison's, each signed in with its own real login. The request rings at the
// hospital, one key answers it, the patient's arrival is marked there, and the hospital's ER
// status reaches the dispatcher's live state.
#include "commands/incidentcommands.h"
#include "databaseconnector.h"
#include "hospital/hospitalscreen.h"
#include "hospital/hospitalstatuspanel.h"
#include "hospital/hospitalunitspanel.h"
#include "hospitalconsoles.h"
#include "intake/intakeform.h"
#include "languageswitcher.h"
#include "live/hospitaltripmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/roles.h"
#include "livesession.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace pela::core;
using pela::test::TestCluster;
using pela::test::TestLogins;
using pela::test::TwoConsoles;
using pela::ui::DatabaseConnector;
using pela::ui::HospitalScreen;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;
using pela::ui::MainWindow;

TEST_CASE("a liaison's login opens the hospital's screens, a dispatcher's the centre's")
{
    TwoConsoles consoles;
    CHECK(consoles.dispatcher->window.hospitalScreen() == nullptr);
    CHECK(consoles.screen->hospitalId() ==
          consoles.hospital->window.liveSession()->sync()->hospitalId());
    CHECK_FALSE(consoles.hospital->window.intakeForm()->isVisible());
}

TEST_CASE("a dispatcher's request rings at the hospital within a second and F6 dispatches it")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Kudamati");
    const CommandResult request =
        consoles.commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-HLS-1"));
    REQUIRE(request.ok());
    REQUIRE(consoles.assignmentState(opened.caseId) == QLatin1String("requested"));

    HospitalTripModel *requests = consoles.screen->requestModel();
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 1; }, 1000));
    CHECK(requests->index(0, HospitalTripModel::CaseColumn).data().toString() == opened.caseNumber);
    CHECK(requests->index(0, HospitalTripModel::PriorityColumn).data().toString() ==
          QStringLiteral("P1"));
    CHECK(requests->index(0, HospitalTripModel::LocationColumn).data().toString() ==
          QStringLiteral("Kudamati"));
    CHECK(requests->index(0, HospitalTripModel::UnitColumn).data().toString() ==
          QStringLiteral("AMB-HLS-1"));
    CHECK(requests->index(0, HospitalTripModel::TimeColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("s left")));
    // Loud: the alarm line says a request waits.
    const auto *alarm = consoles.screen->findChild<QWidget *>(QStringLiteral("requestAlarm"));
    REQUIRE(alarm);
    CHECK(alarm->property("text").toString().contains(QStringLiteral("answer: 1 ")));

    consoles.press(Qt::Key_F6, consoles.screen->requestTable());
    REQUIRE(QTest::qWaitFor(
        [&] { return consoles.assignmentState(opened.caseId) == QLatin1String("dispatched"); },
        5000));
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 0; }, 2000));
    CHECK(consoles.screen->message().contains(QStringLiteral("accepted")));
}

TEST_CASE("a request nobody answers expires at its time and leaves the hospital's screen")
{
    TwoConsoles consoles;
    REQUIRE(
        consoles.owner.exec("UPDATE settings SET value = '2' WHERE key = 'request_timeout_seconds'")
            .ok());
    const CommandResult opened = consoles.openCase("Passo");
    REQUIRE(consoles.commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-HLS-1")).ok());
    HospitalTripModel *requests = consoles.screen->requestModel();
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 1; }, 1000));
    // The consoles' sweepers expire it; the case waits again with the reason.
    REQUIRE(QTest::qWaitFor(
        [&] { return consoles.assignmentState(opened.caseId) == QLatin1String("expired"); },
        15'000));
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 0; }, 2000));
    const PgResult waiting = consoles.owner.exec(
        "SELECT state, waiting_reason FROM cases WHERE id = $1", {opened.caseId});
    CHECK(waiting.text(0, "state") == QLatin1String("waiting"));
    CHECK(waiting.text(0, "waiting_reason").contains(QStringLiteral("expired")));
    // Too late to accept: the hospital is told so.
    consoles.screen->requestTable()->clearSelection();
    consoles.screen->acceptSelectedRequest();
    CHECK(consoles.screen->message().contains(QStringLiteral("No request")));
}

TEST_CASE("F7 declines a request with the reason typed, and without one asks for it")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Batu Merah");
    REQUIRE(consoles.commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-HLS-1")).ok());
    HospitalTripModel *requests = consoles.screen->requestModel();
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 1; }, 1000));

    consoles.press(Qt::Key_F7, consoles.screen->requestTable());
    CHECK(consoles.screen->message().contains(QStringLiteral("Write why")));
    CHECK(consoles.screen->declineReasonEdit()->hasFocus());
    CHECK(consoles.assignmentState(opened.caseId) == QLatin1String("requested"));

    QTest::keyClicks(consoles.screen->declineReasonEdit(), QStringLiteral("no crew tonight"));
    QTest::keyClick(consoles.screen->declineReasonEdit(), Qt::Key_F7);
    REQUIRE(QTest::qWaitFor(
        [&] { return consoles.assignmentState(opened.caseId) == QLatin1String("declined"); },
        5000));
    const PgResult waiting = consoles.owner.exec(
        "SELECT state, waiting_reason FROM cases WHERE id = $1", {opened.caseId});
    CHECK(waiting.text(0, "state") == QLatin1String("waiting"));
    CHECK(waiting.text(0, "waiting_reason").contains(QStringLiteral("no crew tonight")));
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 0; }, 2000));
}

TEST_CASE("a patient coming shows its triage and the dispatcher's note; F8 marks it arrived")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Urimessing");
    IncidentCommands &commands = consoles.commands;
    REQUIRE(commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-KOTA-1")).ok());
    REQUIRE(
        commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::OnScene).ok());
    REQUIRE(commands
                .advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::Transporting,
                                   QStringLiteral("HLS"))
                .ok());
    REQUIRE(commands.setReceivingNote(opened.caseNumber, QStringLiteral("suspected stroke, 14:10"))
                .ok());

    HospitalTripModel *incoming = consoles.screen->incomingModel();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return incoming->rowCount() == 1 &&
                   incoming->index(0, HospitalTripModel::NoteColumn).data().toString() ==
                       QStringLiteral("suspected stroke, 14:10");
        },
        2000));
    // The city ambulance bringing the patient is shown too (the view lets the hospital see it).
    CHECK(QTest::qWaitFor(
        [&] {
            return incoming->index(0, HospitalTripModel::UnitColumn).data().toString() ==
                   QStringLiteral("AMB-KOTA-1");
        },
        2000));
    {
        QStringList held;
        for (const UnitRecord &unit : consoles.hospital->state()->units())
            held << unit.callSign;
        INFO(held.join(QLatin1Char(' ')).toStdString());
        CHECK(held.contains(QStringLiteral("AMB-KOTA-1")));
    }
    CHECK(incoming->index(0, HospitalTripModel::PatientsColumn).data().toString() ==
          QStringLiteral("1"));
    // The liaison never sees the caller.
    const CaseRecord *seen = consoles.hospital->state()->findCase(opened.caseId);
    REQUIRE(seen);
    CHECK(seen->callerName.isEmpty());
    CHECK(seen->callerPhone.isEmpty());

    consoles.press(Qt::Key_F8, consoles.screen->incomingTable());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return consoles.owner
                       .exec("SELECT state FROM assignments WHERE case_id = $1", {opened.caseId})
                       .text(0, "state") == QLatin1String("at_hospital");
        },
        5000));
    REQUIRE(QTest::qWaitFor([&] { return incoming->rowCount() == 0; }, 2000));
}

TEST_CASE("setting diverting in hospital mode reaches the dispatcher's live state")
{
    TwoConsoles consoles;
    const qint64 hls =
        consoles.owner.exec("SELECT id FROM hospitals WHERE code = 'HLS'").toInt(0, "id");
    HospitalScreen *screen = consoles.screen;
    screen->statusPanel()->erStatusBox()->setCurrentIndex(
        screen->statusPanel()->erStatusBox()->findData(QStringLiteral("diverting")));
    screen->statusPanel()->erReasonEdit()->setText(QStringLiteral("CT scanner down"));
    screen->statusPanel()->saveErStatus();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const HospitalRecord *seen = consoles.dispatcher->state()->findHospital(hls);
            return seen && seen->erStatus == QLatin1String("diverting");
        },
        3000));
    CHECK(consoles.dispatcher->state()->findHospital(hls)->erStatusReason ==
          QStringLiteral("CT scanner down"));

    // Beds too, and only its own: the screen has no way to name another hospital.
    screen->statusPanel()->bedCategoryBox()->setCurrentIndex(
        screen->statusPanel()->bedCategoryBox()->findData(QStringLiteral("icu")));
    screen->statusPanel()->bedsTotalBox()->setValue(6);
    screen->statusPanel()->bedsAvailableBox()->setValue(2);
    screen->statusPanel()->saveBeds();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const HospitalRecord *seen = consoles.dispatcher->state()->findHospital(hls);
            for (const BedRecord &bed : seen->beds)
                if (bed.category == QLatin1String("icu") && bed.available == 2)
                    return true;
            return false;
        },
        3000));
}

TEST_CASE("the liaison takes its own ambulance out of service with a reason, and back")
{
    TwoConsoles consoles;
    QTableView *units = consoles.screen->unitsPanel()->unitTable();
    REQUIRE(QTest::qWaitFor([&] { return units->model()->rowCount() > 0; }, 2000));
    for (int row = 0; row < units->model()->rowCount(); ++row)
        CHECK(units->model()
                  ->index(row, 0)
                  .data(CallSignRole)
                  .toString()
                  .startsWith(QStringLiteral("AMB-HLS")));
    units->selectRow(0);
    const QString callSign = units->model()->index(0, 0).data(CallSignRole).toString();
    auto status = [&] {
        return consoles.owner.exec("SELECT status FROM units WHERE call_sign = $1", {callSign})
            .text(0, "status");
    };
    consoles.screen->unitsPanel()->setSelectedUnitOutOfService();
    CHECK(consoles.screen->message().contains(QStringLiteral("Write why")));
    consoles.screen->unitsPanel()->unitReasonEdit()->setText(QStringLiteral("flat tyre"));
    consoles.screen->unitsPanel()->setSelectedUnitOutOfService();
    REQUIRE(QTest::qWaitFor([&] { return status() == QLatin1String("out_of_service"); }, 5000));
    consoles.screen->unitsPanel()->setSelectedUnitInService();
    REQUIRE(QTest::qWaitFor([&] { return status() == QLatin1String("available"); }, 5000));
}

TEST_CASE("a login without its password gets a sign-in dialog; a right password connects and the "
          "status bar names the login; .pgpass still needs no dialog")
{
    QStandardPaths::setTestModeEnabled(true);
    PgConnection owner = pela::test::connect(TestCluster::instance().freshDatabase());
    TestLogins logins(owner.conninfo());
    const QString full = logins.create(QStringLiteral("pela_dispatcher"));
    const QString login = TestLogins::loginName(full);
    const QString password =
        full.section(QStringLiteral("password="), 1).section(QLatin1Char(' '), 0, 0);
    REQUIRE_FALSE(password.isEmpty());
    const QString withoutPassword = owner.conninfo() + QStringLiteral(" user=") + login;

    SECTION("asked, refused once, then signed in")
    {
        LanguageSwitcher languages;
        languages.setLanguage(Language::English, LanguageSwitcher::Persistence::ThisSessionOnly);
        DatabaseConnector connector(withoutPassword);
        MainWindow window(&connector, &languages);
        window.show();
        connector.connectToDatabase();
        REQUIRE(QTest::qWaitFor(
            [&] { return window.signInDialog() && window.signInDialog()->isVisible(); }, 30'000));
        CHECK(connector.needsSignIn());
        pela::ui::SignInDialog *dialog = window.signInDialog();
        dialog->userEdit()->setText(login);
        dialog->passwordEdit()->setText(QStringLiteral("not the password"));
        dialog->accept();
        CHECK(dialog->passwordEdit()->text().isEmpty());
        // Refused again: asked again, with the server's reason.
        REQUIRE(QTest::qWaitFor(
            [&] {
                return connector.state() == DatabaseConnector::State::Failed && dialog->isVisible();
            },
            30'000));
        CHECK(dialog->userEdit()->text() == login);
        dialog->passwordEdit()->setText(password);
        dialog->accept();
        REQUIRE(QTest::qWaitFor(
            [&] { return connector.state() == DatabaseConnector::State::Connected; }, 30'000));
        CHECK(connector.signedInAs() == login);
        REQUIRE(QTest::qWaitFor([&] { return window.liveSession()->sync()->isOnline(); }, 10'000));
        CHECK(window.connectionStatusText().contains(QStringLiteral("signed in as ") + login));
        CHECK_FALSE(window.connectionStatusText().contains(password));
        CHECK_FALSE(dialog->isVisible());
    }
    SECTION("a password file answers for libpq, no dialog")
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("pgpass"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("*:*:*:%1:%2\n").arg(login, password).toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(path));
        LanguageSwitcher languages;
        DatabaseConnector connector(withoutPassword);
        MainWindow window(&connector, &languages);
        connector.connectToDatabase();
        REQUIRE(QTest::qWaitFor(
            [&] { return connector.state() == DatabaseConnector::State::Connected; }, 30'000));
        qunsetenv("PGPASSFILE");
        CHECK(connector.signedInAs() == login);
        CHECK(window.signInDialog() == nullptr);
    }
}
