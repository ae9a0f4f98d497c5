// A caller's number as typed or as the phone system gave it: refused when it cannot be a
// number, else a number (valid in Indonesia), an unusual one (short code, foreign, incomplete)
// or withheld; normalised to E.164 with libphonenumber. Never blocks a save once accepted.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pela::core {

class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::PhoneNumber)
public:
    enum class Kind
    {
        Number,   // a valid Indonesian number: e164 set
        Unusual,  // accepted but odd (short code, foreign, incomplete): marked for the operator
        Withheld, // the caller's number was not shown (CLIR) or not given
    };

    // The region whose national numbers need no country code (08… → +628…, 0911 → +62911).
    static constexpr const char *DefaultRegion = "ID";
    // Longest text accepted, with spaces and punctuation.
    static constexpr int MaxLength = 32;

    // Checks and normalises text. Empty text is refused: a missing number is said explicitly,
    // with withheld() or one of the words withheldWords() ("withheld", "anonymous", …).
    static PhoneNumber parse(const QString &text);
    static PhoneNumber withheld();
    // Words a phone system or an operator uses for a number that was not shown.
    static const QStringList &withheldWords();

    // Non-empty when the text was refused; says why in the operator's words.
    QString problem() const { return m_problem; }
    bool isAccepted() const { return m_problem.isEmpty(); }

    Kind kind() const { return m_kind; }
    // The database's spelling: 'number', 'unusual', 'withheld'.
    QString kindText() const;
    // The text as given, trimmed ('' when withheld).
    QString typed() const { return m_typed; }
    // +6281247001122; empty when withheld or when the number cannot be normalised.
    QString e164() const { return m_e164; }
    // How an operator reads it: national format for Indonesian numbers (0812-4700-1122,
    // (0911) 312345), international for foreign ones, as typed otherwise.
    QString display() const { return m_display; }
    // Why an unusual number is unusual ("a short code", "a number from AU", …); else empty.
    QString note() const { return m_note; }

private:
    Kind m_kind = Kind::Withheld;
    QString m_typed;
    QString m_e164;
    QString m_display;
    QString m_note;
    QString m_problem;
};

} // namespace pela::core
