#include "intakescript.h"

#include "gazetteertestdata.h"
#include "intake/categorypicker.h"
#include "triage/triageprotocol.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace pela::test {

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (target)
        QTest::keyClick(target, key, modifiers);
}

int typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        if (target)
            QTest::keyClick(target, c.toLatin1());
    }
    return int(text.size());
}

ScriptedCall typeScriptedP1Call(ui::IntakeForm &form, const std::function<void()> &beforeSave,
                                Ring ring)
{
    ScriptedCall call;
    QSignalSpy saves(&form, &ui::IntakeForm::saveRequested);
    // The phone system's hook fills the number: no key is pressed for it.
    if (ring == Ring::GiveToForm)
        form.setRingingNumber(scriptedPhone, QDateTime::currentDateTimeUtc().addSecs(-4));
    QStringList keys;
    auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers, const QString &name) {
        pressKey(key, modifiers);
        ++call.keystrokes;
        keys << name;
    };
    call.keystrokes += typeText(QStringLiteral("batu mer"));
    keys << QStringLiteral("\"batu mer\"");
    press(Qt::Key_Return, Qt::NoModifier, QStringLiteral("Enter"));
    // The medical category's key in the form's language.
    const QString medical = ui::CategoryPicker::keyOf(QStringLiteral("medical"));
    press(Qt::Key(QKeySequence(medical)[0].key()), Qt::NoModifier, medical);
    press(Qt::Key_2, Qt::NoModifier, QStringLiteral("2 (not awake)"));
    press(Qt::Key_2, Qt::NoModifier, QStringLiteral("2 (not breathing normally)"));
    if (beforeSave)
        beforeSave();
    press(Qt::Key_Return, Qt::ControlModifier, QStringLiteral("Ctrl+Enter"));
    call.description = keys.join(QStringLiteral(", "));
    if (saves.count() == 1) {
        call.saved = true;
        call.request = saves.first().at(0).value<core::OpenCaseRequest>();
        call.mode = saves.first().at(1).value<ui::IntakeForm::SaveMode>();
    }
    return call;
}

ScriptedCall typeQuickCall(ui::IntakeForm &form, const QString &number, const QString &place,
                           const QString &category)
{
    ScriptedCall call;
    QSignalSpy saves(&form, &ui::IntakeForm::saveRequested);
    form.callerNumberEdit()->setFocus(Qt::OtherFocusReason);
    call.keystrokes += typeText(number);
    pressKey(Qt::Key_Return);
    call.keystrokes += typeText(place);
    pressKey(Qt::Key_Return);
    const QString key = ui::CategoryPicker::keyOf(category);
    pressKey(Qt::Key(QKeySequence(key)[0].key()));
    pressKey(Qt::Key_F9);
    call.keystrokes += 4;
    call.description = QStringLiteral("%1 Enter %2 Enter %3 F9").arg(number, place, key);
    if (saves.count() == 1) {
        call.saved = true;
        call.request = saves.first().at(0).value<core::OpenCaseRequest>();
        call.mode = saves.first().at(1).value<ui::IntakeForm::SaveMode>();
    }
    return call;
}

ScriptedCall runScriptedP1Call()
{
    ui::IntakeForm form;
    form.setGazetteer(std::make_shared<const core::Gazetteer>(ambonSeedPlaces()));
    const core::TriageLoadResult triage = core::TriageProtocol::builtIn();
    if (!triage.ok())
        return {};
    form.setTriageProtocol(triage.protocol);
    form.resize(1000, 720);
    form.show();
    QApplication::setActiveWindow(&form);
    if (!QTest::qWaitForWindowActive(&form))
        return {};
    return typeScriptedP1Call(form);
}

} // namespace pela::test
