// The call-intake form: caller, location over the gazetteer, category, triage from data with
// the computed priority, telephone CPR, possible duplicates; keyboard first. It never touches
// the database: it emits what to save and shows what the command runner answers.
//
// Keys: the labels' Alt+letters reach each field; Enter in the location takes the first result
// and moves to the category; one letter chooses the category; digits answer the triage
// question in focus; Ctrl+Enter saves; F9 saves and hands the case to dispatch; F6 records
// that compressions started; Ctrl+1..Ctrl+3 attach the call to a possible duplicate;
// Ctrl+Shift+N clears the form for the next call.
#pragma once

#include "callernumber.h"
#include "commands/incidentcommands.h"
#include "geo/gazetteer.h"
#include "triage/triageassessment.h"

#include <QFrame>
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
    // libphonenumber's normaliser plugs in here; basicCallerNumber until then.
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
    QPushButton *dispatchButton() const { return m_saveDispatch; }
    QLabel *agenciesLabel() const { return m_agencies; }

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

signals:
    void saveRequested(const pela::core::OpenCaseRequest &request,
                       pela::ui::IntakeForm::SaveMode mode);
    // This call is about an existing case: add it there instead of opening a new one.
    void attachCallRequested(const QString &caseNumber, const pela::core::CallInfo &call);
    // Triage went on after the case was saved: its new details and priority (wave 2 sends them
    // with updateCaseDetails and setPriority).
    void caseChangeRequested(const QString &caseNumber, const pela::core::CaseDetailsChange &change,
                             int priority, const QString &priorityReason);

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
    InstructionsPanel *m_instructions = nullptr;
    QLabel *m_complaintLabel = nullptr;
    QComboBox *m_complaint = nullptr;
    QLabel *m_triageLabel = nullptr;
    TriageQuestionsView *m_questions = nullptr;
    QScrollArea *m_questionsScroll = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveDispatch = nullptr;
    QPushButton *m_nextCall = nullptr;

    core::TriageAssessment m_assessment;
    QDateTime m_ringAt;
    QDateTime m_answeredAt;
    QString m_clientKey;
    QDateTime m_arrestRecognisedAt;
    bool m_saving = false;
    bool m_messageIsError = false;
    SaveMode m_lastMode = SaveMode::Save;
    QString m_savedCaseNumber;
    int m_savedPriority = 0;
    QString m_attachingTo; // the case an attach request went out for
    // A ring that came while a call was still being taken: it waits for the form.
    std::optional<std::pair<QString, QDateTime>> m_pendingRing;
};

} // namespace pela::ui
