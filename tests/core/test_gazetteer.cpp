// The gazetteer the call-taker's location box searches: folding, tiers and their order, one typo
// a word, aliases, the real Ambon places from the database, and the scripted call's prefix.
#include "db/pgconnection.h"
#include "gazetteertestdata.h"
#include "geo/gazetteer.h"
#include "geo/gazetteersearchmodel.h"
#include "live/roles.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

Place place(PlaceKind kind, const QString &code, const QString &name,
            const QString &parentCode = {}, QStringList aliases = {})
{
    Place p;
    p.id = qHash(code.isEmpty() ? name : code);
    p.kind = kind;
    p.code = code;
    p.name = name;
    p.parentCode = parentCode;
    p.location = QGeoCoordinate(-3.69, 128.2);
    p.aliases = std::move(aliases);
    return p;
}

// Names of the first results, best first.
QStringList names(const Gazetteer &gazetteer, const QString &query, int limit = 8)
{
    QStringList result;
    for (const GazetteerMatch &match : gazetteer.search(query, limit))
        result << gazetteer.places()[match.placeIndex].name;
    return result;
}

const Place &first(const Gazetteer &gazetteer, const QString &query)
{
    const QList<GazetteerMatch> matches = gazetteer.search(query);
    REQUIRE_FALSE(matches.isEmpty());
    return gazetteer.places()[matches.first().placeIndex];
}

// The query finds the place first, and no other place matches as well as it does.
bool findsAlone(const Gazetteer &gazetteer, const QString &query, const QString &code)
{
    const QList<GazetteerMatch> matches = gazetteer.search(query, 50);
    if (matches.isEmpty() || gazetteer.places()[matches[0].placeIndex].code != code)
        return false;
    return matches.size() == 1 || matches[1].tier > matches[0].tier;
}

} // namespace

TEST_CASE("folding ignores case, accents and punctuation, and drops apostrophes")
{
    CHECK(Gazetteer::fold(QStringLiteral("Batu Merah")) == QStringLiteral("batu merah"));
    CHECK(Gazetteer::fold(QStringLiteral("  BATU   merah ")) == QStringLiteral("batu merah"));
    CHECK(Gazetteer::fold(QStringLiteral("Hunuth/Durian Patah")) ==
          QStringLiteral("hunuth durian patah"));
    CHECK(Gazetteer::fold(QStringLiteral("Désa Sôya")) == QStringLiteral("desa soya"));
    CHECK(Gazetteer::fold(QStringLiteral("Wai’heru")) == QStringLiteral("waiheru"));
    CHECK(Gazetteer::fold(QStringLiteral("SD Negeri 2, Poka")) ==
          QStringLiteral("sd negeri 2 poka"));
    CHECK(Gazetteer::fold(QStringLiteral(" ,/ ")).isEmpty());
}

TEST_CASE("the gazetteer ranks exact over prefix over word prefix over fuzzy")
{
    const Gazetteer gazetteer({
        place(PlaceKind::Desa, QStringLiteral("1"), QStringLiteral("Soya Atas")),
        place(PlaceKind::Desa, QStringLiteral("2"), QStringLiteral("Soya")),
        place(PlaceKind::Landmark, {}, QStringLiteral("Pasar Soya")),
        place(PlaceKind::Desa, QStringLiteral("3"), QStringLiteral("Saya")), // one letter off
    });
    const QList<GazetteerMatch> matches = gazetteer.search(QStringLiteral("soya"));
    REQUIRE(matches.size() == 4);
    CHECK(names(gazetteer, QStringLiteral("soya")) ==
          QStringList{QStringLiteral("Soya"), QStringLiteral("Soya Atas"),
                      QStringLiteral("Pasar Soya"), QStringLiteral("Saya")});
    CHECK(matches[0].tier == MatchTier::Exact);
    CHECK(matches[1].tier == MatchTier::Prefix);
    CHECK(matches[2].tier == MatchTier::WordPrefix);
    CHECK(matches[3].tier == MatchTier::Fuzzy);
}

TEST_CASE("within a tier a kelurahan or desa comes before a landmark, a street and a kecamatan")
{
    const Gazetteer gazetteer({
        place(PlaceKind::Kecamatan, QStringLiteral("81.71.01"), QStringLiteral("Nusaniwe")),
        place(PlaceKind::Street, {}, QStringLiteral("Jalan Nusaniwe")),
        place(PlaceKind::Landmark, {}, QStringLiteral("Pasar Nusaniwe")),
        place(PlaceKind::Kelurahan, QStringLiteral("81.71.01.1006"), QStringLiteral("Nusaniwe")),
        place(PlaceKind::Desa, QStringLiteral("81.71.01.2099"), QStringLiteral("Nusaniwe Baru")),
    });
    const QList<GazetteerMatch> matches = gazetteer.search(QStringLiteral("nusaniwe"));
    REQUIRE(matches.size() == 5);
    QStringList order;
    for (const GazetteerMatch &match : matches)
        order << toText(gazetteer.places()[match.placeIndex].kind) + QLatin1Char(':') +
                     gazetteer.places()[match.placeIndex].name;
    CHECK(order == QStringList{QStringLiteral("kelurahan:Nusaniwe"),
                               QStringLiteral("kecamatan:Nusaniwe"),
                               QStringLiteral("desa:Nusaniwe Baru"),
                               QStringLiteral("landmark:Pasar Nusaniwe"),
                               QStringLiteral("street:Jalan Nusaniwe")});
}

TEST_CASE("one typo a word is forgiven: substitution, insertion, deletion, transposition")
{
    const Gazetteer gazetteer(pela::test::ambonSeedPlaces());
    for (const char *query : {"batu merab", "batu merrah", "batu meah", "batu mreah", "btau merah",
                              "bat merah", "batu mer"}) {
        INFO(query);
        CHECK(first(gazetteer, QString::fromUtf8(query)).name == QStringLiteral("Batu Merah"));
    }
    // Two typos in one word are too many.
    CHECK_FALSE(
        names(gazetteer, QStringLiteral("batu mraeb")).contains(QStringLiteral("Batu Merah")));
    // Short words must be typed right: "ba" with a typo would match half the city.
    for (const GazetteerMatch &match : gazetteer.search(QStringLiteral("xa"), 50))
        CHECK(match.tier != MatchTier::Fuzzy);
}

TEST_CASE("several words match in any order, each a different word of the name")
{
    const Gazetteer gazetteer(pela::test::ambonSeedPlaces());
    CHECK(first(gazetteer, QStringLiteral("merah batu")).name == QStringLiteral("Batu Merah"));
    CHECK(first(gazetteer, QStringLiteral("dur pat")).name ==
          QStringLiteral("Hunuth/Durian Patah"));
    // "batu batu" needs two "batu" words; no place has them.
    CHECK(names(gazetteer, QStringLiteral("batu batu")).isEmpty());
    CHECK(names(gazetteer, QStringLiteral("   ")).isEmpty());
    CHECK(names(gazetteer, QStringLiteral("zzzz qqqq")).isEmpty());
}

TEST_CASE("a place is found by an alias, once, and the match says which alias")
{
    const Gazetteer gazetteer({
        place(PlaceKind::Desa, QStringLiteral("81.71.02.2003"), QStringLiteral("Batu Merah"), {},
              {QStringLiteral("Batumerah"), QStringLiteral("Batu Mera")}),
    });
    const QList<GazetteerMatch> matches = gazetteer.search(QStringLiteral("batumer"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].matchedAlias == QStringLiteral("Batumerah"));
    CHECK(gazetteer.search(QStringLiteral("batu mera")).size() == 1);
}

TEST_CASE("a landmark records the kelurahan it lies in; a kecamatan records none")
{
    const Gazetteer gazetteer({
        place(PlaceKind::Kecamatan, QStringLiteral("81.71.02"), QStringLiteral("Sirimau")),
        place(PlaceKind::Desa, QStringLiteral("81.71.02.2003"), QStringLiteral("Batu Merah"),
              QStringLiteral("81.71.02")),
        place(PlaceKind::Landmark, {}, QStringLiteral("Masjid Raya Batu Merah"),
              QStringLiteral("81.71.02.2003")),
    });
    CHECK(gazetteer.kelurahanCodeFor(gazetteer.places()[1]) == QStringLiteral("81.71.02.2003"));
    CHECK(gazetteer.kelurahanCodeFor(gazetteer.places()[2]) == QStringLiteral("81.71.02.2003"));
    CHECK(gazetteer.kelurahanCodeFor(gazetteer.places()[0]).isEmpty());
    CHECK(gazetteer.parentName(gazetteer.places()[1]) == QStringLiteral("Sirimau"));
}

TEST_CASE("the places are loaded from the database with kinds, parents, centroids and aliases")
{
    const QString conninfo = pela::test::TestCluster::instance().freshDatabase();
    PgConnection connection = pela::test::connect(conninfo);
    REQUIRE(
        connection.exec("UPDATE places SET aliases = '{Batumerah}' WHERE code = '81.71.02.2003'")
            .ok());
    const PlacesLoadResult loaded = loadPlaces(connection);
    INFO(loaded.error.fullText().toStdString());
    REQUIRE_FALSE(loaded.error.isError());
    CHECK(loaded.places.size() == 55);
    const Gazetteer gazetteer(loaded.places);
    const Place *batuMerah = gazetteer.findByCode(QStringLiteral("81.71.02.2003"));
    REQUIRE(batuMerah);
    CHECK(batuMerah->name == QStringLiteral("Batu Merah"));
    CHECK(batuMerah->kind == PlaceKind::Desa);
    CHECK(batuMerah->aliases == QStringList{QStringLiteral("Batumerah")});
    CHECK(gazetteer.parentName(*batuMerah) == QStringLiteral("Sirimau"));
    CHECK(batuMerah->location.latitude() == Approx(-3.682370));
    CHECK(batuMerah->location.longitude() == Approx(128.215481));
    // What the loader reads is what the seed the tests use says.
    CHECK(loaded.places.size() == pela::test::ambonSeedPlaces().size());
}

TEST_CASE("the scripted call's \"batu mer\" is the shortest prefix of Batu Merah that finds it "
          "alone over Ambon's 55 places")
{
    const Gazetteer gazetteer(pela::test::ambonSeedPlaces());
    REQUIRE(gazetteer.places().size() == 55);
    const QString code = QStringLiteral("81.71.02.2003");
    const QString name = QStringLiteral("batu merah");
    int shortest = -1;
    for (int length = 1; length <= name.size(); ++length)
        if (findsAlone(gazetteer, name.left(length), code)) {
            shortest = length;
            break;
        }
    CHECK(name.left(shortest) == QStringLiteral("batu mer"));
    // "batu me" also finds Batu Meja as well.
    CHECK(names(gazetteer, QStringLiteral("batu me")).mid(0, 2) ==
          QStringList{QStringLiteral("Batu Meja"), QStringLiteral("Batu Merah")});
}

TEST_CASE("the service area holds every place of Ambon and not a point far away")
{
    const Gazetteer gazetteer(pela::test::ambonSeedPlaces());
    const QGeoRectangle area = gazetteer.serviceArea();
    REQUIRE(area.isValid());
    for (const Place &p : gazetteer.places())
        CHECK(area.contains(p.location));
    CHECK(area.contains(QGeoCoordinate(-3.576, 128.28)));    // Kota Ambon's northern edge
    CHECK_FALSE(area.contains(QGeoCoordinate(-6.2, 106.8))); // Jakarta
    CHECK_FALSE(area.contains(QGeoCoordinate(-3.3, 128.9))); // Seram, across the strait
    CHECK_FALSE(Gazetteer().serviceArea().isValid());
}

TEST_CASE("the location box's model follows the query keystroke by keystroke and recognises "
          "coordinates")
{
    GazetteerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(QStringLiteral("batu"));
    CHECK(model.rowCount() == 0); // no gazetteer yet
    model.setGazetteer(std::make_shared<const Gazetteer>(pela::test::ambonSeedPlaces()));
    // The query is searched again: the three Batu places first, shorter names first.
    REQUIRE(model.rowCount() >= 3);
    CHECK(model.index(0).data().toString() == QStringLiteral("Batu Meja"));
    CHECK(model.index(1).data().toString() == QStringLiteral("Batu Gajah"));
    CHECK(model.index(2).data().toString() == QStringLiteral("Batu Merah"));
    for (const QString &typed :
         {QStringLiteral("b"), QStringLiteral("ba"), QStringLiteral("bat"), QStringLiteral("batu"),
          QStringLiteral("batu "), QStringLiteral("batu m"), QStringLiteral("batu me"),
          QStringLiteral("batu mer")})
        model.setQuery(typed);
    REQUIRE(model.rowCount() >= 1);
    const QModelIndex first = model.index(0);
    CHECK(first.data(Qt::DisplayRole).toString() == QStringLiteral("Batu Merah"));
    CHECK(first.data(GazetteerSearchModel::DescriptionRole).toString() ==
          QStringLiteral("desa · Sirimau"));
    CHECK(first.data(RecordRole).value<Place>().code == QStringLiteral("81.71.02.2003"));
    CHECK(first.data(PositionRole).value<QGeoCoordinate>().latitude() == Approx(-3.682370));
    CHECK(model.tierAt(0) == MatchTier::Prefix);

    model.setQuery(QStringLiteral("-3.6954, 128.1814"));
    CHECK(model.rowCount() == 0);
    CHECK(model.coordinates().isCoordinates);
    CHECK(model.coordinates().coordinate.latitude() == Approx(-3.6954));
    model.setQuery(QStringLiteral(""));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("coordinates are read with decimal points or decimal commas, and impossible ones are "
          "said to be impossible")
{
    CoordinateInput input = parseCoordinateInput(QStringLiteral("-3.6954 128.1814"));
    CHECK(input.isCoordinates);
    CHECK(input.coordinate.longitude() == Approx(128.1814));
    input = parseCoordinateInput(QStringLiteral("-3,6954; 128,1814"));
    CHECK(input.coordinate.latitude() == Approx(-3.6954));
    input = parseCoordinateInput(QStringLiteral("-93.5, 128.2"));
    CHECK(input.isCoordinates);
    CHECK_FALSE(input.coordinate.isValid());
    CHECK(input.problem.contains(QStringLiteral("-93.5")));
    input = parseCoordinateInput(QStringLiteral("-3.69, 228.2"));
    CHECK(input.problem.contains(QStringLiteral("228.2")));
    // Numbers that are not coordinates stay a search: an RT number, a street number.
    CHECK_FALSE(parseCoordinateInput(QStringLiteral("RT 02 RW 03")).isCoordinates);
    CHECK_FALSE(parseCoordinateInput(QStringLiteral("12 3")).isCoordinates);
}
