// The console's layouts, one per job, built from the same widgets so that switching keeps
// everything typed or selected: call-taker (intake and board), dispatcher (map and board side
// by side, the intake form folding away beside them; never the map behind a tab) and shift
// lead (board, hospitals and map). Remembered per workstation and role.
#pragma once

#include <QObject>
#include <QString>
#include <optional>

class QSplitter;
class QTabWidget;
class QVBoxLayout;
class QWidget;

namespace pela::ui {

class ConsoleLayout : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        CallTaker,
        Dispatcher,
        ShiftLead,
    };
    Q_ENUM(Kind)

    // The widgets arranged (not owned: reparented into the layout's splitters). lists holds
    // the unit and hospital tables, and the map too where a layout tabs it.
    struct Parts
    {
        QWidget *intake = nullptr;
        QWidget *map = nullptr;
        QWidget *board = nullptr;
        QTabWidget *lists = nullptr;
        QWidget *units = nullptr;
        QWidget *hospitals = nullptr;
    };

    // The splitters go into hostLayout (empty, of a widget that outlives this object).
    ConsoleLayout(const Parts &parts, QVBoxLayout *hostLayout, QObject *parent = nullptr);

    void apply(Kind kind);
    Kind kind() const { return m_kind; }
    // Whether the intake form is on screen (folded away in the dispatcher's layout).
    bool isIntakeShown() const;
    // The dispatcher folds the intake form away beside the map, or opens it again; the other
    // layouts have it always (call-taker) or never (shift lead).
    void setIntakeShown(bool shown);
    // Makes the map visible where a layout tabs it (the call-taker's), e.g. to pick a point.
    void bringMapForward();

    static QString toText(Kind kind); // "call_taker", "dispatcher", "shift_lead"
    static std::optional<Kind> fromText(const QString &text);
    // The layout a login's primary role ("shift_lead", ...) starts with.
    static Kind forRole(const QString &primaryRole);
    // The layout last chosen on this workstation for role (QSettings ui/layout/<role>); for an
    // empty role, the last one chosen on this workstation at all.
    static std::optional<Kind> remembered(const QString &role);
    static void remember(const QString &role, Kind kind);

signals:
    // A layout was applied or the intake form folded or opened.
    void changed();

private:
    QSplitter *splitter(Qt::Orientation orientation, const char *name);

    Parts m_parts;
    QVBoxLayout *m_hostLayout;
    QWidget *m_root = nullptr;
    QSplitter *m_intakeSplitter = nullptr; // the dispatcher's, where the intake folds
    Kind m_kind = Kind::CallTaker;
    bool m_applied = false;
};

} // namespace pela::ui
