// The caller's number as the intake form shows and stores it. The phone-number normaliser
// (libphonenumber: 08… → +628…, withheld, unusual) plugs in through PhoneNormaliser; until it
// does, basicCallerNumber keeps the number as typed.
#pragma once

#include <QString>
#include <functional>

namespace pela::ui {

struct CallerNumber
{
    enum class Kind
    {
        Number,   // a dialable number
        Withheld, // none given (empty, "anonymous", "private", ...)
        Unusual,  // something else: accepted and marked, never blocks the save
    };
    Kind kind = Kind::Withheld;
    QString stored;  // what the case and call store (E.164 once normalised); may be empty
    QString display; // what the form shows
};

using PhoneNormaliser = std::function<CallerNumber(const QString &raw)>;

// No normalisation: digits, +, spaces, brackets and dashes (what the commands accept) are a
// number as typed; empty or a telephone system's "withheld" word is withheld; anything else
// unusual, stored empty (the form keeps the raw text in the notes).
CallerNumber basicCallerNumber(const QString &raw);

} // namespace pela::ui
