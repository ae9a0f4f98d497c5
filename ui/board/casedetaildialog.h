// A case's detail (Enter or a double click on the board): its whole timeline from its events,
// calls, assignments (undone ones marked), links, referrals and intervals, read through the
// command runner; a note typed here is added through the addNote command and shows up in the
// timeline when its event comes back. Below the tabs, the actions that fit the case and the
// login (CaseActionPanel); every answer shows here and the case is read again.
#pragma once

#include "live/casedetail.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace pela::core {
class CaseTimelineModel;
}

namespace pela::ui {

class BoardSession;
class CaseActionPanel;

class CaseDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the dialog.
    CaseDetailDialog(BoardSession *board, qint64 caseId, QWidget *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    core::CaseTimelineModel *timeline() const { return m_timelineModel; }
    QTableView *timelineView() const { return m_timelineView; }
    QTreeWidget *assignmentList() const { return m_assignments; }
    QLineEdit *noteInput() const { return m_note; }
    QPushButton *addNoteButton() const { return m_addNote; }
    CaseActionPanel *actions() const { return m_actions; }
    // The last answer or problem, in words (empty: none).
    QString message() const;
    // Whether the detail was read at least once.
    bool isLoaded() const { return m_loaded; }
    // Reads the case again (assignments and intervals change outside the timeline).
    void reload();

signals:
    void loaded();
    void noteAnswered(const pela::core::CommandResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail(const core::CaseDetail &detail);
    void addNote();
    void showMessage(const QString &text, bool problem);
    void retranslateUi();

    BoardSession *m_board;
    qint64 m_caseId;
    bool m_loaded = false;
    core::CaseDetail m_detail;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    core::CaseTimelineModel *m_timelineModel = nullptr;
    QTableView *m_timelineView = nullptr;
    QTreeWidget *m_assignments = nullptr;
    QTreeWidget *m_calls = nullptr;
    QLabel *m_more = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    CaseActionPanel *m_actions = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pela::ui
