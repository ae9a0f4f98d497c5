#include "hospitalscreen.h"

#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "dispatch/dispatchadvisor.h"
#include "hospitalmeasurespanel.h"
#include "hospitalstatuspanel.h"
#include "hospitaltables.h"
#include "hospitalunitspanel.h"
#include "live/hospitaletas.h"
#include "live/hospitaltripmodel.h"
#include "live/livestate.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"
#include "livesession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pela::ui {

using hospitaltables::keepSelection;
using hospitaltables::makeTable;
using hospitaltables::makeTitle;

HospitalScreen::HospitalScreen(LiveSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("hospitalScreen"));
    core::LiveState *state = m_session->state();
    m_requests = new core::HospitalTripModel(state, core::HospitalTripModel::Kind::Requests, this);
    m_incoming =
        new core::HospitalTripModel(state, core::HospitalTripModel::Kind::IncomingPatients, this);
    m_etas = new core::HospitalEtas(state, this);
    m_requests->setEtas(m_etas);
    m_incoming->setEtas(m_etas);
    const HospitalActions actions{
        [this](HospitalActions::Command command) { run(std::move(command)); },
        [this](const QString &text, bool error) { showMessage(text, error); }};
    m_status = new HospitalStatusPanel(state, actions, this);
    m_measures = new HospitalMeasuresPanel(m_session, this);
    m_units = new HospitalUnitsPanel(m_session->unitModel(), actions, this);

    // Requests: the loudest part of the screen.
    m_alarm = new QLabel(this);
    m_alarm->setObjectName(QStringLiteral("requestAlarm"));
    m_alarm->setAlignment(Qt::AlignCenter);
    m_requestsTitle = makeTitle(this);
    m_requestTable = makeTable(m_requests, "requestTable", this);
    keepSelection(m_requestTable);
    m_acceptButton = new QPushButton(this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_acceptButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #2e7d32; color: white; font-weight: bold;"
                       " font-size: 12pt; padding: 6px 18px; }"));
    m_declineButton = new QPushButton(this);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    m_declineButton->setStyleSheet(
        QStringLiteral("QPushButton { font-weight: bold; font-size: 12pt; padding: 6px 18px; }"));
    m_declineReason = new QLineEdit(this);
    m_declineReason->setObjectName(QStringLiteral("declineReason"));
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_acceptButton);
    requestButtons->addSpacing(24);
    requestButtons->addWidget(m_declineReason, 1);
    requestButtons->addWidget(m_declineButton);

    // Patients coming.
    m_incomingTitle = makeTitle(this);
    m_incomingTable = makeTable(m_incoming, "incomingTable", this);
    keepSelection(m_incomingTable);
    m_arrivedButton = new QPushButton(this);
    m_arrivedButton->setObjectName(QStringLiteral("arrivedButton"));
    auto *incomingButtons = new QHBoxLayout;
    incomingButtons->addStretch(1);
    incomingButtons->addWidget(m_arrivedButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hospitalMessage"));
    m_message->setWordWrap(true);

    auto column = [this](std::initializer_list<QObject *> parts) {
        auto *widget = new QWidget(this);
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QObject *part : parts) {
            if (auto *w = qobject_cast<QWidget *>(part))
                layout->addWidget(w, qobject_cast<QTableView *>(w) ? 1 : 0);
            else if (auto *l = qobject_cast<QLayout *>(part))
                layout->addLayout(l);
        }
        return widget;
    };
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(column({m_alarm, m_requestsTitle, m_requestTable, requestButtons}));
    left->addWidget(column({m_incomingTitle, m_incomingTable, incomingButtons}));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_status);
    right->addWidget(m_measures);
    right->addWidget(m_units);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(m_message);

    connect(m_acceptButton, &QPushButton::clicked, this, &HospitalScreen::acceptSelectedRequest);
    connect(m_declineButton, &QPushButton::clicked, this, &HospitalScreen::declineSelectedRequest);
    connect(m_declineReason, &QLineEdit::returnPressed, this,
            &HospitalScreen::declineSelectedRequest);
    connect(m_arrivedButton, &QPushButton::clicked, this,
            &HospitalScreen::markSelectedPatientArrived);
    // One key each, wherever the focus is on this screen.
    const std::pair<Qt::Key, void (HospitalScreen::*)()> keys[] = {
        {Qt::Key_F6, &HospitalScreen::acceptSelectedRequest},
        {Qt::Key_F7, &HospitalScreen::declineSelectedRequest},
        {Qt::Key_F8, &HospitalScreen::markSelectedPatientArrived}};
    for (const auto &[key, action] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_requests)})
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &HospitalScreen::updateAlarm);

    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &HospitalScreen::tick);
    m_timer->start();
    retranslateUi();
}

void HospitalScreen::setHospitalId(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    m_requests->setHospitalId(hospitalId);
    m_incoming->setHospitalId(hospitalId);
    m_etas->setHospitalId(hospitalId);
    m_status->setHospitalId(hospitalId);
    m_measures->setHospitalId(hospitalId);
    m_units->setHospitalId(hospitalId);
    retranslateUi();
}

void HospitalScreen::followRoads(core::DispatchAdvisor *advisor)
{
    connect(advisor, &core::DispatchAdvisor::networkChanged, m_etas,
            [this, advisor] { m_etas->setNetwork(advisor->network()); });
    m_etas->setNetwork(advisor->network());
}

QString HospitalScreen::message() const
{
    return m_message->text();
}

void HospitalScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HospitalScreen::retranslateUi()
{
    m_requestsTitle->setText(tr("Requests for our ambulances"));
    m_acceptButton->setText(tr("Accept (F6)"));
    m_declineButton->setText(tr("Decline (F7)"));
    m_declineReason->setPlaceholderText(tr("Why we decline (required)"));
    m_incomingTitle->setText(tr("Patients on the way to us"));
    m_arrivedButton->setText(tr("Patient arrived (F8)"));
    m_requests->retranslate();
    m_incoming->retranslate();
    updateAlarm();
}

void HospitalScreen::updateAlarm()
{
    const int count = m_requests->rowCount();
    if (count == 0) {
        m_alarm->setText(tr("No request waiting for an answer."));
        m_alarm->setStyleSheet(QStringLiteral("background: #eceff1; color: #37474f;"
                                              " font-size: 12pt; padding: 8px;"));
        return;
    }
    // One wording for any count: the number leads (Indonesian has no plural forms to follow).
    m_alarm->setText(tr("Waiting for our answer: %1 — accept (F6) or decline (F7)").arg(count));
    // Flashes between two reds: a request must not go unseen.
    m_alarm->setStyleSheet(
        QStringLiteral("background: %1; color: white; font-size: 16pt;"
                       " font-weight: bold; padding: 10px;")
            .arg(m_flash ? QStringLiteral("#b71c1c") : QStringLiteral("#e53935")));
}

void HospitalScreen::tick()
{
    m_flash = !m_flash;
    m_requests->refreshTimes();
    m_incoming->refreshTimes();
    if (m_requests->rowCount() > 0) {
        updateAlarm();
        if (m_flash)
            QApplication::beep();
    }
}

QString HospitalScreen::selectedCallSign(QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(core::CallSignRole).toString();
}

void HospitalScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20;"));
}

void HospitalScreen::run(HospitalActions::Command command)
{
    core::CommandRunner *runner = m_session->commandRunner();
    if (!runner) {
        showMessage(tr("Not connected to the database: nothing was saved."), true);
        return;
    }
    showMessage(tr("Saving…"), false);
    runner->post(std::move(command)).then(this, [this](const core::CommandResult &result) {
        showMessage(result.message.isEmpty() ? tr("Saved.") : result.message, !result.ok());
        emit commandFinished(result);
    });
}

void HospitalScreen::acceptSelectedRequest()
{
    const QString callSign = selectedCallSign(m_requestTable);
    if (callSign.isEmpty()) {
        showMessage(tr("No request is selected."), true);
        return;
    }
    run([callSign](core::IncidentCommands &commands) { return commands.acceptRequest(callSign); });
}

void HospitalScreen::declineSelectedRequest()
{
    const QString callSign = selectedCallSign(m_requestTable);
    if (callSign.isEmpty()) {
        showMessage(tr("No request is selected."), true);
        return;
    }
    const QString reason = m_declineReason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Write why we decline, then press F7 again."), true);
        m_declineReason->setFocus();
        return;
    }
    m_declineReason->clear();
    run([callSign, reason](core::IncidentCommands &commands) {
        return commands.declineRequest(callSign, reason);
    });
}

void HospitalScreen::markSelectedPatientArrived()
{
    const QString callSign = selectedCallSign(m_incomingTable);
    if (callSign.isEmpty()) {
        showMessage(tr("No patient is selected."), true);
        return;
    }
    run([callSign](core::IncidentCommands &commands) {
        return commands.markPatientArrived(callSign);
    });
}

} // namespace pela::ui
