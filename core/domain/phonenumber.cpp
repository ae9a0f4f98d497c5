#include "phonenumber.h"

#include "inputrules.h"

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

namespace pela::core {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

// E.164: a number has at most 15 digits; fewer than 3 is no number at all.
constexpr int MinDigits = 3;
constexpr int MaxDigits = 15;

QString format(const i18n::phonenumbers::PhoneNumber &number,
               PhoneNumberUtil::PhoneNumberFormat style)
{
    std::string text;
    PhoneNumberUtil::GetInstance()->Format(number, style, &text);
    return QString::fromStdString(text);
}

} // namespace

const QStringList &PhoneNumber::withheldWords()
{
    // What PBXs put in the caller id for a hidden number, and what operators type.
    static const QStringList words{
        QStringLiteral("withheld"),    QStringLiteral("anonymous"),
        QStringLiteral("private"),     QStringLiteral("restricted"),
        QStringLiteral("unknown"),     QStringLiteral("unavailable"),
        QStringLiteral("tersembunyi"), QStringLiteral("disembunyikan"),
    };
    return words;
}

PhoneNumber PhoneNumber::withheld()
{
    return PhoneNumber();
}

QString PhoneNumber::kindText() const
{
    switch (m_kind) {
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Unusual:
        return QStringLiteral("unusual");
    case Kind::Withheld:
        return QStringLiteral("withheld");
    }
    return {};
}

PhoneNumber PhoneNumber::parse(const QString &text)
{
    PhoneNumber result;
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        result.m_problem = tr("No caller number: type the number, or mark it withheld.");
        return result;
    }
    if (withheldWords().contains(typed.toLower()))
        return withheld();
    auto refuse = [&](QString problem) {
        result.m_problem = std::move(problem);
        return result;
    };
    if (typed.size() > MaxLength)
        return refuse(tr("The phone number is too long (%1 characters, at most %2).")
                          .arg(typed.size())
                          .arg(MaxLength));
    int digits = 0;
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (!(c == QLatin1Char('+') && i == 0) && !QStringLiteral(" ()-./").contains(c))
            // The operator sees what was refused, a control character as its code.
            return refuse(tr("The phone number \"%1\" may only contain digits, +, spaces, "
                             "brackets and dashes.")
                              .arg(InputRules::printable(typed)));
    }
    if (digits == 0)
        return refuse(
            tr("The phone number \"%1\" has no digits; type the number, or mark it withheld.")
                .arg(typed));
    if (digits < MinDigits)
        return refuse(tr("The phone number \"%1\" is too short to be a phone number.").arg(typed));
    if (digits > MaxDigits)
        return refuse(tr("The phone number \"%1\" has %2 digits; a phone number has at most %3.")
                          .arg(typed)
                          .arg(digits)
                          .arg(MaxDigits));

    result.m_typed = typed;
    result.m_display = typed;
    result.m_kind = Kind::Unusual;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(typed.toStdString(), DefaultRegion, &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR) {
        result.m_note = tr("not a complete phone number");
        return result;
    }
    if (util->IsValidNumber(number)) {
        std::string region;
        util->GetRegionCodeForNumber(number, &region);
        result.m_e164 = format(number, PhoneNumberUtil::E164);
        if (region == DefaultRegion) {
            result.m_kind = Kind::Number;
            result.m_display = format(number, PhoneNumberUtil::NATIONAL);
        } else {
            result.m_display = format(number, PhoneNumberUtil::INTERNATIONAL);
            result.m_note = tr("a number from abroad (%1)").arg(QString::fromStdString(region));
        }
        return result;
    }
    // Not a subscriber number; an E.164 form of it would be misleading, so none is made.
    const ShortNumberInfo shortNumbers;
    if (shortNumbers.IsValidShortNumberForRegion(number, DefaultRegion))
        result.m_note = tr("a short code");
    else
        result.m_note = tr("not a complete phone number");
    return result;
}

} // namespace pela::core
