#include "intakeform.h"

#include "callerhistorypanel.h"
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

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

IntakeForm::IntakeForm(QWidget *parent)
    : QFrame(parent), m_normaliser(normalisedCallerNumber),
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
QWidget { font-size: 10pt; }
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
        // A long label in either language wraps rather than widening the form.
        label->setWordWrap(true);
        return label;
    };

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_callState = new QLabel(m_title);
    m_callState->setObjectName(QStringLiteral("callState"));
    m_callState->setStyleSheet(
        QStringLiteral("color: #ffecb3; font-weight: bold; background: transparent;"));
    // The offline journal's count: in the call-taker's eyeline until it is empty.
    m_journal = new QLabel(m_title);
    m_journal->setObjectName(QStringLiteral("journalCount"));
    m_journal->setStyleSheet(QStringLiteral(
        "QLabel#journalCount { background: #ffb300; color: #212121; font-weight: bold;"
        " border-radius: 3px; padding: 1px 8px; }"));
    m_journal->hide();
    auto *titleLayout = new QHBoxLayout(m_title);
    titleLayout->setContentsMargins(0, 0, 10, 0);
    titleLayout->addStretch(1);
    titleLayout->addWidget(m_journal);
    titleLayout->addSpacing(10);
    titleLayout->addWidget(m_callState);

    // Caller.
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("callerNumber"));
    m_number->setMaxLength(MaxPhoneLength + 40);
    // A whole number stays readable beside its mark.
    m_number->setMinimumWidth(
        m_number->fontMetrics().horizontalAdvance(QStringLiteral("+62 812-3456-78901")) + 16);
    m_numberLabel = fieldLabel(m_number);
    m_numberMark = new QLabel(this);
    m_numberMark->setObjectName(QStringLiteral("callerNumberMark"));
    m_callerHistory = new CallerHistoryPanel(this);
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
    m_pickOnMap = new QPushButton(this);
    m_pickOnMap->setObjectName(QStringLiteral("pickOnMap"));
    m_pickOnMap->setFocusPolicy(Qt::NoFocus);
    connect(m_pickOnMap, &QPushButton::clicked, this, &IntakeForm::pickOnMapRequested);
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
    // Three lines, down to one when a message and the connection banner need the height.
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() + 16);
    m_notes->setMaximumHeight(3 * fontMetrics().lineSpacing() + 16);
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
    m_duplicatesLabel->setWordWrap(true);
    m_duplicatesLabel->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_duplicates->hide();
    m_duplicatesLabel->hide();

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
    // The longest complaint in either language must not widen the triage column.
    m_complaint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_complaint->setMinimumContentsLength(12);
    m_complaint->installEventFilter(this);
    m_complaintLabel = fieldLabel(m_complaint);
    m_questions = new TriageQuestionsView(this);
    m_triageLabel = fieldLabel(m_questions);
    auto *questionsHolder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(questionsHolder);
    holderLayout->setContentsMargins(0, 0, 4, 0);
    holderLayout->setSpacing(6);
    holderLayout->addWidget(m_triageLabel);
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
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_numberLabel, 0, 0);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_numberMark);
    grid->addLayout(numberRow, 0, 1);
    grid->addWidget(m_callerHistory, 1, 0, 1, 2);
    grid->addWidget(m_nameLabel, 2, 0);
    grid->addWidget(m_name, 2, 1);
    grid->addWidget(m_callbackLabel, 3, 0);
    grid->addWidget(m_callback, 3, 1);
    grid->addWidget(m_locationLabel, 4, 0, Qt::AlignTop | Qt::AlignLeft);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_pickOnMap, 0, Qt::AlignTop);
    grid->addLayout(locationRow, 4, 1);
    grid->addWidget(m_detailsLabel, 5, 0);
    grid->addWidget(m_details, 5, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_saveDispatch, 0, 0, 1, 2);
    buttons->addWidget(m_save, 1, 0);
    buttons->addWidget(m_nextCall, 1, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addLayout(grid);
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
    left->addStretch(1);
    left->addWidget(m_message);
    left->addLayout(buttons);

    // The right column runs to the bottom: telephone CPR's text needs the height.
    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    right->addWidget(m_priority);
    right->addWidget(m_agencies);
    right->addWidget(m_duplicatesLabel);
    right->addWidget(m_duplicates);
    right->addWidget(m_questionsScroll, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 6, 8, 8);
    body->setSpacing(6);
    body->addLayout(columns, 1);
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
    shortcut(QKeySequence(Qt::Key_F7), [this] { applySupplementalLocation(); });
    shortcut(QKeySequence(Qt::Key_F4), [this] { emit pickOnMapRequested(); });
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
    m_callbackLabel->setText(tr("Call&back no."));
    const core::TriageCategory *category =
        m_protocol ? m_protocol->category(m_category->category()) : nullptr;
    if (category && !category->locationLabel.isEmpty())
        m_locationLabel->setText(
            tr("%1 (&O)", "a location label from the triage data (hearse: pickup location); the "
                          "letter is the location's Alt key")
                .arg(category->locationLabel.in(triageLanguage())));
    else
        m_locationLabel->setText(tr("L&ocation"));
    m_detailsLabel->setText(tr("D&etails"));
    m_categoryLabel->setText(tr("Categor&y (press its letter)"));
    m_patientsLabel->setText(tr("&Patients"));
    m_notesLabel->setText(tr("Note&s"));
    m_complaintLabel->setText(tr("Chief compla&int"));
    m_triageLabel->setText(tr("&Triage questions (press the answer's digit)"));
    m_duplicatesLabel->setText(tr("Possible duplicates: Ctrl+1…3 adds this call to that case"));
    m_save->setText(tr("Save (Ctrl+Enter)"));
    m_saveDispatch->setText(tr("Save && dispatch (F9)"));
    m_saveDispatch->setToolTip(tr("Saves the case and hands it to the dispatcher"));
    m_nextCall->setText(tr("New call\nCtrl+Shift+N"));
    m_number->setPlaceholderText(tr("from the phone system, or type it"));
    m_callback->setPlaceholderText(tr("if different from the caller's"));
    m_location->edit()->setPlaceholderText(
        tr("kelurahan, desa, landmark or coordinates; Enter takes the first"));
    m_pickOnMap->setText(tr("Pick on map (F4)"));
    m_pickOnMap->setToolTip(
        tr("The next click on the map sets the caller's location; Esc cancels"));
    m_details->setPlaceholderText(tr("as spoken, e.g. depan Gereja Maranatha, RT 02/RW 03"));
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
    // A place chosen from the old gazetteer stays chosen: its text, code and point are kept.
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
    auto showWhenAny = [this] {
        const bool any = m_duplicatesModel && m_duplicatesModel->rowCount() > 0;
        m_duplicates->setVisible(any);
        m_duplicatesLabel->setVisible(any);
    };
    connect(model, &QAbstractItemModel::modelReset, this, showWhenAny);
    connect(model, &QAbstractItemModel::rowsInserted, this, showWhenAny);
    connect(model, &QAbstractItemModel::rowsRemoved, this, showWhenAny);
    updateDuplicateQuery();
    showWhenAny();
}

void IntakeForm::setPhoneNormaliser(PhoneNormaliser normaliser)
{
    m_normaliser = normaliser ? std::move(normaliser) : PhoneNormaliser(normalisedCallerNumber);
    updateNumberMark();
}

void IntakeForm::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_callerHistory->setClock(clock);
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
        // Only when it reads differently (+62…, a missing 0): dashes alone add nothing and
        // would take the width the number needs.
        if (digitsOf(number.display) != digitsOf(m_number->text()))
            mark = QStringLiteral("→ %1").arg(number.display);
        break;
    case CallerNumber::Kind::Withheld:
        // An empty field is only withheld when the phone system said so.
        if (!m_number->text().trimmed().isEmpty() || m_ringAt.isValid())
            mark = tr("withheld");
        colour = QStringLiteral("#e65100");
        break;
    case CallerNumber::Kind::Unusual:
        mark = tr("unusual number");
        colour = QStringLiteral("#e65100");
        if (!number.stored.isEmpty() && number.display != m_number->text().trimmed())
            mark = QStringLiteral("→ %1 · %2").arg(number.display, mark);
        break;
    }
    m_numberMark->setText(mark);
    m_numberMark->setToolTip(number.note);
    m_numberMark->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    if (number.e164 != m_lastE164) {
        m_lastE164 = number.e164;
        m_callerHistory->setNumber(number.e164);
        emit callerNumberChanged(number.e164);
    }
}

void IntakeForm::updateComplaints()
{
    const QString current = m_complaint->currentData().toString();
    const QSignalBlocker blocker(m_complaint);
    m_complaint->clear();
    m_complaint->addItem(tr("— choose: type its first letters, Enter —"));
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
    if (m_assessment.timerNeeded && !m_arrestRecognisedAt.isValid()) {
        m_arrestRecognisedAt = m_clock();
        // Telephone CPR now fills the view: a digit must not answer a question out of sight,
        // and the next thing to do is send help. F9 (or Ctrl+Enter) is where the focus waits.
        if (m_questionsScroll->widget()->isAncestorOf(QApplication::focusWidget())) {
            m_saveDispatch->setFocus(Qt::OtherFocusReason);
            m_questionsScroll->ensureVisible(0, 0);
        }
    } else if (!m_assessment.timerNeeded)
        m_arrestRecognisedAt = {};
    m_instructions->setRecognisedAt(m_arrestRecognisedAt);
}

} // namespace pela::ui
