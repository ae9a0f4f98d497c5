// The shift lead's hospitals: every partner hospital's ER status (coloured) and why, beds per
// category, capabilities and the last update with who made it (marked stale after the centre's
// setting), and under them the selected hospital's status and beds to change, posted as
// setHospitalStatus / setHospitalBeds through the command runner. A login that may not change
// them sees the same panel read-only, with the reason in words.
#pragma once

#include <QColor>
#include <QFrame>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pela::core {
struct CommandResult;
class IncidentCommands;
} // namespace pela::core

namespace pela::ui {

class BoardSession;

class HospitalPanel : public QFrame
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the panel.
    explicit HospitalPanel(BoardSession *board, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveStatusButton() const { return m_saveStatus; }
    QComboBox *bedCategoryBox() const { return m_bedCategory; }
    QSpinBox *bedsAvailableBox() const { return m_bedsAvailable; }
    QSpinBox *bedsTotalBox() const { return m_bedsTotal; }
    QPushButton *saveBedsButton() const { return m_saveBeds; }

    // The hospital the editor changes (0: none selected).
    qint64 selectedHospitalId() const { return m_hospitalId; }
    void selectHospital(qint64 hospitalId);
    // Whether this login may change the selected hospital now (connected, and its role allows).
    bool isEditable() const;
    // Why the editor is read-only, in the operator's words; empty when it is editable.
    QString readOnlyReason() const;
    // The answer to the last save ("Saving…" while it is on its way).
    QString message() const;

    void saveStatus();
    void saveBeds();

    // The ER status's colours (background, text), shared with the wall's hospital strip:
    // open green, limited amber, diverting red.
    static std::pair<QColor, QColor> erStatusColours(const QString &erStatus);

signals:
    void commandFinished(const pela::core::CommandResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentChanged();
    // The editor starts from what the selected hospital says now.
    void loadEditor();
    void loadBeds();
    void updateEditable();
    void run(std::function<core::CommandResult(core::IncidentCommands &)> command);
    void showMessage(const QString &text, bool problem);

    BoardSession *m_board;
    qint64 m_hospitalId = 0;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_selected = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_saveStatus = nullptr;
    QLabel *m_bedsLabel = nullptr;
    QComboBox *m_bedCategory = nullptr;
    QSpinBox *m_bedsAvailable = nullptr;
    QLabel *m_ofLabel = nullptr;
    QSpinBox *m_bedsTotal = nullptr;
    QPushButton *m_saveBeds = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pela::ui
