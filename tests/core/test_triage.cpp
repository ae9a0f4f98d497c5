// Triage from data: the built-in set loads and is complete, a broken set is refused with the
// reason, scripted answers give the priorities and criteria the data says, and the record the
// case stores keeps version, answers, codes and an override with its reason.
#include "domain/lifecycle.h"
#include "triage/triageassessment.h"
#include "triage/triageprotocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pela::core;

namespace {

std::shared_ptr<const TriageProtocol> builtIn()
{
    static const TriageLoadResult loaded = TriageProtocol::builtIn();
    INFO(loaded.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(loaded.ok());
    return loaded.protocol;
}

QJsonObject builtInJson()
{
    QFile file(TriageProtocol::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

TriageLoadResult load(const QJsonObject &json)
{
    return TriageProtocol::fromJson(QJsonDocument(json).toJson(), QStringLiteral("test.json"));
}

// Applies edit to the JSON object of the question with that id, wherever it is.
void editQuestion(QJsonObject &root, const QString &id,
                  const std::function<void(QJsonObject &)> &edit)
{
    auto editList = [&](QJsonArray questions) {
        for (int i = 0; i < questions.size(); ++i) {
            QJsonObject question = questions[i].toObject();
            if (question.value(QLatin1String("id")).toString() == id) {
                edit(question);
                questions[i] = question;
            }
        }
        return questions;
    };
    QJsonObject card = root.value(QLatin1String("startCard")).toObject();
    card.insert(QStringLiteral("questions"),
                editList(card.value(QLatin1String("questions")).toArray()));
    root.insert(QStringLiteral("startCard"), card);
    QJsonArray chapters = root.value(QLatin1String("chapters")).toArray();
    for (int i = 0; i < chapters.size(); ++i) {
        QJsonObject chapter = chapters[i].toObject();
        chapter.insert(QStringLiteral("questions"),
                       editList(chapter.value(QLatin1String("questions")).toArray()));
        chapters[i] = chapter;
    }
    root.insert(QStringLiteral("chapters"), chapters);
}

// True when some error mentions every one of the words.
bool saysAll(const TriageLoadResult &result, const QStringList &words)
{
    for (const QString &error : result.errors) {
        bool all = true;
        for (const QString &word : words)
            all = all && error.contains(word);
        if (all)
            return true;
    }
    return false;
}

TriageAssessment assess(const QString &category, const TriageAnswers &answers,
                        const QString &complaint = {})
{
    return assessTriage(*builtIn(), category, complaint, answers);
}

QStringList questionIds(const TriageAssessment &assessment)
{
    QStringList ids;
    for (const TriageQuestion *question : assessment.questions)
        ids << question->id;
    return ids;
}

const QString yes = QStringLiteral("yes");
const QString no = QStringLiteral("no");

} // namespace

TEST_CASE("the built-in triage set loads, has a version and triages every case category")
{
    const auto protocol = builtIn();
    CHECK_FALSE(protocol->version().isEmpty());
    for (const QString &category : caseCategories()) {
        INFO(category.toStdString());
        const TriageCategory *triage = protocol->category(category);
        REQUIRE(triage);
        CHECK(triage->defaultPriority >= 1);
        CHECK(triage->defaultPriority <= 4);
        CHECK(assessTriage(*protocol, category, {}, {}).questions.size() > 0);
    }
    CHECK(protocol->complaints(QStringLiteral("medical")).size() >= 12);
    CHECK(protocol->category(QStringLiteral("hearse_transport"))->defaultPriority == 4);
}

TEST_CASE("every text of the built-in set is there in Indonesian and English")
{
    // The loader refuses a set with a text missing in either language (tested below); here the
    // texts the call-taker reads are checked to differ, so that none was left untranslated.
    const auto protocol = builtIn();
    for (const TriageCriterion &criterion : protocol->criteria()) {
        INFO(criterion.code.toStdString());
        CHECK(criterion.text.indonesian != criterion.text.english);
    }
    QList<const TriageChapter *> chapters{&protocol->startCard()};
    for (const QString &category : caseCategories()) {
        if (!protocol->category(category)->chapter.isEmpty())
            chapters << protocol->chapter(protocol->category(category)->chapter);
        chapters += protocol->complaints(category);
    }
    int questions = 0;
    for (const TriageChapter *chapter : chapters) {
        INFO(chapter->number.toStdString());
        CHECK(chapter->title.indonesian != chapter->title.english);
        for (const TriageQuestion &question : chapter->questions) {
            INFO(question.id.toStdString());
            CHECK(question.text.indonesian != question.text.english);
            ++questions;
        }
    }
    CHECK(questions > 60);
}

TEST_CASE("a file that is not JSON is refused with the line of the mistake")
{
    const TriageLoadResult result = TriageProtocol::fromJson(
        "{\n  \"format\": \"pela-triage\",\n  \"formatVersion\": 1,\n  oops\n}",
        QStringLiteral("broken.json"));
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.protocol);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].contains(QStringLiteral("line 4")));
}

TEST_CASE("a file of another format or format version is refused")
{
    QJsonObject json = builtInJson();
    json.insert(QStringLiteral("formatVersion"), 2);
    CHECK(saysAll(load(json), {QStringLiteral("version 2")}));
    json = builtInJson();
    json.insert(QStringLiteral("format"), QStringLiteral("mpds"));
    CHECK(saysAll(load(json), {QStringLiteral("pela-triage")}));
}

TEST_CASE("a question without its English text is refused, naming the question")
{
    QJsonObject json = builtInJson();
    editQuestion(json, QStringLiteral("start.awake"), [](QJsonObject &question) {
        question.insert(QStringLiteral("text"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("Apakah sadar?")}});
    });
    const TriageLoadResult result = load(json);
    CHECK_FALSE(result.protocol);
    CHECK(saysAll(result, {QStringLiteral("start.awake"), QStringLiteral("English")}));
}

TEST_CASE("an answer that meets a criterion that does not exist is refused")
{
    QJsonObject json = builtInJson();
    editQuestion(json, QStringLiteral("start.bleeding"), [](QJsonObject &question) {
        question.insert(QStringLiteral("criteria"),
                        QJsonObject{{QStringLiteral("yes"), QStringLiteral("A.00.99")}});
    });
    CHECK(saysAll(load(json), {QStringLiteral("start.bleeding"), QStringLiteral("A.00.99")}));
}

TEST_CASE("a criterion whose letter says another priority is refused")
{
    QJsonObject json = builtInJson();
    QJsonObject card = json.value(QLatin1String("startCard")).toObject();
    QJsonArray criteria = card.value(QLatin1String("criteria")).toArray();
    QJsonObject first = criteria[0].toObject(); // A.00.01
    first.insert(QStringLiteral("priority"), 2);
    criteria[0] = first;
    card.insert(QStringLiteral("criteria"), criteria);
    json.insert(QStringLiteral("startCard"), card);
    CHECK(saysAll(load(json),
                  {QStringLiteral("A.00.01"), QStringLiteral("P1"), QStringLiteral("P2")}));
}

TEST_CASE("a condition on a question not asked before is refused")
{
    QJsonObject json = builtInJson();
    editQuestion(json, QStringLiteral("chest.red_signs"), [](QJsonObject &question) {
        question.insert(QStringLiteral("when"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("question"), QStringLiteral("chest.ongoing")},
                            {QStringLiteral("answers"), QJsonArray{QStringLiteral("yes")}}}});
    });
    CHECK(
        saysAll(load(json), {QStringLiteral("chest.red_signs"), QStringLiteral("chest.ongoing")}));
}

TEST_CASE("a set that leaves a case category without triage is refused")
{
    QJsonObject json = builtInJson();
    QJsonArray categories = json.value(QLatin1String("categories")).toArray();
    categories.removeLast(); // prank_silent
    json.insert(QStringLiteral("categories"), categories);
    const TriageLoadResult result = load(json);
    CHECK(saysAll(result, {QStringLiteral("prank_silent")}));
    // Its chapter now belongs to nobody, which is said too.
    CHECK(saysAll(result, {QStringLiteral("30")}));
}

TEST_CASE("unresponsive and not breathing normally is cardiac arrest: P1 with telephone CPR "
          "and a timer")
{
    for (const char *breathing : {"no", "unsure"}) {
        INFO(breathing);
        const TriageAssessment assessment = assess(
            QStringLiteral("medical"),
            {{QStringLiteral("start.awake"), no},
             {QStringLiteral("start.breathing_unresponsive"), QString::fromUtf8(breathing)}});
        CHECK(assessment.priority == 1);
        CHECK(assessment.codes == QStringList{QStringLiteral("A.00.01")});
        CHECK(assessment.instructions == QStringList{QStringLiteral("tcpr_adult")});
        CHECK(assessment.timerNeeded);
    }
    // Breathing normally: P1 as well, but the recovery position, no CPR and no timer.
    const TriageAssessment breathing =
        assess(QStringLiteral("medical"), {{QStringLiteral("start.awake"), no},
                                           {QStringLiteral("start.breathing_unresponsive"), yes}});
    CHECK(breathing.priority == 1);
    CHECK(breathing.codes == QStringList{QStringLiteral("A.00.02")});
    CHECK(breathing.instructions == QStringList{QStringLiteral("recovery_position")});
    CHECK_FALSE(breathing.timerNeeded);
}

TEST_CASE("the telephone CPR text is compression-only with depth, rate and recoil, in both "
          "languages, and begins assertively")
{
    const TriageInstructions *tcpr = builtIn()->instructions(QStringLiteral("tcpr_adult"));
    REQUIRE(tcpr);
    CHECK(tcpr->timer);
    QString indonesian, english;
    for (const TriageText &step : tcpr->steps) {
        indonesian += step.indonesian + QLatin1Char(' ');
        english += step.english + QLatin1Char(' ');
    }
    for (const QString &fact : {QStringLiteral("5 sampai 6 cm"), QStringLiteral("100 sampai 120"),
                                QStringLiteral("tengah dada"), QStringLiteral("naik kembali")})
        CHECK(indonesian.contains(fact));
    for (const QString &fact :
         {QStringLiteral("5 to 6 cm"), QStringLiteral("100 to 120"),
          QStringLiteral("centre of the chest"), QStringLiteral("all the way back up")})
        CHECK(english.contains(fact));
    CHECK(tcpr->steps.first().english.startsWith(QStringLiteral("We are going to start CPR now")));
    CHECK_FALSE(english.contains(QStringLiteral("breath into"), Qt::CaseInsensitive));
}

TEST_CASE("with nothing answered the category's default priority applies, and says so")
{
    const TriageAssessment assessment = assess(QStringLiteral("medical"), {});
    CHECK(assessment.priority == 2);
    CHECK(assessment.fromDefault);
    CHECK(assessment.codes.isEmpty());
    CHECK(triageReason(*builtIn(), assessment, QStringLiteral("en")) ==
          builtIn()->defaultReason().english);
    // The start card asks first; the follow-ups wait for the answers they depend on.
    CHECK(questionIds(assessment) == QStringList{QStringLiteral("start.awake"),
                                                 QStringLiteral("start.bleeding"),
                                                 QStringLiteral("start.danger")});
    CHECK(assessment.unanswered == 3);
}

TEST_CASE("scripted answer sets give the priorities and criteria of the data")
{
    struct Case
    {
        const char *name;
        QString category;
        QString complaint;
        TriageAnswers answers;
        int priority;
        QStringList codes;
        QStringList agencies;
    };
    const QList<Case> cases{
        {"chest pain gone for hours, otherwise well",
         QStringLiteral("medical"),
         QStringLiteral("chest_pain"),
         {{QStringLiteral("start.awake"), yes},
          {QStringLiteral("start.breathing_awake"), no},
          {QStringLiteral("start.bleeding"), no},
          {QStringLiteral("start.shock"), no},
          {QStringLiteral("start.danger"), no},
          {QStringLiteral("chest.red_signs"), no},
          {QStringLiteral("chest.ongoing"), no}},
         3,
         {QStringLiteral("C.01.04")},
         {}},
        {"ongoing chest pain over 40: red before yellow",
         QStringLiteral("medical"),
         QStringLiteral("chest_pain"),
         {{QStringLiteral("chest.ongoing"), yes}, {QStringLiteral("chest.risk"), yes}},
         1,
         {QStringLiteral("A.01.02"), QStringLiteral("B.01.03")},
         {}},
        {"a seizure that ended in gasping is a cardiac arrest",
         QStringLiteral("medical"),
         QStringLiteral("seizure"),
         {{QStringLiteral("seizure.ongoing"), no}, {QStringLiteral("seizure.breathing"), no}},
         1,
         {QStringLiteral("A.00.01")},
         {}},
        {"a house fire with people inside",
         QStringLiteral("fire"),
         {},
         {{QStringLiteral("start.hurt"), no},
          {QStringLiteral("fire.people_inside"), yes},
          {QStringLiteral("fire.what"), QStringLiteral("building")}},
         1,
         {QStringLiteral("A.22.01"), QStringLiteral("B.22.02")},
         {QStringLiteral("damkar")}},
        {"a fire with a casualty in arrest opens the start card",
         QStringLiteral("fire"),
         {},
         {{QStringLiteral("start.hurt"), yes},
          {QStringLiteral("start.awake"), no},
          {QStringLiteral("start.breathing_unresponsive"), no}},
         1,
         {QStringLiteral("A.00.01"), QStringLiteral("B.00.07")},
         {QStringLiteral("damkar")}},
        {"a plain power cut goes to PLN as green",
         QStringLiteral("power_outage"),
         {},
         {{QStringLiteral("start.hurt"), no},
          {QStringLiteral("power.cable"), no},
          {QStringLiteral("power.medical"), no}},
         3,
         {QStringLiteral("C.26.03")},
         {QStringLiteral("pln")}},
        {"a tree on a power line calls PLN too",
         QStringLiteral("fallen_tree"),
         {},
         {{QStringLiteral("tree.cable"), yes}},
         2,
         {QStringLiteral("B.27.02")},
         {QStringLiteral("bpbd"), QStringLiteral("damkar"), QStringLiteral("pln")}},
        {"a hearse for a confirmed death is P4",
         QStringLiteral("hearse_transport"),
         {},
         {{QStringLiteral("hearse.confirmed"), yes},
          {QStringLiteral("hearse.destination"), QStringLiteral("TPU Kapahaha")},
          {QStringLiteral("hearse.time"), QStringLiteral("2026-03-25T14:30:00+09:00")},
          {QStringLiteral("hearse.fee_waiver"), yes}},
         4,
         {QStringLiteral("D.28.01")},
         {}},
        {"a hearse call for someone who may be alive is P1",
         QStringLiteral("hearse_transport"),
         {},
         {{QStringLiteral("hearse.confirmed"), no}, {QStringLiteral("hearse.maybe_alive"), yes}},
         1,
         {QStringLiteral("A.28.02")},
         {}},
        {"a silent call with cries for help is P1 for the police",
         QStringLiteral("prank_silent"),
         {},
         {{QStringLiteral("silent.heard"), QStringLiteral("distress")}},
         1,
         {QStringLiteral("A.30.01")},
         {QStringLiteral("polresta")}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const TriageAssessment assessment = assess(c.category, c.answers, c.complaint);
        CHECK(assessment.priority == c.priority);
        CHECK(assessment.codes == c.codes);
        CHECK(assessment.agencies == c.agencies);
        CHECK_FALSE(assessment.fromDefault);
        // Every answer given was to a question asked.
        CHECK(assessment.answers == c.answers);
    }
}

TEST_CASE("an answer to a question no longer asked counts for nothing")
{
    TriageAnswers answers{{QStringLiteral("start.awake"), no},
                          {QStringLiteral("start.breathing_unresponsive"), no}};
    REQUIRE(assess(QStringLiteral("medical"), answers).priority == 1);
    answers[QStringLiteral("start.awake")] = yes; // the caller corrects: the patient is awake
    const TriageAssessment corrected = assess(QStringLiteral("medical"), answers);
    CHECK(corrected.priority == 2);
    CHECK(corrected.codes.isEmpty());
    CHECK_FALSE(corrected.timerNeeded);
    CHECK_FALSE(corrected.answers.contains(QStringLiteral("start.breathing_unresponsive")));
    CHECK(questionIds(corrected).contains(QStringLiteral("start.breathing_awake")));
}

TEST_CASE("the case's triage record keeps version, answers, codes, reason and an override with "
          "its reason")
{
    const auto protocol = builtIn();
    const TriageAssessment assessment =
        assessTriage(*protocol, QStringLiteral("medical"), QStringLiteral("chest_pain"),
                     {{QStringLiteral("chest.ongoing"), yes}});
    TriageRecord record = TriageRecord::from(*protocol, assessment, QStringLiteral("medical"),
                                             QStringLiteral("chest_pain"));
    CHECK(record.dataVersion == protocol->version());
    CHECK(record.computedPriority == 2);
    CHECK(record.priority() == 2);
    CHECK(record.problem().isEmpty());
    CHECK(record.reason.english.startsWith(QStringLiteral("B.01.03 ")));
    CHECK(record.reason.indonesian.startsWith(QStringLiteral("B.01.03 ")));

    record.overridePriority = 1;
    CHECK(record.problem().contains(QStringLiteral("P2"))); // no reason given yet
    record.overrideReason = QStringLiteral("Caller sounds confused, known cardiac patient");
    CHECK(record.problem().isEmpty());
    CHECK(record.priority() == 1);
    record.arrestRecognisedAt = QDateTime(QDate(2026, 3, 25), QTime(5, 30, 1, 250), Qt::UTC);

    const QJsonObject json = record.toJson();
    CHECK(json.value(QLatin1String("data_version")).toString() == protocol->version());
    CHECK(json.value(QLatin1String("codes")).toArray() == QJsonArray{QStringLiteral("B.01.03")});
    CHECK(json.value(QLatin1String("computed_priority")).toInt() == 2);
    CHECK(json.value(QLatin1String("priority")).toInt() == 1);
    CHECK(json.value(QLatin1String("override"))
              .toObject()
              .value(QLatin1String("reason"))
              .toString() == record.overrideReason);
    CHECK(TriageRecord::fromJson(json) == record);
}

TEST_CASE("an admin's triage file is used without a rebuild; a broken one falls back to the "
          "built-in set and says why")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString good = folder.filePath(QStringLiteral("triage-ambon-2.json"));
    QJsonObject json = builtInJson();
    json.insert(QStringLiteral("version"), QStringLiteral("ambon-2026.2-reviewed"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
    }
    qputenv("PELA_TRIAGE_FILE", good.toUtf8());
    TriageLoadResult loaded = TriageProtocol::configured();
    CHECK(loaded.ok());
    CHECK(loaded.protocol->version() == QStringLiteral("ambon-2026.2-reviewed"));
    CHECK(loaded.source == good);

    const QString broken = folder.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": ");
    }
    qputenv("PELA_TRIAGE_FILE", broken.toUtf8());
    loaded = TriageProtocol::configured();
    CHECK(loaded.fallback);
    CHECK_FALSE(loaded.ok());
    REQUIRE(loaded.protocol);
    CHECK(loaded.protocol->version() == builtIn()->version());
    CHECK_FALSE(loaded.errors.isEmpty());

    qputenv("PELA_TRIAGE_FILE", folder.filePath(QStringLiteral("missing.json")).toUtf8());
    loaded = TriageProtocol::configured();
    CHECK(loaded.fallback);
    CHECK(saysAll(loaded, {QStringLiteral("missing.json")}));
    qunsetenv("PELA_TRIAGE_FILE");
}
