// No call is lost: calls taken from the keyboard while the database server is down are kept in
// the console's offline journal, shown as waiting, and land exactly once when the server is
// back, also through a console started again on the same workstation, and after a console was
// killed mid-save; a save whose answer was lost is resent and returns the same case. Its own
// executable: it stops the shared test cluster.
#include "intake/intakejson.h"
#include "intakeconsole.h"
#include "intakescript.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

using namespace pela;
using pela::test::IntakeConsole;
using pela::test::TestCluster;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString one(const QString &conninfo, const QString &sql, const core::SqlParams &params = {})
{
    core::PgConnection db = pela::test::connect(conninfo);
    const core::PgResult result = db.exec(sql, params);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    return result.rowCount() > 0 ? result.text(0, 0) : QString();
}

// How many cases carry each key, in the keys' order ("1,1,1" when each arrived once).
QString casesPerKey(const QString &conninfo, const QStringList &keys)
{
    QStringList counts;
    for (const QString &key : keys)
        counts << one(conninfo, QStringLiteral("SELECT count(*) FROM cases WHERE client_key = $1"),
                      {key});
    return counts.join(QLatin1Char(','));
}

// The shared cluster stopped for a while; started again at the end of the scope at the latest,
// so that a failed check does not leave the next test without a server.
class ServerDown
{
public:
    ServerDown() { REQUIRE_FALSE(server().stop(QStringLiteral("fast")).isError()); }
    ~ServerDown()
    {
        if (m_down)
            server().start();
    }
    void startAgain()
    {
        m_down = false;
        REQUIRE_FALSE(server().start().isError());
    }

private:
    static core::EmbeddedServer &server() { return TestCluster::instance().server(); }
    bool m_down = true;
};

struct Call
{
    QString number;
    QString place;
    QString category;
};

const QList<Call> threeCalls = {
    {QStringLiteral("081355500021"), QStringLiteral("passo"), QStringLiteral("fire")},
    {QStringLiteral("081355500022"), QStringLiteral("soya"), QStringLiteral("medical")},
    {QStringLiteral("081355500023"), QStringLiteral("hative kecil"), QStringLiteral("medical")},
};

// Takes the three calls from the keyboard (F9 each) while the server is down; their keys. told:
// what the call-taker reads after each, in the console's language.
QStringList takeThreeCallsOffline(IntakeConsole &console, const QString &told)
{
    QStringList keys;
    for (const Call &call : threeCalls) {
        const pela::test::ScriptedCall typed =
            pela::test::typeQuickCall(console.form(), call.number, call.place, call.category);
        INFO(typed.description.toStdString());
        REQUIRE(typed.saved);
        keys << typed.request.clientKey;
        // The call-taker is told, in so many words, and the form is free for the next call.
        REQUIRE(waitFor([&] { return console.form().message().contains(told); }));
        CHECK(console.form().callerNumberEdit()->text().isEmpty());
        CHECK_FALSE(console.form().isSaving());
    }
    return keys;
}

} // namespace

TEST_CASE("three calls taken while the server is down are kept, shown as waiting, and each "
          "lands exactly once when it is back")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QTemporaryDir home;
    IntakeConsole console(conninfo, home.path(), QStringLiteral("ws-07"));
    REQUIRE(console.waitReady());
    REQUIRE(console.activate());
    console.controller().setRetryInterval(std::chrono::milliseconds(300));

    ServerDown down;
    const QStringList keys = takeThreeCallsOffline(
        console, QStringLiteral("kept on this workstation and is sent by itself"));
    QLabel *count = console.form().journalLabel();
    CHECK(waitFor([&] { return count->isVisible(); }));
    CHECK(count->text() == QStringLiteral("3 waiting to send"));
    CHECK(console.controller().waitingCount() == 3);

    down.startAgain();
    REQUIRE(waitFor([&] { return console.controller().waitingCount() == 0; }, 60000));
    CHECK(casesPerKey(conninfo, keys) == QStringLiteral("1,1,1"));
    CHECK(one(conninfo, QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("3"));
    // As taken: the numbers, and the answer times claimed by the workstation.
    CHECK(one(conninfo, QStringLiteral("SELECT string_agg(caller_phone_e164, ',' ORDER BY"
                                       " caller_phone_e164) FROM calls"
                                       " WHERE answered_at_claimed IS NOT NULL")) ==
          QStringLiteral("+6281355500021,+6281355500022,+6281355500023"));
    CHECK(waitFor([&] { return !count->isVisible(); }));
    CHECK(console.form().message().contains(QStringLiteral("kept on this workstation is saved as "
                                                           "case")));
    // A while later nothing is sent twice.
    QTest::qWait(1000);
    CHECK(casesPerKey(conninfo, keys) == QStringLiteral("1,1,1"));
}

TEST_CASE("calls kept by a console closed while the server was down (told so in Indonesian) are "
          "sent exactly once by the console started next on that workstation")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QTemporaryDir home;
    QStringList keys;
    std::optional<ServerDown> down;
    {
        // In Indonesian, as the centre's call-takers read it.
        IntakeConsole console(conninfo, home.path(), QStringLiteral("ws-07"),
                              ui::Language::Indonesian);
        REQUIRE(console.waitReady());
        REQUIRE(console.activate());
        down.emplace();
        keys = takeThreeCallsOffline(
            console, QStringLiteral("disimpan sementara di komputer ini dan dikirim otomatis"));
        CHECK(console.form().journalLabel()->text() == QStringLiteral("3 menunggu dikirim"));
        CHECK(console.controller().waitingCount() == 3);
    } // the console is closed with the server still down

    down->startAgain();
    IntakeConsole next(conninfo, home.path(), QStringLiteral("ws-07"));
    next.controller().setRetryInterval(std::chrono::milliseconds(300));
    REQUIRE(next.waitReady());
    REQUIRE(waitFor([&] { return next.controller().waitingCount() == 0; }, 60000));
    CHECK(casesPerKey(conninfo, keys) == QStringLiteral("1,1,1"));
    QTest::qWait(1000);
    CHECK(one(conninfo, QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("3"));
}

TEST_CASE("a save whose answer was lost is sent again from the journal and returns the same "
          "case, not a second one")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QTemporaryDir home;
    IntakeConsole console(conninfo, home.path(), QStringLiteral("ws-07"));
    REQUIRE(console.waitReady());
    REQUIRE(console.activate());
    const pela::test::ScriptedCall typed =
        pela::test::typeQuickCall(console.form(), QStringLiteral("081355500024"),
                                  QStringLiteral("passo"), QStringLiteral("fire"));
    REQUIRE(typed.saved);
    REQUIRE(waitFor([&] {
        return one(conninfo, QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1");
    }));
    const QString caseNumber = one(conninfo, QStringLiteral("SELECT number FROM cases"));

    // As when the console died after the server saved it but before the answer came back: the
    // journal still holds the request.
    QSignalSpy sent(&console.controller(), &ui::IntakeController::journalEntrySent);
    REQUIRE(console.controller().journal()->put(
                {typed.request.clientKey, core::JournalEntry::Kind::OpenCase,
                 core::intakejson::fromOpenCase(typed.request)}) > 0);
    console.controller().sendJournal();
    REQUIRE(waitFor([&] { return sent.count() == 1; }));
    CHECK(sent.first().at(1).toString() == caseNumber);
    CHECK(one(conninfo, QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("1"));
    CHECK(console.controller().waitingCount() == 0);
}

// The console the crash test kills: a child run of this executable (see below), told its
// database and home through the environment. Ready once loaded; after the parent stopped the
// server it takes the three calls, prints their keys, starts a fourth save and is killed
// (SIGKILL) before any answer can come back: the fourth entry is still held by it.
TEST_CASE("(child of the crash test) takes calls offline and dies mid-save", "[.crashchild]")
{
    const QString conninfo = qEnvironmentVariable("PELA_TEST_CHILD_CONNINFO");
    const QString home = qEnvironmentVariable("PELA_TEST_CHILD_HOME");
    REQUIRE_FALSE(conninfo.isEmpty());
    IntakeConsole console(conninfo, home, QStringLiteral("ws-07"));
    REQUIRE(console.waitReady());
    REQUIRE(console.activate());
    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go); // the parent stops the server, then says go
    for (const QString &key :
         takeThreeCallsOffline(console, QStringLiteral("kept on this workstation")))
        std::printf("key %s\n", qPrintable(key));
    const pela::test::ScriptedCall fourth =
        pela::test::typeQuickCall(console.form(), QStringLiteral("081355500025"),
                                  QStringLiteral("batu mer"), QStringLiteral("medical"));
    REQUIRE(fourth.saved);
    std::printf("key %s\n", qPrintable(fourth.request.clientKey));
    // No answer has come back yet: the form still waits for it.
    std::printf("saving %d\n", console.form().isSaving() ? 1 : 0);
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
}

TEST_CASE("calls kept by a console killed while the server was down, one of them mid-save, are "
          "each sent exactly once by the console started next on that workstation")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PELA_TEST_CHILD_CONNINFO"), conninfo);
    environment.insert(QStringLiteral("PELA_TEST_CHILD_HOME"), home.path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.crashchild]")});
    REQUIRE(child.waitForStarted());
    QByteArray out;
    REQUIRE(waitFor(
        [&] {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
            return out.contains("ready\n") || child.state() == QProcess::NotRunning;
        },
        60000));
    REQUIRE(out.contains("ready\n"));

    std::optional<ServerDown> down;
    down.emplace();
    child.write("go\n");
    REQUIRE(child.waitForFinished(60000));
    out += child.readAllStandardOutput();
    CHECK(child.exitStatus() == QProcess::CrashExit);
    QStringList keys;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("key "))
            keys << QString::fromUtf8(line.mid(4));
    REQUIRE(keys.size() == 4);
    CHECK(out.contains("saving 1\n")); // killed mid-save

    down->startAgain();
    IntakeConsole next(conninfo, home.path(), QStringLiteral("ws-07"));
    next.controller().setRetryInterval(std::chrono::milliseconds(300));
    REQUIRE(next.waitReady());
    // The dead console's lease on the fourth ends at once: all four go.
    REQUIRE(waitFor([&] { return next.controller().waitingCount() == 0; }, 60000));
    CHECK(casesPerKey(conninfo, keys) == QStringLiteral("1,1,1,1"));
    QTest::qWait(1000);
    CHECK(one(conninfo, QStringLiteral("SELECT count(*) FROM cases")) == QStringLiteral("4"));
}
