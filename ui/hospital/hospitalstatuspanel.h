// Hospital mode's own-hospital panel: its emergency department's status (open, limited,
// diverting, with the reason) and its free beds per category, as the centre sees them, and the
// form the liaison changes them with.
#pragma once

#include "hospitalactions.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pela::core {
class LiveState;
}

namespace pela::ui {

class HospitalStatusPanel : public QWidget
{
    Q_OBJECT
public:
    // The state is not owned and must outlive the panel.
    HospitalStatusPanel(core::LiveState *state, HospitalActions actions, QWidget *parent = nullptr);

    void setHospitalId(qint64 hospitalId);

    void saveErStatus();
    void saveBeds();

    QComboBox *erStatusBox() const { return m_erStatus; }
    QLineEdit *erReasonEdit() const { return m_erReason; }
    QComboBox *bedCategoryBox() const { return m_bedCategory; }
    QSpinBox *bedsAvailableBox() const { return m_bedsAvailable; }
    QSpinBox *bedsTotalBox() const { return m_bedsTotal; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePanel();
    QString hospitalCode() const;

    core::LiveState *m_state;
    HospitalActions m_actions;
    std::optional<qint64> m_hospitalId;
    QLabel *m_title = nullptr;
    QLabel *m_erLabel = nullptr;
    QComboBox *m_erStatus = nullptr;
    QLineEdit *m_erReason = nullptr;
    QPushButton *m_erSave = nullptr;
    QLabel *m_bedsLabel = nullptr;
    QLabel *m_bedsNow = nullptr;
    QComboBox *m_bedCategory = nullptr;
    QSpinBox *m_bedsAvailable = nullptr;
    QSpinBox *m_bedsTotal = nullptr;
    QPushButton *m_bedsSave = nullptr;
};

} // namespace pela::ui
