// From answers to a priority: which questions to ask now, which criteria the answers meet, the
// computed priority with its reason, and the JSON stored on the case (cases.triage).
#pragma once

#include "triageprotocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace pela::core {

// Question id → answer: a choice's answer id, a text as typed, a time as ISO 8601.
using TriageAnswers = QMap<QString, QString>;

struct TriageAssessment
{
    // The most urgent criterion met; with none met, the category's default.
    int priority = 0;
    bool fromDefault = true;
    QStringList codes;        // criteria met: most urgent first, then in the order asked
    QStringList instructions; // to read out, in the order of codes, each once
    bool timerNeeded = false; // some of them start a timer (cardiac arrest recognised)
    QStringList agencies;     // the category's partners, then those criteria call for
    // The questions to ask now, in order: the start card (or its gate), the category's chapter,
    // the chief complaint's; a question whose condition does not hold is left out.
    QList<const TriageQuestion *> questions;
    // The answers to those questions: an answer to a question no longer asked (an earlier
    // answer changed) counts for nothing and is dropped.
    TriageAnswers answers;
    int unanswered = 0;
};

// Nothing known about the category: an empty assessment (priority 0).
TriageAssessment assessTriage(const TriageProtocol &protocol, const QString &category,
                              const QString &complaint, const TriageAnswers &answers);

// Why the priority is what it is, in the language given ("id" or "en"): the criteria met with
// their codes, or that none is met yet and the category's default applies.
QString triageReason(const TriageProtocol &protocol, const TriageAssessment &assessment,
                     const QString &languageCode);

// What a case stores about its triage (cases.triage jsonb), so that statistics and later
// revisions of the data can tell which version asked what and why the priority was chosen.
struct TriageRecord
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::TriageRecord)
public:
    QString dataVersion;
    QString category;
    QString complaint; // chief complaint chapter id; empty when none chosen
    TriageAnswers answers;
    QStringList codes;
    QStringList agencies; // partner agencies to refer the case to (referToAgency)
    int computedPriority = 0;
    TriageText reason;
    std::optional<int> overridePriority;
    QString overrideReason;
    // Cardiac arrest: when it was recognised (the timer's start) and when the caller began
    // compressions, as the workstation saw them (UTC).
    QDateTime arrestRecognisedAt;
    QDateTime compressionsStartedAt;

    // The priority the case gets: the operator's override, else the computed one.
    int priority() const { return overridePriority.value_or(computedPriority); }
    // Empty when the record may be stored; otherwise what is wrong, in the operator's words.
    QString problem() const;

    static TriageRecord from(const TriageProtocol &protocol, const TriageAssessment &assessment,
                             const QString &category, const QString &complaint);
    QJsonObject toJson() const;
    static TriageRecord fromJson(const QJsonObject &json);
    bool operator==(const TriageRecord &) const = default;
};

} // namespace pela::core
