#include "caseboardpanel.h"

#include "alertmonitor.h"
#include "boardfilterbar.h"
#include "boardproxymodel.h"
#include "boardsession.h"
#include "caseboardview.h"
#include "dispatch/dispatchadvisor.h"
#include "dispatch/dropcontroller.h"
#include "live/caseboardmodel.h"
#include "live/roles.h"
#include "panelstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
const QString panelStyle = QStringLiteral(R"(
pela--ui--CaseBoardPanel { background: #ffffff; border: 1px solid #b0bec5; }
QWidget#undoStrip { background: #fff8e1; border-top: 1px solid #ffb300; }
QWidget#alertStrip { background: #b71c1c; }
QLabel#alertText { color: #ffffff; font-weight: bold; font-size: 12pt; }
QLabel#coverageLine {
    background: #fff3e0; color: #8a3b00; font-weight: bold; padding: 3px 8px;
    border-bottom: 1px solid #ffb74d;
}
)") + panelTitleStyle();
} // namespace

CaseBoardPanel::CaseBoardPanel(BoardSession *board, QWidget *parent)
    : QFrame(parent), m_board(board)
{
    setObjectName(QStringLiteral("caseBoardPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(panelStyle);
    setMinimumSize(220, 160);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_filterBar = new BoardFilterBar(this);
    m_proxy = new BoardProxyModel(this);
    m_proxy->setSourceModel(board->boardModel());
    m_view = new CaseBoardView(this);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setModel(m_proxy);
    m_view->setDropController(board->dropController());
    m_view->fitColumns();
    setFocusProxy(m_view);
    // Why a case is on top comes right after its number and priority: on a narrow board the
    // timer is never the column scrolled out of sight.
    m_view->horizontalHeader()->moveSection(core::CaseBoardModel::TimerColumn,
                                            core::CaseBoardModel::CategoryColumn);
    // When the units on their way get there, beside why the case is on top.
    m_view->horizontalHeader()->moveSection(core::CaseBoardModel::EtaColumn,
                                            core::CaseBoardModel::CategoryColumn + 1);
    connect(m_view, &CaseBoardView::caseActivated, this, &CaseBoardPanel::caseActivated);

    // This workstation's last filter.
    QSettings settings;
    const BoardFilter remembered = BoardFilter::load(settings);
    m_filterBar->setFilter(remembered);
    m_proxy->setFilter(remembered);
    connect(m_filterBar, &BoardFilterBar::filterChanged, this, [this](const BoardFilter &filter) {
        m_proxy->setFilter(filter);
        QSettings settings;
        filter.save(settings);
        retranslateUi();
    });
    // Kecamatan names arrive with the place names.
    connect(board->boardModel(), &core::CaseBoardModel::placesChanged, this,
            [this] { m_filterBar->setKecamatan(m_board->boardModel()->kecamatanList()); });

    m_undoStrip = new QWidget(this);
    m_undoStrip->setObjectName(QStringLiteral("undoStrip"));
    m_undoStrip->setAttribute(Qt::WA_StyledBackground);
    m_undoText = new QLabel(m_undoStrip);
    m_undoText->setObjectName(QStringLiteral("undoText"));
    m_undo = new QPushButton(m_undoStrip);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undo, &QPushButton::clicked, board->dropController(), &DropController::undoLast);
    auto *undoLayout = new QHBoxLayout(m_undoStrip);
    undoLayout->setContentsMargins(8, 3, 8, 3);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoStrip->hide();
    connect(board->dropController(), &DropController::undoChanged, this,
            &CaseBoardPanel::updateUndo);

    // A P1 waiting past its threshold: in words above the board, until a dispatcher
    // acknowledges it (through the runner; the strip hides at once, the event follows).
    m_alertStrip = new QWidget(this);
    m_alertStrip->setObjectName(QStringLiteral("alertStrip"));
    m_alertStrip->setAttribute(Qt::WA_StyledBackground);
    m_alertText = new QLabel(m_alertStrip);
    m_alertText->setObjectName(QStringLiteral("alertText"));
    m_alertText->setWordWrap(true);
    m_acknowledge = new QPushButton(m_alertStrip);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    connect(m_acknowledge, &QPushButton::clicked, board->alertMonitor(),
            &AlertMonitor::acknowledge);
    // F8 from anywhere in the window (the operator may be typing a call); nothing when nothing
    // alerts.
    auto *acknowledgeKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    acknowledgeKey->setContext(Qt::WindowShortcut);
    connect(acknowledgeKey, &QShortcut::activated, board->alertMonitor(),
            &AlertMonitor::acknowledge);
    auto *alertLayout = new QHBoxLayout(m_alertStrip);
    alertLayout->setContentsMargins(8, 4, 8, 4);
    alertLayout->addWidget(m_alertText, 1);
    alertLayout->addWidget(m_acknowledge);
    m_alertStrip->hide();
    connect(board->alertMonitor(), &AlertMonitor::changed, this, &CaseBoardPanel::updateAlerts);

    // Where no free ambulance gets in time: one line, hidden while every kelurahan is covered
    // (a shift lead reads it only when it asks for something).
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverageLine"));
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(false);
    m_coverage->setMinimumWidth(1);
    m_coverage->installEventFilter(this);
    m_coverage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_alertStrip);
    layout->addWidget(m_coverage);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoStrip);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CaseBoardPanel::retranslateUi);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseBoardPanel::retranslateUi);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseBoardPanel::retranslateUi);
    connect(board->boardModel(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(core::StateRole))
                    retranslateUi();
            });
    retranslateUi();
}

QString CaseBoardPanel::title() const
{
    return m_title->text();
}

int CaseBoardPanel::openCaseCount() const
{
    // Every open case this console holds, whatever the filter shows.
    const QAbstractItemModel *model = m_board->boardModel();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(core::StateRole).toString() != QLatin1String("closed"))
            ++count;
    return count;
}

void CaseBoardPanel::setCountKnown(bool known)
{
    if (known == m_countKnown)
        return;
    m_countKnown = known;
    retranslateUi();
}

void CaseBoardPanel::followAdvisor(core::DispatchAdvisor *advisor)
{
    m_advisor = advisor;
    connect(advisor, &core::DispatchAdvisor::coverageChanged, this,
            &CaseBoardPanel::updateCoverage);
    updateCoverage();
}

QString CaseBoardPanel::coverageText() const
{
    return m_coverage->isHidden() ? QString() : m_coverage->text();
}

QString CaseBoardPanel::coverageToolTip() const
{
    return m_coverage->toolTip();
}

void CaseBoardPanel::updateCoverage()
{
    m_uncovered = m_advisor ? m_advisor->uncoveredAreas() : QStringList();
    m_coverage->setVisible(!m_uncovered.isEmpty());
    if (m_uncovered.isEmpty()) {
        m_coverage->clear();
        m_coverage->setToolTip(QString());
        return;
    }
    m_coverage->setToolTip(coverageLead() + QLatin1Char('\n') +
                           m_uncovered.join(QLatin1Char('\n')));
    fitCoverage();
}

QString CaseBoardPanel::coverageLead() const
{
    return tr("No free ambulance within %1 min:", "then the kelurahan")
        .arg(m_advisor ? m_advisor->coverageMinutes() : 0);
}

void CaseBoardPanel::fitCoverage()
{
    if (m_uncovered.isEmpty())
        return;
    // As many names (slowest first) as fit on one line, the rest counted; all in the tooltip.
    const QFontMetrics metrics(m_coverage->font());
    const QMargins margins = m_coverage->contentsMargins();
    const int room = m_coverage->width() - margins.left() - margins.right() - 16;
    const QString lead = coverageLead();
    QString text;
    for (int shown = int(m_uncovered.size()); shown >= 1; --shown) {
        text = lead + QLatin1Char(' ') + m_uncovered.first(shown).join(QStringLiteral(", "));
        if (shown < m_uncovered.size())
            text += QLatin1Char(' ') +
                    tr("+%n more", "kelurahan not listed", int(m_uncovered.size()) - shown);
        if (metrics.horizontalAdvance(text) <= room)
            break;
    }
    if (text != m_coverage->text())
        m_coverage->setText(text);
}

bool CaseBoardPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_coverage && event->type() == QEvent::Resize)
        fitCoverage();
    return QFrame::eventFilter(watched, event);
}

void CaseBoardPanel::setWallMode(bool wall, int textPixels)
{
    m_wall = wall;
    m_filterBar->setVisible(!wall);
    m_proxy->setFilter(wall ? BoardFilter() : m_filterBar->filter());
    using Board = core::CaseBoardModel;
    if (wall) {
        m_view->setTextPixelSize(textPixels);
        // In large type only what is read from across the room: the ETA column goes too (the
        // units are beside their case; the consoles' boards time them), or at 1920 px the
        // location is left a few letters.
        m_view->setHiddenColumns({Board::StateColumn, Board::AgeColumn, Board::InStateColumn,
                                  Board::ReferralColumn, Board::CallTakerColumn,
                                  Board::DispatcherColumn, Board::WaitingReasonColumn,
                                  Board::DestinationColumn, Board::EtaColumn});
    } else {
        QFont normal = m_view->font();
        normal.setPointSizeF(10);
        m_view->setFont(normal);
        m_view->horizontalHeader()->setFont(normal);
        m_view->setHiddenColumns({});
    }
    const QString size = QStringLiteral("font-size: %1px;").arg(textPixels * 2 / 3);
    m_title->setStyleSheet(wall ? size : QString());
    m_alertText->setStyleSheet(wall ? size : QString());
    m_view->horizontalHeader()->setStyleSheet(
        wall ? QStringLiteral("QHeaderView::section { %1 }").arg(size) : QString());
    updateUndo();
}

void CaseBoardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateUndo();
        updateAlerts();
        updateCoverage();
        m_proxy->retranslate();
    }
    QFrame::changeEvent(event);
}

void CaseBoardPanel::retranslateUi()
{
    QString text = tr("Case board").toUpper() + QStringLiteral("  ·  ") +
                   (m_countKnown ? tr("%1 open").arg(openCaseCount())
                                 : tr("open cases unknown", "not connected yet"));
    if (m_countKnown && !m_proxy->filter().isEmpty())
        text += QStringLiteral("  ·  ") + tr("filtered: %1 shown").arg(m_proxy->rowCount());
    m_title->setText(text);
}

void CaseBoardPanel::updateUndo()
{
    const DropController *drop = m_board->dropController();
    m_undoStrip->setVisible(drop->canUndo() && !m_wall);
    if (!drop->canUndo() || m_wall)
        return;
    m_undoText->setText(tr("Assigned %1.").arg(drop->undoDescription()));
    m_undo->setText(tr("Undo (Ctrl+Z) %1 s").arg(drop->undoSecondsLeft()));
}

QString CaseBoardPanel::alertText() const
{
    return m_alertStrip->isVisible() ? m_alertText->text() : QString();
}

void CaseBoardPanel::updateAlerts()
{
    const AlertMonitor *alerts = m_board->alertMonitor();
    const QStringList texts = alerts->alertTexts();
    m_alertStrip->setVisible(!texts.isEmpty());
    if (texts.isEmpty())
        return;
    m_alertText->setText(texts.join(QLatin1Char('\n')));
    m_acknowledge->setText(tr("Acknowledge (F8)"));
    // Only a dispatcher or shift lead acknowledges; others see the alert and who may.
    m_acknowledge->setVisible(alerts->hearsAlerts());
}

} // namespace pela::ui
