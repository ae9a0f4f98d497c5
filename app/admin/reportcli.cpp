// pela-admin report shift: the handover report for a period, as text, PDF or CSV.
#include "clicommands.h"
#include "languageswitcher.h"
#include "report/shiftreport.h"
#include "report/shiftreportpdf.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace pela::admin {

using namespace pela::core;

namespace {

QDateTime timeOption(const Invocation &call, const QString &name, QString *problem)
{
    const QString text = call.value(name).value_or(QString());
    const QDateTime time = ShiftReportData::parseTime(text);
    if (!time.isValid() && problem->isEmpty())
        *problem = QStringLiteral("%1 must be an ISO 8601 time such as 2026-11-28T07:00 (WIT "
                                  "unless it has an offset or Z), not '%2'")
                       .arg(name, text);
    return time;
}

} // namespace

int commandReportShift(const Invocation &call, Output &output)
{
    QString problem;
    const QDateTime from = timeOption(call, QStringLiteral("--from"), &problem);
    const QDateTime to = timeOption(call, QStringLiteral("--to"), &problem);
    if (problem.isEmpty())
        problem = ShiftReportData::periodProblem(from, to);
    if (!problem.isEmpty())
        return output.fail(Usage, problem);
    const QString language = call.value(QStringLiteral("--language")).value_or(QString());
    if (!language.isEmpty() && !ui::LanguageSwitcher::parse(language))
        return output.fail(Usage,
                           QStringLiteral("--language must be id or en, not '%1'").arg(language));
    const QString pdf = call.value(QStringLiteral("--pdf")).value_or(QString());
    const QString csv = call.value(QStringLiteral("--csv")).value_or(QString());
    // A PDF needs fonts, hence a QGuiApplication (main.cpp makes one for this command).
    if (!pdf.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return output.fail(Usage, QStringLiteral("--pdf needs the graphical libraries; run "
                                                 "pela-admin report shift directly"));

    ui::LanguageSwitcher languages;
    if (!languages.setLanguage(ui::LanguageSwitcher::initialLanguage(language),
                               ui::LanguageSwitcher::Persistence::ThisSessionOnly))
        output.note(QStringLiteral("the Indonesian translation could not be loaded; English "
                                   "is used"));

    OpenedDatabase db;
    if (const int code = output.open(call.conninfo, SchemaPolicy::MigrateEmbedded, &db); code != Ok)
        return code;
    const ReadResult<ShiftReportData> read = ShiftReportData::compute(db.connection, from, to);
    if (!read.ok())
        return output.databaseError(
            read.error,
            {QStringLiteral("report shift (reading cases, assignments and requests)"),
             QStringLiteral("pela_shift_lead or pela_admin")},
            &db.connection);
    const ShiftReportData &report = *read.value;

    if (pdf.isEmpty() && csv.isEmpty()) {
        for (const QString &line : report.summaryText().split(QLatin1Char('\n')))
            if (!line.isEmpty())
                output.line(line);
        return Ok;
    }
    if (!csv.isEmpty()) {
        QSaveFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.csv().toUtf8()) < 0 ||
            !file.commit())
            return output.fail(Usage,
                               QStringLiteral("cannot write %1: %2")
                                   .arg(QFileInfo(csv).absoluteFilePath(), file.errorString()));
        output.line(QStringLiteral("csv: %1 (%2 cases)")
                        .arg(QFileInfo(csv).absoluteFilePath())
                        .arg(report.caseLines.size()));
    }
    if (!pdf.isEmpty()) {
        if (const QString failed = ui::ShiftReportPdf::write(report, pdf); !failed.isEmpty())
            return output.fail(Usage, failed);
        output.line(QStringLiteral("pdf: %1").arg(QFileInfo(pdf).absoluteFilePath()));
    }
    return Ok;
}

} // namespace pela::admin
