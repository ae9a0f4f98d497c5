#include "categorypicker.h"

#include "domain/lifecycle.h"
#include "live/labels.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace pela::ui {

CategoryPicker::CategoryPicker(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("categoryPicker"));
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral(
        "QFrame#categoryPicker { border: 2px solid transparent; border-radius: 4px; }"
        "QFrame#categoryPicker:focus { border-color: #1565c0; background: #e3f2fd; }"
        "QToolButton { font-size: 10pt; padding: 4px 6px; text-align: left;"
        " border: 1px solid #90a4ae; border-radius: 3px; background: #fafafa; }"
        "QToolButton:checked { background: #1565c0; color: white; border-color: #0d47a1;"
        " font-weight: bold; }"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(3, 3, 3, 3);
    m_grid->setSpacing(4);
    for (const QString &category : core::caseCategories()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("category_") + category);
        button->setCheckable(true);
        button->setAutoExclusive(false);
        // The picker has the focus and takes the keys; the buttons are for the mouse.
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, [this, category] { choose(category); });
        m_buttons.insert(category, button);
    }
    retranslateUi();
    arrange();
}

QString CategoryPicker::keyOf(const QString &category)
{
    // One letter each, unique among the categories in each language, after the category's
    // name in that language where possible.
    if (category == QLatin1String("medical"))
        return tr("M", "key of the category Medical");
    if (category == QLatin1String("traffic_accident"))
        return tr("T", "key of the category Traffic accident");
    if (category == QLatin1String("fire"))
        return tr("F", "key of the category Fire");
    if (category == QLatin1String("natural_disaster"))
        return tr("D", "key of the category Natural disaster");
    if (category == QLatin1String("security"))
        return tr("S", "key of the category Security");
    if (category == QLatin1String("extreme_weather"))
        return tr("W", "key of the category Extreme weather");
    if (category == QLatin1String("power_outage"))
        return tr("P", "key of the category Power outage");
    if (category == QLatin1String("fallen_tree"))
        return tr("R", "key of the category Fallen tree");
    if (category == QLatin1String("hearse_transport"))
        return tr("H", "key of the category Hearse transport");
    if (category == QLatin1String("other_info"))
        return tr("O", "key of the category Other / information");
    if (category == QLatin1String("prank_silent"))
        return tr("N", "key of the category Prank / silent call");
    return {};
}

void CategoryPicker::setCategory(const QString &category)
{
    m_category = category;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == category);
}

void CategoryPicker::choose(const QString &category)
{
    setCategory(category);
    emit categoryChosen(category);
}

void CategoryPicker::keyPressEvent(QKeyEvent *event)
{
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        const QString typed = event->text().trimmed().toUpper();
        if (!typed.isEmpty())
            for (const QString &category : core::caseCategories())
                if (keyOf(category).toUpper() == typed) {
                    choose(category);
                    event->accept();
                    return;
                }
    }
    QFrame::keyPressEvent(event);
}

void CategoryPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CategoryPicker::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrange();
}

void CategoryPicker::retranslateUi()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(
            QStringLiteral("%1  %2").arg(keyOf(it.key()), core::labels::caseCategory(it.key())));
        it.value()->setToolTip(tr("Key %1").arg(keyOf(it.key())));
    }
}

void CategoryPicker::arrange()
{
    // Three columns in a narrow panel, more when there is room: every name stays whole.
    const int columns = std::clamp(width() / 190, 2, 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QStringList &categories = core::caseCategories();
    for (int i = 0; i < categories.size(); ++i) {
        QToolButton *button = m_buttons.value(categories[i]);
        m_grid->removeWidget(button);
        m_grid->addWidget(button, i / columns, i % columns);
    }
}

} // namespace pela::ui
