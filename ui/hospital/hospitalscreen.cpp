#include "hospitalscreen.h"

#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "dispatch/dispatchadvisor.h"
#include "domain/lifecycle.h"
#include "hospitalmeasurespanel.h"
#include "live/hospitaletas.h"
#include "live/hospitaltripmodel.h"
#include "live/labels.h"
#include "live/livestate.h"
#include "live/roles.h"
#include "live/unitlistmodel.h"
#include "livesession.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // Short columns fit their text; the last (a note, a position) takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setStyleSheet(QStringLiteral("QTableView { font-size: 11pt; }"));
    return table;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; padding: 4px 0;"));
    return label;
}

// The first row is selected when nothing is, so one key answers the only request.
void keepSelection(QTableView *table)
{
    auto select = [table] {
        if (table->model()->rowCount() > 0 && !table->selectionModel()->hasSelection())
            table->selectRow(0);
    };
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table, select);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, table, select);
}

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

const core::ErStatus ErStatuses[] = {core::ErStatus::Open, core::ErStatus::Limited,
                                     core::ErStatus::Diverting};

} // namespace

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
    m_measures = new HospitalMeasuresPanel(m_session, this);
    m_ownUnits = new OwnUnitsProxy(this);
    m_ownUnits->setSourceModel(m_session->unitModel());

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

    // The hospital itself.
    m_hospitalTitle = makeTitle(this);
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
    auto *hospitalGrid = new QGridLayout;
    hospitalGrid->addWidget(m_erLabel, 0, 0);
    hospitalGrid->addWidget(m_erStatus, 0, 1);
    hospitalGrid->addWidget(m_erReason, 0, 2, 1, 2);
    hospitalGrid->addWidget(m_erSave, 0, 4);
    hospitalGrid->addWidget(m_bedsLabel, 1, 0);
    hospitalGrid->addWidget(m_bedCategory, 1, 1);
    hospitalGrid->addWidget(m_bedsAvailable, 1, 2);
    hospitalGrid->addWidget(m_bedsTotal, 1, 3);
    hospitalGrid->addWidget(m_bedsSave, 1, 4);
    hospitalGrid->addWidget(m_bedsNow, 2, 0, 1, 5);
    hospitalGrid->setColumnStretch(2, 1);

    // Its ambulances.
    m_unitsTitle = makeTitle(this);
    m_unitTable = makeTable(m_ownUnits, "ownUnitTable", this);
    m_unitTable->hideColumn(core::UnitListModel::OwnerColumn); // always this hospital
    m_unitReason = new QLineEdit(this);
    m_unitReason->setObjectName(QStringLiteral("unitReason"));
    m_outOfServiceButton = new QPushButton(this);
    m_outOfServiceButton->setObjectName(QStringLiteral("outOfServiceButton"));
    m_inServiceButton = new QPushButton(this);
    m_inServiceButton->setObjectName(QStringLiteral("inServiceButton"));
    auto *unitButtons = new QHBoxLayout;
    unitButtons->addWidget(m_unitReason, 1);
    unitButtons->addWidget(m_outOfServiceButton);
    unitButtons->addWidget(m_inServiceButton);

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
    right->addWidget(column({m_hospitalTitle, hospitalGrid}));
    right->addWidget(m_measures);
    right->addWidget(column({m_unitsTitle, m_unitTable, unitButtons}));
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
    connect(m_erSave, &QPushButton::clicked, this, &HospitalScreen::saveErStatus);
    connect(m_bedsSave, &QPushButton::clicked, this, &HospitalScreen::saveBeds);
    connect(m_outOfServiceButton, &QPushButton::clicked, this,
            &HospitalScreen::setSelectedUnitOutOfService);
    connect(m_inServiceButton, &QPushButton::clicked, this,
            &HospitalScreen::setSelectedUnitInService);
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
    connect(state, &core::LiveState::hospitalChanged, this, &HospitalScreen::updateHospitalPanel);
    connect(state, &core::LiveState::reloaded, this, &HospitalScreen::updateHospitalPanel);
    connect(m_erStatus, &QComboBox::currentIndexChanged, this, [this] {
        m_erReason->setEnabled(m_erStatus->currentData().toString() != QLatin1String("open"));
    });
    connect(m_bedCategory, &QComboBox::currentIndexChanged, this,
            &HospitalScreen::updateHospitalPanel);

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
    m_measures->setHospitalId(hospitalId);
    static_cast<OwnUnitsProxy *>(m_ownUnits)->setHospitalId(hospitalId);
    updateHospitalPanel();
    // The form starts from what the hospital says now.
    if (const core::HospitalRecord *hospital = m_session->state()->findHospital(hospitalId)) {
        m_erStatus->setCurrentIndex(m_erStatus->findData(hospital->erStatus));
        m_erReason->setText(hospital->erStatusReason);
    }
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
    m_unitsTitle->setText(tr("Our ambulances"));
    m_unitReason->setPlaceholderText(tr("Why out of service"));
    m_outOfServiceButton->setText(tr("Out of service"));
    m_inServiceButton->setText(tr("Back in service"));
    m_requests->retranslate();
    m_incoming->retranslate();
    updateAlarm();
    updateHospitalPanel();
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

void HospitalScreen::updateHospitalPanel()
{
    const core::HospitalRecord *hospital =
        m_hospitalId ? m_session->state()->findHospital(*m_hospitalId) : nullptr;
    if (!hospital) {
        m_hospitalTitle->setText(tr("Our hospital"));
        m_bedsNow->clear();
        return;
    }
    QString title = tr("%1: emergency department %2")
                        .arg(hospital->name, core::labels::erStatus(hospital->erStatus));
    if (!hospital->erStatusReason.isEmpty())
        title += QStringLiteral(" (%1)").arg(hospital->erStatusReason);
    m_hospitalTitle->setText(title);
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

QString HospitalScreen::hospitalCode() const
{
    const core::HospitalRecord *hospital =
        m_hospitalId ? m_session->state()->findHospital(*m_hospitalId) : nullptr;
    return hospital ? hospital->code : QString();
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

void HospitalScreen::run(std::function<core::CommandResult(core::IncidentCommands &)> command)
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

void HospitalScreen::saveErStatus()
{
    const QString code = hospitalCode();
    const std::optional<core::ErStatus> status =
        core::erStatusFromText(m_erStatus->currentData().toString());
    if (code.isEmpty() || !status)
        return;
    const QString reason = m_erReason->text().trimmed();
    run([code, status, reason](core::IncidentCommands &commands) {
        return commands.setHospitalStatus(code, *status, reason);
    });
}

void HospitalScreen::saveBeds()
{
    const QString code = hospitalCode();
    if (code.isEmpty())
        return;
    const QString category = m_bedCategory->currentData().toString();
    const int available = m_bedsAvailable->value();
    const int total = m_bedsTotal->value();
    run([code, category, available, total](core::IncidentCommands &commands) {
        return commands.setHospitalBeds(code, category, available, total);
    });
}

void HospitalScreen::setSelectedUnitOutOfService()
{
    const QString callSign = selectedCallSign(m_unitTable);
    if (callSign.isEmpty()) {
        showMessage(tr("No ambulance is selected."), true);
        return;
    }
    const QString reason = m_unitReason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Write why the ambulance is out of service."), true);
        m_unitReason->setFocus();
        return;
    }
    run([callSign, reason](core::IncidentCommands &commands) {
        return commands.setUnitOutOfService(callSign, reason);
    });
}

void HospitalScreen::setSelectedUnitInService()
{
    const QString callSign = selectedCallSign(m_unitTable);
    if (callSign.isEmpty()) {
        showMessage(tr("No ambulance is selected."), true);
        return;
    }
    run([callSign](core::IncidentCommands &commands) {
        return commands.setUnitInService(callSign);
    });
}

} // namespace pela::ui
