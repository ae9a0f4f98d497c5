// The call-intake form driven with QTest keys offscreen: the scripted P1 call within 20 keys,
// where the cursor starts, every field by Alt+letter, refused input (message names the field,
// cursor goes there, nothing lost), telephone CPR and its timer, the hearse flow, possible
// duplicates and attaching a call, saving early and triage after, language switching.
#include "connectionbanner.h"
#include "databaseconnector.h"
#include "gazetteertestdata.h"
#include "geo/gazetteersearchmodel.h"
#include "intake/categorypicker.h"
#include "intake/instructionspanel.h"
#include "intake/intakeform.h"
#include "intake/locationsearch.h"
#include "intake/prioritybox.h"
#include "intake/requestedtime.h"
#include "intake/triagequestionsview.h"
#include "intakescript.h"
#include "languageswitcher.h"
#include "live/livestate.h"
#include "live/possibleduplicatesmodel.h"
#include "mainwindow.h"
#include "triage/triageprotocol.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <catch2/catch.hpp>

using pela::core::OpenCaseRequest;
using pela::test::pressKey;
using pela::test::typeText;
using pela::ui::IntakeForm;
using pela::ui::Language;
using pela::ui::LanguageSwitcher;

namespace {

std::shared_ptr<const pela::core::TriageProtocol> triage()
{
    static const pela::core::TriageLoadResult loaded = pela::core::TriageProtocol::builtIn();
    REQUIRE(loaded.ok());
    return loaded.protocol;
}

std::shared_ptr<const pela::core::Gazetteer> ambon()
{
    static const auto gazetteer =
        std::make_shared<const pela::core::Gazetteer>(pela::test::ambonSeedPlaces());
    return gazetteer;
}

// A form as the console shows it, with a clock the test moves.
struct Intake
{
    explicit Intake(Language language = Language::English)
        : duplicates(&state),
          tester(&duplicates, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        REQUIRE(languages.setLanguage(language, LanguageSwitcher::Persistence::ThisSessionOnly));
        auto clock = [this] { return now; };
        duplicates.setClock(clock);
        form.setClock(clock);
        form.setGazetteer(ambon());
        form.setTriageProtocol(triage());
        form.setDuplicatesModel(&duplicates);
        locationTester = std::make_unique<QAbstractItemModelTester>(
            form.locationSearch()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        form.resize(1000, 720);
        form.show();
        QApplication::setActiveWindow(&form);
        REQUIRE(QTest::qWaitForWindowActive(&form));
    }
    ~Intake()
    {
        languages.setLanguage(Language::English, LanguageSwitcher::Persistence::ThisSessionOnly);
    }

    QWidget *focus() const { return QApplication::focusWidget(); }
    bool focusIn(const QWidget *widget) const
    {
        return focus() && (focus() == widget || widget->isAncestorOf(focus()));
    }
    void chooseCategory(const QString &category)
    {
        form.categoryPicker()->setFocus();
        pressKey(Qt::Key(QKeySequence(pela::ui::CategoryPicker::keyOf(category))[0].key()));
        REQUIRE(form.categoryPicker()->category() == category);
    }
    void typeLocation(const QString &text)
    {
        form.locationSearch()->edit()->setFocus();
        typeText(text);
        pressKey(Qt::Key_Return);
    }
    // Answers the question in focus with the digit.
    void answer(int digit) { pressKey(Qt::Key(Qt::Key_0 + digit)); }

    QDateTime now = QDateTime(QDate(2026, 3, 25), QTime(2, 0), Qt::UTC); // 11:00 WIT
    LanguageSwitcher languages;
    pela::core::LiveState state;
    pela::core::PossibleDuplicatesModel duplicates;
    QAbstractItemModelTester tester;
    IntakeForm form;
    std::unique_ptr<QAbstractItemModelTester> locationTester;
};

OpenCaseRequest savedRequest(const QSignalSpy &spy)
{
    REQUIRE(spy.count() == 1);
    return spy.first().at(0).value<OpenCaseRequest>();
}

} // namespace

TEST_CASE("the scripted P1 call saves within 20 keys: the number from the hook, \"batu mer\" "
          "Enter, the category's letter, two answers, Ctrl+Enter")
{
    for (const Language language : {Language::Indonesian, Language::English}) {
        INFO((language == Language::Indonesian ? "Indonesian" : "English"));
        Intake intake(language);
        bool sawArrest = false;
        const pela::test::ScriptedCall call = pela::test::typeScriptedP1Call(intake.form, [&] {
            // Before the save: red, telephone CPR on screen, its timer running.
            sawArrest = intake.form.priorityBox()->effectivePriority() == 1 &&
                        intake.form.instructionsPanel()->isVisible() &&
                        !intake.form.instructionsPanel()->timerText().isEmpty();
        });
        CHECK(sawArrest);
        REQUIRE(call.saved);
        CHECK(call.keystrokes <= 20);
        CHECK(call.keystrokes == 13);
        CHECK(call.mode == IntakeForm::SaveMode::Save);
        const OpenCaseRequest &request = call.request;
        CHECK(request.category == QStringLiteral("medical"));
        CHECK(request.priority == 1);
        CHECK(request.kelurahanCode == QStringLiteral("81.71.02.2003"));
        CHECK(request.locationText == QStringLiteral("Batu Merah"));
        CHECK(request.locationSource == QStringLiteral("gazetteer"));
        REQUIRE(request.lat.has_value());
        CHECK(*request.lat == Approx(-3.682370));
        CHECK(*request.lon == Approx(128.215481));
        CHECK(request.call.callerPhone == pela::test::scriptedPhone);
        CHECK(request.call.ringAt.isValid());
        CHECK(request.call.answeredAt == intake.now);
        CHECK_FALSE(QUuid::fromString(request.clientKey).isNull());
        CHECK(request.triage.value(QLatin1String("codes")).toArray() ==
              QJsonArray{QStringLiteral("A.00.01")});
        CHECK(request.triage.value(QLatin1String("data_version")).toString() ==
              triage()->version());
        CHECK(request.triage.contains(QLatin1String("arrest_recognised_at")));
    }
}

TEST_CASE("the cursor starts at the caller's number, or at the location when the phone system "
          "gave the number")
{
    Intake intake;
    CHECK(intake.focus() == intake.form.callerNumberEdit());
    intake.form.setRingingNumber(QStringLiteral("0911 312345"), intake.now.addSecs(-3));
    CHECK(intake.focus() == intake.form.locationSearch()->edit());
    CHECK(intake.form.callerNumberEdit()->text() == QStringLiteral("0911 312345"));
    // A fresh call gets a fresh idempotency key.
    const QString key = intake.form.request().clientKey;
    intake.form.startNextCall();
    CHECK(intake.form.request().clientKey != key);
    CHECK(intake.focus() == intake.form.callerNumberEdit());
}

TEST_CASE("every field of the console's intake is reached by its Alt+letter, and no letter is "
          "used twice, in either language")
{
    for (const Language language : {Language::English, Language::Indonesian}) {
        INFO((language == Language::Indonesian ? "Indonesian" : "English"));
        LanguageSwitcher languages;
        REQUIRE(languages.setLanguage(language, LanguageSwitcher::Persistence::ThisSessionOnly));
        pela::ui::DatabaseConnector connector(
            QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"));
        pela::ui::MainWindow window(&connector, &languages);
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto *form = window.findChild<IntakeForm *>();
        REQUIRE(form);
        form->setTriageProtocol(triage());
        form->setGazetteer(ambon());
        form->categoryPicker()->setFocus();
        pressKey(Qt::Key(
            QKeySequence(pela::ui::CategoryPicker::keyOf(QStringLiteral("medical")))[0].key()));
        form->priorityBox()->overrideSelector()->setCurrentIndex(3); // the reason may be typed

        QStringList letters;
        for (QAction *menu : window.menuBar()->actions())
            letters << QKeySequence::mnemonic(menu->text()).toString();
        int fields = 0;
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (!label->buddy() || !label->isVisible())
                continue;
            const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
            INFO(label->text().toStdString());
            REQUIRE_FALSE(mnemonic.isEmpty());
            CHECK_FALSE(letters.contains(mnemonic.toString()));
            letters << mnemonic.toString();
            window.setFocus();
            QTest::keyClick(&window, mnemonic[0].key(), Qt::AltModifier);
            QWidget *focus = QApplication::focusWidget();
            CHECK((focus == label->buddy() || label->buddy()->isAncestorOf(focus)));
            ++fields;
        }
        CHECK(fields >= 12);
        languages.setLanguage(Language::English, LanguageSwitcher::Persistence::ThisSessionOnly);
    }
}

TEST_CASE("Tab walks the fields in the order the call-taker fills them")
{
    Intake intake;
    intake.chooseCategory(QStringLiteral("fire"));
    intake.form.callerNumberEdit()->setFocus();
    QStringList order;
    for (int i = 0; i < 13; ++i) {
        QWidget *focus = intake.focus();
        // A row of a question, or the spin box's own line: name the field that holds it.
        while (focus && focus->objectName().isEmpty())
            focus = focus->parentWidget();
        order << (focus ? focus->objectName() : QStringLiteral("(none)"));
        pressKey(Qt::Key_Tab);
    }
    CHECK(order == QStringList{QStringLiteral("callerNumber"), QStringLiteral("callerName"),
                               QStringLiteral("callbackNumber"), QStringLiteral("locationSearch"),
                               QStringLiteral("locationDetails"), QStringLiteral("categoryPicker"),
                               QStringLiteral("question_start.hurt"),
                               QStringLiteral("question_fire.people_inside"),
                               QStringLiteral("question_fire.what"),
                               QStringLiteral("priorityOverride"), QStringLiteral("patientsCount"),
                               QStringLiteral("notes"), QStringLiteral("saveCase")});
}

TEST_CASE("a save without a location is refused: the message names it, the cursor goes there, "
          "nothing typed is lost")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.form.callerNumberEdit()->setFocus();
    typeText(QStringLiteral("0812555"));
    intake.chooseCategory(QStringLiteral("fire"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("Where is the emergency")));
    CHECK(intake.focus() == intake.form.locationSearch()->edit());
    CHECK(intake.form.callerNumberEdit()->text() == QStringLiteral("0812555"));
    CHECK(intake.form.categoryPicker()->category() == QStringLiteral("fire"));

    // Without a category the category is named first.
    intake.form.startNextCall();
    intake.typeLocation(QStringLiteral("soya"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("category")));
    CHECK(intake.focus() == intake.form.categoryPicker());
    CHECK(intake.form.locationSearch()->text() == QStringLiteral("Soya"));
}

TEST_CASE("over-long text and control characters are refused naming the field, with the cursor "
          "there and the text kept")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.typeLocation(QStringLiteral("passo"));
    intake.chooseCategory(QStringLiteral("security"));

    auto *name = intake.form.findChild<QLineEdit *>(QStringLiteral("callerName"));
    const QString longName(130, QLatin1Char('a'));
    name->setText(longName);
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("Caller name is too long")));
    CHECK(intake.focus() == name);
    CHECK(name->text() == longName);
    name->setText(QStringLiteral("Ibu Ani"));

    auto *details = intake.form.findChild<QLineEdit *>(QStringLiteral("locationDetails"));
    details->setText(QStringLiteral("depan gereja\x07"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("control character")));
    CHECK(intake.form.message().contains(QStringLiteral("Details")));
    CHECK(intake.focus() == details);
    details->setText(QStringLiteral("depan gereja, RT 02/RW 03"));

    auto *callback = intake.form.findChild<QLineEdit *>(QStringLiteral("callbackNumber"));
    callback->setText(QStringLiteral("call me maybe"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.focus() == callback);
    callback->setText(QStringLiteral("0813 4444 555"));

    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const OpenCaseRequest request = savedRequest(saves);
    CHECK(request.locationText == QStringLiteral("depan gereja, RT 02/RW 03, Passo"));
    CHECK(request.call.callerName == QStringLiteral("Ibu Ani"));
    CHECK(request.notes.contains(QStringLiteral("0813 4444 555")));
}

TEST_CASE("impossible coordinates are refused; coordinates outside Ambon are warned about and "
          "still saved")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.chooseCategory(QStringLiteral("fire"));
    intake.form.locationSearch()->edit()->setFocus();
    typeText(QStringLiteral("-93.5, 128.2"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("Latitude -93.5 is impossible")));
    CHECK(intake.focus() == intake.form.locationSearch()->edit());

    intake.form.locationSearch()->edit()->clear();
    typeText(QStringLiteral("-6.2000, 106.8000"));
    auto *status = intake.form.findChild<QLabel *>(QStringLiteral("locationStatus"));
    CHECK(status->text().contains(QStringLiteral("Outside the area")));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const OpenCaseRequest request = savedRequest(saves);
    CHECK(*request.lat == Approx(-6.2));
    CHECK(*request.lon == Approx(106.8));
    CHECK(request.locationSource == QStringLiteral("operator"));
    CHECK(request.kelurahanCode.isEmpty());
}

TEST_CASE("a save the runner refuses shows its message, puts the cursor in the field and loses "
          "nothing; a withheld number never blocks")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.form.setRingingNumber(QStringLiteral("anonymous"), intake.now);
    auto *mark = intake.form.findChild<QLabel *>(QStringLiteral("callerNumberMark"));
    CHECK(mark->text() == QStringLiteral("withheld"));
    typeText(QStringLiteral("batu mer"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_M);
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const OpenCaseRequest request = savedRequest(saves);
    CHECK(request.call.callerPhone.isEmpty());

    intake.form.setSaving(true);
    CHECK_FALSE(intake.form.saveButton()->isEnabled());
    pressKey(Qt::Key_Return, Qt::ControlModifier); // a second save waits for the first
    CHECK(saves.count() == 1);
    intake.form.showResult(pela::core::CommandResult::invalid(
                               QStringLiteral("There is no kelurahan with code 81.71.02.2003.")),
                           IntakeForm::Field::Location);
    CHECK(intake.form.saveButton()->isEnabled());
    CHECK(intake.form.message() ==
          QStringLiteral("There is no kelurahan with code 81.71.02.2003."));
    CHECK(intake.focus() == intake.form.locationSearch()->edit());
    CHECK(intake.form.locationSearch()->text() == QStringLiteral("Batu Merah"));
    CHECK(intake.form.categoryPicker()->category() == QStringLiteral("medical"));
    CHECK(intake.form.request().clientKey == request.clientKey);
}

TEST_CASE("cardiac arrest shows the telephone CPR text and a timer from recognition; F6 records "
          "compressions; taking the answer back stops it")
{
    Intake intake(Language::Indonesian);
    intake.typeLocation(QStringLiteral("batu mer"));
    pressKey(Qt::Key_M);
    pela::ui::InstructionsPanel *panel = intake.form.instructionsPanel();
    CHECK_FALSE(panel->isVisible());
    intake.answer(2); // not awake
    const QDateTime recognised = intake.now;
    intake.answer(2); // not breathing normally
    REQUIRE(panel->isVisible());
    auto *text = panel->findChild<QLabel *>(QStringLiteral("instructionsText"));
    CHECK(text->text().contains(QStringLiteral("5 sampai 6 cm")));
    CHECK(text->text().contains(QStringLiteral("100 sampai 120")));
    CHECK(panel->timerText() == QStringLiteral("00:00"));

    intake.now = intake.now.addSecs(83);
    panel->tick();
    CHECK(panel->findChild<QLabel *>(QStringLiteral("arrestTimer"))->text() ==
          QStringLiteral("01:23"));
    pressKey(Qt::Key_F6);
    CHECK(panel->compressionsStartedAt() == intake.now);
    const QJsonObject record = intake.form.request().triage;
    CHECK(QDateTime::fromString(record.value(QLatin1String("arrest_recognised_at")).toString(),
                                Qt::ISODateWithMs) == recognised);
    CHECK(record.contains(QLatin1String("compressions_started_at")));

    // The caller looks again: the patient is awake after all.
    intake.form.triageQuestions()->rowFor(QStringLiteral("start.awake"))->setFocus();
    intake.answer(1);
    CHECK_FALSE(panel->isVisible());
    CHECK(panel->timerText().isEmpty());
    CHECK(intake.form.priorityBox()->effectivePriority() == 2);
}

TEST_CASE("hearse transport has its own short flow: pickup, destination, time, fee waiver; P4")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.typeLocation(QStringLiteral("hative kecil"));
    pressKey(
        Qt::Key(QKeySequence(pela::ui::CategoryPicker::keyOf(QStringLiteral("hearse_transport")))[0]
                    .key()));
    auto *locationLabel = qobject_cast<QLabel *>(
        intake.form.findChildren<QLabel *>().at(0)); // any label: find the location's below
    Q_UNUSED(locationLabel);
    bool pickupLabel = false;
    for (QLabel *label : intake.form.findChildren<QLabel *>())
        pickupLabel = pickupLabel || (label->buddy() == intake.form.locationSearch()->edit() &&
                                      label->text().contains(QStringLiteral("Pickup location")));
    CHECK(pickupLabel);
    CHECK(intake.form.triageQuestions()->visibleQuestions() ==
          QStringList{QStringLiteral("hearse.confirmed"), QStringLiteral("hearse.destination"),
                      QStringLiteral("hearse.time"), QStringLiteral("hearse.fee_waiver")});
    CHECK_FALSE(intake.form.agenciesLabel()->isVisible());
    intake.answer(1); // death confirmed
    typeText(QStringLiteral("TPU Kapahaha"));
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("14.30"));
    pressKey(Qt::Key_Return);
    intake.answer(1); // fee waived
    CHECK(intake.form.priorityBox()->effectivePriority() == 4);
    pressKey(Qt::Key_F9);
    REQUIRE(saves.count() == 1);
    const OpenCaseRequest request = saves.first().at(0).value<OpenCaseRequest>();
    CHECK(saves.first().at(1).value<IntakeForm::SaveMode>() ==
          IntakeForm::SaveMode::SaveAndDispatch);
    CHECK(request.category == QStringLiteral("hearse_transport"));
    CHECK(request.priority == 4);
    const QJsonObject answers = request.triage.value(QLatin1String("answers")).toObject();
    CHECK(answers.value(QLatin1String("hearse.destination")).toString() ==
          QStringLiteral("TPU Kapahaha"));
    CHECK(QDateTime::fromString(answers.value(QLatin1String("hearse.time")).toString(),
                                Qt::ISODate) ==
          QDateTime(QDate(2026, 3, 25), QTime(14, 30), QTimeZone(9 * 3600)));
    CHECK(answers.value(QLatin1String("hearse.fee_waiver")).toString() == QStringLiteral("yes"));
    CHECK(request.triage.value(QLatin1String("codes")).toArray() ==
          QJsonArray{QStringLiteral("D.28.01")});

    // Saved and dispatched: the form clears for the next call.
    pela::core::CommandResult ok;
    ok.caseNumber = QStringLiteral("2026-000007");
    intake.form.showResult(ok);
    CHECK(intake.form.message().contains(QStringLiteral("2026-000007")));
    CHECK(intake.form.categoryPicker()->category().isEmpty());
    CHECK(intake.focus() == intake.form.callerNumberEdit());
}

TEST_CASE("a non-medical category names the agency to refer to")
{
    Intake intake(Language::Indonesian);
    intake.typeLocation(QStringLiteral("passo"));
    intake.chooseCategory(QStringLiteral("fire"));
    CHECK(intake.form.agenciesLabel()->isVisible());
    CHECK(intake.form.agenciesLabel()->text().contains(QStringLiteral("Damkar")));
    CHECK(intake.form.request().triage.value(QLatin1String("agencies")).toArray() ==
          QJsonArray{QStringLiteral("damkar")});
}

TEST_CASE("possible duplicates show while the form fills, and Ctrl+1 adds the call to that case")
{
    Intake intake;
    pela::core::LiveSnapshot snapshot;
    pela::core::CaseRecord existing;
    existing.id = 42;
    existing.number = QStringLiteral("2026-000042");
    existing.category = QStringLiteral("medical");
    existing.priority = 1;
    existing.state = QStringLiteral("dispatched");
    existing.location = ambon()->findByCode(QStringLiteral("81.71.02.2003"))->location;
    existing.locationText = QStringLiteral("Batu Merah, depan masjid");
    existing.openedAt = intake.now.addSecs(-5 * 60);
    snapshot.cases.insert(existing.id, existing);
    intake.state.resetTo(snapshot);

    QSignalSpy attaches(&intake.form, &IntakeForm::attachCallRequested);
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.form.setRingingNumber(QStringLiteral("0812 9999 000"), intake.now);
    typeText(QStringLiteral("batu mer"));
    pressKey(Qt::Key_Return);
    CHECK(intake.duplicates.rowCount() == 0); // no category yet
    pressKey(Qt::Key_M);
    REQUIRE(intake.duplicates.rowCount() == 1);
    CHECK(intake.form.duplicatesView()->model()->index(0, 0).data().toString().contains(
        QStringLiteral("2026-000042")));

    pressKey(Qt::Key_1, Qt::ControlModifier);
    REQUIRE(attaches.count() == 1);
    CHECK(saves.isEmpty());
    CHECK(attaches.first().at(0).toString() == QStringLiteral("2026-000042"));
    const auto call = attaches.first().at(1).value<pela::core::CallInfo>();
    CHECK(call.callerPhone == QStringLiteral("0812 9999 000"));
    CHECK(call.answeredAt == intake.now);

    pela::core::CommandResult ok;
    ok.caseNumber = QStringLiteral("2026-000042");
    intake.form.showResult(ok);
    CHECK(intake.form.message().contains(QStringLiteral("added to case 2026-000042")));
    CHECK(intake.form.callerNumberEdit()->text().isEmpty());
    // Ctrl+2 with no second duplicate does nothing.
    pressKey(Qt::Key_2, Qt::ControlModifier);
    CHECK(attaches.count() == 1);
}

TEST_CASE("saved early, the triage goes on against the case; Ctrl+Enter then ends the call")
{
    Intake intake;
    QSignalSpy changes(&intake.form, &IntakeForm::caseChangeRequested);
    const pela::test::ScriptedCall call = pela::test::typeScriptedP1Call(intake.form);
    REQUIRE(call.saved);
    pela::core::CommandResult ok;
    ok.caseNumber = QStringLiteral("2026-000123");
    intake.form.showResult(ok);
    CHECK(intake.form.savedCaseNumber() == QStringLiteral("2026-000123"));
    CHECK(intake.form.message().contains(QStringLiteral("Triage goes on")));
    // Telephone CPR took the focus to the save; Alt+T goes back to the next open question
    // (heavy bleeding?).
    CHECK(intake.focus() == intake.form.dispatchButton());
    pressKey(Qt::Key_T, Qt::AltModifier);
    CHECK(intake.focus() ==
          intake.form.triageQuestions()->rowFor(QStringLiteral("start.bleeding")));
    intake.answer(2);
    REQUIRE(changes.count() >= 1);
    CHECK(changes.last().at(0).toString() == QStringLiteral("2026-000123"));
    const auto change = changes.last().at(1).value<pela::core::CaseDetailsChange>();
    REQUIRE(change.triage.has_value());
    CHECK(change.triage->value(QLatin1String("answers"))
              .toObject()
              .value(QLatin1String("start.bleeding")) == QStringLiteral("no"));
    CHECK(changes.last().at(2).toInt() == 1);

    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(intake.form.savedCaseNumber().isEmpty());
    CHECK(intake.form.callerNumberEdit()->text().isEmpty());
    CHECK(intake.focus() == intake.form.callerNumberEdit());
}

TEST_CASE("an override needs a reason, and the record keeps both priorities")
{
    Intake intake;
    QSignalSpy saves(&intake.form, &IntakeForm::saveRequested);
    intake.typeLocation(QStringLiteral("poka"));
    intake.chooseCategory(QStringLiteral("power_outage"));
    CHECK(intake.form.priorityBox()->effectivePriority() == 3);
    intake.form.priorityBox()->overrideSelector()->setFocus();
    pressKey(Qt::Key_2);
    CHECK(intake.focus() == intake.form.priorityBox()->reasonEdit());
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    CHECK(saves.isEmpty());
    CHECK(intake.form.message().contains(QStringLiteral("Say why")));
    CHECK(intake.focus() == intake.form.priorityBox()->reasonEdit());
    typeText(QStringLiteral("hospital generator down"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const OpenCaseRequest request = savedRequest(saves);
    CHECK(request.priority == 2);
    CHECK(request.triage.value(QLatin1String("computed_priority")).toInt() == 3);
    CHECK(
        request.triage.value(QLatin1String("override")).toObject().value(QLatin1String("reason")) ==
        QStringLiteral("hospital generator down"));
}

TEST_CASE("a new ring while a call is being taken waits; the next call brings it in")
{
    Intake intake;
    intake.form.callerNumberEdit()->setFocus();
    typeText(QStringLiteral("0812"));
    intake.typeLocation(QStringLiteral("soya"));
    intake.form.setRingingNumber(QStringLiteral("0911 300300"), intake.now);
    CHECK(intake.form.callerNumberEdit()->text() == QStringLiteral("0812"));
    CHECK(intake.form.locationSearch()->text() == QStringLiteral("Soya"));
    CHECK(intake.form.message().contains(QStringLiteral("0911 300300")));
    pressKey(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(intake.form.callerNumberEdit()->text() == QStringLiteral("0911 300300"));
    CHECK(intake.focus() == intake.form.locationSearch()->edit());
}

TEST_CASE("the location box: arrows choose another result, a typo still finds, free text is "
          "kept as spoken")
{
    Intake intake;
    pela::ui::LocationSearch *location = intake.form.locationSearch();
    location->edit()->setFocus();
    typeText(QStringLiteral("batu m"));
    CHECK(location->results()->isVisible());
    pressKey(Qt::Key_Down);
    const QString second = location->results()->currentIndex().data(Qt::DisplayRole).toString();
    pressKey(Qt::Key_Return);
    CHECK(location->place().has_value());
    CHECK(location->place()->name == second);
    CHECK(intake.focus() == intake.form.categoryPicker());

    location->edit()->setFocus();
    location->edit()->clear();
    typeText(QStringLiteral("lateri"));
    pressKey(Qt::Key_Return);
    CHECK(location->place()->code == QStringLiteral("81.71.03.1018"));

    location->edit()->setFocus();
    location->edit()->clear();
    typeText(QStringLiteral("pelabuhan yos sudarso"));
    pressKey(Qt::Key_Return);
    CHECK_FALSE(location->place().has_value());
    CHECK(location->source() == pela::ui::LocationSearch::Source::FreeText);
    CHECK(intake.form.request().locationText == QStringLiteral("pelabuhan yos sudarso"));
    CHECK_FALSE(intake.form.request().lat.has_value());
}

TEST_CASE("switching the language retranslates the form and the triage texts")
{
    Intake intake;
    intake.typeLocation(QStringLiteral("soya"));
    intake.chooseCategory(QStringLiteral("medical"));
    auto rowText = [&] {
        QStringList texts;
        for (QLabel *label : intake.form.triageQuestions()
                                 ->rowFor(QStringLiteral("start.awake"))
                                 ->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    CHECK(rowText().contains(QStringLiteral("Is the patient awake")));
    CHECK(intake.form.saveButton()->text().startsWith(QStringLiteral("Save")));
    REQUIRE(intake.languages.setLanguage(Language::Indonesian,
                                         LanguageSwitcher::Persistence::ThisSessionOnly));
    QCoreApplication::processEvents();
    CHECK(rowText().contains(QStringLiteral("Apakah pasien sadar")));
    CHECK(intake.form.saveButton()->text().startsWith(QStringLiteral("Simpan")));
    CHECK(intake.form.priorityBox()->priorityLabel()->text().contains(QStringLiteral("KUNING")));
    REQUIRE(intake.languages.setLanguage(Language::English,
                                         LanguageSwitcher::Persistence::ThisSessionOnly));
    QCoreApplication::processEvents();
    CHECK(rowText().contains(QStringLiteral("Is the patient awake")));
}

TEST_CASE("a requested time is read as today's, tomorrow's when passed, or a given date")
{
    const QTimeZone wit(9 * 3600);
    const QDateTime now(QDate(2026, 3, 25), QTime(12, 0), wit);
    CHECK(pela::ui::parseRequestedTime(QStringLiteral("14.30"), now) ==
          QDateTime(QDate(2026, 3, 25), QTime(14, 30), wit));
    CHECK(pela::ui::parseRequestedTime(QStringLiteral("1430"), now) ==
          QDateTime(QDate(2026, 3, 25), QTime(14, 30), wit));
    CHECK(pela::ui::parseRequestedTime(QStringLiteral("09:00"), now) ==
          QDateTime(QDate(2026, 3, 26), QTime(9, 0), wit));
    CHECK(pela::ui::parseRequestedTime(QStringLiteral("11.30"), now) ==
          QDateTime(QDate(2026, 3, 25), QTime(11, 30), wit));
    CHECK(pela::ui::parseRequestedTime(QStringLiteral("27/3 8.15"), now) ==
          QDateTime(QDate(2026, 3, 27), QTime(8, 15), wit));
    CHECK_FALSE(pela::ui::parseRequestedTime(QStringLiteral("31/2 10.00"), now));
    CHECK_FALSE(pela::ui::parseRequestedTime(QStringLiteral("25.00"), now));
    CHECK_FALSE(pela::ui::parseRequestedTime(QStringLiteral("sore"), now));
}
