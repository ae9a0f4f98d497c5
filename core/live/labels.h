// Operator-facing, translated names for the codes the live models show (category, state, ...).
#pragma once

#include <QDateTime>
#include <QString>

namespace pela::core::labels {

// Each returns the code itself when it is not known (a newer schema), never an empty text.
QString caseCategory(const QString &code);
QString caseState(const QString &code);
QString unitStatus(const QString &code);
QString unitKind(const QString &code);
QString erStatus(const QString &code);
QString bedCategory(const QString &code);
QString priority(int priority);
// Clock time in the centre's zone (Asia/Jayapura, WIT), HH:mm.
QString clockTime(const QDateTime &time);
// Why a case waits again (cases.waiting_reason), in the reader's language.
QString waitingReason(const QString &stored);
// Short elapsed time from `since` to `now`: "45 s", "12 min", "3 h 05 min".
QString age(const QDateTime &since, const QDateTime &now);

} // namespace pela::core::labels
