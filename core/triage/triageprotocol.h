// The triage question set as data (resources/triage/triage-v1.json or a file an admin names):
// a start card, one chapter per category and per medical complaint, coded criteria that map
// answers to P1..P4, read-out instructions (telephone CPR) and partner agencies. Loaded and
// validated here; nothing about triage content lives in code.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace pela::core {

// A text in both languages; every text of the data has both.
struct TriageText
{
    QString indonesian;
    QString english;

    // "id…" (id, id_ID) gives Indonesian; anything else English.
    QString in(const QString &languageCode) const;
    bool isEmpty() const { return indonesian.isEmpty() && english.isEmpty(); }
    bool operator==(const TriageText &) const = default;
};

struct TriageAnswerOption
{
    QString id; // stable, stored on the case ("yes", "no", "unsure", "building")
    TriageText label;
    QString criterion; // the criterion this answer meets; empty: none
};

// Shown only when an earlier question was answered with one of these answers.
struct TriageCondition
{
    QString question;
    QStringList answers;
};

struct TriageQuestion
{
    enum class Type
    {
        Choice,   // one of answers, by its digit key 1..9
        Text,     // free text (what was swallowed, a destination)
        DateTime, // a requested time, stored as ISO 8601
    };
    QString id; // stable, stored on the case ("start.awake")
    Type type = Type::Choice;
    TriageText text;
    TriageText hint; // may be empty in both languages
    QList<TriageAnswerOption> answers;
    QList<TriageCondition> when; // all must hold
    int maxLength = 200;         // Text answers

    const TriageAnswerOption *answer(const QString &id) const;
};

struct TriageCriterion
{
    QString code; // A.00.01: letter A..D = P1..P4, chapter, serial
    int priority = 0;
    TriageText text;
    QString instructions; // id of instructions to read out; empty: none
    QStringList agencies; // partner agencies this criterion calls for besides the category's
    QString chapter;      // the number of the chapter that defines it
};

struct TriageInstructions
{
    QString id;
    TriageText title;
    QList<TriageText> steps;
    bool timer = false; // recognising what needs them starts a timer (cardiac arrest)
};

struct TriageAgency
{
    QString id;
    TriageText name;
};

struct TriageChapter
{
    QString number; // "00" start card, "01".. chapters
    QString id;
    QString category; // empty for the start card
    TriageText title;
    QList<TriageQuestion> questions;
};

struct TriageCategory
{
    enum class StartCard
    {
        Always, // medical: the start card's questions come first
        IfHurt, // asked when the gate question says someone is hurt, ill or trapped
        Never,  // hearse transport, information, prank/silent calls
    };
    QString id;              // one of caseCategories()
    int defaultPriority = 2; // when no criterion is met (yet)
    StartCard startCard = StartCard::Always;
    QString chapter;          // the category's own chapter ("21"); empty for medical
    QStringList complaints;   // medical: chief complaint chapters, in the order offered
    QStringList agencies;     // partners the category is referred to
    TriageText locationLabel; // hearse: "pickup location"; empty: the usual label
};

class TriageProtocol;

struct TriageLoadResult
{
    std::shared_ptr<const TriageProtocol> protocol; // null when refused
    QStringList errors;    // why it was refused (or, with a fallback, why the named file was)
    QString source;        // the file, or ":/pela/triage/triage-v1.json" for the built-in set
    bool fallback = false; // the named file was refused and the built-in set is used instead

    bool ok() const { return protocol && errors.isEmpty(); }
};

class TriageProtocol
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::TriageProtocol)
public:
    static constexpr int FormatVersion = 1;

    // Parses and validates; any error refuses the whole set, with every reason found.
    static TriageLoadResult fromJson(const QByteArray &json, const QString &source);
    static TriageLoadResult fromFile(const QString &path);
    static TriageLoadResult builtIn();
    // The set an admin named (PELA_TRIAGE_FILE, else `file=` in the [triage] section of the
    // settings file pela.conf), else the built-in one. A named file that is refused gives the
    // built-in set with fallback set and the errors, so the console can say so and still triage.
    static TriageLoadResult configured();
    static QString builtInPath();

    QString version() const { return m_version; }
    TriageText title() const { return m_title; }
    // Why a case has its category's default priority: no criterion met yet.
    TriageText defaultReason() const { return m_defaultReason; }
    const TriageChapter &startCard() const { return m_startCard; }
    const TriageQuestion &gate() const { return m_gate; }
    const QStringList &gateOpensOn() const { return m_gateOpensOn; }

    const TriageCategory *category(const QString &id) const;
    const TriageChapter *chapter(const QString &number) const;
    // The chief complaint chapters a category offers (medical), in order.
    QList<const TriageChapter *> complaints(const QString &category) const;
    const TriageChapter *complaint(const QString &category, const QString &id) const;
    const TriageCriterion *criterion(const QString &code) const;
    const TriageInstructions *instructions(const QString &id) const;
    const TriageAgency *agency(const QString &id) const;
    // Every question of the set by id (start card, gate and chapters).
    const TriageQuestion *question(const QString &id) const;
    QList<TriageCriterion> criteria() const { return m_criteria.values(); }

    TriageProtocol(const TriageProtocol &) = delete;
    TriageProtocol &operator=(const TriageProtocol &) = delete;

private:
    friend class TriageParser;
    TriageProtocol() = default;
    void indexQuestions();

    QString m_version;
    TriageText m_title;
    TriageText m_defaultReason;
    TriageChapter m_startCard;
    TriageQuestion m_gate;
    QStringList m_gateOpensOn;
    QList<TriageCategory> m_categories;
    QList<TriageChapter> m_chapters;
    QMap<QString, TriageCriterion> m_criteria;
    QList<TriageInstructions> m_instructions;
    QList<TriageAgency> m_agencies;
    QHash<QString, const TriageQuestion *> m_questions;
};

} // namespace pela::core
