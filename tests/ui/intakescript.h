// The scripted P1 call, typed on the real intake form with QTest keys: the number from
// the phone system's hook, "batu mer" (Batu Merah's shortest unambiguous prefix) and Enter, the
// category's letter, the start card's answers that find a cardiac arrest, Ctrl+Enter. Shared by
// test_intake, test_intake_wired (asserts it, up to the case in the database) and bench_intake
// (prints intake_p1_keystrokes). Also a quick call for the offline tests.
#pragma once

#include "commands/incidentcommands.h"
#include "intake/intakeform.h"

#include <QStringList>
#include <functional>

namespace pela::test {

struct ScriptedCall
{
    bool saved = false; // the form emitted saveRequested
    int keystrokes = 0; // keys (a chord counts once) from the first key to the save request
    core::OpenCaseRequest request;
    ui::IntakeForm::SaveMode mode = ui::IntakeForm::SaveMode::Save;
    QString description; // the keys, for the benchmark's output
};

// The number, ring time and keys of the script.
inline const QString scriptedPhone = QStringLiteral("081234567890");

// Where the number comes from: the form is given the ring here, or the phone system's hook has
// filled it already (a real ring through the database).
enum class Ring
{
    GiveToForm,
    AlreadyFilled,
};

// Types the script on form (which must show Ambon's gazetteer and the built-in triage, and be
// the active window); beforeSave runs just before the last key (the test looks at the form).
ScriptedCall typeScriptedP1Call(ui::IntakeForm &form, const std::function<void()> &beforeSave = {},
                                Ring ring = Ring::GiveToForm);

// A call typed from a cleared form: the number, Enter, the place's first letters, Enter, the
// category's letter, F9 (saved and handed to dispatch, the form clears). The request it sent.
ScriptedCall typeQuickCall(ui::IntakeForm &form, const QString &number, const QString &place,
                           const QString &category);

// A form of its own, offscreen, with Ambon's 55 places and the built-in triage set.
ScriptedCall runScriptedP1Call();

// Sends one key (with modifiers) to the widget that has the focus, as a keyboard would.
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Types text character by character into the focused widget; returns how many keys.
int typeText(const QString &text);

} // namespace pela::test
