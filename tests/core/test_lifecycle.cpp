// The lifecycle rules, without a database: every legal and illegal assignment transition.
#include "domain/lifecycle.h"

#include <catch2/catch.hpp>

using namespace pela::core;
using S = AssignmentState;

TEST_CASE("every assignment transition is legal exactly when the rules say so")
{
    const QList<QPair<S, S>> legal{{S::Requested, S::Dispatched}, {S::Requested, S::Declined},
                                   {S::Requested, S::Expired},    {S::Requested, S::Cancelled},
                                   {S::Dispatched, S::EnRoute},   {S::Dispatched, S::OnScene},
                                   {S::Dispatched, S::Cancelled}, {S::EnRoute, S::OnScene},
                                   {S::EnRoute, S::Cancelled},    {S::OnScene, S::Transporting},
                                   {S::OnScene, S::Cleared},      {S::Transporting, S::AtHospital},
                                   {S::Transporting, S::Cleared}, {S::AtHospital, S::Cleared}};
    for (int from = int(S::Requested); from <= int(S::Expired); ++from) {
        for (int to = int(S::Requested); to <= int(S::Expired); ++to) {
            const bool expected = legal.contains({S(from), S(to)});
            INFO(toText(S(from)).toStdString() << " -> " << toText(S(to)).toStdString());
            CHECK(Lifecycle::canTransition(S(from), S(to)) == expected);
            CHECK(Lifecycle::whyNot(S(from), S(to)).isEmpty() == expected);
        }
    }
}

TEST_CASE("a refused transition says why in words")
{
    CHECK(Lifecycle::whyNot(S::Cleared, S::EnRoute).contains(QStringLiteral("already ended")));
    CHECK(Lifecycle::whyNot(S::OnScene, S::Cancelled).contains(QStringLiteral("clear it instead")));
    CHECK(Lifecycle::whyNot(S::Requested, S::OnScene).contains(QStringLiteral("not accepted")));
    CHECK(
        Lifecycle::whyNot(S::Dispatched, S::AtHospital).contains(QStringLiteral("cannot go from")));
}

TEST_CASE("database spellings round-trip and unknown words are rejected")
{
    for (int s = int(S::Requested); s <= int(S::Expired); ++s)
        CHECK(assignmentStateFromText(toText(S(s))) == S(s));
    for (const QString &name : dispositionNames())
        CHECK(dispositionFromText(name).has_value());
    CHECK_FALSE(unitStatusFromText(QStringLiteral("flying")).has_value());
    CHECK(unitStatusFromText(QStringLiteral("out_of_service")) == UnitStatus::OutOfService);
    CHECK(caseCategories().contains(QStringLiteral("hearse_transport")));
    CHECK(caseCategories().size() == 11);
}
