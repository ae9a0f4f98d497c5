#include "triageprotocol.h"

#include "db/connectionsettings.h"
#include "domain/lifecycle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace pela::core {

QString TriageText::in(const QString &languageCode) const
{
    return languageCode.startsWith(QLatin1String("id")) ? indonesian : english;
}

const TriageAnswerOption *TriageQuestion::answer(const QString &id) const
{
    for (const TriageAnswerOption &option : answers)
        if (option.id == id)
            return &option;
    return nullptr;
}

namespace {

constexpr int MaxChoiceAnswers = 9; // one digit key each
constexpr int MaxTextLength = 2000;

// The priority a criterion code's letter stands for (A.xx.xx is P1 ... D.xx.xx P4).
int priorityOfLetter(QChar letter)
{
    return letter.unicode() >= 'A' && letter.unicode() <= 'D' ? letter.unicode() - 'A' + 1 : 0;
}

} // namespace

// Reads the JSON into a TriageProtocol and collects every problem on the way, each naming where
// it is, so that an admin fixes a refused file in one pass.
class TriageParser
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::TriageProtocol)
public:
    std::shared_ptr<TriageProtocol> protocol{new TriageProtocol};
    QStringList errors;

    void parse(const QJsonObject &root);

private:
    struct PendingCriterion
    {
        QString where;
        QString code;
    };

    void error(const QString &message) { errors << message; }
    TriageText text(const QJsonObject &object, const QString &key, const QString &where,
                    bool optional = false);
    QString string(const QJsonObject &object, const QString &key, const QString &where);
    void parseAnswerSets(const QJsonObject &root);
    void parseAgencies(const QJsonArray &array);
    void parseInstructions(const QJsonArray &array);
    TriageChapter parseChapter(const QJsonObject &object, const QString &where, bool startCard);
    TriageQuestion parseQuestion(const QJsonObject &object, const QString &where,
                                 const QSet<QString> &earlier);
    void parseCriteria(const QJsonArray &array, const QString &chapterNumber, const QString &where);
    void parseCategories(const QJsonArray &array);
    void checkReferences();

    QHash<QString, QList<TriageAnswerOption>> m_answerSets;
    QSet<QString> m_questionIds;
    QList<PendingCriterion> m_pendingCriteria;
    QList<QPair<QString, QString>> m_pendingInstructions; // where, id
    QList<QPair<QString, QString>> m_pendingAgencies;     // where, id
};

TriageText TriageParser::text(const QJsonObject &object, const QString &key, const QString &where,
                              bool optional)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && optional)
        return {};
    if (!value.isObject()) {
        error(tr("%1: \"%2\" must be a text in both languages: {\"id\": \"…\", \"en\": \"…\"}.")
                  .arg(where, key));
        return {};
    }
    TriageText result;
    result.indonesian = value.toObject().value(QLatin1String("id")).toString().trimmed();
    result.english = value.toObject().value(QLatin1String("en")).toString().trimmed();
    if (result.indonesian.isEmpty())
        error(tr("%1: the Indonesian text of \"%2\" is missing.").arg(where, key));
    if (result.english.isEmpty())
        error(tr("%1: the English text of \"%2\" is missing.").arg(where, key));
    return result;
}

QString TriageParser::string(const QJsonObject &object, const QString &key, const QString &where)
{
    const QString value = object.value(key).toString().trimmed();
    if (value.isEmpty())
        error(tr("%1: \"%2\" is missing.").arg(where, key));
    return value;
}

void TriageParser::parse(const QJsonObject &root)
{
    TriageProtocol &p = *protocol;
    p.m_version = string(root, QStringLiteral("version"), tr("The triage file"));
    p.m_title = text(root, QStringLiteral("title"), tr("The triage file"));
    p.m_defaultReason = text(root, QStringLiteral("defaultReason"), tr("The triage file"));
    parseAnswerSets(root);
    parseAgencies(root.value(QLatin1String("agencies")).toArray());
    parseInstructions(root.value(QLatin1String("instructions")).toArray());

    if (!root.value(QLatin1String("startCard")).isObject()) {
        error(tr("The triage file has no start card (\"startCard\")."));
    } else {
        const QJsonObject card = root.value(QLatin1String("startCard")).toObject();
        const QString where = tr("Start card");
        if (card.value(QLatin1String("number")).toString() != QLatin1String("00"))
            error(tr("%1: its number must be \"00\".").arg(where));
        if (!card.value(QLatin1String("gate")).isObject())
            error(tr("%1: the gate question (\"gate\": is anyone hurt?) is missing.").arg(where));
        else
            p.m_gate = parseQuestion(card.value(QLatin1String("gate")).toObject(),
                                     tr("%1, gate question").arg(where), {});
        for (const QJsonValue answer : card.value(QLatin1String("gateOpensOn")).toArray()) {
            p.m_gateOpensOn << answer.toString();
            if (!p.m_gate.answer(answer.toString()))
                error(tr("%1: \"gateOpensOn\" names the answer \"%2\", which the gate question "
                         "does not have.")
                          .arg(where, answer.toString()));
        }
        if (p.m_gateOpensOn.isEmpty())
            error(tr("%1: \"gateOpensOn\" must name the gate's answers that open the start card.")
                      .arg(where));
        p.m_startCard = parseChapter(card, where, true);
    }

    QSet<QString> numbers{QStringLiteral("00")};
    QSet<QString> chapterIds;
    static const QRegularExpression numberPattern(QStringLiteral("^[0-9]{2}$"));
    const QJsonArray chapters = root.value(QLatin1String("chapters")).toArray();
    if (chapters.isEmpty())
        error(tr("The triage file has no chapters."));
    for (int i = 0; i < chapters.size(); ++i) {
        const QJsonObject object = chapters[i].toObject();
        const QString number = object.value(QLatin1String("number")).toString();
        const QString where = tr("Chapter %1 (%2)")
                                  .arg(number.isEmpty() ? QString::number(i + 1) : number,
                                       object.value(QLatin1String("id")).toString());
        if (!numberPattern.match(number).hasMatch())
            error(tr("%1: the number must be two digits, such as \"01\".").arg(where));
        else if (numbers.contains(number))
            error(tr("%1: another chapter has the same number.").arg(where));
        numbers.insert(number);
        TriageChapter chapter = parseChapter(object, where, false);
        if (chapterIds.contains(chapter.id))
            error(tr("%1: another chapter has the id \"%2\".").arg(where, chapter.id));
        chapterIds.insert(chapter.id);
        if (!caseCategories().contains(chapter.category))
            error(tr("%1: \"%2\" is not a case category (one of: %3).")
                      .arg(where, chapter.category, caseCategories().join(QStringLiteral(", "))));
        p.m_chapters.append(std::move(chapter));
    }
    parseCategories(root.value(QLatin1String("categories")).toArray());
    checkReferences();
}

void TriageParser::parseAnswerSets(const QJsonObject &root)
{
    const QJsonObject sets = root.value(QLatin1String("answerSets")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QString where = tr("Answer set \"%1\"").arg(it.key());
        QList<TriageAnswerOption> options;
        for (const QJsonValue value : it.value().toArray()) {
            TriageAnswerOption option;
            option.id = string(value.toObject(), QStringLiteral("id"), where);
            option.label = text(value.toObject(), QStringLiteral("label"), where);
            options.append(option);
        }
        m_answerSets.insert(it.key(), options);
    }
}

void TriageParser::parseAgencies(const QJsonArray &array)
{
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        TriageAgency agency;
        agency.id = string(object, QStringLiteral("id"), tr("An agency"));
        agency.name = text(object, QStringLiteral("name"), tr("Agency \"%1\"").arg(agency.id));
        if (protocol->agency(agency.id))
            error(tr("Agency \"%1\" is listed twice.").arg(agency.id));
        protocol->m_agencies.append(agency);
    }
}

void TriageParser::parseInstructions(const QJsonArray &array)
{
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        TriageInstructions instructions;
        instructions.id = string(object, QStringLiteral("id"), tr("Instructions"));
        const QString where = tr("Instructions \"%1\"").arg(instructions.id);
        if (protocol->instructions(instructions.id))
            error(tr("%1 are listed twice.").arg(where));
        instructions.title = text(object, QStringLiteral("title"), where);
        instructions.timer = object.value(QLatin1String("timer")).toBool(false);
        const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
        if (steps.isEmpty())
            error(tr("%1: there are no steps to read out.").arg(where));
        for (int i = 0; i < steps.size(); ++i) {
            QJsonObject holder;
            holder.insert(QStringLiteral("step"), steps[i]);
            instructions.steps << text(holder, QStringLiteral("step"),
                                       tr("%1, step %2").arg(where).arg(i + 1));
        }
        protocol->m_instructions.append(instructions);
    }
}

TriageChapter TriageParser::parseChapter(const QJsonObject &object, const QString &where,
                                         bool startCard)
{
    TriageChapter chapter;
    chapter.number =
        startCard ? QStringLiteral("00") : object.value(QLatin1String("number")).toString();
    chapter.title = text(object, QStringLiteral("title"), where);
    if (!startCard) {
        chapter.id = string(object, QStringLiteral("id"), where);
        chapter.category = string(object, QStringLiteral("category"), where);
    }
    // Conditions may look back at the start card (and its gate) and at this chapter's earlier
    // questions: what the call-taker has been asked before this question.
    QSet<QString> earlier;
    if (!protocol->m_gate.id.isEmpty())
        earlier.insert(protocol->m_gate.id);
    for (const TriageQuestion &question : protocol->m_startCard.questions)
        earlier.insert(question.id);
    const QJsonArray questions = object.value(QLatin1String("questions")).toArray();
    if (questions.isEmpty())
        error(tr("%1: there are no questions.").arg(where));
    for (const QJsonValue value : questions) {
        TriageQuestion question = parseQuestion(value.toObject(), where, earlier);
        earlier.insert(question.id);
        chapter.questions.append(std::move(question));
    }
    parseCriteria(object.value(QLatin1String("criteria")).toArray(), chapter.number, where);
    return chapter;
}

TriageQuestion TriageParser::parseQuestion(const QJsonObject &object, const QString &chapter,
                                           const QSet<QString> &earlier)
{
    TriageQuestion question;
    question.id = object.value(QLatin1String("id")).toString().trimmed();
    const QString where = tr("%1, question \"%2\"").arg(chapter, question.id);
    if (question.id.isEmpty())
        error(tr("%1: a question has no id.").arg(chapter));
    else if (m_questionIds.contains(question.id))
        error(tr("%1: another question has the same id.").arg(where));
    m_questionIds.insert(question.id);

    const QString type = object.value(QLatin1String("type")).toString(QStringLiteral("choice"));
    if (type == QLatin1String("choice"))
        question.type = TriageQuestion::Type::Choice;
    else if (type == QLatin1String("text"))
        question.type = TriageQuestion::Type::Text;
    else if (type == QLatin1String("datetime"))
        question.type = TriageQuestion::Type::DateTime;
    else
        error(tr("%1: the type \"%2\" is unknown (choice, text or datetime).").arg(where, type));
    question.text = text(object, QStringLiteral("text"), where);
    question.hint = text(object, QStringLiteral("hint"), where, true);

    if (question.type == TriageQuestion::Type::Choice) {
        const QString set = object.value(QLatin1String("answerSet")).toString();
        if (!set.isEmpty()) {
            if (!m_answerSets.contains(set))
                error(tr("%1: the answer set \"%2\" does not exist.").arg(where, set));
            question.answers = m_answerSets.value(set);
            const QJsonObject criteria = object.value(QLatin1String("criteria")).toObject();
            for (auto it = criteria.begin(); it != criteria.end(); ++it) {
                bool found = false;
                for (TriageAnswerOption &option : question.answers)
                    if (option.id == it.key()) {
                        option.criterion = it.value().toString();
                        found = true;
                    }
                if (!found)
                    error(tr("%1: \"criteria\" names the answer \"%2\", which the question does "
                             "not have.")
                              .arg(where, it.key()));
            }
        } else {
            for (const QJsonValue value : object.value(QLatin1String("answers")).toArray()) {
                TriageAnswerOption option;
                option.id = string(value.toObject(), QStringLiteral("id"), where);
                option.label = text(value.toObject(), QStringLiteral("label"),
                                    tr("%1, answer \"%2\"").arg(where, option.id));
                option.criterion = value.toObject().value(QLatin1String("criterion")).toString();
                question.answers.append(option);
            }
        }
        if (question.answers.size() < 2 || question.answers.size() > MaxChoiceAnswers)
            error(tr("%1: a choice needs 2 to %2 answers (one digit key each), not %3.")
                      .arg(where)
                      .arg(MaxChoiceAnswers)
                      .arg(question.answers.size()));
        QSet<QString> answerIds;
        for (const TriageAnswerOption &option : std::as_const(question.answers)) {
            if (answerIds.contains(option.id))
                error(tr("%1: two answers have the id \"%2\".").arg(where, option.id));
            answerIds.insert(option.id);
            if (!option.criterion.isEmpty())
                m_pendingCriteria.append(
                    {tr("%1, answer \"%2\"").arg(where, option.id), option.criterion});
        }
    } else {
        question.maxLength = object.value(QLatin1String("maxLength")).toInt(200);
        if (question.maxLength < 1 || question.maxLength > MaxTextLength)
            error(tr("%1: \"maxLength\" must be between 1 and %2.").arg(where).arg(MaxTextLength));
    }

    for (const QJsonValue value : object.value(QLatin1String("when")).toArray()) {
        TriageCondition condition;
        condition.question = value.toObject().value(QLatin1String("question")).toString();
        for (const QJsonValue answer : value.toObject().value(QLatin1String("answers")).toArray())
            condition.answers << answer.toString();
        if (!earlier.contains(condition.question)) {
            error(tr("%1: its condition refers to \"%2\", which is not a question asked before it "
                     "(in the start card or earlier in this chapter).")
                      .arg(where, condition.question));
        } else if (condition.answers.isEmpty()) {
            error(
                tr("%1: its condition on \"%2\" names no answers.").arg(where, condition.question));
        }
        question.when.append(condition);
    }
    return question;
}

void TriageParser::parseCriteria(const QJsonArray &array, const QString &chapterNumber,
                                 const QString &where)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-D]\\.([0-9]{2})\\.[0-9]{2}$"));
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        TriageCriterion criterion;
        criterion.code = object.value(QLatin1String("code")).toString();
        criterion.chapter = chapterNumber;
        const QString at = tr("%1, criterion %2").arg(where, criterion.code);
        const QRegularExpressionMatch match = codePattern.match(criterion.code);
        if (!match.hasMatch()) {
            error(tr("%1: the code must look like A.03.01 (A–D for P1–P4, the chapter, a "
                     "number).")
                      .arg(at));
        } else if (match.captured(1) != chapterNumber) {
            error(tr("%1: the code's chapter %2 is not this chapter's number %3.")
                      .arg(at, match.captured(1), chapterNumber));
        }
        criterion.priority = object.value(QLatin1String("priority")).toInt(0);
        if (criterion.priority < 1 || criterion.priority > 4)
            error(tr("%1: the priority must be 1, 2, 3 or 4.").arg(at));
        else if (match.hasMatch() && priorityOfLetter(criterion.code.at(0)) != criterion.priority)
            error(tr("%1: the letter %2 stands for P%3, but the priority is P%4.")
                      .arg(at, criterion.code.left(1))
                      .arg(priorityOfLetter(criterion.code.at(0)))
                      .arg(criterion.priority));
        criterion.text = text(object, QStringLiteral("text"), at);
        criterion.instructions = object.value(QLatin1String("instructions")).toString();
        if (!criterion.instructions.isEmpty())
            m_pendingInstructions.append({at, criterion.instructions});
        for (const QJsonValue agency : object.value(QLatin1String("agencies")).toArray()) {
            criterion.agencies << agency.toString();
            m_pendingAgencies.append({at, agency.toString()});
        }
        if (protocol->m_criteria.contains(criterion.code))
            error(tr("%1: another criterion has the same code.").arg(at));
        protocol->m_criteria.insert(criterion.code, criterion);
    }
}

void TriageParser::parseCategories(const QJsonArray &array)
{
    QSet<QString> seen;
    QSet<QString> usedChapters;
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        TriageCategory category;
        category.id = object.value(QLatin1String("id")).toString();
        const QString where = tr("Category \"%1\"").arg(category.id);
        if (!caseCategories().contains(category.id))
            error(tr("%1 is not a case category (one of: %2).")
                      .arg(where, caseCategories().join(QStringLiteral(", "))));
        if (seen.contains(category.id))
            error(tr("%1 is listed twice.").arg(where));
        seen.insert(category.id);
        category.defaultPriority = object.value(QLatin1String("defaultPriority")).toInt(0);
        if (category.defaultPriority < 1 || category.defaultPriority > 4)
            error(tr("%1: \"defaultPriority\" must be 1, 2, 3 or 4.").arg(where));
        const QString startCard = object.value(QLatin1String("startCard")).toString();
        if (startCard == QLatin1String("always"))
            category.startCard = TriageCategory::StartCard::Always;
        else if (startCard == QLatin1String("ifHurt"))
            category.startCard = TriageCategory::StartCard::IfHurt;
        else if (startCard == QLatin1String("never"))
            category.startCard = TriageCategory::StartCard::Never;
        else
            error(tr("%1: \"startCard\" must be always, ifHurt or never.").arg(where));
        category.chapter = object.value(QLatin1String("chapter")).toString();
        for (const QJsonValue complaint : object.value(QLatin1String("complaints")).toArray())
            category.complaints << complaint.toString();
        if (category.chapter.isEmpty() && category.complaints.isEmpty())
            error(tr("%1 has neither a chapter nor chief complaints.").arg(where));
        QStringList chapters = category.complaints;
        if (!category.chapter.isEmpty())
            chapters.prepend(category.chapter);
        for (const QString &number : std::as_const(chapters)) {
            const TriageChapter *chapter = protocol->chapter(number);
            if (!chapter)
                error(tr("%1: chapter %2 does not exist.").arg(where, number));
            else if (chapter->category != category.id)
                error(tr("%1: chapter %2 belongs to the category \"%3\".")
                          .arg(where, number, chapter->category));
            usedChapters.insert(number);
        }
        for (const QJsonValue agency : object.value(QLatin1String("agencies")).toArray()) {
            category.agencies << agency.toString();
            m_pendingAgencies.append({where, agency.toString()});
        }
        category.locationLabel = text(object, QStringLiteral("locationLabel"), where, true);
        protocol->m_categories.append(category);
    }
    for (const QString &id : caseCategories())
        if (!seen.contains(id))
            error(tr("The category \"%1\" has no triage (every case category needs one).").arg(id));
    for (const TriageChapter &chapter : std::as_const(protocol->m_chapters))
        if (!usedChapters.contains(chapter.number))
            error(tr("Chapter %1 (%2) belongs to no category's \"chapter\" or \"complaints\".")
                      .arg(chapter.number, chapter.id));
}

void TriageParser::checkReferences()
{
    for (const PendingCriterion &pending : std::as_const(m_pendingCriteria))
        if (!protocol->criterion(pending.code))
            error(tr("%1: the criterion %2 does not exist.").arg(pending.where, pending.code));
    for (const auto &[where, id] : std::as_const(m_pendingInstructions))
        if (!protocol->instructions(id))
            error(tr("%1: the instructions \"%2\" do not exist.").arg(where, id));
    for (const auto &[where, id] : std::as_const(m_pendingAgencies))
        if (!protocol->agency(id))
            error(tr("%1: the agency \"%2\" does not exist.").arg(where, id));
}

void TriageProtocol::indexQuestions()
{
    m_questions.clear();
    if (!m_gate.id.isEmpty())
        m_questions.insert(m_gate.id, &m_gate);
    for (const TriageQuestion &question : std::as_const(m_startCard.questions))
        m_questions.insert(question.id, &question);
    for (const TriageChapter &chapter : std::as_const(m_chapters))
        for (const TriageQuestion &question : chapter.questions)
            m_questions.insert(question.id, &question);
}

TriageLoadResult TriageProtocol::fromJson(const QByteArray &json, const QString &source)
{
    TriageLoadResult result;
    result.source = source;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        result.errors << tr("The triage file is not valid JSON: %1 (line %2).")
                             .arg(parseError.errorString())
                             .arg(line);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("pela-triage")) {
        result.errors << tr("This is not a Pela triage file: \"format\" must be \"pela-triage\".");
        return result;
    }
    const int version = root.value(QLatin1String("formatVersion")).toInt(0);
    if (version != FormatVersion) {
        result.errors << tr("The triage file has format version %1; this Pela reads version %2.")
                             .arg(version)
                             .arg(FormatVersion);
        return result;
    }
    TriageParser parser;
    parser.parse(root);
    if (!parser.errors.isEmpty()) {
        result.errors = parser.errors;
        return result;
    }
    parser.protocol->indexQuestions();
    result.protocol = parser.protocol;
    return result;
}

TriageLoadResult TriageProtocol::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TriageLoadResult result;
        result.source = path;
        result.errors << tr("The triage file %1 cannot be read: %2.").arg(path, file.errorString());
        return result;
    }
    return fromJson(file.readAll(), path);
}

QString TriageProtocol::builtInPath()
{
    return QStringLiteral(":/pela/triage/triage-v1.json");
}

TriageLoadResult TriageProtocol::builtIn()
{
    return fromFile(builtInPath());
}

TriageLoadResult TriageProtocol::configured()
{
    QString path = qEnvironmentVariable("PELA_TRIAGE_FILE");
    if (path.isEmpty()) {
        const QSettings file(ConnectionSettings::settingsFilePath(), QSettings::IniFormat);
        path = file.value(QStringLiteral("triage/file")).toString();
    }
    if (path.isEmpty())
        return builtIn();
    TriageLoadResult named = fromFile(path);
    if (named.ok())
        return named;
    TriageLoadResult fallback = builtIn();
    fallback.errors = named.errors;
    fallback.fallback = true;
    fallback.source = path;
    return fallback;
}

const TriageCategory *TriageProtocol::category(const QString &id) const
{
    for (const TriageCategory &category : m_categories)
        if (category.id == id)
            return &category;
    return nullptr;
}

const TriageChapter *TriageProtocol::chapter(const QString &number) const
{
    if (number == m_startCard.number)
        return &m_startCard;
    for (const TriageChapter &chapter : m_chapters)
        if (chapter.number == number)
            return &chapter;
    return nullptr;
}

QList<const TriageChapter *> TriageProtocol::complaints(const QString &category) const
{
    QList<const TriageChapter *> result;
    if (const TriageCategory *found = this->category(category))
        for (const QString &number : found->complaints)
            if (const TriageChapter *chapter = this->chapter(number))
                result << chapter;
    return result;
}

const TriageChapter *TriageProtocol::complaint(const QString &category, const QString &id) const
{
    for (const TriageChapter *chapter : complaints(category))
        if (chapter->id == id)
            return chapter;
    return nullptr;
}

const TriageCriterion *TriageProtocol::criterion(const QString &code) const
{
    const auto found = m_criteria.constFind(code);
    return found == m_criteria.cend() ? nullptr : &*found;
}

const TriageInstructions *TriageProtocol::instructions(const QString &id) const
{
    for (const TriageInstructions &instructions : m_instructions)
        if (instructions.id == id)
            return &instructions;
    return nullptr;
}

const TriageAgency *TriageProtocol::agency(const QString &id) const
{
    for (const TriageAgency &agency : m_agencies)
        if (agency.id == id)
            return &agency;
    return nullptr;
}

const TriageQuestion *TriageProtocol::question(const QString &id) const
{
    return m_questions.value(id);
}

} // namespace pela::core
