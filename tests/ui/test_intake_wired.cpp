// The intake form end to end on a real database, through the console's own command runner: the
// scripted P1 call from a real ring of the phone system to the case in the database; triage
// after an early save; a hearse request handed to dispatch and seen on a second console's
// board; referrals by who may make them; a call added to a possible duplicate; the caller's
// recent cases; refusals with the field and the roles; reference data reloaded when it changes.
#include "board/caseboardpanel.h"
#include "board/caseboardview.h"
#include "commands/incidentcommands.h"
#include "geo/gazetteersearchmodel.h"
#include "intake/callerhistorypanel.h"
#include "intake/categorypicker.h"
#include "intake/locationsearch.h"
#include "intake/triagequestionsview.h"
#include "intakeconsole.h"
#include "intakescript.h"
#include "live/caselistmodel.h"
#include "live/livestate.h"
#include "live/possibleduplicatesmodel.h"
#include "live/roles.h"
#include "livesession.h"
#include "livetableview.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela;
using pela::test::IntakeConsole;
using pela::test::pressKey;
using pela::test::TestCluster;
using pela::test::TestLogins;
using pela::test::typeText;

namespace {

// A fresh database, a console on it (as the login given, or the database's owner) with its own
// home, ready and the active window.
// A login of that group; the phone system's also reads the places and settings, so that its
// console has the gazetteer and a form to type in, but may still not open a case.
QString loginOf(pela::test::TestLogins &logins, const QString &ownerConninfo, const QString &role,
                const QString &hospital)
{
    if (role.isEmpty())
        return ownerConninfo;
    const QString login = logins.create(role, hospital);
    if (role == QStringLiteral("pela_telephony")) {
        core::PgConnection owner = pela::test::connect(ownerConninfo);
        const QString name = pela::test::TestLogins::loginName(login);
        // An identifier cannot be a parameter: the server quotes it.
        const core::PgResult grant =
            owner.exec("SELECT format('GRANT SELECT ON places, settings TO %I', $1::text)", {name});
        REQUIRE(grant.ok());
        REQUIRE(owner.exec(grant.text(0, 0)).ok());
    }
    return login;
}

struct Wired
{
    explicit Wired(const QString &role = {}, const QString &hospital = {})
        : conninfo(TestCluster::instance().freshDatabase()), logins(conninfo),
          login(loginOf(logins, conninfo, role, hospital)),
          console(login, home.path(), QStringLiteral("ws-07"))
    {
        REQUIRE(home.isValid());
        // The phone system's login reads no cases: its live sync stays offline.
        REQUIRE(console.waitReady(role == QStringLiteral("pela_telephony")
                                      ? IntakeConsole::Live::NotNeeded
                                      : IntakeConsole::Live::Needed));
        REQUIRE(console.activate());
    }

    core::PgConnection owner() const { return pela::test::connect(conninfo); }
    QString one(const QString &sql, const core::SqlParams &params = {}) const
    {
        core::PgConnection db = owner();
        const core::PgResult result = db.exec(sql, params);
        INFO(result.error().fullText().toStdString());
        REQUIRE(result.ok());
        return result.rowCount() > 0 ? result.text(0, 0) : QString();
    }
    ui::IntakeForm &form() { return console.form(); }

    QTemporaryDir home;
    QString conninfo;
    TestLogins logins;
    QString login;
    IntakeConsole console;
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace

TEST_CASE("the scripted P1 call: the phone system rings, the number is filled before a key, "
          "\"batu mer\" Enter, the category, two answers, save: at most 20 keys to the case in "
          "the database")
{
    Wired wired;
    const QString phoneSystem = wired.logins.create(QStringLiteral("pela_telephony"));
    REQUIRE(pela::test::ringFromPhoneSystem(phoneSystem, pela::test::scriptedPhone,
                                            QStringLiteral("WS-07")) == 0);
    // Filled by the ring alone, and the cursor waits at the location.
    REQUIRE(waitFor([&] { return !wired.form().callerNumberEdit()->text().isEmpty(); }));
    CHECK(wired.form().callerNumberEdit()->text() == pela::test::scriptedPhone);
    CHECK(QApplication::focusWidget() == wired.form().locationSearch()->edit());

    const pela::test::ScriptedCall call =
        pela::test::typeScriptedP1Call(wired.form(), {}, pela::test::Ring::AlreadyFilled);
    REQUIRE(call.saved);
    CHECK(call.keystrokes <= 20);
    REQUIRE(waitFor([&] { return !wired.form().savedCaseNumber().isEmpty(); }));
    const QString number = wired.form().savedCaseNumber();
    core::PgConnection db = wired.owner();
    const core::PgResult saved =
        db.exec("SELECT c.category, c.priority, c.kelurahan_code, c.location_source, c.client_key,"
                " c.caller_phone_e164, c.triage #>> '{codes,0}' AS code,"
                " abs(extract(epoch FROM k.ring_at - (SELECT rang_at FROM call_rings))) < 0.001"
                " AS ring_time_kept,"
                " k.answered_at_claimed IS NOT NULL AS claimed, k.taker"
                " FROM cases c JOIN calls k ON k.case_id = c.id WHERE c.number = $1",
                {number});
    REQUIRE(saved.rowCount() == 1);
    CHECK(saved.text(0, "category") == QStringLiteral("medical"));
    CHECK(saved.text(0, "priority") == QStringLiteral("1"));
    CHECK(saved.text(0, "kelurahan_code") == QStringLiteral("81.71.02.2003"));
    CHECK(saved.text(0, "location_source") == QStringLiteral("gazetteer"));
    CHECK(saved.text(0, "client_key") == call.request.clientKey);
    CHECK(saved.text(0, "caller_phone_e164") == QStringLiteral("+6281234567890"));
    CHECK(saved.text(0, "code") == QStringLiteral("A.00.01"));
    CHECK(saved.toBool(0, "ring_time_kept"));
    CHECK(saved.toBool(0, "claimed"));

    // Triage goes on against the saved case: heavy bleeding? no.
    CHECK(wired.form().message().contains(QStringLiteral("Triage goes on")));
    wired.form().triageQuestions()->rowFor(QStringLiteral("start.bleeding"))->setFocus();
    pressKey(Qt::Key_2);
    CHECK(waitFor([&] {
        return wired.one(QStringLiteral("SELECT triage #>> '{answers,start.bleeding}' FROM cases"
                                        " WHERE number = $1"),
                         {number}) == QStringLiteral("no");
    }));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(wired.form().savedCaseNumber().isEmpty());
    CHECK(wired.form().callerNumberEdit()->text().isEmpty());
    CHECK(wired.one(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1"));
}

TEST_CASE("a hearse request saved and handed to dispatch (F9) is selected on this console's "
          "board and appears on a second console's")
{
    Wired wired;
    QTemporaryDir secondHome;
    IntakeConsole second(wired.conninfo, secondHome.path(), QStringLiteral("ws-08"));
    REQUIRE(second.waitReady());
    REQUIRE(wired.console.activate());

    ui::IntakeForm &form = wired.form();
    form.setRingingNumber(QStringLiteral("0911 312345"), {});
    typeText(QStringLiteral("hative kecil"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key(
        QKeySequence(ui::CategoryPicker::keyOf(QStringLiteral("hearse_transport")))[0].key()));
    pressKey(Qt::Key_1); // death confirmed
    typeText(QStringLiteral("TPU Kapahaha"));
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("16.00"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_1); // fee waived
    pressKey(Qt::Key_F9);
    REQUIRE(waitFor([&] { return form.message().contains(QStringLiteral("handed to dispatch")); }));
    const QString number = wired.one(QStringLiteral("SELECT number FROM cases"));
    CHECK(form.message().contains(number));
    CHECK(wired.one(QStringLiteral("SELECT priority || ' ' || category || ' ' ||"
                                   " (triage #>> '{answers,hearse.destination}') FROM cases")) ==
          QStringLiteral("4 hearse_transport TPU Kapahaha"));
    CHECK(wired.console.window().liveSession()->selectedCase() == number);
    // On the second console's board, and selected on this one's.
    core::CaseListModel *cases = second.window().liveSession()->caseModel();
    CHECK(waitFor(
        [&] { return !cases->match(cases->index(0, 0), core::CaseNumberRole, number).isEmpty(); }));
    QAbstractItemView *board = wired.console.window().caseBoard()->view();
    CHECK(waitFor(
        [&] { return board->currentIndex().data(core::CaseNumberRole).toString() == number; }));
}

TEST_CASE("a fire call is referred to Damkar when a dispatcher takes it; a call-taker is told "
          "who refers it")
{
    for (const QString &role :
         {QStringLiteral("pela_dispatcher"), QStringLiteral("pela_call_taker")}) {
        INFO(role.toStdString());
        Wired wired(role);
        const pela::test::ScriptedCall call =
            pela::test::typeQuickCall(wired.form(), QStringLiteral("081355500011"),
                                      QStringLiteral("passo"), QStringLiteral("fire"));
        REQUIRE(call.saved);
        REQUIRE(waitFor([&] {
            return wired.one(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1");
        }));
        if (role == QStringLiteral("pela_dispatcher")) {
            CHECK(waitFor([&] {
                return wired.one(QStringLiteral("SELECT string_agg(agency, ',') FROM referrals")) ==
                       QStringLiteral("Damkar (Dinas Pemadam Kebakaran dan Penyelamatan)");
            }));
            CHECK(waitFor([&] {
                return wired.one(QStringLiteral("SELECT state FROM cases")) ==
                       QStringLiteral("referred");
            }));
            CHECK(waitFor([&] {
                return wired.form().message().contains(QStringLiteral("referred to Damkar"));
            }));
        } else {
            CHECK(waitFor([&] {
                return wired.form().message().contains(
                    QStringLiteral("refer a case to an agency is for a dispatcher or shift lead"));
            }));
            CHECK(wired.one(QStringLiteral("SELECT count(*) FROM referrals")) ==
                  QStringLiteral("0"));
        }
    }
}

TEST_CASE("a login whose role may not open a case is told which action and which roles may")
{
    // Not a liaison: a liaison's console shows the hospital's screens, with no intake form.
    Wired wired(QStringLiteral("pela_telephony"));
    const pela::test::ScriptedCall call =
        pela::test::typeQuickCall(wired.form(), QStringLiteral("081355500012"),
                                  QStringLiteral("soya"), QStringLiteral("medical"));
    REQUIRE(call.saved);
    REQUIRE(waitFor([&] { return !wired.form().isSaving(); }));
    CHECK(wired.form().message() ==
          QStringLiteral("Your role may not open a case; that is for a call-taker, dispatcher or "
                         "shift lead."));
    // Nothing typed is lost, and nothing is kept to resend: it would be refused again.
    CHECK(wired.form().locationSearch()->text() == QStringLiteral("Soya"));
    CHECK(wired.console.controller().waitingCount() == 0);
}

TEST_CASE("a save the database refuses shows its words and puts the cursor in the field it "
          "names")
{
    Wired wired;
    // A place the database does not know (a gazetteer out of date): the server names it.
    core::Place ghost;
    ghost.id = 999;
    ghost.kind = core::PlaceKind::Kelurahan;
    ghost.code = QStringLiteral("81.71.99.9999");
    ghost.name = QStringLiteral("Negeri Khayalan");
    ghost.location = QGeoCoordinate(-3.70, 128.18);
    wired.form().setGazetteer(std::make_shared<const core::Gazetteer>(QList<core::Place>{ghost}));
    wired.form().callerNumberEdit()->setFocus();
    typeText(QStringLiteral("081355500013"));
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("negeri kha"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key(QKeySequence(ui::CategoryPicker::keyOf(QStringLiteral("fire")))[0].key()));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(
        waitFor([&] { return wired.form().message().contains(QStringLiteral("81.71.99.9999")); }));
    CHECK(wired.form().message() ==
          QStringLiteral("There is no kelurahan with code 81.71.99.9999."));
    CHECK(QApplication::focusWidget() == wired.form().locationSearch()->edit());
    CHECK(wired.form().callerNumberEdit()->text() == QStringLiteral("081355500013"));
    CHECK(wired.one(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("0"));
}

TEST_CASE("Ctrl+1 adds the call to the possible duplicate in the database instead of a new case")
{
    Wired wired;
    core::PgConnection db = wired.owner();
    core::IncidentCommands commands(db);
    core::OpenCaseRequest first;
    first.category = QStringLiteral("medical");
    first.priority = 2;
    first.call.callerPhone = QStringLiteral("081355500014");
    first.locationText = QStringLiteral("Batu Merah");
    first.kelurahanCode = QStringLiteral("81.71.02.2003");
    first.lat = -3.68237;
    first.lon = 128.215481;
    const core::CommandResult opened = commands.openCase(first);
    REQUIRE(opened.ok());
    core::LiveState *state = wired.console.window().liveSession()->state();
    REQUIRE(waitFor([&] { return state->cases().contains(opened.caseId); }));

    wired.form().setRingingNumber(QStringLiteral("0812 9999 000"), {});
    typeText(QStringLiteral("batu mer"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_M);
    REQUIRE(wired.form().duplicatesModel()->rowCount() == 1);
    pressKey(Qt::Key_1, Qt::ControlModifier);
    REQUIRE(waitFor([&] {
        return wired.form().message().contains(
            QStringLiteral("added to case %1").arg(opened.caseNumber));
    }));
    CHECK(wired.one(QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1"));
    CHECK(wired.one(QStringLiteral("SELECT string_agg(caller_phone_e164, ',' ORDER BY id) FROM"
                                   " calls")) == QStringLiteral("+6281355500014,+628129999000"));
    CHECK(wired.one(QStringLiteral("SELECT count(*) FROM calls WHERE answered_at_claimed IS NOT"
                                   " NULL")) == QStringLiteral("1"));
}

TEST_CASE("the caller's cases of the last 24 hours show as the number is filled, pranks marked")
{
    Wired wired;
    core::PgConnection db = wired.owner();
    core::IncidentCommands commands(db);
    core::OpenCaseRequest earlier;
    earlier.category = QStringLiteral("prank_silent");
    earlier.priority = 4;
    earlier.call.callerPhone = QStringLiteral("+62 813 5550 0015");
    const core::CommandResult prank = commands.openCase(earlier);
    REQUIRE(prank.ok());
    REQUIRE(commands.closeCase(prank.caseNumber, core::Disposition::Prank).ok());

    wired.form().setRingingNumber(QStringLiteral("081355500015"), {});
    ui::CallerHistoryPanel *panel = wired.form().callerHistory();
    REQUIRE(waitFor([&] { return panel->historyText().contains(prank.caseNumber); }));
    CHECK(panel->historyText().contains(QStringLiteral("PRANK")));
    CHECK(panel->historyText().contains(
        QStringLiteral("Calls from this number in the last 24 h: 1")));
    CHECK(panel->isVisible());
    // No handset location is known: nothing pretends to be one.
    CHECK(panel->locationsText().isEmpty());
    // Another number: the history goes.
    wired.form().startNextCall();
    typeText(QStringLiteral("081355500099"));
    CHECK(panel->historyText().isEmpty());
}

TEST_CASE("a place added to the database is found by the location box without a restart; the "
          "duplicate rules follow the settings")
{
    Wired wired;
    core::PgConnection db = wired.owner();
    REQUIRE(db.exec("INSERT INTO places (kind, name, parent_code, lat, lon) VALUES ('landmark',"
                    " 'Pelabuhan Yos Sudarso', '81.71.03.1007', -3.6925, 128.1783)")
                .ok());
    ui::LocationSearch *location = wired.form().locationSearch();
    REQUIRE(waitFor([&] {
        location->edit()->setFocus();
        location->edit()->clear();
        typeText(QStringLiteral("yos sud"));
        return location->model()->rowCount() > 0 &&
               location->model()->index(0, 0).data().toString().contains(
                   QStringLiteral("Yos Sudarso"));
    }));
    REQUIRE(db.exec("INSERT INTO settings (key, value) VALUES ('duplicate_radius_m', '750')"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .ok());
    CHECK(waitFor(
        [&] { return wired.form().duplicatesModel()->rules().radiusMetres == Approx(750); }));
}
