// The case board: every open case (and the shift's recently closed ones), the most urgent
// first, filtered as this workstation last chose, the alert of a waiting P1 above with its
// acknowledgement, the kelurahan no free ambulance reaches in time, and the undo of the last
// drop beneath.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace pela::core {
class DispatchAdvisor;
}

namespace pela::ui {

class BoardFilterBar;
class BoardProxyModel;
class BoardSession;
class CaseBoardView;

class CaseBoardPanel : public QFrame
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the panel.
    explicit CaseBoardPanel(BoardSession *board, QWidget *parent = nullptr);

    CaseBoardView *view() const { return m_view; }
    BoardProxyModel *proxy() const { return m_proxy; }
    BoardFilterBar *filterBar() const { return m_filterBar; }
    QPushButton *undoButton() const { return m_undo; }
    // The alert strip's button: acknowledges every sounding case (F8 anywhere in the window).
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    // What the alert strip says (empty when nothing alerts).
    QString alertText() const;
    QString title() const;
    int openCaseCount() const;
    // Whether the cases shown are the database's (loaded at least once); until then the title
    // says the count is unknown rather than "0 open".
    void setCountKnown(bool known);
    // Shows the advisor's coverage gaps above the board (the ETA column is fed to the shared
    // board model once, by whoever owns the advisor). Not owned; must outlive the panel.
    void followAdvisor(core::DispatchAdvisor *advisor);
    // What the coverage line says (empty when hidden: every kelurahan is covered, or unknown).
    QString coverageText() const;
    QString coverageToolTip() const;
    // The wall display's board: text of textPixels, fewer columns, every case (no filter bar,
    // no undo strip: nobody works the wall).
    void setWallMode(bool wall, int textPixels = 36);
    bool isWallMode() const { return m_wall; }

signals:
    // Enter or a double click on a case: its detail.
    void caseActivated(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateUndo();
    void updateAlerts();
    void updateCoverage();
    void fitCoverage();
    QString coverageLead() const;

    BoardSession *m_board;
    BoardProxyModel *m_proxy = nullptr;
    CaseBoardView *m_view = nullptr;
    BoardFilterBar *m_filterBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undo = nullptr;
    QWidget *m_undoStrip = nullptr;
    QWidget *m_alertStrip = nullptr;
    QLabel *m_alertText = nullptr;
    QPushButton *m_acknowledge = nullptr;
    core::DispatchAdvisor *m_advisor = nullptr;
    QLabel *m_coverage = nullptr;
    QStringList m_uncovered; // slowest first
    bool m_countKnown = false;
    bool m_wall = false;
};

} // namespace pela::ui
