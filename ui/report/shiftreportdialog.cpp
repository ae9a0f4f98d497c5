#include "shiftreportdialog.h"

#include "commands/commandrunner.h"
#include "report/shiftreportpdf.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pela::ui {

using core::ShiftReportData;

namespace {

const QTimeZone Wit(9 * 3600);

// The edits show WIT wall-clock times; they hold them as UTC so that no local zone of the
// workstation moves them.
QDateTime shown(const QDateTime &time)
{
    const QDateTime wit = time.toTimeZone(Wit);
    return QDateTime(wit.date(), wit.time(), Qt::UTC);
}

QDateTime meant(const QDateTime &edited)
{
    return QDateTime(edited.date(), edited.time(), Wit);
}

QDateTimeEdit *timeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ShiftReportDialog::ShiftReportDialog(std::function<core::CommandRunner *()> runner, QWidget *parent,
                                     const QDateTime &now)
    : QDialog(parent), m_runner(std::move(runner)), m_now(now)
{
    setObjectName(QStringLiteral("shiftReportDialog"));
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = timeEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = timeEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_zone = new QLabel(QStringLiteral("WIT"), this);
    m_currentShift = new QPushButton(this);
    m_previousShift = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_refresh->setDefault(true);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setMinimumSize(720, 480);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    m_shiftNote = new QLabel(this);
    m_shiftNote->setWordWrap(true);
    m_savePdf = new QPushButton(this);
    m_saveCsv = new QPushButton(this);
    m_close = new QPushButton(this);

    auto *period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addWidget(m_zone);
    period->addSpacing(12);
    period->addWidget(m_currentShift);
    period->addWidget(m_previousShift);
    period->addStretch(1);
    period->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_shiftNote, 1);
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_saveCsv);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ShiftReportDialog::refresh);
    connect(m_currentShift, &QPushButton::clicked, this, [this] {
        const auto shift = ShiftReportData::shiftAround(QDateTime::currentDateTimeUtc());
        setPeriod(shift.first, shift.second);
        refresh();
    });
    connect(m_previousShift, &QPushButton::clicked, this, [this] {
        const auto shift = ShiftReportData::shiftAround(from().addSecs(-60));
        setPeriod(shift.first, shift.second);
        refresh();
    });
    connect(m_savePdf, &QPushButton::clicked, this, &ShiftReportDialog::choosePdf);
    connect(m_saveCsv, &QPushButton::clicked, this, &ShiftReportDialog::chooseCsv);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    const auto shift = ShiftReportData::shiftAround(m_now);
    setPeriod(shift.first, shift.second);
    retranslateUi();
    updateButtons();
    refresh();
}

ShiftReportDialog::~ShiftReportDialog() = default;

QDateTime ShiftReportDialog::from() const
{
    return meant(m_from->dateTime());
}

QDateTime ShiftReportDialog::to() const
{
    return meant(m_to->dateTime());
}

void ShiftReportDialog::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(shown(from));
    m_to->setDateTime(shown(to));
}

QString ShiftReportDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ShiftReportDialog::refresh()
{
    const QDateTime start = from();
    const QDateTime end = to();
    if (const QString problem = ShiftReportData::periodProblem(start, end); !problem.isEmpty()) {
        showMessage(problem, true);
        emit loaded(false);
        return;
    }
    core::CommandRunner *runner = m_runner ? m_runner() : nullptr;
    if (!runner) {
        showMessage(tr("Not connected to the database: the report cannot be read."), true);
        emit loaded(false);
        return;
    }
    const int generation = ++m_generation;
    ++m_reading;
    showMessage(tr("Reading the figures for %1 – %2 WIT…")
                    .arg(ShiftReportData::wit(start), ShiftReportData::wit(end)),
                false);
    updateButtons();
    runner
        ->read<ShiftReportData>([start, end](core::PgConnection &connection) {
            return ShiftReportData::compute(connection, start, end);
        })
        .then(this, [this, generation](const core::ReadResult<ShiftReportData> &read) {
            --m_reading;
            if (generation != m_generation) {
                updateButtons();
                return; // a newer period was asked for meanwhile
            }
            if (!read.ok()) {
                showMessage(tr("The report could not be read: %1").arg(read.error.message()), true);
                updateButtons();
                emit loaded(false);
                return;
            }
            m_report = *read.value;
            showMessage({}, false);
            showReport();
            updateButtons();
            emit loaded(true);
        });
}

void ShiftReportDialog::showReport()
{
    if (!m_report)
        return;
    const int width = std::max(480, m_view->viewport()->width() - 24);
    // The view owns its document (its parent); it lets go of the old one before it goes.
    QTextDocument *document = ShiftReportPdf::document(*m_report, std::min(width, 900)).release();
    document->setParent(m_view);
    QTextDocument *old = m_document;
    m_view->setDocument(document);
    m_document = document;
    delete old;
}

QString ShiftReportDialog::savePdf(const QString &path)
{
    if (!m_report)
        return tr("There is no report to save yet.");
    return ShiftReportPdf::write(*m_report, path);
}

QString ShiftReportDialog::saveCsv(const QString &path)
{
    if (!m_report)
        return tr("There is no report to save yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report->csv().toUtf8()) < 0 ||
        !file.commit())
        return tr("The CSV %1 cannot be written: %2")
            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}

void ShiftReportDialog::choosePdf()
{
    if (!m_report)
        return;
    const QString suggested =
        QStringLiteral("shift-%1.pdf")
            .arg(m_report->from.toTimeZone(Wit).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = savePdf(path);
    showMessage(problem.isEmpty() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : problem,
                !problem.isEmpty());
}

void ShiftReportDialog::chooseCsv()
{
    if (!m_report)
        return;
    const QString suggested =
        QStringLiteral("shift-%1.csv")
            .arg(m_report->from.toTimeZone(Wit).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the cases as CSV"), suggested,
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = saveCsv(path);
    showMessage(problem.isEmpty() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : problem,
                !problem.isEmpty());
}

void ShiftReportDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                     : QString());
    m_message->setVisible(!text.isEmpty());
}

void ShiftReportDialog::updateButtons()
{
    m_savePdf->setEnabled(m_report.has_value() && m_reading == 0);
    m_saveCsv->setEnabled(m_report.has_value() && m_reading == 0);
}

void ShiftReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showReport();
    }
    QDialog::changeEvent(event);
}

void ShiftReportDialog::retranslateUi()
{
    setWindowTitle(tr("Shift report"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_currentShift->setText(tr("C&urrent shift"));
    m_previousShift->setText(tr("&Previous shift"));
    m_refresh->setText(tr("&Show"));
    m_savePdf->setText(tr("Save P&DF…"));
    m_saveCsv->setText(tr("Save CS&V…"));
    m_close->setText(tr("C&lose"));
    m_shiftNote->setText(tr("Shifts change at 07:00 and 19:00 WIT."));
}

} // namespace pela::ui
