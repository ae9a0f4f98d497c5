// Possible duplicates while a call is taken: same category, near, recent and open; nearest and
// newest first; the model follows the live state, the query and the clock; the rules come from
// the database's settings.
#include "db/pgconnection.h"
#include "live/duplicatefinder.h"
#include "live/livestate.h"
#include "live/possibleduplicatesmodel.h"
#include "live/roles.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

const QDateTime now(QDate(2026, 3, 25), QTime(3, 0), Qt::UTC);
// Batu Merah's centroid and points at known distances from it (1e-3° latitude ≈ 111 m).
const QGeoCoordinate batuMerah(-3.682370, 128.215481);

QGeoCoordinate north(double metres)
{
    return batuMerah.atDistanceAndAzimuth(metres, 0);
}

CaseRecord makeCase(qint64 id, const QString &category, const QGeoCoordinate &location,
                    int minutesAgo, const QString &state = QStringLiteral("waiting"))
{
    CaseRecord record;
    record.id = id;
    record.number = QStringLiteral("2026-%1").arg(id, 6, 10, QLatin1Char('0'));
    record.category = category;
    record.priority = 1;
    record.state = state;
    record.location = location;
    record.locationText = QStringLiteral("Batu Merah");
    record.kelurahanCode = QStringLiteral("81.71.02.2003");
    record.openedAt = now.addSecs(-60 * minutesAgo);
    if (state == QLatin1String("closed")) {
        record.disposition = QStringLiteral("transported");
        record.closedAt = now;
    }
    return record;
}

QHash<qint64, CaseRecord> byId(const QList<CaseRecord> &records)
{
    QHash<qint64, CaseRecord> cases;
    for (const CaseRecord &record : records)
        cases.insert(record.id, record);
    return cases;
}

QList<qint64> ids(const QList<DuplicateCandidate> &candidates)
{
    QList<qint64> result;
    for (const DuplicateCandidate &candidate : candidates)
        result << candidate.caseId;
    return result;
}

const QString medical = QStringLiteral("medical");
const DuplicateQuery atBatuMerah{medical, batuMerah, QStringLiteral("81.71.02.2003")};

} // namespace

TEST_CASE("open cases of the same category within 300 m and 30 min are possible duplicates, "
          "nearest first")
{
    const auto cases = byId({
        makeCase(1, medical, north(250), 5), makeCase(2, medical, north(40), 20),
        makeCase(3, medical, north(350), 1),                            // too far
        makeCase(4, medical, north(10), 31),                            // too old
        makeCase(5, QStringLiteral("fire"), north(10), 1),              // another category
        makeCase(6, medical, north(10), 1, QStringLiteral("closed")),   // closed
        makeCase(7, medical, north(40), 2, QStringLiteral("on_scene")), // open, being served
    });
    const QList<DuplicateCandidate> found =
        findPossibleDuplicates(cases, atBatuMerah, DuplicateRules{}, now);
    // 2 and 7 are equally near: the newer (7) first.
    CHECK(ids(found) == QList<qint64>{7, 2, 1});
    REQUIRE(found[2].distanceMetres.has_value());
    CHECK(*found[2].distanceMetres == Approx(250).margin(1));
    CHECK(found[2].ageSeconds == 5 * 60);
    CHECK(found[0].caseNumber == QStringLiteral("2026-000007"));
}

TEST_CASE("the radius and the window are the rules' and wider rules find more")
{
    const auto cases =
        byId({makeCase(1, medical, north(450), 5), makeCase(2, medical, north(10), 50)});
    CHECK(findPossibleDuplicates(cases, atBatuMerah, DuplicateRules{}, now).isEmpty());
    CHECK(ids(findPossibleDuplicates(cases, atBatuMerah, DuplicateRules{500, 60}, now)) ==
          QList<qint64>{2, 1});
}

TEST_CASE("without coordinates a case of the same kelurahan is a possible duplicate, after the "
          "located ones")
{
    CaseRecord unlocated = makeCase(1, medical, QGeoCoordinate(), 2);
    CaseRecord elsewhere = makeCase(2, medical, QGeoCoordinate(), 2);
    elsewhere.kelurahanCode = QStringLiteral("81.71.01.1006");
    const auto cases = byId({unlocated, elsewhere, makeCase(3, medical, north(200), 10)});
    const QList<DuplicateCandidate> found =
        findPossibleDuplicates(cases, atBatuMerah, DuplicateRules{}, now);
    CHECK(ids(found) == QList<qint64>{3, 1});
    CHECK_FALSE(found[1].distanceMetres.has_value());
    // A call with only a kelurahan (no coordinates) finds by kelurahan alone, newest first.
    const DuplicateQuery byKelurahan{medical, QGeoCoordinate(), QStringLiteral("81.71.02.2003")};
    CHECK(ids(findPossibleDuplicates(cases, byKelurahan, DuplicateRules{}, now)) ==
          QList<qint64>{1, 3});
    // Without a category or any location nothing is offered.
    CHECK(
        findPossibleDuplicates(cases, {QString(), batuMerah, {}}, DuplicateRules{}, now).isEmpty());
    CHECK(findPossibleDuplicates(cases, {medical, {}, {}}, DuplicateRules{}, now).isEmpty());
}

TEST_CASE("the duplicates model follows the live state, the query and the clock")
{
    LiveState state;
    LiveSnapshot snapshot;
    snapshot.cases = byId({makeCase(1, medical, north(100), 10)});
    state.resetTo(snapshot);
    PossibleDuplicatesModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QDateTime clock = now;
    model.setClock([&clock] { return clock; });
    CHECK(model.rowCount() == 0); // no query yet

    model.setQuery(atBatuMerah);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex first = model.index(0);
    CHECK(first.data(CaseNumberRole).toString() == QStringLiteral("2026-000001"));
    CHECK(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("100 m")));
    CHECK(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("10 min")));
    CHECK(first.data(RecordRole).value<DuplicateCandidate>().ageSeconds == 600);

    // Another console opens a nearer case: it comes first.
    state.applyCases({makeCase(2, medical, north(20), 1)}, {});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data(IdRole).toLongLong() == 2);

    // The clock moves on: ages change in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock = now.addSecs(60);
    model.refresh();
    CHECK(changed.count() == 1);
    CHECK(model.index(1).data(RecordRole).value<DuplicateCandidate>().ageSeconds == 660);

    // Case 1 leaves the window; case 2 is closed.
    clock = now.addSecs(21 * 60);
    model.refresh();
    CHECK(model.rowCount() == 1);
    CaseRecord closed = makeCase(2, medical, north(20), 1, QStringLiteral("closed"));
    state.applyCases({closed}, {});
    CHECK(model.rowCount() == 0);

    // Another category asks about other cases.
    state.applyCases({makeCase(3, QStringLiteral("fire"), north(5), 1)}, {});
    CHECK(model.rowCount() == 0);
    model.setQuery({QStringLiteral("fire"), batuMerah, {}});
    CHECK(model.rowCount() == 1);
    state.applyCases({}, {3});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the duplicate rules are read from the settings table, with defaults for what is "
          "absent or not sensible")
{
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    PgConnection db = pela::test::connect(conninfo);
    REQUIRE(db.exec("DELETE FROM settings WHERE key LIKE 'duplicate_%'").ok());
    DuplicateRulesLoad loaded = loadDuplicateRules(db);
    REQUIRE_FALSE(loaded.error.isError());
    CHECK(loaded.rules == DuplicateRules{300, 30});

    REQUIRE(db.exec("INSERT INTO settings (key, value) VALUES ('duplicate_radius_m', '500'),"
                    " ('duplicate_window_minutes', '45')")
                .ok());
    loaded = loadDuplicateRules(db);
    CHECK(loaded.rules == DuplicateRules{500, 45});

    REQUIRE(db.exec("UPDATE settings SET value = '-3' WHERE key = 'duplicate_radius_m'").ok());
    REQUIRE(db.exec("UPDATE settings SET value = '\"soon\"' WHERE key = 'duplicate_window_minutes'")
                .ok());
    loaded = loadDuplicateRules(db);
    CHECK(loaded.rules == DuplicateRules{300, 30});
}
