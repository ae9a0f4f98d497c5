// Which unit to send to a case and which hospital to take the patient to, ranked by road travel
// time with the reason for every place in the list. Pure functions of the live records and a
// RoadRouter: no database, no thread of their own (DispatchAdvisor runs them on a worker).
#pragma once

#include "geo/roadrouter.h"
#include "live/livestate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pela::core {

struct RecommendationSettings
{
    int positionStaleSeconds = 120; // settings.position_stale_seconds
    int requestTimeoutSeconds = 60; // settings.request_timeout_seconds
    // A P1 medical or traffic case wants an ALS crew: a BLS unit ranks as if this much slower
    // (said in its reason), so a BLS crew that is far closer still comes first.
    int basicLifeSupportPenaltySeconds = 180;
    // Median seconds a hospital took to accept its requests (by hospital id), from the history;
    // where none is known, the request timeout is what to expect.
    QHash<qint64, double> medianAnswerSeconds;
};

// Where a unit stands in the list: the groups come in this order, each sorted by time.
enum class UnitRankGroup
{
    Ready,      // a position no older than the stale limit
    Stale,      // position older than the limit: the time is from where it was
    NoPosition, // never reported: timed from its base where known
};

struct UnitRecommendation
{
    qint64 unitId = 0;
    QString callSign;
    QString kind;
    UnitRankGroup group = UnitRankGroup::Ready;
    Eta eta;                  // travel to the case
    double answerSeconds = 0; // the owner's acceptance, expected
    double rankSeconds = std::numeric_limits<double>::quiet_NaN(); // what the order is by
    bool needsAcceptance = false;
    bool kindFits = true;
    double positionAgeSeconds = std::numeric_limits<double>::quiet_NaN();
    QStringList reasons; // in the reader's language, most important first
};

struct HospitalSuggestion
{
    qint64 hospitalId = 0;
    QString code;
    QString name;
    Eta eta; // from the case
    bool capable = true;
    bool diverting = false;
    bool limited = false;
    int emergencyBeds = -1; // available 'igd' beds; -1 when not reported
    QStringList reasons;
};

class Recommendations
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::Recommendations)
public:
    // Available units for the case, best first. Units of other statuses are left out; a hearse
    // is offered only for hearse transport and nothing but a hearse is offered for it.
    static QList<UnitRecommendation> units(const RoadRouter &router, const CaseRecord &incident,
                                           const QList<UnitRecord> &units,
                                           const QList<HospitalRecord> &hospitals,
                                           const QDateTime &now,
                                           const RecommendationSettings &settings);

    // Hospitals for the case's patient, best first: able to take the category and not
    // diverting, by road time; then those without the capability; diverting ones last, with
    // the reason; a hospital whose location is unknown at the very end.
    static QList<HospitalSuggestion> hospitals(const RoadRouter &router, const CaseRecord &incident,
                                               const QList<HospitalRecord> &hospitals);

    // "6 min 20 s", "≈ 7 min" for a straight-line estimate (the board, map and hospital mode mark it alike): how an ETA is shown.
    static QString etaText(const Eta &eta);
};

} // namespace pela::core
