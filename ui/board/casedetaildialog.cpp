#include "casedetaildialog.h"

#include "boardsession.h"
#include "caseactionpanel.h"
#include "commands/commandrunner.h"
#include "live/casetimelinemodel.h"
#include "live/labels.h"
#include "live/livestate.h"
#include "livesession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

QString timeOrDash(const QDateTime &time)
{
    return time.isValid() ? core::CaseTimelineModel::timeText(time) : QStringLiteral("–");
}

} // namespace

CaseDetailDialog::CaseDetailDialog(BoardSession *board, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_board(board), m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseDetail"));
    resize(900, 600);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseDetailHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_header->setWordWrap(true);

    // The timeline follows the case's new events live; the read fills in what came before.
    m_timelineModel = new core::CaseTimelineModel(board->liveSession()->state(), this);
    m_timelineView = new QTableView(this);
    m_timelineView->setObjectName(QStringLiteral("caseTimeline"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setWordWrap(true);

    m_assignments = new QTreeWidget(this);
    m_assignments->setObjectName(QStringLiteral("caseAssignments"));
    m_assignments->setRootIsDecorated(false);
    m_calls = new QTreeWidget(this);
    m_calls->setObjectName(QStringLiteral("caseCalls"));
    m_calls->setRootIsDecorated(false);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("caseLinksAndIntervals"));
    m_more->setTextFormat(Qt::PlainText);
    m_more->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_more->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_timelineView, QString());
    m_tabs->addTab(m_assignments, QString());
    m_tabs->addTab(m_calls, QString());
    m_tabs->addTab(m_more, QString());

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteInput"));
    m_note->setMaxLength(2000);
    m_addNote = new QPushButton(this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    connect(m_addNote, &QPushButton::clicked, this, &CaseDetailDialog::addNote);
    connect(m_note, &QLineEdit::returnPressed, this, &CaseDetailDialog::addNote);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);

    m_actions = new CaseActionPanel(board, this);
    connect(m_actions, &CaseActionPanel::answered, this,
            [this](const core::CommandResult &, const QString &words, bool problem) {
                showMessage(words, problem);
                // Assignments, links and the state change outside the timeline.
                reload();
            });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseDetailMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_actions);
    layout->addLayout(noteRow);
    layout->addWidget(m_message);

    if (const core::CaseRecord *record = board->liveSession()->state()->findCase(caseId))
        m_detail.record = *record;
    m_actions->setDetail(m_detail);
    // A unit's progress or a close made elsewhere changes what may be done here.
    connect(board->liveSession()->state(), &core::LiveState::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    retranslateUi();
    reload();
}

QString CaseDetailDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CaseDetailDialog::reload()
{
    core::CommandRunner *runner = m_board->liveSession()->commandRunner();
    if (!runner) {
        showMessage(tr("Not connected to the database: the case's history cannot be read."), true);
        return;
    }
    const qint64 id = m_caseId;
    runner
        ->read<core::CaseDetail>(
            [id](core::PgConnection &connection) { return core::CaseDetail::read(connection, id); })
        .then(this, [this](const core::ReadResult<core::CaseDetail> &detail) {
            if (!detail.ok()) {
                showMessage(
                    tr("The case's history could not be read: %1").arg(detail.error.message()),
                    true);
                return;
            }
            showDetail(*detail.value);
        });
}

void CaseDetailDialog::showDetail(const core::CaseDetail &detail)
{
    m_detail = detail;
    m_loaded = true;
    m_timelineModel->setEvents(m_caseId, detail.events);
    m_timelineView->resizeColumnsToContents();
    m_timelineView->scrollToBottom();

    m_assignments->clear();
    for (const core::AssignmentFact &assignment : detail.assignments) {
        QString state = core::labels::unitStatus(assignment.state);
        if (assignment.undoneAt.isValid())
            state =
                tr("undone by %1 at %2").arg(assignment.undoneBy, timeOrDash(assignment.undoneAt));
        else if (assignment.endedAt.isValid())
            state = tr("ended: %1").arg(assignment.endedReason);
        m_assignments->addTopLevelItem(new QTreeWidgetItem(
            {assignment.callSign, state, assignment.assignedBy, timeOrDash(assignment.createdAt),
             timeOrDash(assignment.enRouteAt), timeOrDash(assignment.onSceneAt),
             timeOrDash(assignment.atHospitalAt), timeOrDash(assignment.clearedAt)}));
    }
    m_calls->clear();
    for (const core::CallFact &call : detail.calls)
        m_calls->addTopLevelItem(
            new QTreeWidgetItem({timeOrDash(call.answeredAt), call.phone, call.callerName,
                                 call.taker, call.workstation}));

    QStringList more;
    for (const core::LinkFact &link : detail.links)
        more << (link.kind == QLatin1String("duplicate_of")
                     ? (link.outgoing ? tr("Duplicate of %1").arg(link.otherNumber)
                                      : tr("%1 is a duplicate of this case").arg(link.otherNumber))
                     : tr("Related to %1").arg(link.otherNumber));
    for (const core::ReferralFact &referral : detail.referrals)
        more << tr("Referred to %1 at %2 (%3)")
                    .arg(referral.agency, timeOrDash(referral.forwardedAt), referral.state);
    const core::CaseIntervals &times = detail.intervals;
    more << QString() << tr("Call received: %1").arg(timeOrDash(times.callReceived))
         << tr("Case opened: %1").arg(timeOrDash(times.opened))
         << tr("First unit dispatched: %1").arg(timeOrDash(times.firstDispatched))
         << tr("First unit en route: %1").arg(timeOrDash(times.firstEnRoute))
         << tr("First unit on scene: %1").arg(timeOrDash(times.firstOnScene))
         << tr("First at hospital: %1").arg(timeOrDash(times.firstAtHospital))
         << tr("Closed: %1").arg(timeOrDash(times.closed));
    m_more->setText(more.join(QLatin1Char('\n')));
    m_actions->setDetail(detail);
    retranslateUi();
    emit loaded();
}

void CaseDetailDialog::addNote()
{
    const QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        showMessage(tr("Type the note first."), true);
        return;
    }
    core::CommandRunner *runner = m_board->liveSession()->commandRunner();
    if (!runner) {
        showMessage(tr("Not connected to the database: the note was not saved."), true);
        return;
    }
    const QString number = m_detail.record.number;
    m_addNote->setEnabled(false);
    runner
        ->post([number, note](core::IncidentCommands &commands) {
            return commands.addNote(number, note);
        })
        .then(this, [this](const core::CommandResult &result) {
            m_addNote->setEnabled(true);
            if (result.ok()) {
                m_note->clear();
                m_message->hide();
            } else {
                showMessage(result.message, true);
            }
            emit noteAnswered(result);
        });
}

void CaseDetailDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                     : QString());
    m_message->show();
}

void CaseDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CaseDetailDialog::retranslateUi()
{
    const core::CaseRecord &record = m_detail.record;
    setWindowTitle(tr("Case %1").arg(record.number));
    m_header->setText(QStringLiteral("%1  ·  %2  ·  %3  ·  %4\n%5")
                          .arg(record.number, core::labels::priority(record.priority),
                               core::labels::caseCategory(record.category),
                               core::labels::caseState(record.state), record.locationText));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Assignments"));
    m_tabs->setTabText(2, tr("Calls"));
    m_tabs->setTabText(3, tr("Links and times"));
    m_assignments->setHeaderLabels({tr("Unit"), tr("State"), tr("Assigned by"), tr("Assigned"),
                                    tr("En route"), tr("On scene"), tr("At hospital"),
                                    tr("Cleared")});
    m_calls->setHeaderLabels(
        {tr("Answered"), tr("Phone"), tr("Caller"), tr("Call-taker"), tr("Workstation")});
    m_note->setPlaceholderText(tr("A note for this case…"));
    m_addNote->setText(tr("Add note"));
}

} // namespace pela::ui
