#include "boardfilterbar.h"

#include "domain/lifecycle.h"
#include "live/labels.h"
#include "livetableproxymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pela::ui {

namespace {

const char *const caseStates[] = {"waiting",  "requested",    "dispatched",  "en_route",
                                  "on_scene", "transporting", "at_hospital", "cleared",
                                  "referred", "closed"};

} // namespace

BoardFilterBar::BoardFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boardFilter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    for (int priority = 1; priority <= 4; ++priority) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filterP%1").arg(priority));
        button->setCheckable(true);
        button->setText(core::labels::priority(priority));
        const CellColours colours = LiveTableProxyModel::priorityColours(priority);
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 2px 8px; font-weight: bold; }"
                                             "QToolButton:checked { background: %1; color: %2; }")
                                  .arg(colours.background.name(), colours.text.name()));
        connect(button, &QToolButton::toggled, this, &BoardFilterBar::emitChanged);
        layout->addWidget(button);
        m_priorities[priority - 1] = button;
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("filterCategory"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("filterState"));
    m_kecamatan = new QComboBox(this);
    m_kecamatan->setObjectName(QStringLiteral("filterKecamatan"));
    for (QComboBox *box : {m_category, m_state, m_kecamatan}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &BoardFilterBar::emitChanged);
        layout->addWidget(box);
    }
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("filterUnit"));
    m_unit->setMaximumWidth(120);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    for (QLineEdit *edit : {m_unit, m_text})
        connect(edit, &QLineEdit::textChanged, this, &BoardFilterBar::emitChanged);
    layout->addWidget(m_unit);
    layout->addWidget(m_text, 1);
    m_closed = new QCheckBox(this);
    m_closed->setObjectName(QStringLiteral("filterClosed"));
    m_closed->setChecked(true);
    connect(m_closed, &QCheckBox::toggled, this, &BoardFilterBar::emitChanged);
    layout->addWidget(m_closed);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter(BoardFilter());
        emitChanged();
    });
    layout->addWidget(m_clear);
    retranslateUi();
}

void BoardFilterBar::fillLists()
{
    const QString category = m_category->currentData().toString();
    const QString state = m_state->currentData().toString();
    const QString kecamatan = m_kecamatan->currentData().toString();
    const bool updating = std::exchange(m_updating, true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &code : core::caseCategories())
        m_category->addItem(core::labels::caseCategory(code), code);
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    for (const char *code : caseStates)
        m_state->addItem(core::labels::caseState(QLatin1String(code)), QLatin1String(code));
    m_kecamatan->clear();
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    for (const auto &[code, name] : m_kecamatanList)
        m_kecamatan->addItem(name, code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatan->findData(kecamatan)));
    m_updating = updating;
}

void BoardFilterBar::retranslateUi()
{
    fillLists();
    m_unit->setPlaceholderText(tr("Unit"));
    m_text->setPlaceholderText(tr("Search the board"));
    m_closed->setText(tr("Recently closed"));
    m_clear->setText(tr("Show all"));
    for (int priority = 1; priority <= 4; ++priority)
        m_priorities[priority - 1]->setToolTip(
            tr("Only %1 cases (several may be chosen)").arg(core::labels::priority(priority)));
}

void BoardFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BoardFilterBar::setKecamatan(const QList<std::pair<QString, QString>> &codesAndNames)
{
    m_kecamatanList = codesAndNames;
    fillLists();
}

BoardFilter BoardFilterBar::filter() const
{
    BoardFilter filter;
    for (int priority = 1; priority <= 4; ++priority)
        if (m_priorities[priority - 1]->isChecked())
            filter.priorities.insert(priority);
    if (const QString code = m_category->currentData().toString(); !code.isEmpty())
        filter.categories.insert(code);
    if (const QString code = m_state->currentData().toString(); !code.isEmpty())
        filter.states.insert(code);
    filter.kecamatan = m_kecamatan->currentData().toString();
    filter.unit = m_unit->text().trimmed();
    filter.text = m_text->text();
    filter.showClosed = m_closed->isChecked();
    return filter;
}

void BoardFilterBar::setFilter(const BoardFilter &filter)
{
    const bool updating = std::exchange(m_updating, true);
    for (int priority = 1; priority <= 4; ++priority)
        m_priorities[priority - 1]->setChecked(filter.priorities.contains(priority));
    auto choose = [](QComboBox *box, const QSet<QString> &values) {
        box->setCurrentIndex(values.isEmpty() ? 0 : std::max(0, box->findData(*values.cbegin())));
    };
    choose(m_category, filter.categories);
    choose(m_state, filter.states);
    if (!filter.kecamatan.isEmpty() && m_kecamatan->findData(filter.kecamatan) < 0)
        m_kecamatan->addItem(filter.kecamatan, filter.kecamatan); // names arrive later
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatan->findData(filter.kecamatan)));
    m_unit->setText(filter.unit);
    m_text->setText(filter.text);
    m_closed->setChecked(filter.showClosed);
    m_updating = updating;
}

void BoardFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace pela::ui
