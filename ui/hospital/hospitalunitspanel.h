// Hospital mode's own-ambulances panel: the units this hospital owns, with their status and
// position, and taking one out of service (with the reason) or back.
#pragma once

#include "hospitalactions.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pela::ui {

class OwnUnitsProxy;

class HospitalUnitsPanel : public QWidget
{
    Q_OBJECT
public:
    // units: every unit the login sees (UnitListModel); not owned.
    HospitalUnitsPanel(QAbstractItemModel *units, HospitalActions actions,
                       QWidget *parent = nullptr);

    void setHospitalId(qint64 hospitalId);

    void setSelectedUnitOutOfService();
    void setSelectedUnitInService();

    QTableView *unitTable() const { return m_table; }
    QLineEdit *unitReasonEdit() const { return m_reason; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString selectedCallSign() const;

    HospitalActions m_actions;
    OwnUnitsProxy *m_ownUnits = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_outOfService = nullptr;
    QPushButton *m_inService = nullptr;
};

} // namespace pela::ui
