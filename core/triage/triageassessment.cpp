#include "triageassessment.h"

#include <QJsonArray>
#include <algorithm>

namespace pela::core {

namespace {

QJsonObject textJson(const TriageText &text)
{
    return {{QStringLiteral("id"), text.indonesian}, {QStringLiteral("en"), text.english}};
}

TriageText textFromJson(const QJsonValue &value)
{
    return {value.toObject().value(QLatin1String("id")).toString(),
            value.toObject().value(QLatin1String("en")).toString()};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

TriageAssessment assessTriage(const TriageProtocol &protocol, const QString &categoryId,
                              const QString &complaintId, const TriageAnswers &answers)
{
    TriageAssessment assessment;
    const TriageCategory *category = protocol.category(categoryId);
    if (!category)
        return assessment;

    QStringList met; // in the order asked
    // Conditions only ever look back, so visibility is decided in one pass over the sequence,
    // against the answers kept so far (those of questions still asked).
    auto consider = [&](const TriageQuestion &question) {
        for (const TriageCondition &condition : question.when) {
            const auto given = assessment.answers.constFind(condition.question);
            if (given == assessment.answers.cend() || !condition.answers.contains(*given))
                return;
        }
        assessment.questions << &question;
        const QString answer = answers.value(question.id);
        if (answer.isEmpty()) {
            ++assessment.unanswered;
            return;
        }
        if (question.type == TriageQuestion::Type::Choice) {
            const TriageAnswerOption *option = question.answer(answer);
            if (!option) { // an answer id this version does not know
                ++assessment.unanswered;
                return;
            }
            if (!option->criterion.isEmpty() && !met.contains(option->criterion))
                met << option->criterion;
        }
        assessment.answers.insert(question.id, answer);
    };

    bool startCard = category->startCard == TriageCategory::StartCard::Always;
    if (category->startCard == TriageCategory::StartCard::IfHurt) {
        consider(protocol.gate());
        startCard = protocol.gateOpensOn().contains(assessment.answers.value(protocol.gate().id));
    }
    if (startCard)
        for (const TriageQuestion &question : protocol.startCard().questions)
            consider(question);
    if (const TriageChapter *chapter =
            category->chapter.isEmpty() ? nullptr : protocol.chapter(category->chapter))
        for (const TriageQuestion &question : chapter->questions)
            consider(question);
    if (const TriageChapter *complaint = protocol.complaint(categoryId, complaintId))
        for (const TriageQuestion &question : complaint->questions)
            consider(question);

    QList<const TriageCriterion *> criteria;
    for (const QString &code : std::as_const(met))
        if (const TriageCriterion *criterion = protocol.criterion(code))
            criteria << criterion;
    std::stable_sort(criteria.begin(), criteria.end(),
                     [](const TriageCriterion *a, const TriageCriterion *b) {
                         return a->priority < b->priority;
                     });

    assessment.priority = category->defaultPriority;
    assessment.fromDefault = criteria.isEmpty();
    if (!criteria.isEmpty())
        assessment.priority = criteria.first()->priority;
    assessment.agencies = category->agencies;
    for (const TriageCriterion *criterion : std::as_const(criteria)) {
        assessment.codes << criterion->code;
        if (!criterion->instructions.isEmpty() &&
            !assessment.instructions.contains(criterion->instructions)) {
            assessment.instructions << criterion->instructions;
            if (const TriageInstructions *instructions =
                    protocol.instructions(criterion->instructions))
                assessment.timerNeeded = assessment.timerNeeded || instructions->timer;
        }
        for (const QString &agency : criterion->agencies)
            if (!assessment.agencies.contains(agency))
                assessment.agencies << agency;
    }
    return assessment;
}

QString triageReason(const TriageProtocol &protocol, const TriageAssessment &assessment,
                     const QString &languageCode)
{
    if (assessment.fromDefault)
        return protocol.defaultReason().in(languageCode);
    QStringList parts;
    for (const QString &code : assessment.codes)
        if (const TriageCriterion *criterion = protocol.criterion(code))
            parts << QStringLiteral("%1 %2").arg(code, criterion->text.in(languageCode));
    return parts.join(QLatin1Char('\n'));
}

QString TriageRecord::problem() const
{
    if (computedPriority < 1 || computedPriority > 4)
        return tr("The triage has no priority yet: choose a category.");
    if (!overridePriority)
        return {};
    if (*overridePriority < 1 || *overridePriority > 4)
        return tr("The priority must be 1 (red), 2 (yellow), 3 (green) or 4.");
    if (overrideReason.trimmed().isEmpty())
        return tr("Say why the priority is changed from the computed P%1.").arg(computedPriority);
    return {};
}

TriageRecord TriageRecord::from(const TriageProtocol &protocol, const TriageAssessment &assessment,
                                const QString &category, const QString &complaint)
{
    TriageRecord record;
    record.dataVersion = protocol.version();
    record.category = category;
    record.complaint = complaint;
    record.answers = assessment.answers;
    record.codes = assessment.codes;
    record.agencies = assessment.agencies;
    record.computedPriority = assessment.priority;
    record.reason = {triageReason(protocol, assessment, QStringLiteral("id")),
                     triageReason(protocol, assessment, QStringLiteral("en"))};
    return record;
}

QJsonObject TriageRecord::toJson() const
{
    QJsonObject answersJson;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        answersJson.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("data_version"), dataVersion},
        {QStringLiteral("category"), category},
        {QStringLiteral("answers"), answersJson},
        {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
        {QStringLiteral("agencies"), QJsonArray::fromStringList(agencies)},
        {QStringLiteral("computed_priority"), computedPriority},
        {QStringLiteral("priority"), priority()},
        {QStringLiteral("reason"), textJson(reason)},
    };
    if (!complaint.isEmpty())
        json.insert(QStringLiteral("complaint"), complaint);
    if (overridePriority)
        json.insert(QStringLiteral("override"),
                    QJsonObject{{QStringLiteral("priority"), *overridePriority},
                                {QStringLiteral("reason"), overrideReason.trimmed()}});
    if (arrestRecognisedAt.isValid())
        json.insert(QStringLiteral("arrest_recognised_at"), isoTime(arrestRecognisedAt));
    if (compressionsStartedAt.isValid())
        json.insert(QStringLiteral("compressions_started_at"), isoTime(compressionsStartedAt));
    return json;
}

TriageRecord TriageRecord::fromJson(const QJsonObject &json)
{
    TriageRecord record;
    record.dataVersion = json.value(QLatin1String("data_version")).toString();
    record.category = json.value(QLatin1String("category")).toString();
    record.complaint = json.value(QLatin1String("complaint")).toString();
    const QJsonObject answersJson = json.value(QLatin1String("answers")).toObject();
    for (auto it = answersJson.begin(); it != answersJson.end(); ++it)
        record.answers.insert(it.key(), it.value().toString());
    for (const QJsonValue code : json.value(QLatin1String("codes")).toArray())
        record.codes << code.toString();
    for (const QJsonValue agency : json.value(QLatin1String("agencies")).toArray())
        record.agencies << agency.toString();
    record.computedPriority = json.value(QLatin1String("computed_priority")).toInt();
    record.reason = textFromJson(json.value(QLatin1String("reason")));
    if (json.value(QLatin1String("override")).isObject()) {
        const QJsonObject override = json.value(QLatin1String("override")).toObject();
        record.overridePriority = override.value(QLatin1String("priority")).toInt();
        record.overrideReason = override.value(QLatin1String("reason")).toString();
    }
    record.arrestRecognisedAt = QDateTime::fromString(
        json.value(QLatin1String("arrest_recognised_at")).toString(), Qt::ISODateWithMs);
    record.compressionsStartedAt = QDateTime::fromString(
        json.value(QLatin1String("compressions_started_at")).toString(), Qt::ISODateWithMs);
    return record;
}

} // namespace pela::core
