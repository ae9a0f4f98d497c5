// Hospital mode: what a partner hospital's liaison sees instead of the centre's screens. The
// requests for its ambulances (loud, answered with one key) and the patients coming to it, each
// with the ambulance's road ETA; its own ER status and beds, its answers to the centre's
// requests, and its own ambulances (panels of their own). Every change is a core command posted
// to the session's command runner: this screen never waits for the database.
#pragma once

#include "commands/commandresult.h"
#include "hospitalactions.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace pela::core {
class DispatchAdvisor;
class HospitalEtas;
class HospitalTripModel;
} // namespace pela::core

namespace pela::ui {

class HospitalMeasuresPanel;
class HospitalStatusPanel;
class HospitalUnitsPanel;
class LiveSession;

class HospitalScreen : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and must outlive the screen.
    explicit HospitalScreen(LiveSession *session, QWidget *parent = nullptr);

    // The hospital this login speaks for (LiveSync::hospitalId()).
    void setHospitalId(qint64 hospitalId);
    std::optional<qint64> hospitalId() const { return m_hospitalId; }
    // The road ETAs route along the advisor's roads as they load (straight lines until then).
    void followRoads(core::DispatchAdvisor *advisor);

    core::HospitalTripModel *requestModel() const { return m_requests; }
    core::HospitalTripModel *incomingModel() const { return m_incoming; }
    core::HospitalEtas *etas() const { return m_etas; }
    QTableView *requestTable() const { return m_requestTable; }
    QTableView *incomingTable() const { return m_incomingTable; }
    HospitalStatusPanel *statusPanel() const { return m_status; }
    HospitalMeasuresPanel *measuresPanel() const { return m_measures; }
    HospitalUnitsPanel *unitsPanel() const { return m_units; }
    // The last command's outcome, as shown.
    QString message() const;

    // The actions behind the buttons and keys (F6 accept, F7 decline, F8 patient arrived).
    void acceptSelectedRequest();
    void declineSelectedRequest();
    void markSelectedPatientArrived();

    QLineEdit *declineReasonEdit() const { return m_declineReason; }

signals:
    // A posted command was answered (after the message is shown).
    void commandFinished(const pela::core::CommandResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAlarm();
    void tick();
    void run(HospitalActions::Command command);
    void showMessage(const QString &text, bool error);
    QString selectedCallSign(QTableView *table) const;

    LiveSession *m_session;
    std::optional<qint64> m_hospitalId;
    core::HospitalTripModel *m_requests = nullptr;
    core::HospitalTripModel *m_incoming = nullptr;
    core::HospitalEtas *m_etas = nullptr;

    QLabel *m_alarm = nullptr;
    QLabel *m_requestsTitle = nullptr;
    QTableView *m_requestTable = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QLineEdit *m_declineReason = nullptr;

    QLabel *m_incomingTitle = nullptr;
    QTableView *m_incomingTable = nullptr;
    QPushButton *m_arrivedButton = nullptr;

    HospitalStatusPanel *m_status = nullptr;
    HospitalMeasuresPanel *m_measures = nullptr;
    HospitalUnitsPanel *m_units = nullptr;

    QLabel *m_message = nullptr;
    QTimer *m_timer = nullptr;
    bool m_flash = false;
};

} // namespace pela::ui
