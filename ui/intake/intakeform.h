// The call-intake form: caller, location over the gazetteer, category, triage from data with
// the computed priority, telephone CPR, possible duplicates, the number's recent cases; keyboard
// first. It never touches the database: it emits what to save and shows what the command runner
// (or the offline journal) answers; IntakeController connects the two.
//
// Keys: the labels' Alt+letters reach each field; Enter in the location takes the first result
// and moves to the category; one letter chooses the category; digits answer the triage
// question in focus; Ctrl+Enter saves; F9 saves and hands the case to dispatch; F6 records
// that compressions started; F7 takes the number's handset location (AML) as the location;
// Ctrl+1..Ctrl+3 attach the call to a possible duplicate; Ctrl+Shift+N clears the form for the
// next call (also while a save is still on its way: its answer shows on the message line).
#pragma once

#include "callernumber.h"
#include "commands/incidentcommands.h"
#include "geo/gazetteer.h"
#include "intake/callerhistory.h"
#include "intake/supplementallocation.h"
#include "triage/triageassessment.h"

#include <QFrame>
#include <QJsonObject>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace pela::core {
class PossibleDuplicatesModel;
}

namespace pela::ui {

class CallerHistoryPanel;
class CategoryPicker;
class InstructionsPanel;
class LocationSearch;
class PriorityBox;
class TriageQuestionsView;

class IntakeForm : public QFrame
{
    Q_OBJECT
public:
    enum class SaveMode
    {
        Save,            // Ctrl+Enter: the case is saved; triage may go on against it
        SaveAndDispatch, // F9: saved and handed to dispatch; the form clears at once
    };
    Q_ENUM(SaveMode)

    // The fields a refused save can point at.
    enum class Field
    {
        None,
        CallerNumber,
        CallerName,
        CallbackNumber,
        Location,
        LocationDetails,
        Category,
        Complaint,
        Triage,
        PriorityOverride,
        OverrideReason,
        Patients,
        Notes,
    };
    Q_ENUM(Field)

    explicit IntakeForm(QWidget *parent = nullptr);
    ~IntakeForm() override;

    // About half of a 1366-pixel console: both columns readable, the board still beside it.
    QSize sizeHint() const override { return {720, 700}; }

    // Shared data, built off the GUI thread and only read here.
    void setGazetteer(std::shared_ptr<const core::Gazetteer> gazetteer);
    void setTriageProtocol(std::shared_ptr<const core::TriageProtocol> protocol);
    // Not owned; the form sets its query as the call's category and location become known.
    void setDuplicatesModel(core::PossibleDuplicatesModel *model);
    core::PossibleDuplicatesModel *duplicatesModel() const { return m_duplicatesModel; }
    std::shared_ptr<const core::TriageProtocol> triageProtocol() const { return m_protocol; }
    // How the number is read; normalisedCallerNumber (libphonenumber) by default.
    void setPhoneNormaliser(PhoneNormaliser normaliser);
    // The clock of the arrest timer and answer times (UTC); the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    // What a save would send now (valid or not).
    core::OpenCaseRequest request() const;
    // The triage the case would store.
    core::TriageRecord triageRecord() const;
    const core::TriageAssessment &assessment() const { return m_assessment; }
    // Why a save is refused now: the field and the message; nullopt when it may be saved.
    struct Refusal
    {
        Field field = Field::None;
        QString message;
    };
    std::optional<Refusal> validate() const;
    // The case number once saved; empty before.
    QString savedCaseNumber() const { return m_savedCaseNumber; }
    bool isSaving() const { return m_saving; }
    // The idempotency key of the call in the form (a fresh one for every call).
    QString clientKey() const { return m_clientKey; }
    // Kept in the offline journal, not yet in the database (no case number yet).
    bool isWaitingToSend() const { return m_waitingToSend; }
    // The caller's number as normalised now (E.164), empty when there is none.
    QString callerNumberE164() const;
    // The field of the form a command's refusal is about.
    Field fieldFor(core::CommandResult::Field field) const;
    // The message line under the form (errors, results).
    QString message() const;
    // The widget that takes the cursor for a field.
    QWidget *fieldWidget(Field field) const;

    // Sub-widgets, for the console and for tests.
    QLineEdit *callerNumberEdit() const { return m_number; }
    LocationSearch *locationSearch() const { return m_location; }
    CategoryPicker *categoryPicker() const { return m_category; }
    QComboBox *complaintSelector() const { return m_complaint; }
    TriageQuestionsView *triageQuestions() const { return m_questions; }
    PriorityBox *priorityBox() const { return m_priority; }
    InstructionsPanel *instructionsPanel() const { return m_instructions; }
    QListView *duplicatesView() const { return m_duplicates; }
    QPushButton *saveButton() const { return m_save; }
    // "Pick on map (F4)": the next click on the map sets the caller's location.
    QPushButton *pickOnMapButton() const { return m_pickOnMap; }
    QPushButton *dispatchButton() const { return m_saveDispatch; }
    QLabel *agenciesLabel() const { return m_agencies; }
    CallerHistoryPanel *callerHistory() const { return m_callerHistory; }
    QLabel *journalLabel() const { return m_journal; }

public slots:
    // The phone system's hook: the number of the call just answered and when it rang. The form
    // starts this call (clearing a finished one) and the cursor goes to the location.
    void setRingingNumber(const QString &phone, const QDateTime &ringAt);
    // A point picked on the map.
    void setPickedLocation(const QGeoCoordinate &coordinate, const QString &description = {});
    // The command runner has the save (true) or has answered (false).
    void setSaving(bool saving);
    // The runner's answer to saveRequested or attachCallRequested. Ok: the case number is kept
    // and the form clears for the next call, unless triage questions remain after a plain save
    // (then it stays on the saved case and changes go out as caseChangeRequested). Refused: the
    // message in the operator's language, the cursor in the field (field, or the one the
    // message is about), nothing typed is lost.
    void showResult(const pela::core::CommandResult &result, Field field = Field::None);
    // Empties the form for the next call; the cursor goes to the caller's number.
    void startNextCall();
    // Something the call-taker must know (e.g. the triage file was refused), on the message line.
    void showNotice(const QString &text);
    // A line about something else than the call in the form (the previous call's save, the
    // journal), as information or as a warning.
    void showStatus(const QString &text, bool warning);
    // The save of the call with this key went to the offline journal (the database could not be
    // reached, or the outcome is unknown): why, in the operator's words. If the form is still on
    // that call it says so, and stays on it while triage questions remain (changes then go out
    // as unsentCaseChanged); otherwise it clears for the next call.
    void showJournalled(const QString &clientKey, const QString &why);
    // The journal sent the call with this key: it is case caseNumber now. If the form is still
    // on it, later changes go out as caseChangeRequested.
    void caseSent(const QString &clientKey, const QString &caseNumber);
    // The offline journal's entries still to send, and those the database refused; shown on
    // the form's title bar until both are 0.
    void setJournalCounts(int waiting, int refused);
    // The number's recent cases (loadCallerHistory), for the number e164 in the form.
    void setCallerHistory(const QString &e164, const QList<pela::core::CallerCase> &cases);
    // Supplemental locations of the caller's handset (AML) for the number e164, newest first:
    // the slot the gateway's data reaches the form through. Shown with radius and age; F7 takes
    // the first as the location. Nothing is shown without them.
    void setSupplementalLocations(const QString &e164,
                                  const QList<pela::core::SupplementalLocation> &locations);

signals:
    void saveRequested(const pela::core::OpenCaseRequest &request,
                       pela::ui::IntakeForm::SaveMode mode);
    // This call is about an existing case: add it there instead of opening a new one.
    void attachCallRequested(const QString &caseNumber, const pela::core::CallInfo &call);
    // Triage went on after the case was saved: its new details and priority (wave 2 sends them
    // with updateCaseDetails and setPriority).
    void caseChangeRequested(const QString &caseNumber, const pela::core::CaseDetailsChange &change,
                             int priority, const QString &priorityReason);
    // The call kept in the journal changed (triage went on): the journal keeps this instead.
    void unsentCaseChanged(const pela::core::OpenCaseRequest &request);
    // The case is saved and handed to dispatch (F9): the console selects it for whoever
    // dispatches.
    void handedToDispatch(const QString &caseNumber);
    // F4 or its button: the console lets the next click on the map set the location
    // (setPickedLocation), Esc cancels.
    void pickOnMapRequested();
    // The caller's normalised number changed (filled by the phone system or typed); empty when
    // there is none. Its recent cases are worth a look.
    void callerNumberChanged(const QString &e164);
    // The phone system rang this console (setRingingNumber), also while a call is still being
    // taken: the form must be on screen, so the console unfolds it where a layout folds it away.
    // Emitted before the cursor goes to the location, so it lands there once shown.
    void ringArrived();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Limits on what is typed: generous for what callers say, small enough to catch a paste
    // gone wrong before the database sees it.
    static constexpr int MaxPhoneLength = 32;
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxLocationLength = 300;
    static constexpr int MaxNotesLength = 4000;
    static constexpr int MaxOverrideReasonLength = 500;

    void createWidgets();
    void createShortcuts();
    void retranslateUi();
    void save(SaveMode mode);
    void attachToDuplicate(int row);
    void onCategoryChosen(const QString &category);
    void onComplaintChosen();
    void refreshTriage();
    bool hasUnsavedInput() const;
    // Still on a call: unsaved input, or a saved or journalled case whose triage goes on.
    bool isTakingCall() const;
    void applySupplementalLocation();
    void onLocationChanged();
    void updateNumberMark();
    void updateDuplicateQuery();
    void updateComplaints();
    void showMessage(const QString &text, bool error);
    void focusField(Field field);
    void markCallStarted();
    void sendSavedCaseChange();
    QString triageLanguage() const;
    core::CallInfo callInfo() const;

    std::shared_ptr<const core::Gazetteer> m_gazetteer;
    std::shared_ptr<const core::TriageProtocol> m_protocol;
    core::PossibleDuplicatesModel *m_duplicatesModel = nullptr;
    PhoneNormaliser m_normaliser;
    std::function<QDateTime()> m_clock;

    QLabel *m_title = nullptr;
    QLabel *m_callState = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMark = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_callbackLabel = nullptr;
    QLineEdit *m_callback = nullptr;
    QLabel *m_locationLabel = nullptr;
    LocationSearch *m_location = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLineEdit *m_details = nullptr;
    QLabel *m_categoryLabel = nullptr;
    CategoryPicker *m_category = nullptr;
    QLabel *m_patientsLabel = nullptr;
    QSpinBox *m_patients = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QListView *m_duplicates = nullptr;
    PriorityBox *m_priority = nullptr;
    QLabel *m_agencies = nullptr;
    CallerHistoryPanel *m_callerHistory = nullptr;
    QLabel *m_journal = nullptr;
    InstructionsPanel *m_instructions = nullptr;
    QLabel *m_complaintLabel = nullptr;
    QComboBox *m_complaint = nullptr;
    QLabel *m_triageLabel = nullptr;
    TriageQuestionsView *m_questions = nullptr;
    QScrollArea *m_questionsScroll = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_pickOnMap = nullptr;
    QPushButton *m_saveDispatch = nullptr;
    QPushButton *m_nextCall = nullptr;

    core::TriageAssessment m_assessment;
    QDateTime m_ringAt;
    QDateTime m_answeredAt;
    QString m_clientKey;
    QDateTime m_arrestRecognisedAt;
    bool m_saving = false;
    bool m_waitingToSend = false;
    QString m_lastE164; // the number callerNumberChanged last announced
    // What the save in flight sent: a change made while it was on its way goes out after it.
    QJsonObject m_postedDetails;
    int m_postedPriority = 0;
    // The handset location taken with F7, while it is still the form's location.
    std::optional<core::SupplementalLocation> m_appliedSupplemental;
    bool m_messageIsError = false;
    SaveMode m_lastMode = SaveMode::Save;
    QString m_savedCaseNumber;
    int m_savedPriority = 0;
    QString m_attachingTo; // the case an attach request went out for
    // A ring that came while a call was still being taken: it waits for the form.
    std::optional<std::pair<QString, QDateTime>> m_pendingRing;
};

} // namespace pela::ui
