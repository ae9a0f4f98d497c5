#include "shiftreportpdf.h"

#include "domain/lifecycle.h"
#include "live/labels.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

namespace pela::ui {

using core::ShiftReportData;

namespace {

const QUrl ChartUrl(QStringLiteral("pela-report:cases-per-hour.png"));
// Layout and PDF coordinates: 96 per inch, the size the screen's pixels have.
constexpr int Resolution = 96;
constexpr int FooterHeight = 28;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

// A table: head cells, then rows. align has a letter per column: l or r (left, right), L or R
// the same on one line (never wrapped); default: the first column l, the others R.
QString table(const QStringList &head, const QList<QStringList> &rows, const QString &empty,
              QString align = {}, const QString &cellStyle = {}, const QList<int> &widths = {})
{
    if (rows.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>").arg(escaped(empty));
    if (align.isEmpty())
        align = QStringLiteral("l") + QString(head.size() - 1, QLatin1Char('R'));
    // Headings may wrap; a cell's style (the small print of a long table) is on every cell,
    // since Qt's rich text does not pass a table's font on to its cells.
    auto cell = [&](const char *tag, int column, const QString &content) {
        const QChar code = align.at(std::min<qsizetype>(column, align.size() - 1));
        QString style = cellStyle;
        if (code.isUpper() && QLatin1String(tag) == QLatin1String("td"))
            style += QStringLiteral(" white-space: nowrap;");
        return QStringLiteral("<%1 align=\"%2\"%3>%4</%1>")
            .arg(QLatin1String(tag),
                 code.toLower() == QLatin1Char('r') ? QStringLiteral("right")
                                                    : QStringLiteral("left"),
                 style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), content);
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\""
                                  " border=\"1\" style=\"border-collapse: collapse\"><tr>");
    for (int column = 0; column < head.size(); ++column) {
        QString th = cell("th", column, escaped(head.at(column)));
        // Percentages, so that a heading is not squeezed into breaking inside a word.
        if (column < widths.size())
            th.insert(3, QStringLiteral(" width=\"%1%\"").arg(widths.at(column)));
        html += th;
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column)
            html += cell("td", column, row.at(column));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Two sections side by side, to keep the figures on as few pages as can be read.
QString sideBySide(const QString &left, const QString &right)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"49%\" valign=\"top\">%1</td><td width=\"2%\"></td>"
                          "<td width=\"49%\" valign=\"top\">%2</td></tr></table>")
        .arg(left, right);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

QString outcome(const core::CaseLine &line)
{
    if (const auto disposition = core::dispositionFromText(line.disposition))
        return core::Lifecycle::displayName(*disposition);
    return core::labels::caseState(line.state);
}

} // namespace

std::unique_ptr<QTextDocument> ShiftReportPdf::document(const ShiftReportData &report,
                                                        int pageWidth)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(QStringLiteral(
        "body { font-size: 9pt; } h1 { font-size: 16pt; margin-bottom: 2px; }"
        " h2 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; color: #263238; }"
        " th { background-color: #eceff1; font-weight: bold; }"
        " table { border-color: #b0bec5; border-style: solid; }"
        " .sub { color: #455a64; } .none { color: #607d8b; font-style: italic; }"
        " .miss { color: #b71c1c; font-weight: bold; } .met { color: #1b5e20; }"
        " .note { color: #546e7a; font-size: 8pt; }"));

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Shift handover report")));
    html +=
        QStringLiteral("<p class=\"sub\"><b>%1</b><br/>%2<br/>%3</p>")
            .arg(escaped(tr("112 emergency call centre, Kota Ambon")),
                 escaped(
                     tr("Period: %1 – %2 WIT")
                         .arg(ShiftReportData::wit(report.from), ShiftReportData::wit(report.to))),
                 escaped(tr("Generated %1 WIT by %2")
                             .arg(ShiftReportData::wit(report.generatedAt), report.generatedBy)));

    QList<QStringList> transports;
    for (const core::HospitalTransports &row : report.transports)
        transports.append(
            {escaped(QStringLiteral("%1 (%2)").arg(row.name, row.code)), number(row.transports)});
    const QString transportTable =
        heading(tr("Transports per hospital")) +
        table({tr("Hospital"), tr("Transports")}, transports, tr("No transports."));

    html += sideBySide(heading(tr("Summary")) +
                           table({tr("Figure"), tr("Count")},
                                 {{escaped(tr("Calls answered")), number(report.calls)},
                                  {escaped(tr("Cases opened")), number(report.cases)},
                                  {escaped(tr("Duplicates merged")), number(report.duplicates)}},
                                 {}),
                       transportTable);

    QList<QStringList> priorities;
    for (const core::CountRow &row : report.byPriority)
        priorities.append({escaped(core::labels::priority(row.key.toInt())), number(row.cases),
                           number(row.calls)});
    const QString byPriority =
        heading(tr("By priority")) +
        table({tr("Priority"), tr("Cases"), tr("Calls")}, priorities, tr("No cases."));

    QList<QStringList> categories;
    for (const core::CountRow &row : report.byCategory)
        categories.append(
            {escaped(core::labels::caseCategory(row.key)), number(row.cases), number(row.calls)});
    html += sideBySide(byPriority, heading(tr("By category")) +
                                       table({tr("Category"), tr("Cases"), tr("Calls")}, categories,
                                             tr("No cases.")));

    QList<QStringList> intervals;
    for (const core::IntervalStats &stats : report.intervals) {
        QString goal = QStringLiteral("–");
        if (stats.goalSeconds && stats.withinGoalShare)
            goal = QStringLiteral("<span class=\"%1\">%2</span>")
                       .arg(*stats.withinGoalShare >= 0.9 ? QStringLiteral("met")
                                                          : QStringLiteral("miss"),
                            escaped(tr("%1 within %2 s")
                                        .arg(percent(*stats.withinGoalShare))
                                        .arg(*stats.goalSeconds)));
        intervals.append({escaped(ShiftReportData::intervalName(stats.key)), number(stats.count),
                          ShiftReportData::duration(stats.medianSeconds),
                          ShiftReportData::duration(stats.p90Seconds), goal});
    }
    html += heading(tr("Intervals"));
    html += table({tr("Interval"), tr("Cases"), tr("Median"), tr("90th percentile"),
                   tr("NFPA 1225 goal: 90 %")},
                  intervals, tr("No intervals."));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(escaped(tr("Times in minutes:seconds. Answer → dispatch runs from the first "
                                "call's answer to the first unit dispatched. Undone assignments "
                                "never count; hearse transports are left out of the intervals; "
                                "a duplicate's calls count on its original.")));

    const int chartWidth = pageWidth;
    const int chartHeight = 140;
    document->addResource(QTextDocument::ImageResource, ChartUrl,
                          hourChart(report, QSize(chartWidth, chartHeight)));
    html += heading(tr("Cases per hour"));
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                .arg(ChartUrl.toString())
                .arg(chartWidth)
                .arg(chartHeight);

    QList<QStringList> requests;
    for (const core::PartnerRequests &row : report.partnerRequests)
        requests.append({escaped(QStringLiteral("%1 (%2)").arg(row.name, row.code)),
                         number(row.requested), number(row.accepted), number(row.declined),
                         number(row.expired), ShiftReportData::duration(row.medianAnswerSeconds)});
    html += heading(tr("Requests to partner hospitals"));
    html += table({tr("Hospital"), tr("Asked"), tr("Accepted"), tr("Declined"), tr("Expired"),
                   tr("Median answer")},
                  requests, tr("No requests."));

    QList<QStringList> referrals;
    for (const core::AgencyReferrals &row : report.referrals)
        referrals.append({escaped(row.agency), number(row.referred), number(row.acknowledged),
                          number(row.done),
                          ShiftReportData::duration(row.medianAcknowledgeSeconds)});
    html += heading(tr("Referrals per agency"));
    html += table(
        {tr("Agency"), tr("Referred"), tr("Acknowledged"), tr("Done"), tr("Median to acknowledge")},
        referrals, tr("No referrals."));

    QList<QStringList> units;
    int idle = 0;
    for (const core::UnitUtilisation &unit : report.units) {
        if (unit.assignments == 0) {
            ++idle;
            continue;
        }
        units.append({escaped(unit.callSign), escaped(core::labels::unitKind(unit.kind)),
                      number(unit.assignments), ShiftReportData::duration(unit.busySeconds),
                      percent(unit.share)});
    }
    html += heading(tr("Unit utilisation"));
    html += table({tr("Unit"), tr("Kind"), tr("Assignments"), tr("Busy"), tr("Share of period")},
                  units, tr("No unit was dispatched."), QStringLiteral("LlRRR"));
    if (idle > 0)
        html +=
            QStringLiteral("<p class=\"note\">%1</p>")
                .arg(escaped(tr("%n unit(s) without an assignment in the period.", nullptr, idle)));

    // The cases, from a page of their own.
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(escaped(tr("Cases (%1)").arg(number(report.caseLines.size()))));
    QList<QStringList> cases;
    for (const core::CaseLine &line : report.caseLines)
        cases.append({escaped(line.number), core::labels::clockTime(line.openedAt),
                      escaped(core::labels::caseCategory(line.category)),
                      escaped(core::labels::priority(line.priority)), escaped(line.units),
                      escaped(line.hospital), ShiftReportData::duration(line.answerToDispatch),
                      ShiftReportData::duration(line.dispatchToScene),
                      ShiftReportData::duration(line.sceneToHospital), escaped(outcome(line))});
    html += table({tr("Case"), tr("Opened"), tr("Category"), tr("Priority"), tr("Units"),
                   tr("Hospital"), tr("Answer → dispatch"), tr("Dispatch → scene"),
                   tr("Scene → hospital"), tr("State")},
                  cases, tr("No cases."), QStringLiteral("LLlLLLRRRL"),
                  QStringLiteral("font-size: 7.5pt;"), {12, 8, 12, 8, 11, 8, 11, 11, 10, 9});
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

QImage ShiftReportPdf::hourChart(const ShiftReportData &report, QSize logicalSize, qreal scale)
{
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    const QFontMetrics metrics(font);

    const QList<qint64> &hours = report.casesPerHour;
    qint64 most = 1;
    for (qint64 n : hours)
        most = std::max(most, n);
    // A round step for the axis (1, 2, 5, 10, 20, ...), five lines at most.
    qint64 step = 1;
    for (qint64 magnitude = 1; most / step > 5; magnitude *= 10)
        for (const qint64 factor : {1, 2, 5})
            if (most / step > 5)
                step = factor * magnitude;
    const qint64 top = ((most + step - 1) / step) * step;

    const QRectF plot(36, 8, logicalSize.width() - 44, logicalSize.height() - 36);
    painter.setPen(QColor(0xb0, 0xbe, 0xc5));
    for (qint64 value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * value / top;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x45, 0x5a, 0x64));
        painter.drawText(QRectF(0, y - 7, plot.left() - 6, 14), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(value));
        painter.setPen(QColor(0xb0, 0xbe, 0xc5));
    }
    if (hours.isEmpty())
        return image;
    const qreal slot = plot.width() / hours.size();
    const QDateTime start = report.from;
    // Labels every hour while they fit, else every few hours.
    const int labelEvery = std::max(
        1, int(std::ceil((metrics.horizontalAdvance(QStringLiteral("00:00")) + 6) / slot)));
    for (int i = 0; i < hours.size(); ++i) {
        const qreal height = plot.height() * hours.at(i) / top;
        const QRectF bar(plot.left() + i * slot + slot * 0.15, plot.bottom() - height, slot * 0.7,
                         height);
        painter.fillRect(bar, QColor(0x15, 0x65, 0xc0));
        if (hours.at(i) > 0 && slot >= metrics.horizontalAdvance(QStringLiteral("000"))) {
            painter.setPen(Qt::white);
            if (bar.height() >= 14)
                painter.drawText(bar, Qt::AlignHCenter | Qt::AlignTop,
                                 QLocale().toString(hours.at(i)));
        }
        if (i % labelEvery == 0) {
            painter.setPen(QColor(0x45, 0x5a, 0x64));
            painter.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 4, slot + 40, 14),
                             Qt::AlignHCenter | Qt::AlignTop,
                             core::labels::clockTime(start.addSecs(qint64(i) * 3600)));
        }
    }
    painter.setPen(QColor(0x37, 0x47, 0x4f));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 14), Qt::AlignCenter,
                     tr("Cases opened per hour (WIT, from the start of the period)"));
    return image;
}

QString ShiftReportPdf::write(const ShiftReportData &report, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Shift handover report %1 – %2 WIT")
                        .arg(ShiftReportData::wit(report.from), ShiftReportData::wit(report.to)));
    writer.setCreator(QStringLiteral("Pela 112"));
    const QRect page = writer.pageLayout().paintRectPixels(Resolution);
    const QSizeF body(page.width(), page.height() - FooterHeight);

    std::unique_ptr<QTextDocument> document = ShiftReportPdf::document(report, page.width());
    document->documentLayout()->setPaintDevice(&writer);
    document->setPageSize(body);
    const int pages = document->pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The PDF %1 cannot be written: check the folder and permissions.")
            .arg(QFileInfo(path).absoluteFilePath());
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(7.5);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const QRectF slice(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -slice.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        painter.setClipRect(slice);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x54, 0x6e, 0x7a));
        const QRectF footer(0, body.height() + 6, body.width(), FooterHeight - 6);
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            tr("Pela 112 — shift %1 – %2 WIT")
                .arg(ShiftReportData::wit(report.from), ShiftReportData::wit(report.to)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    if (!painter.end())
        return tr("The PDF %1 could not be finished.").arg(QFileInfo(path).absoluteFilePath());
    return {};
}

} // namespace pela::ui
