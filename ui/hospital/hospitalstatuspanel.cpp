#include "hospitalstatuspanel.h"

#include "commands/incidentcommands.h"
#include "domain/lifecycle.h"
#include "live/labels.h"
#include "live/livestate.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

const core::ErStatus ErStatuses[] = {core::ErStatus::Open, core::ErStatus::Limited,
                                     core::ErStatus::Diverting};

} // namespace

HospitalStatusPanel::HospitalStatusPanel(core::LiveState *state, HospitalActions actions,
                                         QWidget *parent)
    : QWidget(parent), m_state(state), m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("hospitalStatus"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; padding: 4px 0;"));
    m_title->setWordWrap(true);
    m_erLabel = new QLabel(this);
    m_erStatus = new QComboBox(this);
    m_erStatus->setObjectName(QStringLiteral("erStatus"));
    for (core::ErStatus status : ErStatuses)
        m_erStatus->addItem(QString(), core::toText(status));
    m_erReason = new QLineEdit(this);
    m_erReason->setObjectName(QStringLiteral("erReason"));
    m_erSave = new QPushButton(this);
    m_erSave->setObjectName(QStringLiteral("erSave"));
    m_bedsLabel = new QLabel(this);
    m_bedsNow = new QLabel(this);
    m_bedsNow->setObjectName(QStringLiteral("bedsNow"));
    m_bedsNow->setWordWrap(true);
    m_bedCategory = new QComboBox(this);
    m_bedCategory->setObjectName(QStringLiteral("bedCategory"));
    for (const char *code : {"igd", "icu", "general"})
        m_bedCategory->addItem(QString(), QLatin1String(code));
    m_bedsAvailable = new QSpinBox(this);
    m_bedsAvailable->setObjectName(QStringLiteral("bedsAvailable"));
    m_bedsAvailable->setRange(0, 999);
    m_bedsTotal = new QSpinBox(this);
    m_bedsTotal->setObjectName(QStringLiteral("bedsTotal"));
    m_bedsTotal->setRange(0, 999);
    m_bedsSave = new QPushButton(this);
    m_bedsSave->setObjectName(QStringLiteral("bedsSave"));
    // Item texts come with the language, after the layout: room for the longest one.
    for (QComboBox *box : {m_erStatus, m_bedCategory}) {
        box->setMinimumContentsLength(11);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    auto *grid = new QGridLayout;
    grid->addWidget(m_erLabel, 0, 0);
    grid->addWidget(m_erStatus, 0, 1);
    grid->addWidget(m_erReason, 0, 2, 1, 2);
    grid->addWidget(m_erSave, 0, 4);
    grid->addWidget(m_bedsLabel, 1, 0);
    grid->addWidget(m_bedCategory, 1, 1);
    grid->addWidget(m_bedsAvailable, 1, 2);
    grid->addWidget(m_bedsTotal, 1, 3);
    grid->addWidget(m_bedsSave, 1, 4);
    grid->addWidget(m_bedsNow, 2, 0, 1, 5);
    grid->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid);

    connect(m_erSave, &QPushButton::clicked, this, &HospitalStatusPanel::saveErStatus);
    connect(m_bedsSave, &QPushButton::clicked, this, &HospitalStatusPanel::saveBeds);
    connect(m_state, &core::LiveState::hospitalChanged, this, &HospitalStatusPanel::updatePanel);
    connect(m_state, &core::LiveState::reloaded, this, &HospitalStatusPanel::updatePanel);
    connect(m_erStatus, &QComboBox::currentIndexChanged, this, [this] {
        m_erReason->setEnabled(m_erStatus->currentData().toString() != QLatin1String("open"));
    });
    connect(m_bedCategory, &QComboBox::currentIndexChanged, this,
            &HospitalStatusPanel::updatePanel);
    retranslateUi();
}

void HospitalStatusPanel::setHospitalId(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    updatePanel();
    // The form starts from what the hospital says now.
    if (const core::HospitalRecord *hospital = m_state->findHospital(hospitalId)) {
        m_erStatus->setCurrentIndex(m_erStatus->findData(hospital->erStatus));
        m_erReason->setText(hospital->erStatusReason);
    }
}

void HospitalStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HospitalStatusPanel::retranslateUi()
{
    m_erLabel->setText(tr("Emergency department"));
    for (int i = 0; i < m_erStatus->count(); ++i)
        m_erStatus->setItemText(i, core::labels::erStatus(m_erStatus->itemData(i).toString()));
    m_erReason->setPlaceholderText(tr("Reason (when limited or diverting)"));
    m_erSave->setText(tr("Save status"));
    m_bedsLabel->setText(tr("Free beds / total"));
    for (int i = 0; i < m_bedCategory->count(); ++i)
        m_bedCategory->setItemText(
            i, core::labels::bedCategory(m_bedCategory->itemData(i).toString()));
    m_bedsSave->setText(tr("Save beds"));
    updatePanel();
}

void HospitalStatusPanel::updatePanel()
{
    const core::HospitalRecord *hospital =
        m_hospitalId ? m_state->findHospital(*m_hospitalId) : nullptr;
    if (!hospital) {
        m_title->setText(tr("Our hospital"));
        m_bedsNow->clear();
        return;
    }
    QString title = tr("%1: emergency department %2")
                        .arg(hospital->name, core::labels::erStatus(hospital->erStatus));
    if (!hospital->erStatusReason.isEmpty())
        title += QStringLiteral(" (%1)").arg(hospital->erStatusReason);
    m_title->setText(title);
    QStringList beds;
    for (const core::BedRecord &bed : hospital->beds) {
        beds << tr("%1: %2 free of %3")
                    .arg(core::labels::bedCategory(bed.category))
                    .arg(bed.available)
                    .arg(bed.total ? QString::number(*bed.total) : tr("?"));
        if (bed.category == m_bedCategory->currentData().toString() && !m_bedsSave->hasFocus() &&
            !m_bedsAvailable->hasFocus() && !m_bedsTotal->hasFocus()) {
            m_bedsAvailable->setValue(bed.available);
            m_bedsTotal->setValue(bed.total.value_or(bed.available));
        }
    }
    m_bedsNow->setText(beds.isEmpty() ? tr("No beds reported yet.")
                                      : beds.join(QStringLiteral("   ")));
}

QString HospitalStatusPanel::hospitalCode() const
{
    const core::HospitalRecord *hospital =
        m_hospitalId ? m_state->findHospital(*m_hospitalId) : nullptr;
    return hospital ? hospital->code : QString();
}

void HospitalStatusPanel::saveErStatus()
{
    const QString code = hospitalCode();
    const std::optional<core::ErStatus> status =
        core::erStatusFromText(m_erStatus->currentData().toString());
    if (code.isEmpty() || !status)
        return;
    const QString reason = m_erReason->text().trimmed();
    m_actions.run([code, status, reason](core::IncidentCommands &commands) {
        return commands.setHospitalStatus(code, *status, reason);
    });
}

void HospitalStatusPanel::saveBeds()
{
    const QString code = hospitalCode();
    if (code.isEmpty())
        return;
    const QString category = m_bedCategory->currentData().toString();
    const int available = m_bedsAvailable->value();
    const int total = m_bedsTotal->value();
    m_actions.run([code, category, available, total](core::IncidentCommands &commands) {
        return commands.setHospitalBeds(code, category, available, total);
    });
}

} // namespace pela::ui
