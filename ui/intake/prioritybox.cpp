#include "prioritybox.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <algorithm>

namespace pela::ui {

PriorityBox::PriorityBox(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("priorityBox"));
    setFrameShape(QFrame::StyledPanel);
    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->setAlignment(Qt::AlignCenter);
    m_priority->setMinimumWidth(MinimumLabelWidth);
    // Big text in a narrow column (the form beside the map at 1366x768, Indonesian's longer
    // words: "Belum ada prioritas", "P4 · BUKAN DARURAT") wraps at its words instead of being
    // cut at both ends; fitPriority() makes the longest word fit.
    m_priority->setWordWrap(true);
    m_priority->installEventFilter(this);
    m_reasonText = new QLabel(this);
    m_reasonText->setObjectName(QStringLiteral("priorityReason"));
    m_reasonText->setWordWrap(true);
    m_reasonText->setTextFormat(Qt::PlainText);
    m_reasonText->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_reasonText->setStyleSheet(QStringLiteral("font-size: 10pt;"));

    m_override = new QComboBox(this);
    m_override->setObjectName(QStringLiteral("priorityOverride"));
    m_override->installEventFilter(this);
    m_overrideLabel = new QLabel(this);
    m_overrideLabel->setBuddy(m_override);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setMaxLength(600);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);

    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->addWidget(m_priority);
    m_top->addWidget(m_reasonText, 1);
    auto *overrideGrid = new QGridLayout;
    overrideGrid->setHorizontalSpacing(6);
    overrideGrid->setVerticalSpacing(4);
    overrideGrid->addWidget(m_overrideLabel, 0, 0);
    overrideGrid->addWidget(m_override, 0, 1, Qt::AlignLeft);
    overrideGrid->addWidget(m_reasonLabel, 1, 0);
    overrideGrid->addWidget(m_reason, 1, 1);
    overrideGrid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(m_top);
    layout->addLayout(overrideGrid);

    connect(m_override, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit overrideChanged();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &PriorityBox::overrideChanged);
    retranslateUi();
}

QString PriorityBox::priorityName(int priority)
{
    switch (priority) {
    case 1:
        return tr("P1 · RED");
    case 2:
        return tr("P2 · YELLOW");
    case 3:
        return tr("P3 · GREEN");
    case 4:
        return tr("P4 · NON-EMERGENCY");
    default:
        return tr("No priority yet");
    }
}

QString PriorityBox::colourOf(int priority)
{
    switch (priority) {
    case 1:
        return QStringLiteral("#c62828");
    case 2:
        return QStringLiteral("#f9a825");
    case 3:
        return QStringLiteral("#2e7d32");
    case 4:
        return QStringLiteral("#546e7a");
    default:
        return QStringLiteral("#cfd8dc");
    }
}

QString PriorityBox::textColourOf(int priority)
{
    return priority == 2 || priority == 0 ? QStringLiteral("#212121") : QStringLiteral("#ffffff");
}

void PriorityBox::setComputed(int priority, const QString &reason)
{
    m_computed = priority;
    m_reasonText->setText(reason);
    retranslateUi();
}

std::optional<int> PriorityBox::overridePriority() const
{
    const int chosen = m_override->currentIndex(); // 0: as computed, 1..4
    if (chosen <= 0 || chosen == m_computed)
        return std::nullopt;
    return chosen;
}

QString PriorityBox::overrideReason() const
{
    return m_reason->text().trimmed();
}

void PriorityBox::clearOverride()
{
    m_override->setCurrentIndex(0);
    m_reason->clear();
}

bool PriorityBox::eventFilter(QObject *watched, QEvent *event)
{
    // A wrapped label's height follows its width, which the form's splitter does not ask for:
    // the label asks for the lines it has.
    if (watched == m_priority && event->type() == QEvent::Resize) {
        const int height = m_priority->heightForWidth(m_priority->width());
        if (height > 0 && height != m_priority->minimumHeight())
            m_priority->setMinimumHeight(height);
    }
    // Digits choose at once: 1..4 a priority, 0 back to the computed one.
    if (watched == m_override && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key >= Qt::Key_0 && key <= Qt::Key_4) {
            m_override->setCurrentIndex(key - Qt::Key_0);
            if (overridePriority())
                m_reason->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void PriorityBox::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitPriority();
}

void PriorityBox::fitPriority()
{
    // Beside the priority while there is room for both, else below it (the dispatcher's
    // narrower form).
    constexpr int StackBelowWidth = 340;
    constexpr int Padding = 2 * 10 + 4; // the style's horizontal padding, and a little air
    const bool stacked = width() < StackBelowWidth;
    m_top->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const int inner = contentsRect().width() - 12; // the layout's margins
    const int room = stacked ? inner : std::max(MinimumLabelWidth, inner / 2);

    // As big as it is meant to be, smaller only when its longest word would not fit.
    const int shown = effectivePriority();
    const QStringList words =
        m_priority->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QFont font = m_priority->font();
    font.setBold(true);
    int size = shown ? 18 : 12;
    int widest = 0;
    for (;; --size) {
        font.setPointSize(size);
        const QFontMetrics metrics(font);
        widest = 0;
        for (const QString &word : words)
            widest = std::max(widest, metrics.horizontalAdvance(word));
        if (widest + Padding <= room || size <= 8)
            break;
    }
    m_priority->setMinimumWidth(
        std::clamp(widest + Padding, MinimumLabelWidth, std::max(MinimumLabelWidth, room)));
    const QString style =
        QStringLiteral("QLabel#priority { background: %1; color: %2; font-size: %3pt;"
                       " font-weight: bold; border-radius: 4px; padding: 6px 10px; }")
            .arg(colourOf(shown), textColourOf(shown))
            .arg(size);
    if (m_priority->styleSheet() != style) // a new style sheet lays out again
        m_priority->setStyleSheet(style);
}

void PriorityBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void PriorityBox::retranslateUi()
{
    m_overrideLabel->setText(tr("O&verride"));
    m_reasonLabel->setText(tr("&Reason"));
    const int current = std::max(0, m_override->currentIndex());
    const QSignalBlocker blocker(m_override);
    m_override->clear();
    m_override->addItem(m_computed ? tr("0  as computed (P%1)").arg(m_computed)
                                   : tr("0  as computed"));
    for (int priority = 1; priority <= 4; ++priority)
        m_override->addItem(QStringLiteral("%1  %2").arg(priority).arg(priorityName(priority)));
    m_override->setCurrentIndex(current);
    m_reason->setPlaceholderText(tr("why the priority differs"));
    refresh();
}

void PriorityBox::refresh()
{
    const int shown = effectivePriority();
    QString text = priorityName(shown);
    if (overridePriority())
        text += QLatin1Char('\n') + tr("(computed P%1)").arg(m_computed);
    m_priority->setText(text);
    fitPriority();
    // The reason is asked for only once the priority is changed: the room goes to the questions
    // and to telephone CPR's text until then.
    const bool overriding = overridePriority().has_value();
    m_reason->setVisible(overriding);
    m_reasonLabel->setVisible(overriding);
}

} // namespace pela::ui
