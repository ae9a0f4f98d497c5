#include "callernumber.h"

#include "domain/phonenumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace pela::ui {

CallerNumber basicCallerNumber(const QString &raw)
{
    CallerNumber number;
    const QString trimmed = raw.trimmed();
    number.display = trimmed;
    static const QStringList withheldWords{
        QStringLiteral("anonymous"),  QStringLiteral("private"), QStringLiteral("withheld"),
        QStringLiteral("restricted"), QStringLiteral("unknown"), QStringLiteral("unavailable")};
    if (trimmed.isEmpty() || withheldWords.contains(trimmed.toLower())) {
        number.kind = CallerNumber::Kind::Withheld;
        return number;
    }
    static const QRegularExpression dialable(QStringLiteral("^[+0-9 ()\\-]{3,24}$"));
    if (dialable.match(trimmed).hasMatch()) {
        number.kind = CallerNumber::Kind::Number;
        number.stored = trimmed;
        return number;
    }
    number.kind = CallerNumber::Kind::Unusual;
    return number;
}

CallerNumber normalisedCallerNumber(const QString &raw)
{
    CallerNumber number;
    const QString trimmed = raw.trimmed();
    number.display = trimmed;
    if (trimmed.isEmpty()) {
        number.kind = CallerNumber::Kind::Withheld;
        return number;
    }
    const core::PhoneNumber parsed = core::PhoneNumber::parse(trimmed);
    if (!parsed.isAccepted()) {
        number.kind = CallerNumber::Kind::Unusual;
        number.note = parsed.problem();
        return number;
    }
    switch (parsed.kind()) {
    case core::PhoneNumber::Kind::Withheld:
        number.kind = CallerNumber::Kind::Withheld;
        return number;
    case core::PhoneNumber::Kind::Number:
        number.kind = CallerNumber::Kind::Number;
        break;
    case core::PhoneNumber::Kind::Unusual:
        number.kind = CallerNumber::Kind::Unusual;
        number.note = parsed.note();
        break;
    }
    number.stored = parsed.typed();
    number.display = parsed.display();
    number.e164 = parsed.e164();
    return number;
}

} // namespace pela::ui
