// Which unit to send and which hospital to take the patient to: ranked by road time on the small
// hand-made network, with the reasons a dispatcher reads.
#include "dispatch/recommendations.h"
#include "geo/roadgraph.h"
#include "test_roads_support.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace pela::core;
using pela::test::SmallNetwork;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

RoadRouter smallRouter()
{
    const SmallNetwork network;
    const RoadSettings settings = pela::test::smallNetworkSettings();
    return RoadRouter(RoadGraph::build(network.features(), settings), settings);
}

UnitRecord unit(qint64 id, const QString &callSign, const QString &kind,
                const QGeoCoordinate &position, int positionAgeSeconds = 10)
{
    UnitRecord record;
    record.id = id;
    record.callSign = callSign;
    record.kind = kind;
    record.status = QStringLiteral("available");
    record.position = position;
    if (position.isValid())
        record.positionAt = now.addSecs(-positionAgeSeconds);
    return record;
}

CaseRecord incident(const QGeoCoordinate &where,
                    const QString &category = QStringLiteral("medical"), int priority = 2)
{
    CaseRecord record;
    record.id = 1;
    record.number = QStringLiteral("2026-000001");
    record.category = category;
    record.priority = priority;
    record.location = where;
    return record;
}

QStringList order(const QList<UnitRecommendation> &list)
{
    QStringList callSigns;
    for (const UnitRecommendation &entry : list)
        callSigns.append(entry.callSign);
    return callSigns;
}

bool anyReasonContains(const QStringList &reasons, const QString &text)
{
    for (const QString &reason : reasons)
        if (reason.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("the unit that arrives first by road ranks first, and the nearest in a straight line "
          "says how much slower the roads make it")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    // E is 1,000 m from D in a straight line, but D → E is one-way: E drives round by C and B
    // (200 + 100 + 200 s). A is 1,414 m away and drives A → B → D (100 + 200 s).
    const QList<UnitRecord> units = {
        unit(1, QStringLiteral("AMB-E"), QStringLiteral("ambulance_als"), network.e),
        unit(2, QStringLiteral("AMB-A"), QStringLiteral("ambulance_als"), network.a)};
    const QList<UnitRecommendation> ranked =
        Recommendations::units(router, incident(network.d), units, {}, now, {});
    REQUIRE(order(ranked) == QStringList{QStringLiteral("AMB-A"), QStringLiteral("AMB-E")});
    CHECK(ranked[0].eta.method == EtaMethod::Road);
    CHECK(ranked[0].eta.seconds == Approx(300).margin(0.5));
    CHECK(ranked[1].eta.seconds == Approx(500).margin(0.5));
    CHECK(ranked[1].eta.straightMeters < ranked[0].eta.straightMeters);
    CHECK(ranked[0].reasons.value(0) == QStringLiteral("arrives first by road"));
    CHECK(ranked[1].reasons.value(0) ==
          QStringLiteral("nearest in a straight line, but 3 min 20 s slower by road than AMB-A"));
    CHECK(Recommendations::etaText(ranked[0].eta) == QStringLiteral("5 min"));
}

TEST_CASE("only available units are offered; a hearse never for an emergency, only a hearse for "
          "a hearse transport")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    UnitRecord busy =
        unit(1, QStringLiteral("AMB-BUSY"), QStringLiteral("ambulance_als"), network.b);
    busy.status = QStringLiteral("en_route");
    UnitRecord out = unit(2, QStringLiteral("AMB-OUT"), QStringLiteral("ambulance_bls"), network.b);
    out.status = QStringLiteral("out_of_service");
    const QList<UnitRecord> units = {
        busy, out, unit(3, QStringLiteral("JNZ-1"), QStringLiteral("hearse"), network.b),
        unit(4, QStringLiteral("AMB-C"), QStringLiteral("ambulance_bls"), network.c)};

    CHECK(order(Recommendations::units(router, incident(network.d), units, {}, now, {})) ==
          QStringList{QStringLiteral("AMB-C")});
    CHECK(order(Recommendations::units(
              router, incident(network.d, QStringLiteral("hearse_transport"), 4), units, {}, now,
              {})) == QStringList{QStringLiteral("JNZ-1")});
}

TEST_CASE("a P1 wants an ALS crew: a BLS crew ranks as if three minutes slower, so it still comes "
          "first when it is far closer")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    const CaseRecord p1 = incident(network.d, QStringLiteral("medical"), 1);

    // BLS at A: 300 s (+180); ALS at E: 500 s. The BLS crew is 200 s closer: it goes first.
    QList<UnitRecommendation> ranked = Recommendations::units(
        router, p1,
        {unit(1, QStringLiteral("ALS-E"), QStringLiteral("ambulance_als"), network.e),
         unit(2, QStringLiteral("BLS-A"), QStringLiteral("ambulance_bls"), network.a)},
        {}, now, {});
    CHECK(order(ranked) == QStringList{QStringLiteral("BLS-A"), QStringLiteral("ALS-E")});
    CHECK_FALSE(ranked[0].kindFits);
    CHECK(anyReasonContains(ranked[0].reasons, QStringLiteral("a P1 wants an ALS crew")));

    // ALS at C: 300 s; BLS at A: 300 s + 180. Equal by road: the ALS crew goes first.
    ranked = Recommendations::units(
        router, p1,
        {unit(2, QStringLiteral("BLS-A"), QStringLiteral("ambulance_bls"), network.a),
         unit(1, QStringLiteral("ALS-C"), QStringLiteral("ambulance_als"), network.c)},
        {}, now, {});
    CHECK(order(ranked) == QStringList{QStringLiteral("ALS-C"), QStringLiteral("BLS-A")});

    // A P2 does not care: the BLS crew at A is as good as the ALS crew at C.
    ranked = Recommendations::units(
        router, incident(network.d, QStringLiteral("medical"), 2),
        {unit(2, QStringLiteral("BLS-A"), QStringLiteral("ambulance_bls"), network.a),
         unit(1, QStringLiteral("ALS-E"), QStringLiteral("ambulance_als"), network.e)},
        {}, now, {});
    CHECK(order(ranked) == QStringList{QStringLiteral("BLS-A"), QStringLiteral("ALS-E")});
    CHECK(ranked[0].kindFits);
}

TEST_CASE("units with a stale or no position come after the others, saying why")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    UnitRecord unknown = unit(3, QStringLiteral("AMB-NONE"), QStringLiteral("ambulance_bls"), {});
    unknown.base = network.b; // 200 s from D: faster than anyone, but only a guess
    const QList<UnitRecommendation> ranked = Recommendations::units(
        router, incident(network.d),
        {unknown,
         unit(2, QStringLiteral("AMB-OLD"), QStringLiteral("ambulance_bls"), network.c, 600),
         unit(1, QStringLiteral("AMB-E"), QStringLiteral("ambulance_bls"), network.e)},
        {}, now, {});
    REQUIRE(order(ranked) == QStringList{QStringLiteral("AMB-E"), QStringLiteral("AMB-OLD"),
                                         QStringLiteral("AMB-NONE")});
    CHECK(ranked[1].group == UnitRankGroup::Stale);
    CHECK(ranked[1].eta.seconds < ranked[0].eta.seconds);
    CHECK(anyReasonContains(ranked[1].reasons, QStringLiteral("last position 10 min old")));
    CHECK(ranked[2].group == UnitRankGroup::NoPosition);
    CHECK(ranked[2].eta.seconds == Approx(200).margin(0.5));
    CHECK(anyReasonContains(ranked[2].reasons, QStringLiteral("timed from its base")));
}

TEST_CASE("a unit whose hospital must accept first ranks with the expected answer time added")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    HospitalRecord haulussy;
    haulussy.id = 7;
    haulussy.code = QStringLiteral("HLS");
    haulussy.requiresAcceptance = true;
    UnitRecord partner =
        unit(1, QStringLiteral("HLS-1"), QStringLiteral("ambulance_bls"), network.a); // 300 s
    partner.ownerHospitalId = haulussy.id;
    const UnitRecord city =
        unit(2, QStringLiteral("KOTA-1"), QStringLiteral("ambulance_bls"), network.e); // 500 s

    RecommendationSettings settings;
    settings.requestTimeoutSeconds = 240;
    QList<UnitRecommendation> ranked = Recommendations::units(
        router, incident(network.d), {partner, city}, {haulussy}, now, settings);
    CHECK(order(ranked) == QStringList{QStringLiteral("KOTA-1"), QStringLiteral("HLS-1")});
    CHECK(ranked[1].needsAcceptance);
    CHECK(ranked[1].answerSeconds == 240);
    CHECK(anyReasonContains(ranked[1].reasons,
                            QStringLiteral("needs HLS's acceptance: up to 4 min")));

    // Haulussy usually answers in 45 s: 345 s beats the city unit's 500.
    settings.medianAnswerSeconds.insert(haulussy.id, 45);
    ranked = Recommendations::units(router, incident(network.d), {partner, city}, {haulussy}, now,
                                    settings);
    CHECK(order(ranked) == QStringList{QStringLiteral("HLS-1"), QStringLiteral("KOTA-1")});
    CHECK(ranked[0].rankSeconds == Approx(345).margin(0.5));
    CHECK(anyReasonContains(ranked[0].reasons, QStringLiteral("usually answered in 45 s")));
}

TEST_CASE("without roads every time is a straight-line estimate and says so")
{
    const SmallNetwork network;
    const RoadRouter router; // nothing imported
    const QList<UnitRecommendation> ranked = Recommendations::units(
        router, incident(network.d),
        {unit(1, QStringLiteral("AMB-E"), QStringLiteral("ambulance_als"), network.e)}, {}, now,
        {});
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].eta.method == EtaMethod::StraightLine);
    CHECK(Recommendations::etaText(ranked[0].eta).startsWith(QStringLiteral("≈")));
    CHECK(anyReasonContains(ranked[0].reasons, QStringLiteral("straight-line estimate")));
    CHECK(ranked[0].reasons.value(0) == QStringLiteral("arrives first (estimate)"));
}

TEST_CASE("hospitals: open and able first by road time, then limited or full, then without an "
          "emergency department, diverting ones last with the reason, unknown places at the end")
{
    const SmallNetwork network;
    const RoadRouter router = smallRouter();
    auto hospital = [](qint64 id, const QString &code, const QGeoCoordinate &where) {
        HospitalRecord record;
        record.id = id;
        record.code = code;
        record.name = code;
        record.location = where;
        record.locationApproximate = false;
        record.capabilities = {QStringLiteral("igd")};
        record.erStatus = QStringLiteral("open");
        return record;
    };
    HospitalRecord near = hospital(1, QStringLiteral("NEAR"), network.b); // 200 s from D
    near.erStatus = QStringLiteral("diverting");
    near.erStatusReason = QStringLiteral("IGD penuh");
    HospitalRecord psychiatric = hospital(2, QStringLiteral("JIWA"), network.b);
    psychiatric.capabilities = {QStringLiteral("psychiatric")};
    const HospitalRecord far = hospital(3, QStringLiteral("FAR"), network.a);      // 300 s
    const HospitalRecord farther = hospital(4, QStringLiteral("EAST"), network.c); // 300 s
    HospitalRecord full = hospital(5, QStringLiteral("FULL"), network.c);
    full.beds = {BedRecord{QStringLiteral("igd"), 0, 10, now, QStringLiteral("x")}};
    const HospitalRecord nowhere = hospital(6, QStringLiteral("BKR"), QGeoCoordinate());

    const QList<HospitalSuggestion> ranked = Recommendations::hospitals(
        router, incident(network.d), {nowhere, near, psychiatric, full, far, farther});
    QStringList codes;
    for (const HospitalSuggestion &entry : ranked)
        codes.append(entry.code);
    CHECK(codes == QStringList{QStringLiteral("FAR"), QStringLiteral("EAST"),
                               QStringLiteral("FULL"), QStringLiteral("JIWA"),
                               QStringLiteral("NEAR"), QStringLiteral("BKR")});
    CHECK(ranked[0].eta.seconds == Approx(300).margin(0.5)); // D → B → A: 200 + 100
    CHECK(anyReasonContains(ranked[2].reasons, QStringLiteral("no emergency bed free")));
    CHECK(anyReasonContains(ranked[3].reasons, QStringLiteral("no emergency department")));
    CHECK(ranked[4].reasons.value(0) == QStringLiteral("diverting: IGD penuh"));
    CHECK(anyReasonContains(ranked[5].reasons, QStringLiteral("location not known")));
}
