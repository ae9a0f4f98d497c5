#include "dropcontroller.h"

#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "live/livestate.h"
#include "livesession.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QScreen>

namespace pela::ui {

namespace {
const QString bubbleStyle = QStringLiteral(
    "QLabel { background: %1; color: %2; border: 1px solid #37474f; border-radius: 4px;"
    " padding: 6px 10px; font-size: 11pt; font-weight: bold; }");
} // namespace

DropController::DropController(LiveSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_undoTick.setInterval(1000);
    connect(&m_undoTick, &QTimer::timeout, this, [this] {
        if (!canUndo()) {
            m_undoable.reset();
            m_undoTick.stop();
        }
        emit undoChanged();
    });
    m_bubbleTimer.setSingleShot(true);
    connect(&m_bubbleTimer, &QTimer::timeout, this, [this] {
        if (m_bubble)
            m_bubble->hide();
    });
}

DropController::~DropController()
{
    if (m_dragging)
        qApp->removeEventFilter(this);
    delete m_bubble;
}

bool DropController::accepts(const QMimeData *data, qint64 caseId) const
{
    const auto unit = UnitDrag::fromMimeData(data);
    if (!unit)
        return false;
    const core::CaseRecord *record = m_session->state()->findCase(caseId);
    return record && !record->isClosed();
}

void DropController::beginDrag(const UnitDrag &unit)
{
    if (!m_dragging)
        qApp->installEventFilter(this);
    m_dragging = unit;
    emit dragStarted(unit);
}

void DropController::cancelDrag()
{
    endDrag();
}

void DropController::endDrag()
{
    if (!m_dragging)
        return;
    m_dragging.reset();
    qApp->removeEventFilter(this);
    emit dragEnded();
}

bool DropController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_dragging && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelDrag();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DropController::dropElsewhere()
{
    endDrag();
}

DropController::DropOutcome DropController::drop(const UnitDrag &unit, qint64 caseId,
                                                 QWidget *target, const QPoint &position)
{
    endDrag();
    const core::LiveState *state = m_session->state();
    const core::CaseRecord *record = state->findCase(caseId);
    if (!record || record->isClosed())
        return DropOutcome::NotACase;
    // Already on that case: nothing to do, and nothing sent.
    if (const core::UnitRecord *held = state->findUnit(unit.unitId);
        held && held->currentAssignmentId)
        if (const core::AssignmentRecord *current =
                state->findAssignment(*held->currentAssignmentId);
            current && current->caseId == caseId) {
            showAt(target, position, tr("%1 is already on %2.").arg(unit.callSign, record->number),
                   false);
            return DropOutcome::AlreadyThere;
        }
    const core::LoginProfile &profile = m_session->loginProfile();
    if (!profile.login.isEmpty() && !profile.may(core::CommandAction::AssignUnit)) {
        showAt(target, position,
               tr("Your role may not %1; that is for %2.")
                   .arg(core::IncidentCommands::actionName(core::CommandAction::AssignUnit),
                        core::IncidentCommands::rolesAllowed(core::CommandAction::AssignUnit)),
               true);
        return DropOutcome::NotAllowed;
    }
    core::CommandRunner *runner = m_session->commandRunner();
    if (!runner) {
        showAt(target, position,
               tr("Not connected to the database: %1 was not assigned.").arg(unit.callSign), true);
        return DropOutcome::NotConnected;
    }
    const QString caseNumber = record->number;
    showAt(target, position, tr("Assigning %1 to %2…").arg(unit.callSign, caseNumber), false);
    QPointer<QWidget> where(target);
    const UnitDrag dropped = unit;
    runner
        ->post([caseNumber, dropped](core::IncidentCommands &commands) {
            return commands.assignUnit(caseNumber, dropped.callSign, core::AssignMode::Normal,
                                       dropped.version);
        })
        .then(this, [this, where, position, dropped,
                     caseNumber](const core::CommandResult &result) {
            if (result.ok() && result.changed && result.assignmentId > 0) {
                m_undoable = Undoable{result.assignmentId, dropped.callSign, caseNumber,
                                      m_session->state()->clock().now()};
                m_undoTick.start();
                emit undoChanged();
            }
            showAt(where, position,
                   result.warning.isEmpty() ? result.message
                                            : result.message + QLatin1Char('\n') + result.warning,
                   !result.ok() || !result.warning.isEmpty());
            emit dropAnswered(result);
        });
    return DropOutcome::Posted;
}

bool DropController::canUndo() const
{
    return m_undoable && undoSecondsLeft() > 0;
}

int DropController::undoSecondsLeft() const
{
    if (!m_undoable)
        return 0;
    const qint64 elapsedMs = m_undoable->answeredAt.msecsTo(m_session->state()->clock().now());
    const qint64 leftMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_undoWindow).count() - elapsedMs;
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

QString DropController::undoDescription() const
{
    return m_undoable ? tr("%1 → %2").arg(m_undoable->callSign, m_undoable->caseNumber) : QString();
}

void DropController::undoLast()
{
    if (!canUndo())
        return;
    core::CommandRunner *runner = m_session->commandRunner();
    if (!runner)
        return;
    const qint64 assignmentId = m_undoable->assignmentId;
    m_undoable.reset();
    m_undoTick.stop();
    emit undoChanged();
    runner
        ->post([assignmentId](core::IncidentCommands &commands) {
            return commands.undoAssignment(assignmentId);
        })
        .then(this, [this](const core::CommandResult &result) {
            m_lastMessage = result.message;
            emit undoAnswered(result);
        });
}

void DropController::showAt(QWidget *target, const QPoint &position, const QString &text,
                            bool problem)
{
    m_lastMessage = text;
    if (!target)
        return;
    if (!m_bubble) {
        m_bubble = new QLabel;
        m_bubble->setObjectName(QStringLiteral("dropBubble"));
        m_bubble->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
        m_bubble->setWordWrap(true);
        m_bubble->setMaximumWidth(460);
    }
    m_bubble->setStyleSheet(
        problem ? bubbleStyle.arg(QStringLiteral("#c62828"), QStringLiteral("#ffffff"))
                : bubbleStyle.arg(QStringLiteral("#fffde7"), QStringLiteral("#1a1a1a")));
    m_bubble->setText(text);
    m_bubble->adjustSize();
    QPoint global = target->mapToGlobal(position) + QPoint(12, 12);
    if (const QScreen *screen = target->screen()) {
        const QRect area = screen->availableGeometry();
        global.setX(std::min(global.x(), area.right() - m_bubble->width()));
        global.setY(std::min(global.y(), area.bottom() - m_bubble->height()));
    }
    m_bubble->move(global);
    m_bubble->show();
    m_bubble->raise();
    // Problems stay long enough to be read; a conflict names who won.
    m_bubbleTimer.start(problem ? 8000 : 4000);
}

} // namespace pela::ui
