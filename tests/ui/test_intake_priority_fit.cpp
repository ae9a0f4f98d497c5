// The intake's priority box at 1366x768 (Indonesian has the longer words, English the longest
// one): every priority's name is shown whole (wrapped at its words if need be, never cut), in
// the call-taker's layout and in the dispatcher's narrower unfolded form.
#include "consolelayout.h"
#include "intake/prioritybox.h"
#include "intakeconsole.h"
#include "livesession.h"
#include "testcluster.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace pela;
using pela::test::IntakeConsole;
using pela::ui::ConsoleLayout;
using pela::ui::PriorityBox;

namespace {

// Why the label's text is not shown whole at its size; empty when it is.
QString whyCut(const QLabel &label)
{
    const QFontMetrics metrics(label.font());
    const int width = label.contentsRect().width() - 2 * label.margin();
    for (const QString &line : label.text().split(QLatin1Char('\n')))
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (metrics.horizontalAdvance(word) > width)
                return QStringLiteral("\"%1\" is %2 px wide in %3 px")
                    .arg(word)
                    .arg(metrics.horizontalAdvance(word))
                    .arg(width);
    if (label.heightForWidth(label.width()) > label.height())
        return QStringLiteral("\"%1\" needs %2 px of height, has %3")
            .arg(label.text())
            .arg(label.heightForWidth(label.width()))
            .arg(label.height());
    return {};
}

} // namespace

TEST_CASE("at 1366x768 in Indonesian and English every priority's name fits the intake's "
          "priority box, in the call-taker's and the dispatcher's layout")
{
    const ui::Language language = GENERATE(ui::Language::Indonesian, ui::Language::English);
    INFO((language == ui::Language::Indonesian ? "Indonesian" : "English"));
    QTemporaryDir home;
    REQUIRE(home.isValid());
    IntakeConsole console(test::TestCluster::instance().freshDatabase(), home.path(),
                          QStringLiteral("ws-07"), language);
    REQUIRE(console.waitReady());
    REQUIRE(console.activate());
    // Once the login's roles are known: they choose a layout of their own.
    REQUIRE(QTest::qWaitFor(
        [&] { return !console.window().liveSession()->loginProfile().primaryRole().isEmpty(); }));
    auto *box = console.form().findChild<PriorityBox *>();
    REQUIRE(box);
    ConsoleLayout &layout = *console.window().consoleLayout();

    for (const ConsoleLayout::Kind kind :
         {ConsoleLayout::Kind::CallTaker, ConsoleLayout::Kind::Dispatcher}) {
        layout.apply(kind);
        layout.setIntakeShown(true);
        REQUIRE(QTest::qWaitFor([&] { return layout.isIntakeShown(); }));
        for (int priority = 0; priority <= 4; ++priority) {
            box->setComputed(priority, priority ? QStringLiteral("Perdarahan hebat")
                                                : QStringLiteral("Pilih kategori"));
            // Laid out again once the events are processed.
            QTest::qWaitFor([&] { return whyCut(*box->priorityLabel()).isEmpty(); }, 1000);
            INFO("layout " << ConsoleLayout::toText(kind).toStdString() << ", priority " << priority
                           << ", box " << box->width() << " px");
            CHECK(whyCut(*box->priorityLabel()).toStdString() == "");
        }
        box->setComputed(2, QStringLiteral("Perdarahan hebat"));
        box->overrideSelector()->setCurrentIndex(4); // overridden: two lines
        QTest::qWaitFor([&] { return whyCut(*box->priorityLabel()).isEmpty(); }, 1000);
        INFO("layout " << ConsoleLayout::toText(kind).toStdString() << ", P4 over P2");
        CHECK(whyCut(*box->priorityLabel()).toStdString() == "");
        box->clearOverride();
    }
}
