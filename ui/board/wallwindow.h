// The wall display: a window of its own, full screen, with only the case board (large type,
// fewer columns, no filter) and the hospital strip, for the screen the whole room reads.
// Esc or F11 asks to leave it.
#pragma once

#include <QWidget>

namespace pela::ui {

class BoardSession;
class CaseBoardPanel;
class HospitalStrip;

class WallWindow : public QWidget
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the window.
    explicit WallWindow(BoardSession *board, QWidget *parent = nullptr);

    CaseBoardPanel *caseBoard() const { return m_board; }
    HospitalStrip *hospitalStrip() const { return m_strip; }
    // The board's text size for this window's height (32 px at least; 33 on 1080 lines).
    int boardTextPixels() const;

signals:
    // Esc, F11, or the window closed (the console's window comes back; it is never left
    // running with nothing on screen).
    void leaveRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void fitText();

    CaseBoardPanel *m_board = nullptr;
    HospitalStrip *m_strip = nullptr;
    int m_pixels = 0;
};

} // namespace pela::ui
