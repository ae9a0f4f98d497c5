// pela-admin report shift on a scripted shift: the printed figures, the CSV, and the PDF's pages
// and figures as pdftotext reads them, in English and Indonesian; bad input and a lost database.
#include "processrunner.h"
#include "report/shiftreport.h"
#include "shiftscript.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pela::core;
using namespace pela::test;

namespace {

QString iso(const QDateTime &time)
{
    return time.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate);
}

ProcessOutput admin(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // pela-admin chooses offscreen
    environment.remove(QStringLiteral("PELA_LANGUAGE"));
    return runProgram(pelaAdminPath(), arguments, environment);
}

// The PDF's text, page by page (pdftotext separates pages with a form feed).
QStringList pdfPages(const QString &path)
{
    const ProcessOutput text = runProgram(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whitespace runs made one space, so that table cells read as a line.
QString squeezed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

struct Scripted
{
    QString conninfo = TestCluster::instance().freshDatabase();
    PgConnection owner = pela::test::connect(conninfo);
    ScriptedShift shift = playShift(owner);
    ShiftReportData report()
    {
        const ReadResult<ShiftReportData> read =
            ShiftReportData::compute(owner, shift.from, shift.to);
        REQUIRE(read.ok());
        return *read.value;
    }
    QStringList period() const
    {
        return {QStringLiteral("--db"),   conninfo,
                QStringLiteral("report"), QStringLiteral("shift"),
                QStringLiteral("--from"), iso(shift.from),
                QStringLiteral("--to"),   iso(shift.to)};
    }
};

} // namespace

TEST_CASE("report shift prints the period's figures as the core computes them")
{
    Scripted s;
    const ShiftReportData report = s.report();
    const ProcessOutput printed =
        admin(s.period() << QStringLiteral("--language") << QStringLiteral("en"));
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("Calls: %1\n").arg(report.calls)));
    CHECK(printed.out.contains(QStringLiteral("Cases: %1\n").arg(report.cases)));
    CHECK(printed.out.contains(QStringLiteral("Duplicates merged: 1\n")));
    const IntervalStats *answer = report.interval(QStringLiteral("answer_to_dispatch"));
    CHECK(printed.out.contains(QStringLiteral("Answer → dispatch: %1, %2, %3")
                                   .arg(answer->count)
                                   .arg(ShiftReportData::duration(answer->medianSeconds),
                                        ShiftReportData::duration(answer->p90Seconds))));
    CHECK(printed.out.contains(QStringLiteral("HLS: 1\n")));
    CHECK(printed.out.contains(QStringLiteral("LMN: 2 / 1 / 1 / 0")));
    CHECK(printed.out.contains(QStringLiteral("BHY: 1 / 0 / 0 / 1")));
    CHECK(printed.out.contains(QStringLiteral("Damkar: 1 / 1 / 0")));

    const ProcessOutput indonesian =
        admin(s.period() << QStringLiteral("--language") << QStringLiteral("id"));
    REQUIRE(indonesian.exitCode == 0);
    CHECK(indonesian.out.contains(QStringLiteral("Panggilan: %1\n").arg(report.calls)));
    CHECK(indonesian.out.contains(QStringLiteral("Kasus: %1\n").arg(report.cases)));
}

TEST_CASE("report shift writes the CSV and a PDF whose pages hold the report's figures")
{
    Scripted s;
    const ShiftReportData report = s.report();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *language : {"en", "id"}) {
        INFO(language);
        const QString pdf =
            dir.filePath(QStringLiteral("shift-%1.pdf").arg(QLatin1String(language)));
        const QString csv =
            dir.filePath(QStringLiteral("shift-%1.csv").arg(QLatin1String(language)));
        const ProcessOutput written =
            admin(s.period() << QStringLiteral("--pdf") << pdf << QStringLiteral("--csv") << csv
                             << QStringLiteral("--language") << QLatin1String(language));
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        CHECK(written.out.contains(QStringLiteral("pdf: ")));

        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()) == report.csv());

        const QStringList pages = pdfPages(pdf);
        const bool english = QLatin1String(language) == QLatin1String("en");
        // The figures, then the cases from a page of their own; every page numbered.
        REQUIRE(pages.size() >= 2);
        const QString casesHeading =
            (english ? QStringLiteral("Cases (%1)") : QStringLiteral("Kasus (%1)"))
                .arg(report.caseLines.size());
        const auto casesPage = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &page) {
            return page.trimmed().startsWith(casesHeading);
        });
        REQUIRE(casesPage != pages.cend());
        const QString first =
            squeezed(QStringList(pages.cbegin(), casesPage).join(QLatin1Char(' ')));
        const QString second =
            squeezed(QStringList(casesPage, pages.cend()).join(QLatin1Char(' ')));
        for (int page = 0; page < pages.size(); ++page)
            CHECK(squeezed(pages.at(page))
                      .contains((english ? QStringLiteral("Page %1 of %2")
                                         : QStringLiteral("Halaman %1 dari %2"))
                                    .arg(page + 1)
                                    .arg(pages.size())));
        CHECK(first.contains(english ? QStringLiteral("Shift handover report")
                                     : QStringLiteral("Laporan serah terima shift")));
        CHECK(first.contains(
            QStringLiteral("%1 – %2 WIT")
                .arg(ShiftReportData::wit(report.from), ShiftReportData::wit(report.to))));
        CHECK(first.contains(
            (english ? QStringLiteral("Calls answered %1") : QStringLiteral("Panggilan dijawab %1"))
                .arg(report.calls)));
        CHECK(first.contains(
            (english ? QStringLiteral("Cases opened %1") : QStringLiteral("Kasus dibuka %1"))
                .arg(report.cases)));
        for (const IntervalStats &stats : report.intervals)
            CHECK(first.contains(QStringLiteral("%1 %2 %3")
                                     .arg(stats.count)
                                     .arg(ShiftReportData::duration(stats.medianSeconds),
                                          ShiftReportData::duration(stats.p90Seconds))));
        CHECK(first.contains(QStringLiteral("(HLS) 1")));
        CHECK(first.contains(QStringLiteral("(LMN) 2 1 1 0")));
        CHECK(first.contains(QStringLiteral("(BHY) 1 0 0 1")));
        CHECK(first.contains(QStringLiteral("Damkar 1 1 0")));
        CHECK(first.contains(QStringLiteral("AMB-KOTA-1 ")));
        for (const CaseLine &line : report.caseLines) {
            CHECK_FALSE(first.contains(line.number));
            CHECK(second.contains(line.number));
        }
        CHECK_FALSE(second.contains(s.shift.duplicate));
    }
}

TEST_CASE("report shift refuses a bad period with exit 2 and a lost database with exit 4")
{
    const QString conninfo = TestCluster::instance().freshDatabase(TestCluster::Fleet::None);
    auto run = [&](const QString &from, const QString &to, const QStringList &more = {}) {
        return admin(QStringList{QStringLiteral("--db"), conninfo, QStringLiteral("report"),
                                 QStringLiteral("shift"), QStringLiteral("--from"), from,
                                 QStringLiteral("--to"), to} +
                     more);
    };
    const ProcessOutput garbled =
        run(QStringLiteral("yesterday"), QStringLiteral("2026-11-28T19:00"));
    CHECK(garbled.exitCode == 2);
    CHECK(garbled.err.trimmed() ==
          QStringLiteral("pela-admin: --from must be an ISO 8601 time such as 2026-11-28T07:00 "
                         "(WIT unless it has an offset or Z), not 'yesterday'"));
    const ProcessOutput backwards =
        run(QStringLiteral("2026-11-28T19:00"), QStringLiteral("2026-11-28T07:00"));
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(
        QStringLiteral("The period ends (2026-11-28 07:00) before it starts (2026-11-28 19:00).")));
    CHECK(backwards.err.count(QLatin1Char('\n')) == 1);
    const ProcessOutput language =
        run(QStringLiteral("2026-11-28T07:00"), QStringLiteral("2026-11-28T19:00"),
            {QStringLiteral("--language"), QStringLiteral("fr")});
    CHECK(language.exitCode == 2);
    CHECK(language.err.contains(QStringLiteral("--language must be id or en")));
    QTemporaryDir dir;
    const ProcessOutput unwritable =
        run(QStringLiteral("2026-11-28T07:00"), QStringLiteral("2026-11-28T19:00"),
            {QStringLiteral("--csv"), dir.filePath(QStringLiteral("missing/folder/cases.csv"))});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));

    const ProcessOutput down = admin(
        {QStringLiteral("--db"), QStringLiteral("host=/nonexistent-pela port=5999 dbname=pela"),
         QStringLiteral("report"), QStringLiteral("shift"), QStringLiteral("--from"),
         QStringLiteral("2026-11-28T07:00"), QStringLiteral("--to"),
         QStringLiteral("2026-11-28T19:00"), QStringLiteral("--pdf"),
         dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(down.exitCode == 4);
    CHECK(down.err.contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));

    // An empty period still makes a report: every table says it has nothing.
    const ProcessOutput empty =
        run(QStringLiteral("2026-11-28T07:00"), QStringLiteral("2026-11-28T19:00"),
            {QStringLiteral("--language"), QStringLiteral("en")});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("Cases: 0\n")));
}
