// Hospital mode: what a partner hospital's liaison sees instead of the centre's screens. The
// requests for its ambulances (loud, answered with one key), the patients coming to it, its own
// ER status and beds, and its own ambulances. Every change is a core command posted to the
// session's command runner: this screen never waits for the database.
#pragma once

#include "commands/commandresult.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace pela::core {
class DispatchAdvisor;
class HospitalEtas;
class HospitalTripModel;
class IncidentCommands;
} // namespace pela::core

namespace pela::ui {

class HospitalMeasuresPanel;
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
    QTableView *requestTable() const { return m_requestTable; }
    QTableView *incomingTable() const { return m_incomingTable; }
    QTableView *unitTable() const { return m_unitTable; }
    HospitalMeasuresPanel *measuresPanel() const { return m_measures; }
    core::HospitalEtas *etas() const { return m_etas; }
    // The last command's outcome, as shown.
    QString message() const;

    // The actions behind the buttons and keys (F6 accept, F7 decline, F8 patient arrived).
    void acceptSelectedRequest();
    void declineSelectedRequest();
    void markSelectedPatientArrived();
    void saveErStatus();
    void saveBeds();
    void setSelectedUnitOutOfService();
    void setSelectedUnitInService();

    // Form fields, for the liaison's keyboard and for tests.
    QLineEdit *declineReasonEdit() const { return m_declineReason; }
    QComboBox *erStatusBox() const { return m_erStatus; }
    QLineEdit *erReasonEdit() const { return m_erReason; }
    QComboBox *bedCategoryBox() const { return m_bedCategory; }
    QSpinBox *bedsAvailableBox() const { return m_bedsAvailable; }
    QSpinBox *bedsTotalBox() const { return m_bedsTotal; }
    QLineEdit *unitReasonEdit() const { return m_unitReason; }

signals:
    // A posted command was answered (after the message is shown).
    void commandFinished(const pela::core::CommandResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAlarm();
    void updateHospitalPanel();
    void tick();
    void run(std::function<core::CommandResult(core::IncidentCommands &)> command);
    void showMessage(const QString &text, bool error);
    QString selectedCallSign(QTableView *table) const;
    QString hospitalCode() const;

    LiveSession *m_session;
    std::optional<qint64> m_hospitalId;
    core::HospitalTripModel *m_requests = nullptr;
    core::HospitalTripModel *m_incoming = nullptr;
    core::HospitalEtas *m_etas = nullptr;
    HospitalMeasuresPanel *m_measures = nullptr;
    QSortFilterProxyModel *m_ownUnits = nullptr;

    QLabel *m_alarm = nullptr;
    QLabel *m_requestsTitle = nullptr;
    QTableView *m_requestTable = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QLineEdit *m_declineReason = nullptr;

    QLabel *m_incomingTitle = nullptr;
    QTableView *m_incomingTable = nullptr;
    QPushButton *m_arrivedButton = nullptr;

    QLabel *m_hospitalTitle = nullptr;
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

    QLabel *m_unitsTitle = nullptr;
    QTableView *m_unitTable = nullptr;
    QLineEdit *m_unitReason = nullptr;
    QPushButton *m_outOfServiceButton = nullptr;
    QPushButton *m_inServiceButton = nullptr;

    QLabel *m_message = nullptr;
    QTimer *m_timer = nullptr;
    bool m_flash = false;
};

} // namespace pela::ui
