#include "hospitalunitspanel.h"

#include "commands/incidentcommands.h"
#include "hospitaltables.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pela::ui {

// The units this hospital owns (the view also holds any unit bringing it a patient).
class OwnUnitsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setHospitalId(qint64 id)
    {
        m_hospitalId = id;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return m_hospitalId != 0 &&
               index.data(core::OwnerHospitalIdRole).toLongLong() == m_hospitalId;
    }

private:
    qint64 m_hospitalId = 0;
};

HospitalUnitsPanel::HospitalUnitsPanel(QAbstractItemModel *units, HospitalActions actions,
                                       QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("hospitalUnits"));
    m_ownUnits = new OwnUnitsProxy(this);
    m_ownUnits->setSourceModel(units);
    m_title = hospitaltables::makeTitle(this);
    m_table = hospitaltables::makeTable(m_ownUnits, "ownUnitTable", this);
    m_table->hideColumn(core::UnitListModel::OwnerColumn); // always this hospital
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("unitReason"));
    m_outOfService = new QPushButton(this);
    m_outOfService->setObjectName(QStringLiteral("outOfServiceButton"));
    m_inService = new QPushButton(this);
    m_inService->setObjectName(QStringLiteral("inServiceButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_outOfService);
    buttons->addWidget(m_inService);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_outOfService, &QPushButton::clicked, this,
            &HospitalUnitsPanel::setSelectedUnitOutOfService);
    connect(m_inService, &QPushButton::clicked, this,
            &HospitalUnitsPanel::setSelectedUnitInService);
    retranslateUi();
}

void HospitalUnitsPanel::setHospitalId(qint64 hospitalId)
{
    m_ownUnits->setHospitalId(hospitalId);
}

void HospitalUnitsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HospitalUnitsPanel::retranslateUi()
{
    m_title->setText(tr("Our ambulances"));
    m_reason->setPlaceholderText(tr("Why out of service"));
    m_outOfService->setText(tr("Out of service"));
    m_inService->setText(tr("Back in service"));
}

QString HospitalUnitsPanel::selectedCallSign() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(core::CallSignRole).toString();
}

void HospitalUnitsPanel::setSelectedUnitOutOfService()
{
    const QString callSign = selectedCallSign();
    if (callSign.isEmpty()) {
        m_actions.tell(tr("No ambulance is selected."), true);
        return;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_actions.tell(tr("Write why the ambulance is out of service."), true);
        m_reason->setFocus();
        return;
    }
    m_actions.run([callSign, reason](core::IncidentCommands &commands) {
        return commands.setUnitOutOfService(callSign, reason);
    });
}

void HospitalUnitsPanel::setSelectedUnitInService()
{
    const QString callSign = selectedCallSign();
    if (callSign.isEmpty()) {
        m_actions.tell(tr("No ambulance is selected."), true);
        return;
    }
    m_actions.run([callSign](core::IncidentCommands &commands) {
        return commands.setUnitInService(callSign);
    });
}

} // namespace pela::ui
