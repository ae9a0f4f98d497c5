// The caller's number as the intake form shows and stores it: normalisedCallerNumber (the
// core's libphonenumber rules: 08… → +628…, 0911 landlines, withheld, unusual) by default;
// another normaliser plugs in through PhoneNormaliser.
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
    QString stored;  // what the case and call store (as typed; the server normalises it); may
                     // be empty
    QString display; // what the form shows
    QString e164;    // the normalised number (+6281234567890), when there is one
    QString note;    // why an unusual number is unusual ("a short code")
};

using PhoneNormaliser = std::function<CallerNumber(const QString &raw)>;

// No normalisation: digits, +, spaces, brackets and dashes (what the commands accept) are a
// number as typed; empty or a telephone system's "withheld" word is withheld; anything else
// unusual, stored empty (the form keeps the raw text in the notes).
CallerNumber basicCallerNumber(const QString &raw);

// As the commands check and store it (core/domain/phonenumber, libphonenumber, region ID): a
// valid Indonesian number shown in national format with its E.164; a short code, foreign or
// incomplete number unusual but stored; withheld words or nothing withheld; text that cannot
// be a number unusual and stored empty (the form keeps it in the notes).
CallerNumber normalisedCallerNumber(const QString &raw);

} // namespace pela::ui
