// The one place every drop target hands a dropped unit to (the case board's rows now, the map
// later): assignUnit through the command runner, the outcome in words at the drop point, Esc to
// cancel a drag, nothing for a drop elsewhere or on a case the unit already serves, and for a
// few seconds (the server's undo window) the last assignment can be undone.
#pragma once

#include "commands/commandresult.h"
#include "unitdrag.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

#include <QLabel>
class QMimeData;
class QWidget;

namespace pela::ui {

class LiveSession;

class DropController : public QObject
{
    Q_OBJECT
public:
    // What a drop did, at once (the command's answer follows in dropAnswered()).
    enum class DropOutcome
    {
        Posted,       // assignUnit is on its way
        AlreadyThere, // the unit already serves that case: nothing changes
        NotACase,     // dropped elsewhere (no case, a closed one, not a unit): nothing happens
        NotAllowed,   // this login may not assign units (the words say who may)
        NotConnected, // no command runner: nothing was sent
    };
    Q_ENUM(DropOutcome)

    // The session is not owned and must outlive the controller.
    explicit DropController(LiveSession *session, QObject *parent = nullptr);
    ~DropController() override;

    // Whether a drop of data on caseId would be taken (a unit in our format, an open case this
    // console holds): drop targets accept or refuse the drag over a case with it.
    bool accepts(const QMimeData *data, qint64 caseId) const;

    // A drag a drop target runs itself (the map's input handler); QDrag does its own. Esc
    // cancels it anywhere in the application.
    void beginDrag(const UnitDrag &unit);
    void cancelDrag();
    bool isDragging() const { return m_dragging.has_value(); }
    std::optional<UnitDrag> currentDrag() const { return m_dragging; }

    // The drop on a case: target and position say where to show the outcome. Ends a drag.
    DropOutcome drop(const UnitDrag &unit, qint64 caseId, QWidget *target, const QPoint &position);
    // The drop landed on nothing: nothing happens. Ends a drag.
    void dropElsewhere();

    // The last assignment made through this controller may be undone for undoWindow() from its
    // answer (the server decides by its own clock).
    bool canUndo() const;
    int undoSecondsLeft() const;
    QString undoDescription() const; // "AMB-KOTA-1 → 2026-000123"
    void undoLast();
    void setUndoWindow(std::chrono::seconds window) { m_undoWindow = window; }
    std::chrono::seconds undoWindow() const { return m_undoWindow; }

    // The words last shown at a drop point, and the bubble that shows them (tests, screenshots).
    QString lastMessage() const { return m_lastMessage; }
    QLabel *bubble() const { return m_bubble; }

signals:
    void dragStarted(const pela::ui::UnitDrag &unit);
    void dragEnded();
    // The command's answer to a drop (ok, conflict naming who won, ...).
    void dropAnswered(const pela::core::CommandResult &result);
    // The undo window opened, counts down or closed.
    void undoChanged();
    void undoAnswered(const pela::core::CommandResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAt(QWidget *target, const QPoint &position, const QString &text, bool problem);
    void endDrag();

    LiveSession *m_session;
    std::optional<UnitDrag> m_dragging;
    std::chrono::seconds m_undoWindow{10};
    struct Undoable
    {
        qint64 assignmentId = 0;
        QString callSign;
        QString caseNumber;
        QDateTime answeredAt; // by the core's clock
    };
    std::optional<Undoable> m_undoable;
    QTimer m_undoTick;
    QString m_lastMessage;
    QPointer<QLabel> m_bubble;
    QTimer m_bubbleTimer;
};

} // namespace pela::ui
