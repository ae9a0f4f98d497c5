#include "hospitalmeasurespanel.h"

#include "commands/commandrunner.h"
#include "live/livestate.h"
#include "livesession.h"
#include "report/shiftreport.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

constexpr int RowCount = 5;

QString countWithShare(qint64 count, qint64 of)
{
    if (of <= 0 || count == 0)
        return QString::number(count);
    return QStringLiteral("%1 (%2%)").arg(count).arg(qRound(100.0 * double(count) / double(of)));
}

} // namespace

HospitalMeasuresPanel::HospitalMeasuresPanel(LiveSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("hospitalMeasures"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; padding: 4px 0;"));
    m_shiftHeading = new QLabel(this);
    m_monthHeading = new QLabel(this);
    for (QLabel *heading : {m_shiftHeading, m_monthHeading}) {
        heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
        heading->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *grid = new QGridLayout;
    grid->addWidget(m_shiftHeading, 0, 1);
    grid->addWidget(m_monthHeading, 0, 2);
    for (int row = 0; row < RowCount; ++row) {
        auto *name = new QLabel(this);
        m_rowNames.append(name);
        grid->addWidget(name, row + 1, 0);
        for (int column = 0; column < 2; ++column) {
            auto *cell = new QLabel(QStringLiteral("…"), this);
            cell->setObjectName(QStringLiteral("measure_%1_%2").arg(row).arg(column));
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setStyleSheet(QStringLiteral("font-size: 11pt;"));
            m_cells.append(cell);
            grid->addWidget(cell, row + 1, column + 1);
        }
    }
    // The figures next to their names, not across a wide screen from them.
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(18);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("declineReasons"));
    m_reasons->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_reasons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // A burst of changes (a request answered: assignment, case, events) reads once.
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(500);
    connect(m_coalesce, &QTimer::timeout, this, &HospitalMeasuresPanel::read);
    // The shift changes over and old requests leave the 30 days with no change to announce it.
    m_periodic = new QTimer(this);
    m_periodic->setInterval(60'000);
    connect(m_periodic, &QTimer::timeout, this, &HospitalMeasuresPanel::refresh);
    m_periodic->start();

    core::LiveState *state = m_session->state();
    connect(state, &core::LiveState::assignmentsChanged, this, &HospitalMeasuresPanel::refresh);
    connect(state, &core::LiveState::reloaded, this, &HospitalMeasuresPanel::refresh);
    connect(m_session, &LiveSession::commandRunnerChanged, this, &HospitalMeasuresPanel::refresh);
    retranslateUi();
}

void HospitalMeasuresPanel::setHospitalId(qint64 hospitalId)
{
    m_hospitalId = hospitalId;
    m_measures.reset();
    refresh();
}

void HospitalMeasuresPanel::refresh()
{
    if (m_hospitalId && !m_coalesce->isActive())
        m_coalesce->start();
}

void HospitalMeasuresPanel::read()
{
    core::CommandRunner *runner = m_session->commandRunner();
    if (!runner || !m_hospitalId)
        return;
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const qint64 hospitalId = *m_hospitalId;
    const QDateTime now = m_session->state()->clock().now();
    runner
        ->read<core::HospitalMeasures>([hospitalId, now](core::PgConnection &connection) {
            return core::HospitalMeasures::read(connection, hospitalId, now);
        })
        .then(this, [this, hospitalId](const core::ReadResult<core::HospitalMeasures> &result) {
            m_reading = false;
            if (result.ok() && m_hospitalId == hospitalId) {
                m_status->hide();
                showMeasures(*result.value);
            } else if (!result.ok()) {
                m_status->setText(
                    tr("Our figures could not be read: %1").arg(result.error.message()));
                m_status->show();
            }
            if (std::exchange(m_again, false))
                read();
        });
}

void HospitalMeasuresPanel::showMeasures(const core::HospitalMeasures &measures)
{
    m_measures = measures;
    const core::PartnerAnswers *periods[] = {&measures.shift, &measures.lastThirtyDays};
    for (int column = 0; column < 2; ++column) {
        const core::PartnerAnswers &answers = *periods[column];
        const QString texts[RowCount] = {
            QString::number(answers.requested), countWithShare(answers.accepted, answers.requested),
            countWithShare(answers.declined, answers.requested),
            countWithShare(answers.expired, answers.requested),
            core::ShiftReportData::duration(answers.medianAnswerSeconds)};
        for (int row = 0; row < RowCount; ++row)
            m_cells.at(row * 2 + column)->setText(texts[row]);
    }
    // Expired requests stand out: nobody answered at all.
    m_cells.at(3 * 2)->setStyleSheet(
        measures.shift.expired > 0
            ? QStringLiteral("font-size: 11pt; color: #b71c1c; font-weight: bold;")
            : QStringLiteral("font-size: 11pt;"));
    retranslateUi();
    emit measuresChanged();
}

QString HospitalMeasuresPanel::cellText(int row, int column) const
{
    const int index = row * 2 + column;
    return index >= 0 && index < m_cells.size() ? m_cells.at(index)->text() : QString();
}

QString HospitalMeasuresPanel::declineReasonsText() const
{
    return m_reasons->text();
}

void HospitalMeasuresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HospitalMeasuresPanel::retranslateUi()
{
    m_title->setText(tr("Our answers to the centre's requests"));
    const QDateTime shiftFrom =
        m_measures ? m_measures->shift.from
                   : core::HospitalMeasures::shiftStart(QDateTime::currentDateTimeUtc());
    m_shiftHeading->setText(
        tr("This shift (from %1)")
            .arg(shiftFrom.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("HH:mm"))));
    m_monthHeading->setText(tr("Last 30 days"));
    const QString names[RowCount] = {tr("Requests"), tr("Accepted"), tr("Declined"),
                                     tr("Expired (no answer)"), tr("Median time to answer")};
    for (int row = 0; row < RowCount; ++row)
        m_rowNames.at(row)->setText(names[row]);
    if (!m_measures) {
        m_reasons->clear();
        return;
    }
    // The 30 days' reasons: a shift rarely has more than one or two.
    QStringList reasons;
    for (const core::DeclineReason &reason : m_measures->lastThirtyDays.declineReasons)
        reasons << QStringLiteral("%1 (%2)").arg(reason.reason).arg(reason.count);
    m_reasons->setText(
        reasons.isEmpty()
            ? QString()
            : tr("Why we declined (30 days): %1").arg(reasons.join(QStringLiteral("; "))));
}

} // namespace pela::ui
