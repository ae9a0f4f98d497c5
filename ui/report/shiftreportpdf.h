// The shift handover report as a document: the console's dialog shows it, pela-admin and the
// dialog write it as an A4 PDF (title with the centre and period in WIT, the figures' tables,
// a chart of cases per hour drawn with QPainter). Text in the language of the moment.
#pragma once

#include "report/shiftreport.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace pela::ui {

class ShiftReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(pela::ui::ShiftReportPdf)
public:
    // The report laid out as rich text, its chart an image resource of the document. pageWidth
    // (device pixels at 96 dpi) sizes the chart; the cases start on a page of their own.
    static std::unique_ptr<QTextDocument> document(const core::ShiftReportData &report,
                                                   int pageWidth = 680);
    // The cases per hour as bars, drawn at scale times the logical size for print.
    static QImage hourChart(const core::ShiftReportData &report, QSize logicalSize,
                            qreal scale = 3);
    // Writes the PDF; empty when written, else why not (one sentence, translated).
    static QString write(const core::ShiftReportData &report, const QString &path);
};

} // namespace pela::ui
