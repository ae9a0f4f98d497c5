// The dispatcher's advice for the case worked on: available units ranked by road ETA with the
// reason for each place, hospitals for the patient, and the kelurahan no ambulance reaches within
// the coverage threshold. F3 (or a double click) sends the unit; the drop controller does it.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pela::core {
class DispatchAdvisor;
class LiveState;
} // namespace pela::core

namespace pela::ui {

class RecommendationPanel : public QWidget
{
    Q_OBJECT
public:
    RecommendationPanel(core::DispatchAdvisor *advisor, core::LiveState *state,
                        QWidget *parent = nullptr);

    QTreeWidget *unitList() const { return m_units; }
    QTreeWidget *hospitalList() const { return m_hospitals; }
    QPushButton *dispatchButton() const { return m_dispatch; }
    QLabel *coverageLabel() const { return m_coverage; }
    QLabel *reasonsLabel() const { return m_why; }
    QLabel *assignedLabel() const { return m_assigned; }

signals:
    // The operator chose to send this unit to the advised case (the button at `from`).
    void dispatchRequested(qint64 caseId, qint64 unitId, const QString &callSign, QWidget *from);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAdvice();
    void showCoverage();
    void dispatchSelected();

    core::DispatchAdvisor *m_advisor;
    core::LiveState *m_state;
    QLabel *m_title = nullptr;
    QLabel *m_unitsHeading = nullptr;
    QLabel *m_hospitalsHeading = nullptr;
    QLabel *m_coverageHeading = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_assigned = nullptr; // the assigned units' road ETAs, as they move
    QLabel *m_why = nullptr;      // the highlighted unit's reasons, whole (the column is narrow)
    QTreeWidget *m_units = nullptr;
    QTreeWidget *m_hospitals = nullptr;
    QPushButton *m_dispatch = nullptr;
    QLabel *m_coverage = nullptr;
};

} // namespace pela::ui
