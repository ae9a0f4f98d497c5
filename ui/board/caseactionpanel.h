// What may be done to a case from its detail, as fits its state and the login: advance or
// cancel a unit's assignment, close, reopen, refer, mark as a duplicate, link, and the note for
// the receiving hospital. Each goes through its core command on the command runner; an action
// the login may not do, or that does not fit the case now, is disabled with the reason in words.
#pragma once

#include "commands/commandresult.h"
#include "commands/incidentcommands.h"
#include "live/casedetail.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pela::ui {

class BoardSession;
class CaseActionDialog;

class CaseActionPanel : public QWidget
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the panel.
    explicit CaseActionPanel(BoardSession *board, QWidget *parent = nullptr);

    // The case as last read; the actions follow its state and its assignments.
    void setDetail(const core::CaseDetail &detail);

    QComboBox *unitBox() const { return m_unit; }
    QComboBox *nextStepBox() const { return m_next; }
    QComboBox *hospitalBox() const { return m_hospital; }
    QPushButton *advanceButton() const { return m_advance; }
    QPushButton *cancelUnitButton() const { return m_cancelUnit; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *referButton() const { return m_refer; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *linkButton() const { return m_link; }
    QLineEdit *receivingNoteInput() const { return m_receivingNote; }
    QPushButton *saveReceivingNoteButton() const { return m_saveReceivingNote; }
    // What this login may not do here, in words (hidden when it may do everything).
    QLabel *roleNote() const { return m_roleNote; }
    // The input an action opened and that is still open (nullptr: none).
    CaseActionDialog *openInput() const;

signals:
    // An action's answer: the dialog shows the words and reads the case again.
    void answered(const pela::core::CommandResult &result, const QString &words, bool problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    using Command = std::function<core::CommandResult(core::IncidentCommands &)>;

    void updateActions();
    void fillNextSteps();
    void advance();
    void cancelUnit();
    void closeCase();
    void reopenCase();
    void refer();
    void markDuplicate();
    void linkRelated();
    void saveReceivingNote();
    // Opens input as a window-modal sheet; onAccepted runs when the operator confirms.
    void ask(CaseActionDialog *input, std::function<void(CaseActionDialog *)> onAccepted);
    // Sends command; success says done unless the command said more.
    void post(Command command, const QString &done);
    // The assignment picked in the unit box (nullptr: none).
    const core::AssignmentFact *selectedAssignment() const;
    // Enables widget when the login may do action and whyNotNow is empty; otherwise says why.
    void allow(QWidget *widget, core::CommandAction action, const QString &whyNotNow,
               const QString &what);
    void retranslateUi();

    BoardSession *m_board;
    core::CaseDetail m_detail;
    bool m_busy = false;
    QPointer<CaseActionDialog> m_input;
    QLabel *m_unitLabel = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_nextLabel = nullptr;
    QComboBox *m_next = nullptr;
    QComboBox *m_hospital = nullptr;
    QPushButton *m_advance = nullptr;
    QPushButton *m_cancelUnit = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_refer = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_receivingLabel = nullptr;
    QLineEdit *m_receivingNote = nullptr;
    QPushButton *m_saveReceivingNote = nullptr;
    QLabel *m_roleNote = nullptr;
};

} // namespace pela::ui
