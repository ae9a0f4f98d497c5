#include "callernumber.h"

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

} // namespace pela::ui
