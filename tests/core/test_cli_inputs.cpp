// pela-admin given bad input says the truth: a documented exit code, one line naming what was
// wrong, nothing written, nothing raw on the terminal; and --help answers after any command.
#include "processrunner.h"
#include "testcluster.h"
#include "testlogins.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <catch2/catch.hpp>

using namespace pela::test;
using pela::core::PgConnection;
using pela::core::PgResult;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

ProcessOutput admin(const QString &conninfo, const QStringList &arguments)
{
    return runProgram(pelaAdminPath(), QStringList{QStringLiteral("--db"), conninfo} + arguments);
}

QString value(PgConnection &db, const char *sql, const QVariantList &parameters = {})
{
    const PgResult result = db.exec(sql, parameters);
    INFO(result.error().fullText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.rowCount() == 1);
    return result.isNull(0, 0) ? QStringLiteral("NULL") : result.text(0, 0);
}

QString openCase(const QString &conninfo, const QStringList &extra = {})
{
    const ProcessOutput opened =
        admin(conninfo, words({"case", "open", "--category", "medical", "--priority", "1",
                               "--address", "Jl. Pattimura, Honipopu"}) +
                            (extra.isEmpty() ? words({"--phone", "081247001122"}) : extra));
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    return opened.out.trimmed();
}

// The single line pela-admin writes on stderr, or fails.
QString oneLine(const ProcessOutput &result)
{
    INFO(result.err.toStdString());
    CHECK(result.err.count(QLatin1Char('\n')) == 1);
    CHECK(result.err.startsWith(QStringLiteral("pela-admin: ")));
    return result.err.trimmed();
}

} // namespace

TEST_CASE("'available' on a dispatched unit is refused, saying what the unit is doing")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString number = openCase(conninfo);
    REQUIRE(
        admin(conninfo, words({"dispatch"}) << number << QStringLiteral("AMB-KOTA-1")).exitCode ==
        0);
    const ProcessOutput refused =
        admin(conninfo, words({"unit", "status", "AMB-KOTA-1", "available"}));
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    const QString message = oneLine(refused);
    CHECK(message.contains(QStringLiteral("AMB-KOTA-1 is dispatched on ") + number));
    CHECK(message.contains(QStringLiteral("out of service")));
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QLatin1String("dispatched"));
    CHECK(value(db, "SELECT state FROM cases WHERE number = $1", {number}) ==
          QLatin1String("dispatched"));

    // From out of service it is what brings a unit back; on an available unit it says so.
    REQUIRE(admin(conninfo, words({"unit", "status", "AMB-KOTA-2", "out_of_service", "--reason",
                                   "ban bocor"}))
                .exitCode == 0);
    const ProcessOutput back =
        admin(conninfo, words({"unit", "status", "AMB-KOTA-2", "available"}));
    CHECK(back.exitCode == 0);
    CHECK(value(db, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-2'") ==
          QLatin1String("available"));
    const ProcessOutput again =
        admin(conninfo, words({"unit", "status", "AMB-KOTA-2", "available"}));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already available")));
}

TEST_CASE("a case that no unit carried cannot close as transported")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString number = openCase(conninfo);
    const ProcessOutput refused = admin(
        conninfo, words({"case", "close"}) << number << words({"--disposition", "transported"}));
    CHECK(refused.exitCode == 2);
    CHECK(oneLine(refused).contains(QStringLiteral("transported")));
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT state FROM cases WHERE number = $1", {number}) ==
          QLatin1String("waiting"));

    // A unit that went on scene and cleared without transporting does not make it one either.
    REQUIRE(
        admin(conninfo, words({"dispatch"}) << number << QStringLiteral("AMB-KOTA-1")).exitCode ==
        0);
    REQUIRE(admin(conninfo, words({"unit", "status", "AMB-KOTA-1", "on_scene"})).exitCode == 0);
    REQUIRE(admin(conninfo, words({"unit", "status", "AMB-KOTA-1", "cleared"})).exitCode == 0);
    CHECK(admin(conninfo, words({"case", "close"})
                              << number << words({"--disposition", "transported"}))
              .exitCode == 2);
    CHECK(admin(conninfo, words({"case", "close"})
                              << number << words({"--disposition", "treated_on_scene"}))
              .exitCode == 0);
}

TEST_CASE("a duplicate closes only naming its original, and its calls move there")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString original = openCase(conninfo);
    const QString duplicate = openCase(conninfo, words({"--phone", "0911 352812"}));
    const ProcessOutput alone = admin(
        conninfo, words({"case", "close"}) << duplicate << words({"--disposition", "duplicate"}));
    CHECK(alone.exitCode == 2);
    CHECK(oneLine(alone).contains(QStringLiteral("--of")));
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT state FROM cases WHERE number = $1", {duplicate}) ==
          QLatin1String("waiting"));
    CHECK(admin(conninfo, words({"case", "close"})
                              << original << words({"--disposition", "prank", "--of"}) << duplicate)
              .exitCode == 2);

    const ProcessOutput merged = admin(
        conninfo, words({"case", "close"})
                      << duplicate << words({"--disposition", "duplicate", "--of"}) << original);
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(value(db, "SELECT disposition FROM cases WHERE number = $1", {duplicate}) ==
          QLatin1String("duplicate"));
    CHECK(value(db,
                "SELECT count(*) FROM calls k JOIN cases c ON c.id = k.case_id"
                " WHERE c.number = $1",
                {original}) == QLatin1String("2"));
}

TEST_CASE("an empty, blank or digit-free --phone is refused; withheld is stored as withheld")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    for (const char *phone : {"", "   ", "---", "abc", "12"}) {
        INFO("--phone '" << phone << "'");
        const ProcessOutput refused =
            admin(conninfo, words({"case", "open", "--category", "medical", "--priority", "1",
                                   "--address", "Batu Merah"})
                                << (QStringLiteral("--phone=") + QString::fromUtf8(phone)));
        CHECK(refused.exitCode == 2);
        oneLine(refused);
    }
    const ProcessOutput noPhone = admin(conninfo, words({"case", "open", "--category", "medical",
                                                         "--priority", "1", "--address", "x"}));
    CHECK(noPhone.exitCode == 2);
    CHECK(oneLine(noPhone).contains(QStringLiteral("--withheld")));
    CHECK(admin(conninfo, words({"case", "open", "--category", "medical", "--priority", "1",
                                 "--address", "x", "--phone", "0812", "--withheld"}))
              .exitCode == 2);
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT count(*) FROM cases") == QLatin1String("0"));

    const QString flag = openCase(conninfo, words({"--withheld"}));
    const QString word = openCase(conninfo, words({"--phone", "withheld"}));
    for (const QString &number : {flag, word}) {
        CHECK(value(db,
                    "SELECT k.caller_phone_kind || '|' || k.caller_phone || '|' ||"
                    " coalesce(k.caller_phone_e164, 'none') || '|' || c.caller_phone_kind"
                    " FROM calls k JOIN cases c ON c.id = k.case_id WHERE c.number = $1",
                    {number}) == QLatin1String("withheld||none|withheld"));
    }
}

TEST_CASE("caller numbers are stored normalised beside the text as typed; odd ones are marked")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection db = connect(conninfo);
    auto stored = [&](const QString &number) {
        return value(db,
                     "SELECT k.caller_phone || '|' || k.caller_phone_kind || '|' ||"
                     " coalesce(k.caller_phone_e164, 'none') FROM calls k"
                     " JOIN cases c ON c.id = k.case_id WHERE c.number = $1",
                     {number});
    };
    CHECK(stored(openCase(conninfo, words({"--phone", "0812-4700-1122"}))) ==
          QLatin1String("0812-4700-1122|number|+6281247001122"));
    CHECK(stored(openCase(conninfo, words({"--phone", "+62 812 4700 1122"}))) ==
          QLatin1String("+62 812 4700 1122|number|+6281247001122"));
    CHECK(stored(openCase(conninfo, words({"--phone", "(0911) 352812"}))) ==
          QLatin1String("(0911) 352812|number|+62911352812"));
    CHECK(stored(openCase(conninfo, words({"--phone", "+61 412 345 678"}))) ==
          QLatin1String("+61 412 345 678|unusual|+61412345678"));

    // An unusual number never blocks the save; the operator is told on stderr.
    const ProcessOutput shortCode =
        admin(conninfo, words({"case", "open", "--category", "medical", "--priority", "2",
                               "--address", "x", "--phone", "110"}));
    CHECK(shortCode.exitCode == 0);
    CHECK(oneLine(shortCode).contains(QStringLiteral("unusual")));
    CHECK(stored(shortCode.out.trimmed()) == QLatin1String("110|unusual|none"));
    const QJsonObject shown =
        QJsonDocument::fromJson(admin(conninfo, words({"case", "show"}) << shortCode.out.trimmed()
                                                                        << QStringLiteral("--json"))
                                    .out.toUtf8())
            .object();
    CHECK(shown.value(QStringLiteral("caller_phone_kind")).toString() == QLatin1String("unusual"));
}

TEST_CASE("over-long or control-character text is refused naming the field")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString huge(100 * 1024, QLatin1Char('a'));
    const struct
    {
        const char *option;
        QString value;
        const char *field;
    } cases[] = {
        {"--address", huge, "Address"},
        {"--caller", huge, "Caller's name"},
        {"--notes", huge, "Notes"},
        {"--address", QStringLiteral("Jl. Baru\x1b]0;pwned\x07"), "Address"},
        {"--caller", QStringLiteral("Budi\x1b[2J"), "Caller's name"},
        {"--notes", QStringLiteral("sadar\x1b[31m merah"), "Notes"},
    };
    for (const auto &bad : cases) {
        INFO(bad.option << " " << bad.value.left(40).toStdString());
        QStringList arguments = words({"case", "open", "--phone", "081247001122", "--category",
                                       "medical", "--priority", "1"});
        if (QLatin1String(bad.option) != QLatin1String("--address"))
            arguments << QStringLiteral("--address") << QStringLiteral("Batu Merah");
        arguments << QLatin1String(bad.option) << bad.value;
        const ProcessOutput result = admin(conninfo, arguments);
        CHECK(result.exitCode == 2);
        const QString message = oneLine(result);
        CHECK(message.startsWith(QStringLiteral("pela-admin: ") + QString::fromUtf8(bad.field)));
        CHECK_FALSE(result.err.contains(QChar(0x1b)));
    }
    // Notes may have lines.
    const QString lined =
        openCase(conninfo, words({"--phone", "081247001122", "--notes", "sadar\n\tnapas cepat"}));
    CHECK_FALSE(lined.isEmpty());

    // Reasons too: out of service, cancelled.
    const ProcessOutput reason =
        admin(conninfo, QStringList{QStringLiteral("unit"), QStringLiteral("status"),
                                    QStringLiteral("AMB-KOTA-1"), QStringLiteral("out_of_service"),
                                    QStringLiteral("--reason"), huge});
    CHECK(reason.exitCode == 2);
    CHECK(oneLine(reason).contains(QStringLiteral("Reason")));
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT count(*) FROM cases") == QLatin1String("1"));
    CHECK(value(db, "SELECT status FROM units WHERE call_sign = 'AMB-KOTA-1'") ==
          QLatin1String("available"));
}

TEST_CASE("case show never prints a raw control character, whoever wrote the row")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString number = openCase(conninfo);
    // As a psql user could write it, past every command's checks (with its history row).
    PgConnection db = connect(conninfo);
    REQUIRE(db.exec("BEGIN").ok());
    REQUIRE(db.exec("INSERT INTO case_events (case_id, kind)"
                    " SELECT id, 'case_details_changed' FROM cases WHERE number = $1",
                    {number})
                .ok());
    REQUIRE(db.exec("UPDATE cases SET caller_name = $2, location_text = $3, notes = $4"
                    " WHERE number = $1",
                    {number, QStringLiteral("Budi\x1b[2J\x1b[H"),
                     QStringLiteral("Jl. \u009b31mMerah\u202Egnalam"),
                     QStringLiteral("line one\nline two\x07")})
                .ok());
    REQUIRE(db.exec("COMMIT").ok());
    for (const QStringList &format : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const ProcessOutput shown = admin(conninfo, words({"case", "show"}) << number << format);
        REQUIRE(shown.exitCode == 0);
        for (const QChar c : shown.out) {
            const ushort code = c.unicode();
            const bool control = (code < 0x20 && code != '\n') || (code >= 0x7f && code < 0xa0) ||
                                 (code >= 0x202a && code <= 0x202e);
            INFO("U+" << QString::number(code, 16).toStdString() << " in "
                      << shown.out.toStdString());
            REQUIRE_FALSE(control);
        }
        CHECK(shown.out.contains(QStringLiteral("Budi")));
    }
    const QJsonObject json =
        QJsonDocument::fromJson(
            admin(conninfo, words({"case", "show"}) << number << QStringLiteral("--json"))
                .out.toUtf8())
            .object();
    // The JSON still carries the text exactly, escaped.
    CHECK(json.value(QStringLiteral("caller_name")).toString() ==
          QStringLiteral("Budi\x1b[2J\x1b[H"));
    CHECK(json.value(QStringLiteral("location_text")).toString() ==
          QStringLiteral("Jl. \u009b31mMerah\u202Egnalam"));
}

TEST_CASE("coordinates that are not numbers on Earth are refused in words")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    for (const QStringList &point :
         {words({"--lat", "NaN", "--lon", "128.18"}), words({"--lat", "-3.69", "--lon", "inf"}),
          words({"--lat", "-inf", "--lon", "128"}), words({"--lat", "999", "--lon", "128"})}) {
        INFO(point.join(QLatin1Char(' ')).toStdString());
        const ProcessOutput refused =
            admin(conninfo, words({"case", "open", "--phone", "081247001122", "--category",
                                   "medical", "--priority", "1"}) +
                                point);
        CHECK(refused.exitCode == 2);
        const QString message = oneLine(refused);
        CHECK(message.contains(QStringLiteral("coordinates")));
        CHECK_FALSE(message.contains(QStringLiteral("constraint")));
    }
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT count(*) FROM cases") == QLatin1String("0"));
}

TEST_CASE("malformed connection settings are bad usage (exit 2), not an outage")
{
    const ProcessOutput quoted =
        runProgram(pelaAdminPath(), words({"--db", "host='unterminated", "status"}));
    CHECK(quoted.exitCode == 2);
    CHECK(oneLine(quoted).contains(QStringLiteral("--db")));
    CHECK(
        runProgram(pelaAdminPath(), words({"--db", "hots=/tmp dbname=pela", "status"})).exitCode ==
        2);
    CHECK(runProgram(pelaAdminPath(), words({"--db", "postgresql://[::1", "status"})).exitCode ==
          2);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PELA_DATABASE_URL"), QStringLiteral("dbname='pela"));
    const ProcessOutput fromEnvironment =
        runProgram(pelaAdminPath(), words({"status"}), environment);
    CHECK(fromEnvironment.exitCode == 2);
    CHECK(oneLine(fromEnvironment).contains(QStringLiteral("PELA_DATABASE_URL")));
    // Well-formed but unreachable stays an outage.
    CHECK(runProgram(pelaAdminPath(),
                     words({"--db", "host=/nonexistent-pela port=5999 dbname=pela", "status"}))
              .exitCode == 4);
}

TEST_CASE("the gateway's login is told, with a documented exit code, what it may not do and "
          "who may")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString gateway = pela::test::TestLogins(conninfo).create(QStringLiteral("pela_avl"));
    const QString number = openCase(conninfo);

    const ProcessOutput show = admin(gateway, words({"case", "show"}) << number);
    CHECK(show.exitCode == 2);
    const QString message = oneLine(show);
    CHECK(message.contains(QStringLiteral("case show")));
    CHECK(message.contains(pela::test::TestLogins::loginName(gateway)));
    CHECK(message.contains(QStringLiteral("pela_avl")));
    CHECK(message.contains(QStringLiteral("pela_dispatcher")));

    const ProcessOutput close =
        admin(gateway, words({"case", "close"}) << number << words({"--disposition", "prank"}));
    CHECK((close.exitCode == 2 || close.exitCode == 3));

    // Its status shows what it may read and says what it may not, rather than failing.
    const ProcessOutput status = admin(gateway, words({"status", "--json"}));
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("units")).toInt() == 23);
    CHECK(json.value(QStringLiteral("open_cases")).isNull());
    CHECK(json.value(QStringLiteral("places")).isNull());
}

TEST_CASE("unknown options, extra or missing arguments and repeated options are refused, "
          "naming them")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const struct
    {
        QStringList arguments;
        const char *named;
    } cases[] = {
        {words({"status", "--frob"}), "--frob"},
        {words({"status", "extra"}), "extra"},
        {words({"case", "show", "2026-000001", "2026-000002"}), "2026-000002"},
        {words({"dispatch", "2026-000001"}), "UNIT"},
        {words({"dispatch", "2026-000001", "AMB-KOTA-1", "--force"}), "--force"},
        {words({"case", "open", "--phone", "0812", "--category", "medical", "--priority", "1",
                "--colour", "red"}),
         "--colour"},
        {words({"case", "open", "--phone", "081247001122", "--phone", "0911352812", "--category",
                "medical", "--priority", "1"}),
         "--phone"},
        {words({"case", "open", "--phone", "081247001122", "--priority", "1"}), "--category"},
        {words({"case", "close", "2026-000001", "--disposition"}), "--disposition"},
        {words({"unit", "status", "AMB-KOTA-1", "on_scene", "--hospital", "LMN"}), "--hospital"},
        {words({"unit", "status", "AMB-KOTA-1", "en_route", "--reason", "x"}), "--reason"},
        {words({"server", "start", "now"}), "now"},
        {words({"case", "reopen", "2026-000001"}), "reopen"},
        {words({"--db"}), "--db"},
    };
    for (const auto &bad : cases) {
        INFO(bad.arguments.join(QLatin1Char(' ')).toStdString());
        const ProcessOutput refused = admin(conninfo, bad.arguments);
        CHECK(refused.exitCode == 2);
        INFO(refused.err.toStdString());
        CHECK(refused.err.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String(bad.named)));
        CHECK(refused.out.isEmpty());
    }
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT count(*) FROM cases") == QLatin1String("0"));
}

TEST_CASE("the loser of two concurrent closes is told who closed the case, when and how")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    const QString number = openCase(conninfo);
    // Hold the case so both closes wait on it, then let them race for it.
    PgConnection holder = connect(conninfo);
    REQUIRE(holder.exec("BEGIN").ok());
    REQUIRE(holder.exec("SELECT 1 FROM cases WHERE number = $1 FOR UPDATE", {number}).ok());
    QProcess prank, cancelled;
    prank.start(pelaAdminPath(),
                QStringList{QStringLiteral("--db"), conninfo} + words({"case", "close"})
                    << number << words({"--disposition", "prank"}));
    cancelled.start(pelaAdminPath(),
                    QStringList{QStringLiteral("--db"), conninfo} + words({"case", "close"})
                        << number << words({"--disposition", "cancelled_by_caller"}));
    PgConnection watcher = connect(conninfo);
    int waiting = 0;
    for (int attempt = 0; attempt < 300 && waiting < 2; ++attempt) {
        QThread::msleep(50);
        waiting = value(watcher, "SELECT count(*) FROM pg_stat_activity"
                                 " WHERE wait_event_type = 'Lock' AND datname = current_database()")
                      .toInt();
    }
    REQUIRE(waiting == 2);
    REQUIRE(holder.exec("COMMIT").ok());
    REQUIRE(prank.waitForFinished(60000));
    REQUIRE(cancelled.waitForFinished(60000));
    const bool prankWon = prank.exitCode() == 0;
    QProcess &loser = prankWon ? cancelled : prank;
    CHECK((prankWon ? cancelled.exitCode() : prank.exitCode()) == 3);
    CHECK((prankWon ? prank.exitCode() : cancelled.exitCode()) == 0);
    const QString message = QString::fromUtf8(loser.readAllStandardError());
    INFO(message.toStdString());
    const QRegularExpression told(
        QStringLiteral("%1 was already closed by pela at \\d\\d:\\d\\d:\\d\\d \\((%2)\\)")
            .arg(QRegularExpression::escape(number),
                 prankWon ? QStringLiteral("prank") : QStringLiteral("cancelled by caller")));
    CHECK(told.match(message).hasMatch());
}

TEST_CASE("no Qt warning reaches stderr: one line, the message")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    for (const QStringList &arguments :
         {words({"unit", "status", "AMB-KOTA-1", "accepted"}),
          words({"unit", "status", "AMB-KOTA-1", "declined", "--reason", "penuh"}),
          words({"unit", "status", "NOPE-9", "accepted"})}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const ProcessOutput result = admin(conninfo, arguments);
        // No open request is a conflict (it may have just expired); no such unit is bad input.
        CHECK(result.exitCode == (arguments.contains(QStringLiteral("NOPE-9")) ? 2 : 3));
        const QString message = oneLine(result);
        CHECK_FALSE(message.contains(QStringLiteral("QString")));
        CHECK_FALSE(message.contains(QLatin1Char('%')));
    }
}

TEST_CASE("--help after any command prints that command's usage and does nothing else")
{
    const QString conninfo = TestCluster::instance().freshDatabase();
    for (const QStringList &arguments :
         {words({"case", "open", "--help"}), words({"case", "open", "-h"}),
          words({"case", "close", "2026-000001", "--disposition", "prank", "--help"}),
          words({"case", "show", "--help"}), words({"dispatch", "-h"}),
          words({"unit", "status", "--help"}), words({"server", "stop", "--help"}),
          words({"status", "--help"}), words({"migrate", "--help"}), words({"demo", "-h"}),
          words({"help", "case", "open"})}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const ProcessOutput help = admin(conninfo, arguments);
        CHECK(help.exitCode == 0);
        CHECK(help.err.isEmpty());
        QStringList command = arguments;
        command.removeAll(QStringLiteral("help"));
        const QString name = command
                                 .mid(0, arguments.first() == QLatin1String("case") ||
                                                 arguments.first() == QLatin1String("unit") ||
                                                 arguments.first() == QLatin1String("server") ||
                                                 arguments.first() == QLatin1String("help")
                                             ? 2
                                             : 1)
                                 .join(QLatin1Char(' '));
        CHECK(help.out.startsWith(QStringLiteral("usage: pela-admin [--db CONNINFO] ") + name));
    }
    CHECK(admin(conninfo, words({"case", "--help"})).out.contains(QStringLiteral("case close")));
    const ProcessOutput overview = admin(conninfo, words({"--help"}));
    CHECK(overview.exitCode == 0);
    CHECK(overview.out.contains(QStringLiteral("unit status UNIT STATUS")));
    // Nothing was done: the case board is empty.
    PgConnection db = connect(conninfo);
    CHECK(value(db, "SELECT count(*) FROM cases") == QLatin1String("0"));
}
