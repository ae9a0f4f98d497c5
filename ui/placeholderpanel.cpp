#include "placeholderpanel.h"

#include "panelstyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
const QString panelStyle = QStringLiteral(R"(
pela--ui--PlaceholderPanel { background: #eceff1; border: 1px solid #b0bec5; }
QLabel#panelDescription {
    color: #455a64; font-size: 11pt; border: 2px dashed #90a4ae; border-radius: 6px;
    padding: 18px; margin: 18px; background: #f5f7f8;
}
)") + panelTitleStyle();
} // namespace

PlaceholderPanel::PlaceholderPanel(QWidget *parent) : QFrame(parent)
{
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(panelStyle);
    setMinimumSize(220, 160);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("panelDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_description, 1);
}

void PlaceholderPanel::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title.toUpper());
    m_description->setText(description);
}

QString PlaceholderPanel::title() const
{
    return m_title->text();
}

} // namespace pela::ui
