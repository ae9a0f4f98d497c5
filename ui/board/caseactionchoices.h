// What the case actions offer to choose from: the outcomes a case closes with, the partner
// agencies it is referred to, the hospitals a unit transports to, the cases it may duplicate
// (nearby, same kind, recent) and the open cases it may be linked with. Read from LiveState in
// memory; nothing waits.
#pragma once

#include "caseactiondialog.h"

#include <QCoreApplication>

namespace pela::core {
class LiveState;
struct CaseRecord;
} // namespace pela::core

namespace pela::ui {

class CaseActionChoices
{
    Q_DECLARE_TR_FUNCTIONS(pela::ui::CaseActionChoices)
public:
    // Every disposition but duplicate (a duplicate is marked with its original, never closed
    // alone); the value is the database's spelling.
    static QList<CaseActionDialog::Choice> dispositions();
    // The triage protocol's partner agencies, named in the operator's language; the value is
    // the centre's one spelling (Indonesian), as intake records them.
    static QList<CaseActionDialog::Choice> agencies();
    // Open cases of the same category near the case and opened within a day, nearest first.
    static QList<CaseActionDialog::Choice> possibleOriginals(const core::LiveState &state,
                                                             const core::CaseRecord &record);
    // The hospitals a unit may transport to, by name, a diverting one marked so; the value is
    // the hospital's code.
    static QList<CaseActionDialog::Choice> hospitals(const core::LiveState &state);
    // Other open cases, newest first (at most 40).
    static QList<CaseActionDialog::Choice> openCases(const core::LiveState &state,
                                                     const core::CaseRecord &record);
};

} // namespace pela::ui
