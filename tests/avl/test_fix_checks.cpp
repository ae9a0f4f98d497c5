// What the gateway stores of a device's fixes: nothing from the future or older than history
// is kept, each fix once, a jump faster than any road vehicle kept but off the map until a
// next fix agrees with it, a fix outside the service region flagged.
#include "avl/devicetoken.h"
#include "avl/fixchecker.h"

#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

AvlFix fixAt(double latitude, double longitude, const QDateTime &time, const char *device = "d1")
{
    AvlFix fix;
    fix.deviceId = QLatin1String(device);
    fix.latitude = latitude;
    fix.longitude = longitude;
    fix.fixTime = time;
    fix.accuracyMeters = 10;
    return fix;
}

// Checks a fix and, when it would be stored, stores it.
FixCheck storeIfMay(FixChecker &checker, const AvlFix &fix)
{
    const FixCheck check = checker.check(fix, Now);
    if (check.verdict == FixCheck::Verdict::Store)
        checker.remember(fix, check);
    return check;
}

} // namespace

TEST_CASE("a fix dated ahead of the server's clock or older than history is kept is refused")
{
    FixChecker checker;
    CHECK(checker.check(fixAt(-3.7, 128.18, Now.addSecs(4)), Now).verdict ==
          FixCheck::Verdict::Store);
    const FixCheck ahead = checker.check(fixAt(-3.7, 128.18, Now.addSecs(60)), Now);
    CHECK(ahead.verdict == FixCheck::Verdict::Refused);
    CHECK(ahead.reason.contains(QStringLiteral("check the device's clock")));
    CHECK(checker.check(fixAt(-3.7, 128.18, Now.addDays(-89)), Now).verdict ==
          FixCheck::Verdict::Store);
    const FixCheck old = checker.check(fixAt(-3.7, 128.18, Now.addDays(-91)), Now);
    CHECK(old.verdict == FixCheck::Verdict::Refused);
    CHECK(old.reason.contains(QStringLiteral("90 days")));
    // A GPS week rollover sends 2006 instead of 2026.
    CHECK(checker.check(fixAt(-3.7, 128.18, Now.addYears(-20)), Now).verdict ==
          FixCheck::Verdict::Refused);
}

TEST_CASE("the same fix sent again is acknowledged, not stored twice")
{
    FixChecker checker;
    const AvlFix fix = fixAt(-3.7, 128.18, Now.addSecs(-10));
    CHECK(storeIfMay(checker, fix).verdict == FixCheck::Verdict::Store);
    CHECK(checker.check(fix, Now).verdict == FixCheck::Verdict::Duplicate);
    // Another device at the same second is its own fix.
    CHECK(checker.check(fixAt(-3.7, 128.18, Now.addSecs(-10), "d2"), Now).verdict ==
          FixCheck::Verdict::Store);
    // A fix the device marked as not valid is answered and not stored.
    AvlFix invalid = fixAt(-3.7, 128.18, Now.addSecs(-5));
    invalid.valid = false;
    CHECK(checker.check(invalid, Now).verdict == FixCheck::Verdict::Invalid);
}

TEST_CASE("a jump faster than any road vehicle stays off the map unless the next fix agrees")
{
    FixChecker checker;
    // Kudamati, then 12 km away one second later: a glitch.
    storeIfMay(checker, fixAt(-3.7125, 128.1740, Now.addSecs(-30)));
    const FixCheck glitch = storeIfMay(checker, fixAt(-3.6200, 128.2300, Now.addSecs(-29)));
    CHECK(glitch.verdict == FixCheck::Verdict::Store);
    CHECK(glitch.flags.contains(QStringLiteral("jump")));
    CHECK_FALSE(glitch.movesUnit);
    // Back where it was, at a driving pace: the map moves again.
    const FixCheck back = storeIfMay(checker, fixAt(-3.7126, 128.1741, Now.addSecs(-28)));
    CHECK(back.flags.isEmpty());
    CHECK(back.movesUnit);

    // After a tunnel: far away, but the next fix agrees with it, so the unit really moved.
    const FixCheck far = storeIfMay(checker, fixAt(-3.6200, 128.2300, Now.addSecs(-20)));
    CHECK_FALSE(far.movesUnit);
    const FixCheck confirmed = storeIfMay(checker, fixAt(-3.6205, 128.2302, Now.addSecs(-18)));
    CHECK(confirmed.movesUnit);
    CHECK_FALSE(confirmed.flags.contains(QStringLiteral("jump")));
    // 90 km/h over 10 seconds is driving, not a jump.
    const FixCheck driving =
        storeIfMay(checker, fixAt(-3.6205, 128.2302 + 0.00225, Now.addSecs(-8)));
    CHECK(driving.movesUnit);
}

TEST_CASE("a fix outside the service region is stored, flagged, and moves the unit")
{
    FixChecker checker;
    const FixCheck ambon = checker.check(fixAt(-3.70, 128.18, Now), Now);
    CHECK(ambon.flags.isEmpty());
    const FixCheck jakarta = checker.check(fixAt(-6.2, 106.8, Now, "d9"), Now);
    CHECK(jakarta.verdict == FixCheck::Verdict::Store);
    CHECK(jakarta.flags == QStringList{QStringLiteral("outside_region")});
    CHECK(jakarta.movesUnit);
}

TEST_CASE("a device's token is kept salted and matched exactly")
{
    const QString hashed = DeviceToken::hash(QStringLiteral("s3cret-token"));
    CHECK(hashed.startsWith(QStringLiteral("sha256:")));
    CHECK_FALSE(hashed.contains(QStringLiteral("s3cret")));
    CHECK(DeviceToken::matches(QStringLiteral("s3cret-token"), hashed));
    CHECK_FALSE(DeviceToken::matches(QStringLiteral("s3cret-tokeN"), hashed));
    CHECK_FALSE(DeviceToken::matches(QString(), hashed));
    CHECK(DeviceToken::hash(QStringLiteral("s3cret-token")) != hashed); // salted
    CHECK(DeviceToken::generate().size() == 24);
}
