// The shift's figures, computed in one place for the console's handover report, its PDF and
// CSV, and pela-admin: calls and cases by category and priority, the median and 90th percentile
// of each interval (answer → dispatch against NFPA 1225's 60 s for 90 %), transports per
// hospital, unit utilisation, referrals per agency and partner requests per hospital. Undone
// assignments never count; hearse transports (booked, not emergencies) are left out of the
// intervals; cases closed as duplicates are counted once, on their original.
#pragma once

#include "commands/commandrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <utility>

namespace pela::core {

struct CountRow
{
    QString key; // category code, or the priority as "1".."4"
    qint64 cases = 0;
    qint64 calls = 0;
};

struct IntervalStats
{
    QString key; // answer_to_dispatch, dispatch_to_scene, scene_to_hospital
    qint64 count = 0;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
    std::optional<int> goalSeconds;        // NFPA 1225's 60 s for answer → dispatch
    std::optional<double> withinGoalShare; // 0..1 of count within the goal
};

struct HospitalTransports
{
    QString code;
    QString name;
    qint64 transports = 0;
};

struct UnitUtilisation
{
    QString callSign;
    QString kind;
    qint64 assignments = 0;
    double busySeconds = 0;
    double share = 0; // of the period (until now, for a period not yet over)
};

struct AgencyReferrals
{
    QString agency;
    qint64 referred = 0;
    qint64 acknowledged = 0;
    qint64 done = 0;
    std::optional<double> medianAcknowledgeSeconds;
};

struct PartnerRequests
{
    QString code;
    QString name;
    qint64 requested = 0;
    qint64 accepted = 0;
    qint64 declined = 0;
    qint64 expired = 0;
    std::optional<double> medianAnswerSeconds;
};

struct CaseLine
{
    QString number;
    QDateTime openedAt;
    QString category;
    int priority = 0;
    QString state;
    QString disposition;
    QString kelurahan;
    QString units;          // call signs of its assignments, undone ones left out
    QString hospital;       // destination hospital's code
    QDateTime callReceived; // the first call's ring (or answer, when the ring is not known)
    QDateTime firstAnswered, firstDispatched, firstEnRoute, firstOnScene, firstTransporting,
        firstAtHospital, closedAt;
    // Seconds; answer → dispatch from the first answer. Hearse cases have them here too, though
    // the figures leave them out.
    std::optional<double> answerToDispatch, dispatchToScene, sceneToHospital;
};

struct ShiftReportData
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::ShiftReportData)
public:
    QDateTime from, to; // [from, to)
    QDateTime generatedAt;
    QString generatedBy;
    qint64 calls = 0;
    qint64 cases = 0;
    qint64 duplicates = 0;      // closed as duplicates of another case (counted there)
    QList<CountRow> byCategory; // every category with a case or a call, by count
    QList<CountRow> byPriority; // P1..P4
    QList<IntervalStats> intervals;
    QList<HospitalTransports> transports;
    QList<UnitUtilisation> units;
    QList<AgencyReferrals> referrals;
    QList<PartnerRequests> partnerRequests;
    QList<qint64> casesPerHour; // one per started hour of the period, from `from`
    QList<CaseLine> caseLines;  // opened in the period, oldest first

    const IntervalStats *interval(const QString &key) const;

    // The figures for [from, to), read in one snapshot.
    static ReadResult<ShiftReportData> compute(PgConnection &connection, const QDateTime &from,
                                               const QDateTime &to);
    // The cases with their intervals as CSV (RFC 4180, UTF-8, times ISO 8601 in WIT).
    QString csv() const;
    // The summary as plain text, in the language of the moment (pela-admin without --pdf).
    QString summaryText() const;

    // Why [from, to) cannot be reported on (invalid, empty or backwards, over 31 days), in the
    // language of the moment; empty when it can.
    static QString periodProblem(const QDateTime &from, const QDateTime &to);
    // The shift that holds now: 07:00–19:00 or 19:00–07:00 WIT (the centre's two shifts; there
    // is no setting for them).
    static std::pair<QDateTime, QDateTime> shiftAround(const QDateTime &now);
    // An ISO 8601 time ("2026-11-28T07:00", "2026-11-28 07:00:00+09:00", "…Z"); without an
    // offset it is WIT (+09:00). Invalid when it is not one.
    static QDateTime parseTime(const QString &text);
    static constexpr int MaxPeriodDays = 31;

    // The operator's name of an interval key.
    static QString intervalName(const QString &key);
    // "1:05", "12:30", "1:02:03" — or "–" for none.
    static QString duration(std::optional<double> seconds);
    // A time in WIT, "yyyy-MM-dd HH:mm".
    static QString wit(const QDateTime &time);
};

} // namespace pela::core
