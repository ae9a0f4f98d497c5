// What free text and coordinates an operator may enter: a length limit per field, no control
// characters (line breaks only where a field has lines), finite coordinates on Earth. One set of
// rules for the commands, the command line and the forms; each refusal names the field.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pela::core {

enum class TextField
{
    Address,     // where the emergency is, as spoken ("depan Gereja …, RT 02/RW 03")
    CallerName,  // the caller's name
    Notes,       // the case's notes: several lines
    Reason,      // why: out of service, cancelled, declined, reopened, priority changed, …
    ClosingNote, // a note when closing or referring: several lines
    Agency,      // a partner agency's name (Damkar, BPBD, …)
};

class InputRules
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::InputRules)
public:
    // Longest text the field takes, in characters.
    static int maxLength(TextField field);
    // Whether line breaks and tabs are part of the field (notes), not control characters.
    static bool hasLines(TextField field);
    // The field's name as a label ("Address", "Notes"), translated.
    static QString fieldName(TextField field);

    // Empty when text fits the field; otherwise why not, naming the field.
    static QString whyNot(TextField field, const QString &text);
    // Empty when the point is a finite latitude/longitude pair on Earth (or no point at all).
    static QString whyNotCoordinates(std::optional<double> lat, std::optional<double> lon);
    // Empty when a location's uncertainty in metres is finite and not negative (or absent).
    static QString whyNotUncertainty(std::optional<double> metres);

    // True for a character that moves a terminal's cursor, changes its colours or reorders
    // text (C0/C1 controls, DEL, line separators, bidirectional overrides).
    static bool isControl(QChar c);
    // text with every control character shown as its code (\x1b, \u202e) and, unless keepLines,
    // line breaks and tabs as \n and \t: safe to print on a terminal or in a log.
    static QString printable(const QString &text, bool keepLines = false);
};

} // namespace pela::core
