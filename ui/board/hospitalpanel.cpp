#include "hospitalpanel.h"

#include "boardsession.h"
#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "domain/lifecycle.h"
#include "live/hospitalstatusmodel.h"
#include "live/labels.h"
#include "live/livestate.h"
#include "live/roles.h"
#include "livesession.h"
#include "panelstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

using Model = core::HospitalStatusModel;

const QString panelStyle = QStringLiteral(R"(
pela--ui--HospitalPanel { background: #ffffff; border: 1px solid #b0bec5; }
QTableView { gridline-color: #cfd8dc; font-size: 10pt; }
QHeaderView::section {
    background: #eceff1; color: #263238; font-weight: bold; padding: 3px 6px;
    border: none; border-right: 1px solid #cfd8dc; border-bottom: 1px solid #b0bec5;
}
QWidget#hospitalEditor { background: #eceff1; border-top: 1px solid #b0bec5; }
QLabel#selectedHospital { font-weight: bold; font-size: 10pt; }
QLabel#readOnlyReason { color: #37474f; font-style: italic; }
)") + panelTitleStyle();

// The ER status as a coloured cell and a stale update in orange: the two things a shift lead
// looks for first.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == Model::ErStatusColumn) {
            const auto [background, text] =
                HospitalPanel::erStatusColours(index.data(core::ErStatusRole).toString());
            option->backgroundBrush = background;
            option->palette.setColor(QPalette::Text, text);
            option->palette.setColor(QPalette::HighlightedText, text);
            option->palette.setColor(QPalette::Highlight, background.darker(115));
            option->font.setBold(true);
        } else if (index.column() == Model::UpdatedColumn &&
                   index.data(Model::StaleRole).toBool()) {
            option->backgroundBrush = QColor(0xff, 0xe0, 0xb2);
            option->palette.setColor(QPalette::Text, QColor(0xbf, 0x36, 0x0c));
            option->font.setBold(true);
        }
    }
};

const core::ErStatus erStatuses[] = {core::ErStatus::Open, core::ErStatus::Limited,
                                     core::ErStatus::Diverting};

} // namespace

std::pair<QColor, QColor> HospitalPanel::erStatusColours(const QString &erStatus)
{
    if (erStatus == QLatin1String("diverting"))
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    if (erStatus == QLatin1String("limited"))
        return {QColor(0xff, 0xb3, 0x00), QColor(0x21, 0x21, 0x21)};
    if (erStatus == QLatin1String("open"))
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    return {QColor(0xb0, 0xbe, 0xc5), QColor(0x21, 0x21, 0x21)};
}

HospitalPanel::HospitalPanel(BoardSession *board, QWidget *parent) : QFrame(parent), m_board(board)
{
    setObjectName(QStringLiteral("hospitalPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(panelStyle);
    setMinimumSize(320, 160);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hospitalStatusTable"));
    m_table->setModel(board->hospitalModel());
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column :
         {Model::CodeColumn, Model::ErStatusColumn, Model::BedsColumn, Model::UpdatedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Model::NameColumn, QHeaderView::Interactive);
    header->resizeSection(Model::NameColumn, 200);
    header->setSectionResizeMode(Model::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Model::CapabilitiesColumn, QHeaderView::Interactive);
    header->resizeSection(Model::CapabilitiesColumn, 180);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HospitalPanel::onCurrentChanged);

    // The selected hospital's editor, one line for the ER and one for the beds.
    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("hospitalEditor"));
    editor->setAttribute(Qt::WA_StyledBackground);
    m_selected = new QLabel(editor);
    m_selected->setObjectName(QStringLiteral("selectedHospital"));
    m_statusLabel = new QLabel(editor);
    m_status = new QComboBox(editor);
    m_status->setObjectName(QStringLiteral("erStatus"));
    for (core::ErStatus status : erStatuses)
        m_status->addItem(QString(), core::toText(status));
    m_status->setMinimumContentsLength(10);
    m_reasonLabel = new QLabel(editor);
    m_reason = new QLineEdit(editor);
    m_reason->setObjectName(QStringLiteral("erReason"));
    m_reason->setMinimumWidth(160);
    m_saveStatus = new QPushButton(editor);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_bedsLabel = new QLabel(editor);
    m_bedCategory = new QComboBox(editor);
    m_bedCategory->setObjectName(QStringLiteral("bedCategory"));
    m_bedCategory->setMinimumContentsLength(8);
    m_bedsAvailable = new QSpinBox(editor);
    m_bedsAvailable->setObjectName(QStringLiteral("bedsAvailable"));
    m_bedsAvailable->setRange(0, 999);
    m_ofLabel = new QLabel(editor);
    m_bedsTotal = new QSpinBox(editor);
    m_bedsTotal->setObjectName(QStringLiteral("bedsTotal"));
    m_bedsTotal->setRange(0, 999);
    m_saveBeds = new QPushButton(editor);
    m_saveBeds->setObjectName(QStringLiteral("saveBeds"));
    m_readOnly = new QLabel(editor);
    m_readOnly->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnly->setWordWrap(true);
    m_message = new QLabel(editor);
    m_message->setObjectName(QStringLiteral("hospitalMessage"));
    m_message->setWordWrap(true);

    // The hospital's name on the left of its two lines: ER status and why, beds.
    m_selected->setWordWrap(true);
    m_selected->setMaximumWidth(230);
    auto *grid = new QGridLayout(editor);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_selected, 0, 0, 2, 1);
    grid->addWidget(m_statusLabel, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_reasonLabel, 0, 3);
    grid->addWidget(m_reason, 0, 4);
    grid->addWidget(m_saveStatus, 0, 5);
    grid->addWidget(m_bedsLabel, 1, 1);
    grid->addWidget(m_bedCategory, 1, 2);
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_bedsAvailable);
    counts->addWidget(m_ofLabel);
    counts->addWidget(m_bedsTotal);
    counts->addStretch(1);
    grid->addLayout(counts, 1, 3, 1, 2);
    grid->addWidget(m_saveBeds, 1, 5);
    grid->addWidget(m_readOnly, 2, 0, 1, 6);
    grid->addWidget(m_message, 3, 0, 1, 6);
    grid->setColumnStretch(4, 1);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(editor);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // An open ER needs no reason; limited or diverting must say why.
        m_reason->setEnabled(isEditable() &&
                             m_status->currentData().toString() != QLatin1String("open"));
    });
    connect(m_bedCategory, &QComboBox::currentIndexChanged, this, &HospitalPanel::loadBeds);
    connect(m_saveStatus, &QPushButton::clicked, this, &HospitalPanel::saveStatus);
    connect(m_reason, &QLineEdit::returnPressed, this, &HospitalPanel::saveStatus);
    connect(m_saveBeds, &QPushButton::clicked, this, &HospitalPanel::saveBeds);

    LiveSession *session = board->liveSession();
    connect(session, &LiveSession::loginProfileChanged, this, &HospitalPanel::updateEditable);
    connect(session, &LiveSession::commandRunnerChanged, this, &HospitalPanel::updateEditable);
    // A change made elsewhere (the liaison, another shift lead) shows in the editor unless the
    // operator is typing in it.
    connect(session->state(), &core::LiveState::hospitalChanged, this, [this](qint64 id) {
        if (id == m_hospitalId && !m_reason->hasFocus() && !m_bedsAvailable->hasFocus() &&
            !m_bedsTotal->hasFocus())
            loadEditor();
    });
    // The first hospital is selected once there are any, so the editor is never blank.
    auto selectFirst = [this] {
        if (m_hospitalId == 0 && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, Model::NameColumn));
    };
    connect(board->hospitalModel(), &QAbstractItemModel::rowsInserted, this, selectFirst,
            Qt::QueuedConnection);
    connect(board->hospitalModel(), &QAbstractItemModel::modelReset, this, selectFirst,
            Qt::QueuedConnection);
    retranslateUi();
    if (m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, Model::NameColumn));
    updateEditable();
}

void HospitalPanel::selectHospital(qint64 hospitalId)
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(core::IdRole).toLongLong() == hospitalId) {
            m_table->setCurrentIndex(model->index(row, Model::NameColumn));
            return;
        }
}

void HospitalPanel::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_hospitalId =
        current.isValid() ? current.siblingAtColumn(0).data(core::IdRole).toLongLong() : 0;
    m_message->clear();
    m_message->hide();
    loadEditor();
    updateEditable();
}

void HospitalPanel::loadEditor()
{
    const core::HospitalRecord *hospital =
        m_board->liveSession()->state()->findHospital(m_hospitalId);
    if (!hospital) {
        m_selected->setText(tr("Select a hospital in the list to change it."));
        return;
    }
    m_selected->setText(QStringLiteral("%1 — %2").arg(hospital->code, hospital->name));
    m_status->setCurrentIndex(std::max(0, m_status->findData(hospital->erStatus)));
    m_reason->setText(hospital->erStatusReason);
    // The categories the hospital reports, and the usual ones it may start reporting.
    const QString category = m_bedCategory->currentData().toString();
    QStringList categories = {QStringLiteral("igd"), QStringLiteral("icu"),
                              QStringLiteral("general")};
    for (const core::BedRecord &bed : hospital->beds)
        if (!categories.contains(bed.category))
            categories << bed.category;
    {
        const QSignalBlocker blocker(m_bedCategory);
        m_bedCategory->clear();
        for (const QString &code : categories)
            m_bedCategory->addItem(core::labels::bedCategory(code), code);
        m_bedCategory->setCurrentIndex(std::max(0, m_bedCategory->findData(category)));
    }
    loadBeds();
}

void HospitalPanel::loadBeds()
{
    const core::HospitalRecord *hospital =
        m_board->liveSession()->state()->findHospital(m_hospitalId);
    if (!hospital)
        return;
    const QString category = m_bedCategory->currentData().toString();
    int available = 0;
    int total = 0;
    for (const core::BedRecord &bed : hospital->beds)
        if (bed.category == category) {
            available = bed.available;
            total = bed.total.value_or(bed.available);
        }
    m_bedsTotal->setValue(total);
    m_bedsAvailable->setValue(available);
}

bool HospitalPanel::isEditable() const
{
    return m_hospitalId != 0 && m_board->liveSession()->commandRunner() &&
           m_board->liveSession()->loginProfile().mayChangeHospital(m_hospitalId);
}

QString HospitalPanel::readOnlyReason() const
{
    if (isEditable())
        return {};
    const LiveSession *session = m_board->liveSession();
    if (!session->commandRunner() || session->loginProfile().login.isEmpty())
        return tr("Read only: not connected to the database.");
    if (m_hospitalId == 0)
        return tr("Select a hospital in the list to change it.");
    return tr("Read only: hospital status and beds are kept by the shift lead and by each "
              "hospital's liaison. Tell the shift lead what changed.");
}

QString HospitalPanel::message() const
{
    return m_message->text();
}

void HospitalPanel::updateEditable()
{
    const bool editable = isEditable();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_status, m_saveStatus, m_bedCategory, m_bedsAvailable, m_bedsTotal, m_saveBeds})
        widget->setEnabled(editable);
    m_reason->setEnabled(editable && m_status->currentData().toString() != QLatin1String("open"));
    const QString why = readOnlyReason();
    m_readOnly->setText(why);
    m_readOnly->setVisible(!why.isEmpty() && m_hospitalId != 0);
    for (QWidget *button :
         {static_cast<QWidget *>(m_saveStatus), static_cast<QWidget *>(m_saveBeds)})
        button->setToolTip(why);
}

void HospitalPanel::saveStatus()
{
    const core::HospitalRecord *hospital =
        m_board->liveSession()->state()->findHospital(m_hospitalId);
    const std::optional<core::ErStatus> status =
        core::erStatusFromText(m_status->currentData().toString());
    if (!hospital || !status || !isEditable())
        return;
    const QString code = hospital->code;
    const QString reason = *status == core::ErStatus::Open ? QString() : m_reason->text().trimmed();
    if (*status != core::ErStatus::Open && reason.isEmpty()) {
        showMessage(tr("Write why the emergency department is limited or diverting, then save."),
                    true);
        m_reason->setFocus();
        return;
    }
    run([code, status, reason](core::IncidentCommands &commands) {
        return commands.setHospitalStatus(code, *status, reason);
    });
}

void HospitalPanel::saveBeds()
{
    const core::HospitalRecord *hospital =
        m_board->liveSession()->state()->findHospital(m_hospitalId);
    if (!hospital || !isEditable())
        return;
    const QString code = hospital->code;
    const QString category = m_bedCategory->currentData().toString();
    const int available = m_bedsAvailable->value();
    const int total = m_bedsTotal->value();
    if (available > total) {
        showMessage(
            tr("Available beds (%1) cannot be more than the total (%2).").arg(available).arg(total),
            true);
        m_bedsAvailable->setFocus();
        return;
    }
    run([code, category, available, total](core::IncidentCommands &commands) {
        return commands.setHospitalBeds(code, category, available, total);
    });
}

void HospitalPanel::run(std::function<core::CommandResult(core::IncidentCommands &)> command)
{
    core::CommandRunner *runner = m_board->liveSession()->commandRunner();
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

void HospitalPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                     : QStringLiteral("color: #1b5e20;"));
}

void HospitalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void HospitalPanel::retranslateUi()
{
    m_title->setText(tr("Hospitals").toUpper());
    m_statusLabel->setText(tr("ER:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("why limited or diverting"));
    m_saveStatus->setText(tr("Save status"));
    m_bedsLabel->setText(tr("Beds:"));
    m_ofLabel->setText(tr("available of"));
    m_saveBeds->setText(tr("Save beds"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, core::labels::erStatus(m_status->itemData(i).toString()));
    for (int i = 0; i < m_bedCategory->count(); ++i)
        m_bedCategory->setItemText(
            i, core::labels::bedCategory(m_bedCategory->itemData(i).toString()));
    loadEditor();
    updateEditable();
}

} // namespace pela::ui
