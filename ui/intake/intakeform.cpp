#include "intakeform.h"

#include "categorypicker.h"
#include "geo/gazetteersearchmodel.h"
#include "instructionspanel.h"
#include "live/labels.h"
#include "live/possibleduplicatesmodel.h"
#include "locationsearch.h"
#include "panelstyle.h"
#include "prioritybox.h"
#include "triagequestionsview.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QUuid>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

// Limits on what is typed: generous for what callers say, small enough to catch a paste gone
// wrong before the database sees it.
constexpr int MaxPhoneLength = 32;
constexpr int MaxNameLength = 120;
constexpr int MaxLocationLength = 300;
constexpr int MaxNotesLength = 4000;
constexpr int MaxOverrideReasonLength = 500;
constexpr int DuplicateKeys = 3;

// A duplicate row with the key that attaches the call to it.
class DuplicateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.row() < DuplicateKeys)
            option->text = QStringLiteral("Ctrl+%1   %2").arg(index.row() + 1).arg(option->text);
    }
};

bool hasControlCharacter(const QString &text, bool multiline)
{
    for (const QChar c : text) {
        if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Empty when the text may be stored; otherwise the message, naming the field.
QString textProblem(const QString &field, const QString &text, int maxLength,
                    bool multiline = false)
{
    if (text.size() > maxLength)
        return IntakeForm::tr("%1 is too long: %2 characters, at most %3.")
            .arg(field)
            .arg(text.size())
            .arg(maxLength);
    if (hasControlCharacter(text, multiline))
        return IntakeForm::tr("%1 contains a control character (an invisible code from a paste); "
                              "remove it.")
            .arg(field);
    return {};
}

bool needsLocation(const QString &category)
{
    // As the openCase command decides: information and prank/silent calls may have none.
    return category != QLatin1String("prank_silent") && category != QLatin1String("other_info");
}

} // namespace

IntakeForm::IntakeForm(QWidget *parent)
    : QFrame(parent), m_normaliser(basicCallerNumber),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("intakeForm"));
    setFrameShape(QFrame::StyledPanel);
    createWidgets();
    createShortcuts();
    retranslateUi();
    startNextCall();
    m_message->clear();
}

IntakeForm::~IntakeForm() = default;

void IntakeForm::createWidgets()
{
    setStyleSheet(panelTitleStyle() + QStringLiteral(R"(
QLabel[fieldLabel="true"] { font-weight: bold; color: #263238; }
QLineEdit, QPlainTextEdit, QSpinBox, QComboBox { font-size: 11pt; padding: 2px; }
QLineEdit#locationSearch { font-size: 12pt; }
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus {
    border: 2px solid #1565c0; background: #e3f2fd; }
QLabel#intakeMessage[error="true"] { color: #b71c1c; font-weight: bold; font-size: 11pt; }
QLabel#intakeMessage[error="false"] { color: #1b5e20; font-weight: bold; font-size: 11pt; }
QPushButton#saveCase, QPushButton#saveAndDispatch { font-size: 11pt; font-weight: bold;
    padding: 6px 14px; }
QPushButton#saveAndDispatch { background: #1565c0; color: white; }
QPushButton:disabled { background: #cfd8dc; color: #78909c; }
)"));
    auto fieldLabel = [this](QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setProperty("fieldLabel", true);
        label->setBuddy(buddy);
        return label;
    };

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_callState = new QLabel(m_title);
    m_callState->setObjectName(QStringLiteral("callState"));
    m_callState->setStyleSheet(
        QStringLiteral("color: #ffecb3; font-weight: bold; background: transparent;"));
    auto *titleLayout = new QHBoxLayout(m_title);
    titleLayout->setContentsMargins(0, 0, 10, 0);
    titleLayout->addStretch(1);
    titleLayout->addWidget(m_callState);

    // Caller.
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("callerNumber"));
    m_number->setMaxLength(MaxPhoneLength + 40);
    m_numberLabel = fieldLabel(m_number);
    m_numberMark = new QLabel(this);
    m_numberMark->setObjectName(QStringLiteral("callerNumberMark"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("callerName"));
    m_name->setMaxLength(MaxNameLength + 100);
    m_nameLabel = fieldLabel(m_name);
    m_callback = new QLineEdit(this);
    m_callback->setObjectName(QStringLiteral("callbackNumber"));
    m_callback->setMaxLength(MaxPhoneLength + 40);
    m_callbackLabel = fieldLabel(m_callback);

    // Location.
    m_location = new LocationSearch(this, this);
    m_locationLabel = fieldLabel(m_location->edit());
    m_details = new QLineEdit(this);
    m_details->setObjectName(QStringLiteral("locationDetails"));
    m_details->setMaxLength(MaxLocationLength + 200);
    m_detailsLabel = fieldLabel(m_details);

    // Category.
    m_category = new CategoryPicker(this);
    m_categoryLabel = fieldLabel(m_category);

    // Patients and notes.
    m_patients = new QSpinBox(this);
    m_patients->setObjectName(QStringLiteral("patientsCount"));
    m_patients->setRange(0, 500);
    m_patients->setValue(1);
    m_patientsLabel = fieldLabel(m_patients);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(3 * fontMetrics().lineSpacing() + 16);
    m_notesLabel = fieldLabel(m_notes);

    // Possible duplicates.
    m_duplicates = new QListView(this);
    m_duplicates->setObjectName(QStringLiteral("possibleDuplicates"));
    m_duplicates->setItemDelegate(new DuplicateDelegate(m_duplicates));
    m_duplicates->setFocusPolicy(Qt::NoFocus);
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->setFixedHeight(3 * (fontMetrics().height() + 6) + 6);
    m_duplicates->setStyleSheet(QStringLiteral("QListView { background: #fff3e0; }"));
    m_duplicatesLabel = new QLabel(this);
    m_duplicatesLabel->setProperty("fieldLabel", true);

    // Triage.
    m_priority = new PriorityBox(this);
    m_agencies = new QLabel(this);
    m_agencies->setObjectName(QStringLiteral("referTo"));
    m_agencies->setWordWrap(true);
    m_agencies->setStyleSheet(
        QStringLiteral("QLabel#referTo { background: #e8eaf6; color: #1a237e; font-weight: bold;"
                       " padding: 4px 6px; border-radius: 3px; }"));
    m_instructions = new InstructionsPanel(this);
    m_complaint = new QComboBox(this);
    m_complaint->setObjectName(QStringLiteral("chiefComplaint"));
    m_complaint->installEventFilter(this);
    m_complaintLabel = fieldLabel(m_complaint);
    m_questions = new TriageQuestionsView(this);
    m_triageLabel = fieldLabel(m_questions);
    auto *questionsHolder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(questionsHolder);
    holderLayout->setContentsMargins(0, 0, 4, 0);
    holderLayout->setSpacing(6);
    holderLayout->addWidget(m_instructions);
    auto *complaintRow = new QHBoxLayout;
    complaintRow->addWidget(m_complaintLabel);
    complaintRow->addWidget(m_complaint, 1);
    holderLayout->addLayout(complaintRow);
    holderLayout->addWidget(m_questions, 1);
    m_questionsScroll = new QScrollArea(this);
    m_questionsScroll->setObjectName(QStringLiteral("triageScroll"));
    m_questionsScroll->setWidget(questionsHolder);
    m_questionsScroll->setWidgetResizable(true);
    m_questionsScroll->setFrameShape(QFrame::NoFrame);
    m_questionsScroll->setFocusPolicy(Qt::NoFocus);
    m_questionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Bottom.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("error", false);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCase"));
    m_saveDispatch = new QPushButton(this);
    m_saveDispatch->setObjectName(QStringLiteral("saveAndDispatch"));
    m_nextCall = new QPushButton(this);
    m_nextCall->setObjectName(QStringLiteral("nextCall"));
    for (QPushButton *button : {m_save, m_saveDispatch, m_nextCall}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }

    // Left: who and where, what kind; right: how urgent and what to ask or read out.
    auto *callerGrid = new QGridLayout;
    callerGrid->setHorizontalSpacing(6);
    callerGrid->setVerticalSpacing(4);
    callerGrid->addWidget(m_numberLabel, 0, 0);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_numberMark);
    callerGrid->addLayout(numberRow, 0, 1);
    callerGrid->addWidget(m_nameLabel, 1, 0);
    callerGrid->addWidget(m_name, 1, 1);
    callerGrid->addWidget(m_callbackLabel, 2, 0);
    callerGrid->addWidget(m_callback, 2, 1);
    callerGrid->setColumnStretch(1, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addLayout(callerGrid);
    left->addSpacing(4);
    left->addWidget(m_locationLabel);
    left->addWidget(m_location);
    left->addWidget(m_detailsLabel);
    left->addWidget(m_details);
    left->addSpacing(4);
    left->addWidget(m_categoryLabel);
    left->addWidget(m_category);
    auto *patientsRow = new QHBoxLayout;
    patientsRow->addWidget(m_patientsLabel);
    patientsRow->addWidget(m_patients);
    patientsRow->addStretch(1);
    left->addLayout(patientsRow);
    left->addWidget(m_notesLabel);
    left->addWidget(m_notes);
    left->addWidget(m_duplicatesLabel);
    left->addWidget(m_duplicates);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    right->addWidget(m_priority);
    right->addWidget(m_agencies);
    right->addWidget(m_triageLabel);
    right->addWidget(m_questionsScroll, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    columns->addLayout(left, 9);
    columns->addLayout(right, 11);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_nextCall);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveDispatch);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 6, 8, 8);
    body->setSpacing(6);
    body->addLayout(columns, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addLayout(body, 1);

    // Enter in a line moves on, as the call-taker fills the form top to bottom.
    for (QLineEdit *edit : {m_number, m_name, m_callback, m_details})
        edit->installEventFilter(this);

    connect(m_number, &QLineEdit::textEdited, this, [this] {
        markCallStarted();
        updateNumberMark();
    });
    for (QLineEdit *edit : {m_name, m_callback, m_details})
        connect(edit, &QLineEdit::textEdited, this, &IntakeForm::markCallStarted);
    connect(m_details, &QLineEdit::editingFinished, this, [this] {
        if (!m_savedCaseNumber.isEmpty())
            sendSavedCaseChange();
    });
    connect(m_location, &LocationSearch::locationChanged, this, &IntakeForm::onLocationChanged);
    connect(m_location, &LocationSearch::accepted, this,
            [this] { m_category->setFocus(Qt::OtherFocusReason); });
    connect(m_category, &CategoryPicker::categoryChosen, this, &IntakeForm::onCategoryChosen);
    connect(m_complaint, &QComboBox::currentIndexChanged, this, &IntakeForm::onComplaintChosen);
    auto triageChanged = [this] {
        refreshTriage();
        if (!m_savedCaseNumber.isEmpty())
            sendSavedCaseChange();
    };
    connect(m_questions, &TriageQuestionsView::answersChanged, this, triageChanged);
    connect(m_questions, &TriageQuestionsView::allAnswered, this, [this] {
        // A medical call without its chief complaint yet: that is the next thing to ask.
        if (m_category->category() == QLatin1String("medical") && m_complaint->currentIndex() <= 0)
            m_complaint->setFocus(Qt::OtherFocusReason);
        else
            m_save->setFocus(Qt::OtherFocusReason);
    });
    connect(m_questions, &TriageQuestionsView::rowsRebuilt, this, [this] {
        QWidget *previous = m_complaint;
        for (QWidget *row : m_questions->rows()) {
            setTabOrder(previous, row);
            previous = row;
        }
        setTabOrder(previous, m_priority->overrideSelector());
    });
    connect(m_priority, &PriorityBox::overrideChanged, this, triageChanged);
    connect(m_patients, &QSpinBox::valueChanged, this, [this] {
        markCallStarted();
        if (!m_savedCaseNumber.isEmpty())
            sendSavedCaseChange();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &IntakeForm::markCallStarted);
    connect(m_save, &QPushButton::clicked, this, [this] { save(SaveMode::Save); });
    connect(m_saveDispatch, &QPushButton::clicked, this,
            [this] { save(SaveMode::SaveAndDispatch); });
    connect(m_nextCall, &QPushButton::clicked, this, &IntakeForm::startNextCall);
    connect(m_instructions, &InstructionsPanel::compressionsStarted, this, [this] {
        if (!m_savedCaseNumber.isEmpty())
            sendSavedCaseChange();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // The question in focus is always in sight, also below telephone CPR's text.
        if (now && m_questionsScroll->widget()->isAncestorOf(now))
            m_questionsScroll->ensureWidgetVisible(now, 10, 10);
    });

    setTabOrder(m_number, m_name);
    setTabOrder(m_name, m_callback);
    setTabOrder(m_callback, m_location->edit());
    setTabOrder(m_location->edit(), m_details);
    setTabOrder(m_details, m_category);
    setTabOrder(m_category, m_complaint);
    setTabOrder(m_complaint, m_priority->overrideSelector());
    setTabOrder(m_priority->overrideSelector(), m_priority->reasonEdit());
    setTabOrder(m_priority->reasonEdit(), m_patients);
    setTabOrder(m_patients, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_saveDispatch);
    setTabOrder(m_saveDispatch, m_nextCall);
}

void IntakeForm::createShortcuts()
{
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(SaveMode::Save); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(SaveMode::Save); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { save(SaveMode::SaveAndDispatch); });
    shortcut(QKeySequence(Qt::Key_F6), [this] { m_instructions->markCompressionsStarted(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { startNextCall(); });
    for (int row = 0; row < DuplicateKeys; ++row)
        shortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + row)),
                 [this, row] { attachToDuplicate(row); });
}

void IntakeForm::retranslateUi()
{
    m_title->setText(tr("CALL INTAKE"));
    // Alt+letters: unique within the form, and clear of the menu bar's (File, Database,
    // Language in English; Berkas, Basis Data, Bahasa in Indonesian).
    m_numberLabel->setText(tr("Caller &number"));
    m_nameLabel->setText(tr("Caller na&me"));
    m_callbackLabel->setText(tr("Call&back number"));
    const core::TriageCategory *category =
        m_protocol ? m_protocol->category(m_category->category()) : nullptr;
    if (category && !category->locationLabel.isEmpty())
        m_locationLabel->setText(
            tr("%1 (&O)", "a location label from the triage data (hearse: pickup location); the "
                          "letter is the location's Alt key")
                .arg(category->locationLabel.in(triageLanguage())));
    else
        m_locationLabel->setText(tr("L&ocation: kelurahan, desa, landmark or coordinates"));
    m_detailsLabel->setText(tr("D&etails as spoken (house, RT/RW, what is nearby)"));
    m_categoryLabel->setText(tr("Categor&y: press its letter"));
    m_patientsLabel->setText(tr("&Patients"));
    m_notesLabel->setText(tr("Note&s"));
    m_complaintLabel->setText(tr("Chief compla&int"));
    m_triageLabel->setText(tr("&Triage questions: press the answer's digit"));
    m_duplicatesLabel->setText(tr("Possible duplicates: Ctrl+1…3 adds this call to that case"));
    m_save->setText(tr("Save  (Ctrl+Enter)"));
    m_saveDispatch->setText(tr("Save and dispatch  (F9)"));
    m_nextCall->setText(tr("Next call  (Ctrl+Shift+N)"));
    m_number->setPlaceholderText(tr("from the phone system, or type it"));
    m_callback->setPlaceholderText(tr("if different from the caller's"));
    m_details->setPlaceholderText(tr("e.g. depan Gereja Maranatha, RT 02/RW 03"));
    m_notes->setPlaceholderText(tr("anything else the caller said"));
    updateComplaints();
    updateNumberMark();
    refreshTriage();
}

void IntakeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void IntakeForm::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    m_location->placeResults();
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (enter && watched == m_complaint) {
            onComplaintChosen();
            if (!m_questions->focusFirstUnanswered())
                m_save->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (enter && watched == m_number) {
            m_location->edit()->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (enter && watched == m_details) {
            m_category->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (enter && (watched == m_name || watched == m_callback)) {
            focusNextChild();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void IntakeForm::setGazetteer(std::shared_ptr<const core::Gazetteer> gazetteer)
{
    m_gazetteer = gazetteer;
    m_location->setGazetteer(std::move(gazetteer));
}

void IntakeForm::setTriageProtocol(std::shared_ptr<const core::TriageProtocol> protocol)
{
    m_protocol = protocol;
    m_questions->setProtocol(protocol);
    m_instructions->setProtocol(protocol);
    m_questions->setSelection(m_category->category(), {});
    retranslateUi();
}

void IntakeForm::setDuplicatesModel(core::PossibleDuplicatesModel *model)
{
    m_duplicatesModel = model;
    m_duplicates->setModel(model);
    updateDuplicateQuery();
}

void IntakeForm::setPhoneNormaliser(PhoneNormaliser normaliser)
{
    m_normaliser = normaliser ? std::move(normaliser) : PhoneNormaliser(basicCallerNumber);
    updateNumberMark();
}

void IntakeForm::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_instructions->setClock(clock);
    m_questions->setClock(std::move(clock));
}

QString IntakeForm::triageLanguage() const
{
    return QLocale().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                       : QStringLiteral("en");
}

void IntakeForm::markCallStarted()
{
    if (!m_answeredAt.isValid())
        m_answeredAt = m_clock();
}

void IntakeForm::updateNumberMark()
{
    const CallerNumber number = m_normaliser(m_number->text());
    QString mark;
    QString colour = QStringLiteral("#546e7a");
    switch (number.kind) {
    case CallerNumber::Kind::Number:
        if (number.display != m_number->text().trimmed())
            mark = QStringLiteral("→ %1").arg(number.display);
        break;
    case CallerNumber::Kind::Withheld:
        mark = tr("withheld");
        colour = QStringLiteral("#e65100");
        break;
    case CallerNumber::Kind::Unusual:
        mark = tr("unusual number");
        colour = QStringLiteral("#e65100");
        break;
    }
    m_numberMark->setText(mark);
    m_numberMark->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
}

void IntakeForm::updateComplaints()
{
    const QString current = m_complaint->currentData().toString();
    const QSignalBlocker blocker(m_complaint);
    m_complaint->clear();
    m_complaint->addItem(tr("— not chosen: type its first letters, then Enter —"));
    if (m_protocol)
        for (const core::TriageChapter *chapter : m_protocol->complaints(m_category->category()))
            m_complaint->addItem(chapter->title.in(triageLanguage()), chapter->id);
    const int index = m_complaint->findData(current);
    m_complaint->setCurrentIndex(std::max(0, index));
    const bool offered = m_complaint->count() > 1;
    m_complaint->setVisible(offered);
    m_complaintLabel->setVisible(offered);
}

void IntakeForm::onCategoryChosen(const QString &category)
{
    markCallStarted();
    updateComplaints();
    m_questions->setSelection(category, m_complaint->currentData().toString());
    retranslateUi(); // the location's label may follow the category (hearse: pickup)
    updateDuplicateQuery();
    if (!m_questions->focusFirstUnanswered()) {
        if (m_complaint->isVisible())
            m_complaint->setFocus(Qt::OtherFocusReason);
        else
            m_save->setFocus(Qt::OtherFocusReason);
    }
}

void IntakeForm::onComplaintChosen()
{
    m_questions->setSelection(m_category->category(), m_complaint->currentData().toString());
}

void IntakeForm::onLocationChanged()
{
    markCallStarted();
    updateDuplicateQuery();
    if (!m_savedCaseNumber.isEmpty())
        sendSavedCaseChange();
}

void IntakeForm::updateDuplicateQuery()
{
    if (!m_duplicatesModel)
        return;
    m_duplicatesModel->setQuery(
        {m_category->category(), m_location->coordinate(), m_location->kelurahanCode()});
}

void IntakeForm::refreshTriage()
{
    const QString category = m_category->category();
    const QString complaint = m_complaint->currentData().toString();
    m_assessment =
        m_protocol ? core::assessTriage(*m_protocol, category, complaint, m_questions->answers())
                   : core::TriageAssessment{};
    const QString language = triageLanguage();
    QString reason;
    if (m_protocol && m_assessment.priority)
        reason = core::triageReason(*m_protocol, m_assessment, language);
    else if (!m_protocol)
        reason = tr("The triage questions are not loaded: set the priority by hand.");
    else
        reason = tr("Choose the category to see the questions and the priority.");
    m_priority->setComputed(m_assessment.priority, reason);

    QStringList agencies;
    if (m_protocol)
        for (const QString &id : std::as_const(m_assessment.agencies))
            if (const core::TriageAgency *agency = m_protocol->agency(id))
                agencies << agency->name.in(language);
    m_agencies->setText(tr("Refer to: %1").arg(agencies.join(QStringLiteral("; "))));
    m_agencies->setVisible(!agencies.isEmpty());

    m_instructions->setInstructions(m_assessment.instructions);
    // The arrest timer starts at the answer that recognised it, and stops if that answer is
    // taken back.
    if (m_assessment.timerNeeded && !m_arrestRecognisedAt.isValid())
        m_arrestRecognisedAt = m_clock();
    else if (!m_assessment.timerNeeded)
        m_arrestRecognisedAt = {};
    m_instructions->setRecognisedAt(m_arrestRecognisedAt);
}

bool IntakeForm::hasUnsavedInput() const
{
    if (!m_savedCaseNumber.isEmpty())
        return false;
    // The number alone, as the phone system filled it, is no work to lose.
    const bool numberTyped = !m_number->text().trimmed().isEmpty() && !m_ringAt.isValid();
    return numberTyped || !m_name->text().trimmed().isEmpty() ||
           !m_callback->text().trimmed().isEmpty() || !m_location->text().isEmpty() ||
           m_location->coordinate().isValid() || !m_details->text().trimmed().isEmpty() ||
           !m_category->category().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
}

core::TriageRecord IntakeForm::triageRecord() const
{
    core::TriageRecord record;
    if (m_protocol)
        record = core::TriageRecord::from(*m_protocol, m_assessment, m_category->category(),
                                          m_complaint->currentData().toString());
    record.overridePriority = m_priority->overridePriority();
    if (record.overridePriority)
        record.overrideReason = m_priority->overrideReason();
    record.arrestRecognisedAt = m_instructions->recognisedAt();
    record.compressionsStartedAt = m_instructions->compressionsStartedAt();
    return record;
}

core::CallInfo IntakeForm::callInfo() const
{
    core::CallInfo call;
    const CallerNumber number = m_normaliser(m_number->text());
    call.callerPhone = number.stored;
    call.callerName = m_name->text().trimmed();
    call.ringAt = m_ringAt;
    call.answeredAt = m_answeredAt.isValid() ? m_answeredAt : m_clock();
    return call;
}

core::OpenCaseRequest IntakeForm::request() const
{
    core::OpenCaseRequest request;
    request.category = m_category->category();
    request.priority = m_priority->effectivePriority();
    request.call = callInfo();
    const QString place = m_location->text();
    const QString details = m_details->text().trimmed();
    request.locationText = details.isEmpty() ? place
                           : place.isEmpty() ? details
                                             : QStringLiteral("%1, %2").arg(details, place);
    request.kelurahanCode = m_location->kelurahanCode();
    if (m_location->coordinate().isValid()) {
        request.lat = m_location->coordinate().latitude();
        request.lon = m_location->coordinate().longitude();
    }
    switch (m_location->source()) {
    case LocationSearch::Source::Gazetteer:
        request.locationSource = QStringLiteral("gazetteer");
        break;
    case LocationSearch::Source::Map:
        request.locationSource = QStringLiteral("map");
        break;
    default:
        request.locationSource = QStringLiteral("operator");
        break;
    }
    request.patientsCount = m_patients->value();
    request.triage = triageRecord().toJson();
    // What has no column of its own goes into the notes, so nothing said is lost.
    QStringList notes;
    const CallerNumber number = m_normaliser(m_number->text());
    if (number.kind == CallerNumber::Kind::Unusual && number.stored.isEmpty())
        notes << tr("Caller number as received: %1").arg(m_number->text().trimmed());
    if (!m_callback->text().trimmed().isEmpty())
        notes << tr("Callback number: %1").arg(m_callback->text().trimmed());
    if (!m_notes->toPlainText().trimmed().isEmpty())
        notes << m_notes->toPlainText().trimmed();
    request.notes = notes.join(QLatin1Char('\n'));
    request.clientKey = m_clientKey;
    return request;
}

std::optional<IntakeForm::Refusal> IntakeForm::validate() const
{
    auto refuse = [](Field field, const QString &message) {
        return std::optional<Refusal>(Refusal{field, message});
    };
    if (const QString problem =
            textProblem(tr("Caller number"), m_number->text().trimmed(), MaxPhoneLength);
        !problem.isEmpty())
        return refuse(Field::CallerNumber, problem);
    if (const QString problem =
            textProblem(tr("Caller name"), m_name->text().trimmed(), MaxNameLength);
        !problem.isEmpty())
        return refuse(Field::CallerName, problem);
    const QString callback = m_callback->text().trimmed();
    if (const QString problem = textProblem(tr("Callback number"), callback, MaxPhoneLength);
        !problem.isEmpty())
        return refuse(Field::CallbackNumber, problem);
    if (!callback.isEmpty() && basicCallerNumber(callback).kind != CallerNumber::Kind::Number)
        return refuse(Field::CallbackNumber,
                      tr("The callback number \"%1\" may only contain digits, +, spaces, "
                         "brackets and dashes.")
                          .arg(callback));
    const QString category = m_category->category();
    if (category.isEmpty())
        return refuse(Field::Category, tr("Choose the category: press its letter."));
    if (const QString problem = m_location->problem(); !problem.isEmpty())
        return refuse(Field::Location, problem);
    if (needsLocation(category) && m_location->text().isEmpty() &&
        !m_location->coordinate().isValid() && m_details->text().trimmed().isEmpty())
        return refuse(Field::Location,
                      tr("Where is the emergency? Type the kelurahan, a landmark or coordinates, "
                         "or pick the place on the map."));
    if (const QString problem = textProblem(tr("Location"), m_location->text(), MaxLocationLength);
        !problem.isEmpty())
        return refuse(Field::Location, problem);
    if (const QString problem =
            textProblem(tr("Details"), m_details->text().trimmed(), MaxLocationLength);
        !problem.isEmpty())
        return refuse(Field::LocationDetails, problem);
    if (const auto problem = m_questions->problem())
        return refuse(Field::Triage, problem->message);
    if (m_priority->overridePriority() && m_priority->overrideReason().isEmpty())
        return refuse(Field::OverrideReason,
                      tr("Say why the priority is changed from the computed P%1.")
                          .arg(m_priority->computedPriority()));
    if (const QString problem = textProblem(tr("Override reason"), m_priority->overrideReason(),
                                            MaxOverrideReasonLength);
        !problem.isEmpty())
        return refuse(Field::OverrideReason, problem);
    if (m_priority->effectivePriority() < 1)
        return refuse(Field::PriorityOverride,
                      tr("There is no priority: choose one under Override and say why."));
    if (const QString problem =
            textProblem(tr("Notes"), m_notes->toPlainText(), MaxNotesLength, true);
        !problem.isEmpty())
        return refuse(Field::Notes, problem);
    return std::nullopt;
}

QWidget *IntakeForm::fieldWidget(Field field) const
{
    switch (field) {
    case Field::None:
        return nullptr;
    case Field::CallerNumber:
        return m_number;
    case Field::CallerName:
        return m_name;
    case Field::CallbackNumber:
        return m_callback;
    case Field::Location:
        return m_location->edit();
    case Field::LocationDetails:
        return m_details;
    case Field::Category:
        return m_category;
    case Field::Complaint:
        return m_complaint;
    case Field::Triage:
        if (const auto problem = m_questions->problem())
            return m_questions->rowFor(problem->questionId);
        return m_questions;
    case Field::PriorityOverride:
        return m_priority->overrideSelector();
    case Field::OverrideReason:
        return m_priority->reasonEdit();
    case Field::Patients:
        return m_patients;
    case Field::Notes:
        return m_notes;
    }
    return nullptr;
}

void IntakeForm::focusField(Field field)
{
    if (QWidget *widget = fieldWidget(field))
        widget->setFocus(Qt::OtherFocusReason);
}

QString IntakeForm::message() const
{
    return m_message->text();
}

void IntakeForm::showNotice(const QString &text)
{
    showMessage(text, true);
}

void IntakeForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_messageIsError = error;
    m_message->setProperty("error", error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void IntakeForm::save(SaveMode mode)
{
    if (m_saving)
        return; // one save at a time: the runner has it
    if (!m_savedCaseNumber.isEmpty()) {
        // Already saved: its changes went out as they were made; done with this call.
        sendSavedCaseChange();
        showMessage(tr("Case %1 saved.").arg(m_savedCaseNumber), false);
        startNextCall();
        return;
    }
    if (const std::optional<Refusal> refusal = validate()) {
        showMessage(refusal->message, true);
        focusField(refusal->field);
        return;
    }
    m_lastMode = mode;
    emit saveRequested(request(), mode);
}

void IntakeForm::attachToDuplicate(int row)
{
    if (!m_duplicatesModel || m_saving || !m_savedCaseNumber.isEmpty())
        return;
    const core::DuplicateCandidate candidate = m_duplicatesModel->candidateAt(row);
    if (candidate.caseNumber.isEmpty())
        return;
    if (const QString problem =
            textProblem(tr("Caller number"), m_number->text().trimmed(), MaxPhoneLength);
        !problem.isEmpty()) {
        showMessage(problem, true);
        focusField(Field::CallerNumber);
        return;
    }
    m_attachingTo = candidate.caseNumber;
    showMessage(tr("Adding this call to case %1…").arg(candidate.caseNumber), false);
    emit attachCallRequested(candidate.caseNumber, callInfo());
}

void IntakeForm::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_saveDispatch->setEnabled(!saving);
    if (saving)
        showMessage(tr("Saving…"), false);
    m_callState->setText(saving ? tr("Saving…") : QString());
}

void IntakeForm::showResult(const core::CommandResult &result, Field field)
{
    setSaving(false);
    const QString attached = std::exchange(m_attachingTo, QString());
    if (result.ok()) {
        if (!attached.isEmpty()) {
            showMessage(tr("This call was added to case %1.").arg(attached), false);
            startNextCall();
            return;
        }
        m_savedCaseNumber = result.caseNumber;
        m_savedPriority = m_priority->effectivePriority();
        const bool triageOpen = m_assessment.unanswered > 0;
        if (m_lastMode == SaveMode::SaveAndDispatch || !triageOpen) {
            const QString number = m_savedCaseNumber;
            startNextCall();
            showMessage(m_lastMode == SaveMode::SaveAndDispatch
                            ? tr("Case %1 saved and handed to dispatch.").arg(number)
                            : tr("Case %1 saved.").arg(number),
                        false);
            return;
        }
        showMessage(tr("Case %1 saved. Triage goes on: each answer updates the case. Ctrl+Enter "
                       "when done.")
                        .arg(m_savedCaseNumber),
                    false);
        m_callState->setText(tr("Case %1").arg(m_savedCaseNumber));
        return;
    }
    QString text = result.message;
    if (!result.warning.isEmpty())
        text += QLatin1Char(' ') + result.warning;
    showMessage(text, true);
    if (field == Field::None)
        if (const std::optional<Refusal> refusal = validate())
            field = refusal->field;
    focusField(field);
}

void IntakeForm::sendSavedCaseChange()
{
    if (m_savedCaseNumber.isEmpty())
        return;
    const core::OpenCaseRequest now = request();
    core::CaseDetailsChange change;
    change.triage = now.triage;
    change.patientsCount = now.patientsCount;
    change.notes = now.notes;
    change.locationText = now.locationText;
    if (!now.kelurahanCode.isEmpty())
        change.kelurahanCode = now.kelurahanCode;
    if (now.lat) {
        change.lat = now.lat;
        change.lon = now.lon;
        change.locationSource = now.locationSource;
    }
    const core::TriageRecord record = triageRecord();
    const QString reason =
        record.overridePriority ? record.overrideReason : record.reason.in(triageLanguage());
    emit caseChangeRequested(m_savedCaseNumber, change, now.priority, reason);
    m_savedPriority = now.priority;
}

void IntakeForm::setRingingNumber(const QString &phone, const QDateTime &ringAt)
{
    // A call still being taken is never wiped by the next ring: the call-taker saves or clears
    // it first, and the number waits.
    if (hasUnsavedInput()) {
        m_pendingRing = {phone, ringAt};
        showMessage(tr("The phone system reports a new call from %1: save or clear this one "
                       "first (Ctrl+Shift+N).")
                        .arg(phone),
                    true);
        return;
    }
    startNextCall();
    m_number->setText(phone);
    m_ringAt = ringAt;
    m_answeredAt = m_clock();
    updateNumberMark();
    m_callState->setText(
        tr("Call from the phone system, rang %1")
            .arg(core::labels::clockTime(ringAt.isValid() ? ringAt : m_answeredAt)));
    m_location->edit()->setFocus(Qt::OtherFocusReason);
}

void IntakeForm::setPickedLocation(const QGeoCoordinate &coordinate, const QString &description)
{
    if (!coordinate.isValid()) {
        showMessage(tr("That point has no valid coordinates."), true);
        return;
    }
    m_location->setMapPoint(coordinate, description);
}

void IntakeForm::startNextCall()
{
    m_savedCaseNumber.clear();
    m_savedPriority = 0;
    m_attachingTo.clear();
    m_ringAt = {};
    m_answeredAt = {};
    m_arrestRecognisedAt = {};
    m_clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_number->clear();
    m_name->clear();
    m_callback->clear();
    m_location->clear();
    m_details->clear();
    m_category->setCategory({});
    m_patients->setValue(1);
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->clear();
    }
    m_priority->clearOverride();
    m_questions->clear();
    m_instructions->setRecognisedAt({});
    updateComplaints();
    retranslateUi();
    updateDuplicateQuery();
    m_callState->clear();
    // A call answered while the form was busy comes in now.
    if (m_pendingRing) {
        const auto [phone, ringAt] = *std::exchange(m_pendingRing, std::nullopt);
        setRingingNumber(phone, ringAt);
        return;
    }
    m_number->setFocus(Qt::OtherFocusReason);
}

} // namespace pela::ui
