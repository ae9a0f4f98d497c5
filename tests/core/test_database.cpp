// Foundation: migrations, reference data, role grants, append-only history, connection errors.
#include "db/database.h"
#include "db/migrator.h"
#include "testcluster.h"

#include <QDir>
#include <QtConcurrent/QtConcurrent>
#include <catch2/catch.hpp>
#include <thread>

using namespace pela::core;
using pela::test::TestCluster;

namespace {

qint64 count(PgConnection &db, const char *sql)
{
    const PgResult result = db.exec(sql);
    REQUIRE(result.ok());
    return result.text(0, 0).toLongLong();
}

} // namespace

TEST_CASE("a fresh database migrates to the latest schema with Ambon's reference data")
{
    PgConnection db = pela::test::connect(TestCluster::instance().emptyDatabase());
    CHECK(Migrator::currentVersion(db) == 0);
    const MigrationResult result = Migrator::migrate(db);
    REQUIRE(result.ok());
    CHECK(result.fromVersion == 0);
    CHECK(result.toVersion == Migrator::latestVersion());
    CHECK(Migrator::currentVersion(db) == Migrator::latestVersion());
    CHECK(count(db, "SELECT count(*) FROM hospitals") == 11);
    CHECK(count(db, "SELECT count(*) FROM places WHERE kind = 'kecamatan'") == 5);
    CHECK(count(db, "SELECT count(*) FROM places WHERE kind IN ('kelurahan', 'desa')") == 50);
    // Reference data only: no demo units in a migrated database.
    CHECK(count(db, "SELECT count(*) FROM units") == 0);
}

TEST_CASE("hospital locations keep their quality flag and BKR has no location")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    const PgResult bkr = db.exec("SELECT lat, location_approximate FROM hospitals WHERE code = $1",
                                 {QStringLiteral("BKR")});
    REQUIRE(bkr.rowCount() == 1);
    CHECK(bkr.isNull(0, bkr.column("lat")));
    const PgResult leimena =
        db.exec("SELECT lat, lon, location_approximate FROM hospitals WHERE code = 'LMN'");
    CHECK(leimena.toDouble(0, "lat") == Approx(-3.66149));
    CHECK(leimena.toDouble(0, "lon") == Approx(128.18420));
    CHECK_FALSE(leimena.toBool(0, "location_approximate"));
    CHECK(count(db, "SELECT count(*) FROM hospitals WHERE location_approximate") == 9);
}

// One row per migration file (numbers may leave gaps while branches are merged).
static qint64 migrationFiles()
{
    return QDir(QStringLiteral(":/pela/sql/migrations"))
        .entryList({QStringLiteral("*.sql")}, QDir::Files)
        .size();
}

TEST_CASE("migrating again changes nothing and keeps an admin's corrections")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    REQUIRE(db.exec("UPDATE hospitals SET lat = -3.6, lon = 128.2, location_approximate = false "
                    "WHERE code = 'BKR'")
                .ok());
    const qint64 placesBefore = count(db, "SELECT count(*) FROM places");
    const MigrationResult again = Migrator::migrate(db);
    REQUIRE(again.ok());
    CHECK(again.fromVersion == again.toVersion);
    CHECK(count(db, "SELECT count(*) FROM places") == placesBefore);
    CHECK(count(db, "SELECT count(*) FROM hospitals") == 11);
    CHECK(count(db, "SELECT count(*) FROM schema_migrations") == migrationFiles());
    CHECK(count(db, "SELECT max(version) FROM schema_migrations") == Migrator::latestVersion());
    const PgResult bkr = db.exec("SELECT lat FROM hospitals WHERE code = 'BKR'");
    CHECK(bkr.toDouble(0, "lat") == Approx(-3.6));
}

TEST_CASE("two migrators starting at once both succeed and apply the schema once")
{
    const QString conninfo = TestCluster::instance().emptyDatabase();
    MigrationResult first, second;
    std::thread a([&] {
        PgConnection db = PgConnection::open(conninfo);
        first = Migrator::migrate(db);
    });
    std::thread b([&] {
        PgConnection db = PgConnection::open(conninfo);
        second = Migrator::migrate(db);
    });
    a.join();
    b.join();
    CHECK(first.ok());
    CHECK(second.ok());
    // Exactly one of them did the work; the other waited on the lock and found it done.
    CHECK((first.fromVersion == 0) != (second.fromVersion == 0));
    PgConnection db = pela::test::connect(conninfo);
    CHECK(count(db, "SELECT count(*) FROM hospitals") == 11);
    CHECK(count(db, "SELECT count(*) FROM schema_migrations") == migrationFiles());
    CHECK(count(db, "SELECT max(version) FROM schema_migrations") == Migrator::latestVersion());
}

TEST_CASE("a database from a newer Pela is refused with a clear message")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    const int newer = Migrator::latestVersion() + 1;
    REQUIRE(db.exec("INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", {newer})
                .ok());
    const DbError compatible = Migrator::checkCompatible(db);
    CHECK(compatible.kind() == DbError::Kind::SchemaTooNew);
    CHECK(compatible.message().contains(QStringLiteral("newer version")));
    const MigrationResult migrated = Migrator::migrate(db);
    CHECK(migrated.error.kind() == DbError::Kind::SchemaTooNew);
    // Nothing was touched.
    CHECK(Migrator::currentVersion(db) == newer);
}

TEST_CASE("a database that was never migrated asks for pela-admin migrate")
{
    PgConnection db = pela::test::connect(TestCluster::instance().emptyDatabase());
    const DbError compatible = Migrator::checkCompatible(db);
    CHECK(compatible.kind() == DbError::Kind::SchemaTooOld);
    CHECK(compatible.message().contains(QStringLiteral("pela-admin migrate")));
}

TEST_CASE("the demo fleet has two ambulances per located hospital plus the city's units")
{
    PgConnection db =
        pela::test::connect(TestCluster::instance().freshDatabase(TestCluster::Fleet::None));
    REQUIRE_FALSE(Migrator::loadDemoData(db).isError());
    CHECK(count(db, "SELECT count(*) FROM units") == 10 * 2 + 3);
    CHECK(count(db, "SELECT count(*) FROM units WHERE call_sign = 'AMB-LMN-1'") == 1);
    CHECK(count(db, "SELECT count(*) FROM units WHERE call_sign = 'JNZ-1' AND kind = 'hearse'") ==
          1);
    CHECK(count(db, "SELECT count(*) FROM units u JOIN hospitals h ON h.id = u.owner_hospital_id "
                    "WHERE h.code = 'BKR'") == 0);
    REQUIRE_FALSE(Migrator::loadDemoData(db).isError());
    CHECK(count(db, "SELECT count(*) FROM units") == 23);
}

TEST_CASE("history is append-only even for the owner outside a maintenance session")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    REQUIRE(db.exec("INSERT INTO case_events (kind) VALUES ('test')").ok());
    // The owner (a superuser here) is stopped by the trigger without the maintenance flag.
    const PgResult ownerUpdate = db.exec("UPDATE case_events SET kind = 'rewritten'");
    CHECK_FALSE(ownerUpdate.ok());
    CHECK(ownerUpdate.error().message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(db.exec("DELETE FROM case_events").ok());
    CHECK_FALSE(db.exec("TRUNCATE case_events").ok());
    CHECK(count(db, "SELECT count(*) FROM case_events WHERE kind = 'test'") == 1);
    // The documented archive job: the owner's own session says so.
    REQUIRE(db.exec("SET pela.maintenance = on").ok());
    CHECK(db.exec("DELETE FROM case_events WHERE kind = 'test'").ok());
}

TEST_CASE("connection failures say which part failed")
{
    TestCluster &cluster = TestCluster::instance();
    SECTION("no server at the address")
    {
        const PgConnection db = PgConnection::open(
            QStringLiteral("host=/nonexistent-pela-socket port=5999 dbname=pela"));
        CHECK(db.error().kind() == DbError::Kind::Unreachable);
        CHECK(db.error().message().contains(QStringLiteral("cannot be reached")));
    }
    SECTION("the database does not exist")
    {
        const PgConnection db = PgConnection::open(cluster.conninfo(QStringLiteral("no_such_db")));
        CHECK(db.error().kind() == DbError::Kind::DatabaseMissing);
    }
    SECTION("the login is refused")
    {
        const PgConnection db = PgConnection::open(cluster.conninfo(QStringLiteral("postgres")) +
                                                   QStringLiteral(" user=nobody_here"));
        CHECK(db.error().kind() == DbError::Kind::Authentication);
        CHECK(db.error().message().contains(QStringLiteral("refused the login")));
    }
}

TEST_CASE("the password never appears in the conninfo shown to people")
{
    const QString shown = redactedConninfo(
        QStringLiteral("host=db.example port=5432 dbname=pela user=op password=s3cret"));
    CHECK_FALSE(shown.contains(QStringLiteral("s3cret")));
    CHECK(shown.contains(QStringLiteral("host=db.example")));
    CHECK_FALSE(redactedConninfo(QStringLiteral("postgresql://op:s3cret@db.example/pela"))
                    .contains(QStringLiteral("s3cret")));
}

#include <sys/select.h>

namespace {

// Drives a non-blocking open the way an event loop would, with select() on the socket.
PgConnection::OpenProgress driveOpen(PgConnection &connection)
{
    PgConnection::OpenProgress progress = PgConnection::OpenProgress::WaitForWrite;
    for (int step = 0; step < 1000; ++step) {
        if (!connection.handle())
            return PgConnection::OpenProgress::Failed;
        fd_set read, write;
        FD_ZERO(&read);
        FD_ZERO(&write);
        FD_SET(connection.socket(),
               progress == PgConnection::OpenProgress::WaitForRead ? &read : &write);
        timeval timeout{5, 0};
        select(connection.socket() + 1, &read, &write, nullptr, &timeout);
        progress = connection.continueOpen();
        if (progress == PgConnection::OpenProgress::Ready ||
            progress == PgConnection::OpenProgress::Failed)
            return progress;
    }
    return progress;
}

} // namespace

TEST_CASE("a non-blocking open connects without waiting, or says which part failed")
{
    PgConnection good = PgConnection::beginOpen(TestCluster::instance().freshDatabase());
    CHECK(driveOpen(good) == PgConnection::OpenProgress::Ready);
    REQUIRE(good.isOpen());
    CHECK(good.exec("SELECT count(*) FROM hospitals").text(0, 0) == QLatin1String("11"));

    PgConnection missing =
        PgConnection::beginOpen(TestCluster::instance().conninfo(QStringLiteral("gone_db")));
    CHECK(driveOpen(missing) == PgConnection::OpenProgress::Failed);
    CHECK(missing.error().kind() == DbError::Kind::DatabaseMissing);

    PgConnection nowhere =
        PgConnection::beginOpen(QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"));
    CHECK_FALSE(nowhere.isOpen());
    CHECK(nowhere.error().kind() == DbError::Kind::Unreachable);
}

TEST_CASE("a prepared statement is prepared once and survives a reset")
{
    PgConnection db = pela::test::connect(TestCluster::instance().freshDatabase());
    const QByteArray sql = "SELECT code FROM hospitals WHERE code = $1";
    CHECK(db.execPrepared("hospital_by_code", sql, {QStringLiteral("LMN")}).text(0, 0) ==
          QLatin1String("LMN"));
    CHECK(db.execPrepared("hospital_by_code", sql, {QStringLiteral("HLS")}).text(0, 0) ==
          QLatin1String("HLS"));
    REQUIRE(db.reset());
    CHECK(db.execPrepared("hospital_by_code", sql, {QStringLiteral("SLM")}).text(0, 0) ==
          QLatin1String("SLM"));
}
