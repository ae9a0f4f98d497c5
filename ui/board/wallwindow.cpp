#include "wallwindow.h"

#include "boardsession.h"
#include "caseboardpanel.h"
#include "hospitalstrip.h"

#include <QCloseEvent>
#include <QEvent>
#include <QShortcut>
#include <QVBoxLayout>

namespace pela::ui {

WallWindow::WallWindow(BoardSession *board, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("wallWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("pela--ui--WallWindow { background: #263238; }"));
    m_board = new CaseBoardPanel(board, this);
    m_board->setObjectName(QStringLiteral("wallCaseBoard"));
    m_strip = new HospitalStrip(board->hospitalModel(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_board, 1);
    layout->addWidget(m_strip);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &WallWindow::leaveRequested);
    }
    setWindowTitle(tr("Pela 112 — Wall display"));
    fitText();
}

int WallWindow::boardTextPixels() const
{
    // A 1080-line screen read from the back of the room: 33 px; never under 32 (the
    // location needs the width that is left).
    return std::max(32, height() / 32);
}

void WallWindow::fitText()
{
    const int pixels = boardTextPixels();
    if (pixels == m_pixels)
        return;
    m_pixels = pixels;
    m_board->setWallMode(true, pixels);
    m_strip->setTextPixelSize(std::max(20, pixels * 2 / 3));
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitText();
}

void WallWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Pela 112 — Wall display"));
    QWidget::changeEvent(event);
}

void WallWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
    emit leaveRequested();
}

} // namespace pela::ui
