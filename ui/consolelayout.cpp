#include "consolelayout.h"

#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
// The intake form's width when the dispatcher opens it beside the map.
constexpr int OpenIntakeWidth = 460;
} // namespace

ConsoleLayout::ConsoleLayout(const Parts &parts, QVBoxLayout *hostLayout, QObject *parent)
    : QObject(parent), m_parts(parts), m_hostLayout(hostLayout)
{
}

QSplitter *ConsoleLayout::splitter(Qt::Orientation orientation, const char *name)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setObjectName(QLatin1String(name));
    splitter->setHandleWidth(6);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void ConsoleLayout::apply(Kind kind)
{
    if (m_applied && kind == m_kind)
        return;
    QWidget *host = m_hostLayout->parentWidget();
    // Take the parts out of the old splitters before those go.
    const QWidget *current = m_parts.lists->currentWidget();
    for (QWidget *part :
         {m_parts.intake, m_parts.map, m_parts.board, static_cast<QWidget *>(m_parts.lists)}) {
        part->hide();
        part->setParent(host);
    }
    m_parts.lists->removeTab(m_parts.lists->indexOf(m_parts.map));
    delete m_root;
    m_root = nullptr;
    m_intakeSplitter = nullptr;

    QSplitter *root = splitter(Qt::Horizontal, "mainSplitter");
    switch (kind) {
    case Kind::CallTaker: {
        // The call in front, the board beside it; the map and lists one tab away.
        m_parts.lists->insertTab(0, m_parts.map, QString());
        QSplitter *right = splitter(Qt::Vertical, "mapBoardSplitter");
        right->addWidget(m_parts.lists);
        right->addWidget(m_parts.board);
        right->setStretchFactor(0, 3);
        right->setStretchFactor(1, 2);
        root->addWidget(m_parts.intake);
        root->addWidget(right);
        root->setStretchFactor(0, 5);
        root->setStretchFactor(1, 6);
        // Shares by weight, not by size hints: on 1366x768 the map's took all but one row of
        // the board.
        right->setSizes({5500, 4500});
        root->setSizes({4500, 5500});
        m_parts.lists->setCurrentWidget(current == m_parts.units || current == m_parts.hospitals
                                            ? const_cast<QWidget *>(current)
                                            : m_parts.map);
        break;
    }
    case Kind::Dispatcher: {
        // Map and board side by side, both always in sight; intake folds away on the left.
        QSplitter *right = splitter(Qt::Vertical, "mapBoardSplitter");
        right->addWidget(m_parts.board);
        right->addWidget(m_parts.lists);
        right->setStretchFactor(0, 3);
        right->setStretchFactor(1, 2);
        root->addWidget(m_parts.intake);
        root->addWidget(m_parts.map);
        root->addWidget(right);
        root->setCollapsible(0, true);
        root->setStretchFactor(0, 0);
        root->setStretchFactor(1, 5);
        root->setStretchFactor(2, 4);
        m_intakeSplitter = root;
        connect(root, &QSplitter::splitterMoved, this, &ConsoleLayout::changed);
        break;
    }
    case Kind::ShiftLead: {
        // The board first, the units under it, the map beside; the hospitals are the main
        // window's dock beneath (where the lead also changes them), not a second copy here.
        m_parts.lists->setCurrentWidget(m_parts.units);
        QSplitter *left = splitter(Qt::Vertical, "mapBoardSplitter");
        left->addWidget(m_parts.board);
        left->addWidget(m_parts.lists);
        left->setStretchFactor(0, 3);
        left->setStretchFactor(1, 2);
        root->addWidget(left);
        root->addWidget(m_parts.map);
        root->setStretchFactor(0, 5);
        root->setStretchFactor(1, 4);
        // Shares by weight, not by the parts' size hints (the map's would take most of it).
        left->setSizes({3000, 2000});
        root->setSizes({5500, 4500});
        break;
    }
    }
    m_root = root;
    m_hostLayout->addWidget(root);
    root->show(); // at once, not when the layout gets round to it
    m_kind = kind;
    m_applied = true;
    for (QWidget *part : {m_parts.map, m_parts.board, static_cast<QWidget *>(m_parts.lists)})
        part->show();
    m_parts.intake->setVisible(kind != Kind::ShiftLead);
    if (kind == Kind::Dispatcher)
        setIntakeShown(false); // the map gets the room until a call needs the form
    // Keys (F8 for an alert) keep working when the focused form went out of sight: the board
    // takes the focus.
    QWidget *focus = host->window()->focusWidget();
    if (!focus || !focus->isVisibleTo(host->window()))
        m_parts.board->setFocus(Qt::OtherFocusReason);
    emit changed();
}

bool ConsoleLayout::isIntakeShown() const
{
    if (m_kind == Kind::Dispatcher && m_intakeSplitter)
        return m_intakeSplitter->sizes().value(0) > 0 && m_parts.intake->isVisibleTo(m_root);
    return m_kind == Kind::CallTaker;
}

void ConsoleLayout::setIntakeShown(bool shown)
{
    if (m_kind != Kind::Dispatcher || !m_intakeSplitter)
        return;
    QList<int> sizes = m_intakeSplitter->sizes();
    const int total = std::max(1, sizes.value(0) + sizes.value(1) + sizes.value(2));
    // Before the first show sizes are all 0: share a nominal width in the same proportions.
    const int width = total > 1 ? total : 1366;
    const int intake = shown ? std::min(OpenIntakeWidth, width / 3) : 0;
    const int rest = width - intake;
    m_intakeSplitter->setSizes({intake, rest * 5 / 9, rest - rest * 5 / 9});
    if (shown)
        m_parts.intake->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ConsoleLayout::bringMapForward()
{
    if (m_parts.lists->indexOf(m_parts.map) >= 0)
        m_parts.lists->setCurrentWidget(m_parts.map);
}

QString ConsoleLayout::toText(Kind kind)
{
    switch (kind) {
    case Kind::CallTaker:
        return QStringLiteral("call_taker");
    case Kind::Dispatcher:
        return QStringLiteral("dispatcher");
    case Kind::ShiftLead:
        return QStringLiteral("shift_lead");
    }
    return {};
}

std::optional<ConsoleLayout::Kind> ConsoleLayout::fromText(const QString &text)
{
    for (Kind kind : {Kind::CallTaker, Kind::Dispatcher, Kind::ShiftLead})
        if (toText(kind) == text)
            return kind;
    return std::nullopt;
}

ConsoleLayout::Kind ConsoleLayout::forRole(const QString &primaryRole)
{
    if (primaryRole == QLatin1String("dispatcher"))
        return Kind::Dispatcher;
    // A hospital liaison and an admin watch the board and hospitals as a shift lead does.
    if (primaryRole == QLatin1String("shift_lead") || primaryRole == QLatin1String("hospital") ||
        primaryRole == QLatin1String("admin"))
        return Kind::ShiftLead;
    return Kind::CallTaker;
}

std::optional<ConsoleLayout::Kind> ConsoleLayout::remembered(const QString &role)
{
    const QString key =
        role.isEmpty() ? QStringLiteral("ui/layout/last") : QStringLiteral("ui/layout/") + role;
    return fromText(QSettings().value(key).toString());
}

void ConsoleLayout::remember(const QString &role, Kind kind)
{
    QSettings settings;
    if (!role.isEmpty())
        settings.setValue(QStringLiteral("ui/layout/") + role, toText(kind));
    settings.setValue(QStringLiteral("ui/layout/last"), toText(kind));
}

} // namespace pela::ui
