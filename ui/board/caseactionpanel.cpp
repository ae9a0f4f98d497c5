#include "caseactionpanel.h"

#include "boardsession.h"
#include "caseactionchoices.h"
#include "caseactiondialog.h"
#include "commands/commandrunner.h"
#include "domain/inputrules.h"
#include "live/livestate.h"
#include "livesession.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <algorithm>

namespace pela::ui {

namespace {

using core::AssignmentState;
using core::CommandAction;
using core::CommandResult;
using core::IncidentCommands;
using core::Lifecycle;

// The steps a dispatcher moves a unit through, in order (accept and cancel are their own).
constexpr AssignmentState Steps[] = {AssignmentState::EnRoute, AssignmentState::OnScene,
                                     AssignmentState::Transporting, AssignmentState::AtHospital,
                                     AssignmentState::Cleared};

QPushButton *actionButton(const char *name, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false);
    return button;
}

} // namespace

CaseActionPanel::CaseActionPanel(BoardSession *board, QWidget *parent)
    : QWidget(parent), m_board(board)
{
    setObjectName(QStringLiteral("caseActions"));

    m_unitLabel = new QLabel(this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("caseActionUnit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unit);
    m_nextLabel = new QLabel(this);
    m_next = new QComboBox(this);
    m_next->setObjectName(QStringLiteral("caseActionNextStep"));
    m_next->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nextLabel->setBuddy(m_next);
    m_hospital = new QComboBox(this);
    m_hospital->setObjectName(QStringLiteral("caseActionHospital"));
    m_hospital->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hospital->setMinimumContentsLength(18);
    m_advance = actionButton("advanceUnitButton", this);
    m_cancelUnit = actionButton("cancelUnitButton", this);
    m_close = actionButton("closeCaseButton", this);
    m_reopen = actionButton("reopenCaseButton", this);
    m_refer = actionButton("referCaseButton", this);
    m_duplicate = actionButton("duplicateCaseButton", this);
    m_link = actionButton("linkCaseButton", this);
    m_receivingLabel = new QLabel(this);
    m_receivingNote = new QLineEdit(this);
    m_receivingNote->setObjectName(QStringLiteral("receivingNoteInput"));
    m_receivingNote->setMaxLength(core::InputRules::maxLength(core::TextField::Notes));
    m_receivingLabel->setBuddy(m_receivingNote);
    m_saveReceivingNote = actionButton("saveReceivingNoteButton", this);
    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("caseActionsRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto *units = new QHBoxLayout;
    units->addWidget(m_unitLabel);
    units->addWidget(m_unit);
    units->addWidget(m_nextLabel);
    units->addWidget(m_next);
    units->addWidget(m_hospital, 1);
    units->addWidget(m_advance);
    units->addWidget(m_cancelUnit);
    auto *cases = new QHBoxLayout;
    for (QPushButton *button : {m_close, m_reopen, m_refer, m_duplicate, m_link})
        cases->addWidget(button);
    cases->addStretch(1);
    auto *receiving = new QHBoxLayout;
    receiving->addWidget(m_receivingLabel);
    receiving->addWidget(m_receivingNote, 1);
    receiving->addWidget(m_saveReceivingNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(units);
    layout->addLayout(cases);
    layout->addLayout(receiving);
    layout->addWidget(m_roleNote);

    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fillNextSteps();
        updateActions();
    });
    connect(m_next, &QComboBox::currentIndexChanged, this, &CaseActionPanel::updateActions);
    connect(m_advance, &QPushButton::clicked, this, &CaseActionPanel::advance);
    connect(m_cancelUnit, &QPushButton::clicked, this, &CaseActionPanel::cancelUnit);
    connect(m_close, &QPushButton::clicked, this, &CaseActionPanel::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &CaseActionPanel::reopenCase);
    connect(m_refer, &QPushButton::clicked, this, &CaseActionPanel::refer);
    connect(m_duplicate, &QPushButton::clicked, this, &CaseActionPanel::markDuplicate);
    connect(m_link, &QPushButton::clicked, this, &CaseActionPanel::linkRelated);
    connect(m_saveReceivingNote, &QPushButton::clicked, this, &CaseActionPanel::saveReceivingNote);
    connect(m_receivingNote, &QLineEdit::returnPressed, this, &CaseActionPanel::saveReceivingNote);
    LiveSession *session = board->liveSession();
    connect(session, &LiveSession::loginProfileChanged, this, &CaseActionPanel::updateActions);
    connect(session, &LiveSession::commandRunnerChanged, this, &CaseActionPanel::updateActions);
    retranslateUi();
}

void CaseActionPanel::setDetail(const core::CaseDetail &detail)
{
    const qint64 keepAssignment = selectedAssignment() ? selectedAssignment()->id : 0;
    m_detail = detail;
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        for (const core::AssignmentFact &assignment : detail.assignments)
            if (assignment.isLive() && !assignment.undoneAt.isValid())
                m_unit->addItem(QString(), assignment.id);
        const int keep = m_unit->findData(keepAssignment);
        m_unit->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    // The operator's unsent words stay; a note saved elsewhere shows when there are none.
    if (!m_receivingNote->isModified())
        m_receivingNote->setText(detail.record.receivingNote);
    else if (m_receivingNote->text().trimmed() == detail.record.receivingNote)
        m_receivingNote->setModified(false);
    retranslateUi();
}

CaseActionDialog *CaseActionPanel::openInput() const
{
    return m_input.data();
}

const core::AssignmentFact *CaseActionPanel::selectedAssignment() const
{
    const qint64 id = m_unit->currentData().toLongLong();
    for (const core::AssignmentFact &assignment : m_detail.assignments)
        if (assignment.id == id && id != 0)
            return &assignment;
    return nullptr;
}

void CaseActionPanel::fillNextSteps()
{
    const QVariant keep = m_next->currentData();
    const QSignalBlocker blocker(m_next);
    m_next->clear();
    if (const core::AssignmentFact *assignment = selectedAssignment())
        if (const auto from = core::assignmentStateFromText(assignment->state))
            for (AssignmentState to : Steps)
                if (Lifecycle::canTransition(*from, to))
                    m_next->addItem(Lifecycle::displayName(to), int(to));
    const int index = m_next->findData(keep);
    m_next->setCurrentIndex(index >= 0 ? index : 0);

    const QVariant keepHospital = m_hospital->currentData();
    const QSignalBlocker hospitalBlocker(m_hospital);
    m_hospital->clear();
    for (const CaseActionDialog::Choice &choice :
         CaseActionChoices::hospitals(*m_board->liveSession()->state()))
        m_hospital->addItem(choice.text, choice.value);
    int hospital = m_hospital->findData(keepHospital);
    if (hospital < 0 && m_detail.record.destinationHospitalId)
        if (const core::HospitalRecord *destination = m_board->liveSession()->state()->findHospital(
                *m_detail.record.destinationHospitalId))
            hospital = m_hospital->findData(destination->code);
    m_hospital->setCurrentIndex(hospital >= 0 ? hospital : 0);
}

void CaseActionPanel::allow(QWidget *widget, CommandAction action, const QString &whyNotNow,
                            const QString &what)
{
    const core::LoginProfile &profile = m_board->liveSession()->loginProfile();
    QString why;
    if (!m_board->liveSession()->commandRunner())
        why = tr("Not connected to the database.");
    else if (!profile.may(action))
        why =
            tr("Only %1 may %2.")
                .arg(IncidentCommands::rolesAllowed(action), IncidentCommands::actionName(action));
    else if (m_busy)
        why = tr("Waiting for the answer to the last action.");
    else
        why = whyNotNow;
    widget->setEnabled(why.isEmpty());
    widget->setToolTip(why.isEmpty() ? what : why);
}

void CaseActionPanel::updateActions()
{
    const core::CaseRecord &record = m_detail.record;
    const bool closed = record.isClosed();
    const QString isClosed = tr("Case %1 is closed; reopen it first.").arg(record.number);
    const core::AssignmentFact *assignment = selectedAssignment();
    const auto next =
        m_next->count() > 0
            ? std::optional<AssignmentState>(AssignmentState(m_next->currentData().toInt()))
            : std::nullopt;
    m_hospital->setVisible(next == AssignmentState::Transporting);

    QString unitWhy;
    if (closed)
        unitWhy = isClosed;
    else if (!assignment)
        unitWhy = tr("No unit is on this case now.");
    QString advanceWhy = unitWhy;
    QString cancelWhy = unitWhy;
    if (assignment && unitWhy.isEmpty()) {
        const auto from = core::assignmentStateFromText(assignment->state);
        if (!next)
            advanceWhy = from ? Lifecycle::whyNot(*from, AssignmentState::EnRoute) : QString();
        if (from)
            cancelWhy = Lifecycle::whyNot(*from, AssignmentState::Cancelled);
        if (!advanceWhy.isEmpty())
            advanceWhy = QStringLiteral("%1: %2.").arg(assignment->callSign, advanceWhy);
        if (!cancelWhy.isEmpty())
            cancelWhy = QStringLiteral("%1: %2.").arg(assignment->callSign, cancelWhy);
    }
    allow(m_unit, CommandAction::AdvanceUnit, closed ? isClosed : unitWhy,
          tr("The unit whose assignment changes."));
    allow(m_next, CommandAction::AdvanceUnit, advanceWhy, tr("Where the unit is now."));
    allow(m_hospital, CommandAction::AdvanceUnit, advanceWhy,
          tr("The hospital the unit takes the patient to."));
    allow(m_advance, CommandAction::AdvanceUnit, advanceWhy,
          tr("Record the unit's new status on this case."));
    allow(m_cancelUnit, CommandAction::CancelAssignment, cancelWhy,
          tr("Take the unit off this case, with the reason."));
    allow(m_close, CommandAction::CloseCase, closed ? isClosed : QString(),
          tr("Close the case with its outcome. Every unit must be cleared or cancelled first."));
    allow(m_reopen, CommandAction::ReopenCase,
          closed ? QString() : tr("Case %1 is open.").arg(record.number),
          tr("Open the closed case again, with the reason."));
    allow(m_refer, CommandAction::Refer, closed ? isClosed : QString(),
          tr("Hand the case to a partner agency (police, fire, BPBD, SAR…)."));
    allow(m_duplicate, CommandAction::MarkDuplicate, closed ? isClosed : QString(),
          tr("This case is the same incident as another: its calls move there and it closes."));
    allow(m_link, CommandAction::LinkCases, closed ? isClosed : QString(),
          tr("Link a related case (a different incident that belongs with this one)."));
    const QString noHospital =
        tr("No receiving hospital yet: it is set when a unit starts transporting.");
    const QString receivingWhy =
        closed ? isClosed : (!record.destinationHospitalId ? noHospital : QString());
    allow(m_receivingNote, CommandAction::ReceivingNote, receivingWhy,
          tr("What the receiving hospital reads before the ambulance arrives."));
    allow(m_saveReceivingNote, CommandAction::ReceivingNote, receivingWhy,
          tr("Save the note; the hospital's console shows it at once."));

    // The words of what the login may not do, one sentence per group of roles.
    const core::LoginProfile &profile = m_board->liveSession()->loginProfile();
    QMap<QString, QStringList> refused;
    for (CommandAction action :
         {CommandAction::AdvanceUnit, CommandAction::CancelAssignment, CommandAction::Refer,
          CommandAction::ReceivingNote, CommandAction::CloseCase, CommandAction::ReopenCase,
          CommandAction::MarkDuplicate, CommandAction::LinkCases})
        if (!profile.may(action))
            refused[IncidentCommands::rolesAllowed(action)] << IncidentCommands::actionName(action);
    QStringList lines;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        lines << tr("Only %1 may %2.").arg(it.key(), it.value().join(QStringLiteral(", ")));
    m_roleNote->setText(lines.join(QLatin1Char(' ')));
    m_roleNote->setVisible(!lines.isEmpty() && m_board->liveSession()->commandRunner());
}

void CaseActionPanel::ask(CaseActionDialog *input,
                          std::function<void(CaseActionDialog *)> onAccepted)
{
    if (m_input)
        m_input->close();
    m_input = input;
    connect(input, &QDialog::accepted, this,
            [input, onAccepted = std::move(onAccepted)] { onAccepted(input); });
    input->open();
}

void CaseActionPanel::post(Command command, const QString &done)
{
    core::CommandRunner *runner = m_board->liveSession()->commandRunner();
    if (!runner) {
        emit answered(CommandResult::unavailable(tr("Not connected to the database: nothing was "
                                                    "saved.")),
                      tr("Not connected to the database: nothing was saved."), true);
        return;
    }
    m_busy = true;
    updateActions();
    runner->post(std::move(command))
        .then(this,
              [this, done](const CommandResult &result) {
                  m_busy = false;
                  updateActions();
                  if (!result.ok()) {
                      emit answered(result, result.message, true);
                      return;
                  }
                  QStringList words{result.message.isEmpty() ? done : result.message};
                  if (!result.warning.isEmpty())
                      words << result.warning;
                  emit answered(result, words.join(QLatin1Char(' ')), false);
              })
        .onCanceled(this, [this] {
            // The runner was replaced (a reconnect) before it answered: never left waiting.
            m_busy = false;
            updateActions();
            const QString words = tr("The connection to the database was replaced before it "
                                     "answered; the outcome is unknown. Check the case.");
            emit answered(CommandResult::outcomeUnknown(words), words, true);
        });
}

void CaseActionPanel::advance()
{
    const core::AssignmentFact *assignment = selectedAssignment();
    if (!assignment || m_next->count() == 0)
        return;
    const QString callSign = assignment->callSign;
    const auto to = AssignmentState(m_next->currentData().toInt());
    const QString hospital =
        to == AssignmentState::Transporting ? m_hospital->currentData().toString() : QString();
    if (to == AssignmentState::Transporting)
        m_receivingNote->setModified(false);
    post(
        [callSign, to, hospital](IncidentCommands &commands) {
            return commands.advanceAssignment(callSign, to, hospital);
        },
        tr("%1 is now %2.").arg(callSign, Lifecycle::displayName(to)));
}

void CaseActionPanel::cancelUnit()
{
    const core::AssignmentFact *assignment = selectedAssignment();
    if (!assignment)
        return;
    const QString callSign = assignment->callSign;
    auto *input =
        new CaseActionDialog(tr("Cancel %1 on case %2").arg(callSign, m_detail.record.number),
                             tr("Cancel the &unit"), window());
    input->setTextField(tr("&Reason:"), core::InputRules::maxLength(core::TextField::Reason),
                        tr("Say why the unit is taken off the case."));
    ask(input, [this, callSign](CaseActionDialog *dialog) {
        const QString reason = dialog->text();
        post(
            [callSign, reason](IncidentCommands &commands) {
                return commands.cancelAssignment(callSign, reason);
            },
            tr("%1 was taken off the case.").arg(callSign));
    });
}

void CaseActionPanel::closeCase()
{
    const QString number = m_detail.record.number;
    auto *input =
        new CaseActionDialog(tr("Close case %1").arg(number), tr("C&lose the case"), window());
    input->setChoices(tr("&Outcome:"), CaseActionChoices::dispositions(), false);
    input->setTextField(tr("&Note (optional):"),
                        core::InputRules::maxLength(core::TextField::ClosingNote));
    ask(input, [this, number](CaseActionDialog *dialog) {
        const auto disposition = core::dispositionFromText(dialog->choice());
        if (!disposition)
            return;
        const QString note = dialog->text();
        post(
            [number, disposition = *disposition, note](IncidentCommands &commands) {
                return commands.closeCase(number, disposition, note);
            },
            tr("Case %1 is closed (%2).").arg(number, Lifecycle::displayName(*disposition)));
    });
}

void CaseActionPanel::reopenCase()
{
    const QString number = m_detail.record.number;
    auto *input =
        new CaseActionDialog(tr("Reopen case %1").arg(number), tr("R&eopen the case"), window());
    input->setTextField(tr("&Reason:"), core::InputRules::maxLength(core::TextField::Reason),
                        tr("Say why the case is reopened."));
    ask(input, [this, number](CaseActionDialog *dialog) {
        const QString reason = dialog->text();
        post([number,
              reason](IncidentCommands &commands) { return commands.reopenCase(number, reason); },
             tr("Case %1 is open again.").arg(number));
    });
}

void CaseActionPanel::refer()
{
    const QString number = m_detail.record.number;
    auto *input =
        new CaseActionDialog(tr("Refer case %1").arg(number), tr("Re&fer the case"), window());
    input->setChoices(tr("&Agency:"), CaseActionChoices::agencies(), true,
                      tr("Choose or type the agency (e.g. Damkar, BPBD, Polresta, PLN)."));
    input->setTextField(tr("&Note (optional):"),
                        core::InputRules::maxLength(core::TextField::ClosingNote));
    ask(input, [this, number](CaseActionDialog *dialog) {
        const QString agency = dialog->choice();
        const QString note = dialog->text();
        post(
            [number, agency, note](IncidentCommands &commands) {
                return commands.referToAgency(number, agency, core::ReferralState::Forwarded, note);
            },
            tr("Case %1 is referred to %2.").arg(number, agency));
    });
}

void CaseActionPanel::markDuplicate()
{
    const core::CaseRecord &record = m_detail.record;
    const QString number = record.number;
    auto *input = new CaseActionDialog(tr("Case %1 is a duplicate of…").arg(number),
                                       tr("Mark as &duplicate"), window());
    // Open cases of the same kind nearby and recent are offered; any number may be typed.
    const QList<CaseActionDialog::Choice> candidates =
        CaseActionChoices::possibleOriginals(*m_board->liveSession()->state(), record);
    input->setChoices(tr("&Original case:"), candidates, true,
                      tr("Choose or type the number of the case this one duplicates."));
    input->choiceBox()->lineEdit()->setPlaceholderText(
        candidates.isEmpty() ? tr("No similar case nearby; type its number") : QString());
    ask(input, [this, number](CaseActionDialog *dialog) {
        const QString original = dialog->choice();
        post([number, original](
                 IncidentCommands &commands) { return commands.markDuplicate(number, original); },
             tr("Case %1 is closed as a duplicate of %2; its calls moved there.")
                 .arg(number, original));
    });
}

void CaseActionPanel::linkRelated()
{
    const core::CaseRecord &record = m_detail.record;
    const QString number = record.number;
    auto *input =
        new CaseActionDialog(tr("Link case %1 with…").arg(number), tr("Lin&k the cases"), window());
    // The open cases, newest first; any number (a closed case too) may be typed.
    const QList<CaseActionDialog::Choice> choices =
        CaseActionChoices::openCases(*m_board->liveSession()->state(), record);
    input->setChoices(tr("&Related case:"), choices, true,
                      tr("Choose or type the number of the related case."));
    ask(input, [this, number](CaseActionDialog *dialog) {
        const QString other = dialog->choice();
        post([number,
              other](IncidentCommands &commands) { return commands.linkRelated(number, other); },
             tr("Case %1 is linked with %2.").arg(number, other));
    });
}

void CaseActionPanel::saveReceivingNote()
{
    if (!m_saveReceivingNote->isEnabled())
        return;
    const QString number = m_detail.record.number;
    const QString note = m_receivingNote->text();
    post([number,
          note](IncidentCommands &commands) { return commands.setReceivingNote(number, note); },
         tr("The note for the receiving hospital is saved."));
}

void CaseActionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseActionPanel::retranslateUi()
{
    for (int row = 0; row < m_unit->count(); ++row)
        for (const core::AssignmentFact &assignment : m_detail.assignments)
            if (assignment.id == m_unit->itemData(row).toLongLong()) {
                const auto state = core::assignmentStateFromText(assignment.state);
                m_unit->setItemText(row,
                                    QStringLiteral("%1 – %2").arg(
                                        assignment.callSign,
                                        state ? Lifecycle::displayName(*state) : assignment.state));
            }
    fillNextSteps();
    m_unitLabel->setText(tr("&Unit:"));
    m_nextLabel->setText(tr("&Next step:"));
    m_advance->setText(tr("&Advance"));
    m_cancelUnit->setText(tr("Cancel uni&t…"));
    m_close->setText(tr("C&lose…"));
    m_reopen->setText(tr("R&eopen…"));
    m_refer->setText(tr("Re&fer…"));
    m_duplicate->setText(tr("&Duplicate of…"));
    m_link->setText(tr("Lin&k related…"));
    QString hospital;
    if (m_detail.record.destinationHospitalId)
        if (const core::HospitalRecord *destination = m_board->liveSession()->state()->findHospital(
                *m_detail.record.destinationHospitalId))
            hospital = destination->code;
    m_receivingLabel->setText(hospital.isEmpty()
                                  ? tr("Note for the receiving &hospital:")
                                  : tr("Note for the receiving &hospital (%1):").arg(hospital));
    m_receivingNote->setPlaceholderText(tr("e.g. oxygen needed, burns 30%, family follows"));
    m_saveReceivingNote->setText(tr("&Save note"));
    updateActions();
}

} // namespace pela::ui
