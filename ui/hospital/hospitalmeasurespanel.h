// Hospital mode's own figures: how the hospital answered the centre's requests for its
// ambulances this shift and over the last 30 days (its row of the shift report's partner
// requests, reasons for declining included). Read through the session's command runner, again
// when requests change: never on the GUI thread.
#pragma once

#include "live/hospitalmeasures.h"

#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QTimer;

namespace pela::ui {

class LiveSession;

class HospitalMeasuresPanel : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and must outlive the panel.
    explicit HospitalMeasuresPanel(LiveSession *session, QWidget *parent = nullptr);

    void setHospitalId(qint64 hospitalId);
    // Reads the figures again (coalesced with any read already asked for).
    void refresh();
    // The figures shown; none until the first read answered.
    const std::optional<core::HospitalMeasures> &measures() const { return m_measures; }
    // The text of a cell: row 0 requests, 1 accepted, 2 declined, 3 expired, 4 median answer;
    // column 0 this shift, 1 the last 30 days.
    QString cellText(int row, int column) const;
    QString declineReasonsText() const;

signals:
    // A read answered and the figures shown changed.
    void measuresChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMeasures(const core::HospitalMeasures &measures);
    void read();

    LiveSession *m_session;
    std::optional<qint64> m_hospitalId;
    std::optional<core::HospitalMeasures> m_measures;
    QLabel *m_title = nullptr;
    QLabel *m_shiftHeading = nullptr;
    QLabel *m_monthHeading = nullptr;
    QList<QLabel *> m_rowNames;
    QList<QLabel *> m_cells; // row * 2 + column
    QLabel *m_reasons = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_coalesce = nullptr;
    QTimer *m_periodic = nullptr;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace pela::ui
