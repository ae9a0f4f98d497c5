// The rules for what an operator types, without a database: caller numbers (libphonenumber,
// real Indonesian examples), free text, coordinates, and which dispositions a case may close with.
#include "domain/inputrules.h"
#include "domain/lifecycle.h"
#include "domain/phonenumber.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace pela::core;
using Kind = PhoneNumber::Kind;

TEST_CASE("an Indonesian mobile number in any usual spelling becomes one E.164 number")
{
    for (const char *typed :
         {"081247001122", "0812-4700-1122", "0812 4700 1122", "+62 812 4700 1122", "+6281247001122",
          "6281247001122", "(0812) 4700.1122"}) {
        INFO(typed);
        const PhoneNumber number = PhoneNumber::parse(QString::fromLatin1(typed));
        REQUIRE(number.isAccepted());
        CHECK(number.kind() == Kind::Number);
        CHECK(number.kindText() == QLatin1String("number"));
        CHECK(number.e164() == QLatin1String("+6281247001122"));
        CHECK(number.display() == QLatin1String("0812-4700-1122"));
        CHECK(number.typed() == QString::fromLatin1(typed));
    }
    // Other operators' prefixes in Maluku: Telkomsel 0852, Indosat 0856, XL 0817.
    CHECK(PhoneNumber::parse(QStringLiteral("0852 4300 1234")).e164() ==
          QLatin1String("+6285243001234"));
    CHECK(PhoneNumber::parse(QStringLiteral("0856 4400 5566")).kind() == Kind::Number);
    CHECK(PhoneNumber::parse(QStringLiteral("0817 1234 5678")).kind() == Kind::Number);
}

TEST_CASE("an Ambon landline keeps its 0911 area code and reads as it is dialled")
{
    const PhoneNumber office = PhoneNumber::parse(QStringLiteral("0911 352812"));
    CHECK(office.kind() == Kind::Number);
    CHECK(office.e164() == QLatin1String("+62911352812"));
    CHECK(office.display() == QLatin1String("(0911) 352812"));
    CHECK(PhoneNumber::parse(QStringLiteral("(0911) 312-345")).e164() ==
          QLatin1String("+62911312345"));
    CHECK(PhoneNumber::parse(QStringLiteral("+62 911 312345")).display() ==
          QLatin1String("(0911) 312345"));
    // Jakarta's area code is a landline too.
    CHECK(PhoneNumber::parse(QStringLiteral("021 5551234")).e164() ==
          QLatin1String("+62215551234"));
}

TEST_CASE("short codes, foreign and incomplete numbers are accepted and marked unusual")
{
    const PhoneNumber police = PhoneNumber::parse(QStringLiteral("110"));
    REQUIRE(police.isAccepted());
    CHECK(police.kind() == Kind::Unusual);
    CHECK(police.kindText() == QLatin1String("unusual"));
    CHECK(police.e164().isEmpty()); // "+62110" would be no number at all
    CHECK(police.note().contains(QStringLiteral("short code")));

    const PhoneNumber tourist = PhoneNumber::parse(QStringLiteral("+61 412 345 678"));
    REQUIRE(tourist.isAccepted());
    CHECK(tourist.kind() == Kind::Unusual);
    CHECK(tourist.e164() == QLatin1String("+61412345678"));
    CHECK(tourist.display() == QLatin1String("+61 412 345 678"));
    CHECK(tourist.note().contains(QStringLiteral("AU")));

    const PhoneNumber cut = PhoneNumber::parse(QStringLiteral("0812 555"));
    REQUIRE(cut.isAccepted());
    CHECK(cut.kind() == Kind::Unusual);
    CHECK(cut.e164().isEmpty());
    CHECK(cut.display() == QLatin1String("0812 555"));
}

TEST_CASE("a withheld number is said explicitly; empty, blank and digit-free text is refused")
{
    CHECK(PhoneNumber::withheld().kind() == Kind::Withheld);
    CHECK(PhoneNumber::withheld().isAccepted());
    for (const char *word : {"withheld", "Anonymous", " PRIVATE ", "tersembunyi"}) {
        INFO(word);
        const PhoneNumber number = PhoneNumber::parse(QString::fromLatin1(word));
        REQUIRE(number.isAccepted());
        CHECK(number.kind() == Kind::Withheld);
        CHECK(number.kindText() == QLatin1String("withheld"));
        CHECK(number.typed().isEmpty());
        CHECK(number.e164().isEmpty());
    }
    for (const char *garbage : {"", "   ", "---", "( )", "+", "12", "0812-abc", "x"}) {
        INFO(garbage);
        const PhoneNumber number = PhoneNumber::parse(QString::fromLatin1(garbage));
        CHECK_FALSE(number.isAccepted());
        CHECK_FALSE(number.problem().isEmpty());
    }
    CHECK(PhoneNumber::parse(QString()).problem().contains(QStringLiteral("withheld")));
    CHECK(
        PhoneNumber::parse(QStringLiteral("---")).problem().contains(QStringLiteral("no digits")));
    CHECK(PhoneNumber::parse(QStringLiteral("0812 3456 7890 1234 5678"))
              .problem()
              .contains(QStringLiteral("at most 15")));
    // A control character is named by its code, never echoed raw.
    const QString escape = PhoneNumber::parse(QStringLiteral("0812\x1b[2J")).problem();
    CHECK(escape.contains(QStringLiteral("0812\\x1b[2J")));
    CHECK_FALSE(escape.contains(QChar(0x1b)));
}

TEST_CASE("free text has a limit per field and no control characters; only notes have lines")
{
    CHECK(InputRules::whyNot(TextField::Address,
                             QStringLiteral("depan Gereja Maranatha, RT 02/RW 03"))
              .isEmpty());
    const QString huge(100 * 1024, QLatin1Char('a'));
    for (TextField field : {TextField::Address, TextField::CallerName, TextField::Notes,
                            TextField::Reason, TextField::ClosingNote, TextField::Agency}) {
        const QString problem = InputRules::whyNot(field, huge);
        INFO(problem.toStdString());
        CHECK(problem.startsWith(InputRules::fieldName(field)));
        CHECK(problem.contains(QString::number(InputRules::maxLength(field))));
        CHECK(InputRules::whyNot(field, QString(InputRules::maxLength(field), QLatin1Char('a')))
                  .isEmpty());
    }
    const QString escape = QStringLiteral("Budi\x1b[31m");
    CHECK(InputRules::whyNot(TextField::CallerName, escape)
              .startsWith(QStringLiteral("Caller's name")));
    CHECK(InputRules::whyNot(TextField::CallerName, escape).contains(QStringLiteral("U+001B")));
    CHECK_FALSE(InputRules::whyNot(TextField::Address, QStringLiteral("Jl. A\u009b2J")).isEmpty());
    CHECK_FALSE(
        InputRules::whyNot(TextField::Reason, QStringLiteral("ban\u202Eksobmep")).isEmpty());
    const QString lines = QStringLiteral("pasien sadar\n\tnapas cepat");
    CHECK(InputRules::whyNot(TextField::Notes, lines).isEmpty());
    CHECK(InputRules::whyNot(TextField::ClosingNote, lines).isEmpty());
    CHECK_FALSE(InputRules::whyNot(TextField::Address, lines).isEmpty());
    CHECK_FALSE(InputRules::whyNot(TextField::Notes, QStringLiteral("a\rb")).isEmpty());
}

TEST_CASE("printable text shows control characters as codes and keeps the rest")
{
    CHECK(InputRules::printable(QStringLiteral("Batu Merah \x1b[2J")) ==
          QStringLiteral("Batu Merah \\x1b[2J"));
    CHECK(InputRules::printable(QStringLiteral("a\nb\tc")) == QStringLiteral("a\\nb\\tc"));
    CHECK(InputRules::printable(QStringLiteral("a\nb"), true) == QStringLiteral("a\nb"));
    CHECK(InputRules::printable(QStringLiteral("x\u202Ey")) == QStringLiteral("x\\u202ey"));
    CHECK(InputRules::printable(QStringLiteral("Désa Hative Besar")) ==
          QStringLiteral("Désa Hative Besar"));
}

TEST_CASE("coordinates must be finite numbers on Earth, as a pair")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    CHECK(InputRules::whyNotCoordinates(-3.6954, 128.1814).isEmpty());
    CHECK(InputRules::whyNotCoordinates(std::nullopt, std::nullopt).isEmpty());
    CHECK_FALSE(InputRules::whyNotCoordinates(nan, 128.18).isEmpty());
    CHECK_FALSE(InputRules::whyNotCoordinates(-3.69, infinity).isEmpty());
    CHECK(InputRules::whyNotCoordinates(999, 128).contains(QStringLiteral("not on Earth")));
    CHECK(InputRules::whyNotCoordinates(-3.69, std::nullopt).contains(QStringLiteral("both")));
    CHECK_FALSE(InputRules::whyNotUncertainty(nan).isEmpty());
    CHECK_FALSE(InputRules::whyNotUncertainty(-5).isEmpty());
    CHECK(InputRules::whyNotUncertainty(25).isEmpty());
}

TEST_CASE("a case closes as transported only after a unit carried the patient, never as a "
          "duplicate alone")
{
    CHECK_FALSE(Lifecycle::whyNotClose(Disposition::Transported, false).isEmpty());
    CHECK(Lifecycle::whyNotClose(Disposition::Transported, true).isEmpty());
    CHECK_FALSE(Lifecycle::whyNotClose(Disposition::Duplicate, true).isEmpty());
    CHECK_FALSE(Lifecycle::whyNotClose(Disposition::Duplicate, false).isEmpty());
    for (Disposition other :
         {Disposition::TreatedOnScene, Disposition::RefusedCare, Disposition::NoPatientFound,
          Disposition::CancelledByCaller, Disposition::ReferredToAgency, Disposition::Prank})
        CHECK(Lifecycle::whyNotClose(other, false).isEmpty());
}
