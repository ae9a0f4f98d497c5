// Hospital mode and the centre, two consoles on one real cluster: what the liaison sets at
// RSUD Haulussy (HLS) reaches the dispatcher's advice; the liaison sees its ambulances' and its
// patients' road ETAs move with the units, and its own answers to the centre's requests counted
// as the shift report counts them.
#include "dispatch/dispatchadvisor.h"
#include "dispatch/recommendationpanel.h"
#include "hospital/hospitalmeasurespanel.h"
#include "hospital/hospitalstatuspanel.h"
#include "hospitalconsoles.h"
#include "live/hospitaletas.h"
#include "live/hospitaltripmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace pela::core;
using pela::test::TwoConsoles;
using pela::ui::HospitalMeasuresPanel;

namespace {

const QGeoCoordinate Kudamati(-3.7060, 128.1700); // about 0.8 km from Haulussy

// The rows of the dispatcher's hospital suggestions, top to bottom: code, ETA, reasons.
struct SuggestedHospital
{
    QString code;
    QString eta;
    QString why;
};

QList<SuggestedHospital> suggestions(pela::ui::RecommendationPanel *panel)
{
    QList<SuggestedHospital> rows;
    QTreeWidget *list = panel->hospitalList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.append({list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1),
                     list->topLevelItem(i)->text(3)});
    return rows;
}

int rowOf(const QList<SuggestedHospital> &rows, const QString &code)
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).code == code)
            return i;
    return -1;
}

// Below every hospital with a known place: only those whose place is unknown ("—") follow.
bool lastOfTheLocated(const QList<SuggestedHospital> &rows, const QString &code)
{
    const int row = rowOf(rows, code);
    if (row < 0)
        return false;
    for (int i = row + 1; i < rows.size(); ++i)
        if (rows.at(i).eta != QStringLiteral("—"))
            return false;
    return true;
}

} // namespace

TEST_CASE("the liaison sets diverting with a reason in hospital mode and the dispatcher's advice "
          "moves Haulussy last, saying why")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Kudamati", Kudamati);
    REQUIRE(QTest::qWaitFor(
        [&] { return consoles.dispatcher->state()->findCase(opened.caseId) != nullptr; }, 5000));
    // The dispatcher works on the case: the advice for it follows, Haulussy near the top.
    consoles.dispatcher->window.dispatchAdvisor()->setCase(opened.caseId);
    pela::ui::RecommendationPanel *panel = consoles.dispatcher->window.recommendationPanel();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<SuggestedHospital> rows = suggestions(panel);
            return rowOf(rows, QStringLiteral("HLS")) >= 0 &&
                   !lastOfTheLocated(rows, QStringLiteral("HLS"));
        },
        20'000));

    // The liaison, with keys and clicks: diverting (the last status), the reason, save.
    pela::ui::HospitalScreen *screen = consoles.screen;
    QComboBox *status = screen->statusPanel()->erStatusBox();
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End);
    REQUIRE(status->currentData().toString() == QLatin1String("diverting"));
    QTest::mouseClick(screen->statusPanel()->erReasonEdit(), Qt::LeftButton);
    screen->statusPanel()->erReasonEdit()->selectAll();
    QTest::keyClicks(screen->statusPanel()->erReasonEdit(), QStringLiteral("CT scanner down"));
    auto *save = screen->findChild<QPushButton *>(QStringLiteral("erSave"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);

    // A generous bound: the change goes through the database and the dispatcher's live sync.
    REQUIRE(QTest::qWaitFor(
        [&] { return lastOfTheLocated(suggestions(panel), QStringLiteral("HLS")); }, 10'000));
    const QList<SuggestedHospital> rows = suggestions(panel);
    const SuggestedHospital &haulussy = rows.at(rowOf(rows, QStringLiteral("HLS")));
    INFO(haulussy.why.toStdString());
    CHECK(haulussy.why.contains(QStringLiteral("diverting: CT scanner down")));
}

TEST_CASE("a request shows the ambulance's ETA to the case, marked ≈ without roads, and it "
          "shortens as the ambulance moves")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Kudamati", Kudamati);
    REQUIRE(consoles.commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-HLS-1")).ok());
    HospitalTripModel *requests = consoles.screen->requestModel();
    auto etaText = [&] {
        return requests->index(0, HospitalTripModel::EtaColumn).data().toString();
    };
    REQUIRE(QTest::qWaitFor(
        [&] { return requests->rowCount() == 1 && etaText().startsWith(QStringLiteral("≈ ")); },
        5000));
    const qint64 assignment = requests->assignmentIdAt(0);
    const double before = consoles.screen->etas()->etas().value(assignment).toCase.seconds;
    CHECK(before > 0);

    // The ambulance drives towards the case (its position as the gateway writes it).
    REQUIRE(consoles.owner
                .exec("UPDATE units SET lat = -3.7063, lon = 128.1690, position_at = now()"
                      " WHERE call_sign = 'AMB-HLS-1'")
                .ok());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return consoles.screen->etas()->etas().value(assignment).toCase.seconds < before / 2;
        },
        5000));
    CHECK(etaText().startsWith(QStringLiteral("≈ ")));
}

TEST_CASE("a patient coming shows the ambulance's ETA to the hospital, through the scene until "
          "the patient is on board")
{
    TwoConsoles consoles;
    const CommandResult opened = consoles.openCase("Kudamati", Kudamati);
    IncidentCommands &commands = consoles.commands;
    REQUIRE(commands.assignUnit(opened.caseNumber, QStringLiteral("AMB-KOTA-1")).ok());
    // The patient is already promised to Haulussy (as a dispatcher sets it, with its event).
    pela::core::PgConnection &owner = consoles.owner;
    REQUIRE(owner.exec("BEGIN").ok());
    REQUIRE(owner
                .exec("UPDATE cases SET destination_hospital_id ="
                      " (SELECT id FROM hospitals WHERE code = 'HLS') WHERE id = $1",
                      {opened.caseId})
                .ok());
    REQUIRE(owner
                .exec("INSERT INTO case_events (case_id, kind) VALUES ($1,"
                      " 'case_details_changed')",
                      {opened.caseId})
                .ok());
    REQUIRE(owner.exec("COMMIT").ok());
    HospitalTripModel *incoming = consoles.screen->incomingModel();
    auto etaText = [&] {
        return incoming->index(0, HospitalTripModel::EtaColumn).data().toString();
    };
    REQUIRE(QTest::qWaitFor(
        [&] { return incoming->rowCount() == 1 && etaText().endsWith(QStringLiteral("on scene")); },
        5000));
    CHECK(etaText().startsWith(QStringLiteral("≈ ")));

    REQUIRE(
        commands.advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::OnScene).ok());
    REQUIRE(commands
                .advanceAssignment(QStringLiteral("AMB-KOTA-1"), AssignmentState::Transporting,
                                   QStringLiteral("HLS"))
                .ok());
    // On board: straight to the hospital from where the ambulance is.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return incoming->rowCount() == 1 && etaText().startsWith(QStringLiteral("≈ ")) &&
                   !etaText().contains(QStringLiteral("scene"));
        },
        5000));
}

TEST_CASE("hospital mode counts its own answers: a decline with its reason, then an accept")
{
    TwoConsoles consoles;
    HospitalMeasuresPanel *measures = consoles.screen->measuresPanel();
    REQUIRE(measures);
    REQUIRE(QTest::qWaitFor([&] { return measures->measures().has_value(); }, 5000));
    CHECK(measures->cellText(0, 1) == QStringLiteral("0"));

    const CommandResult first = consoles.openCase("Batu Merah");
    REQUIRE(consoles.commands.assignUnit(first.caseNumber, QStringLiteral("AMB-HLS-1")).ok());
    HospitalTripModel *requests = consoles.screen->requestModel();
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 1; }, 2000));
    QTest::mouseClick(consoles.screen->declineReasonEdit(), Qt::LeftButton);
    QTest::keyClicks(consoles.screen->declineReasonEdit(), QStringLiteral("no crew tonight"));
    QTest::keyClick(consoles.screen->declineReasonEdit(), Qt::Key_F7);
    // Counted by the database as the shift report counts it, then shown: 30 days' column.
    REQUIRE(QTest::qWaitFor([&] { return measures->cellText(2, 1) == QStringLiteral("1 (100%)"); },
                            5000));
    CHECK(measures->cellText(0, 1) == QStringLiteral("1"));
    CHECK(measures->declineReasonsText().contains(QStringLiteral("no crew tonight (1)")));

    const CommandResult second = consoles.openCase("Mardika");
    REQUIRE(consoles.commands.assignUnit(second.caseNumber, QStringLiteral("AMB-HLS-1")).ok());
    REQUIRE(QTest::qWaitFor([&] { return requests->rowCount() == 1; }, 2000));
    consoles.press(Qt::Key_F6, consoles.screen->requestTable());
    REQUIRE(QTest::qWaitFor([&] { return measures->cellText(1, 1) == QStringLiteral("1 (50%)"); },
                            5000));
    CHECK(measures->cellText(0, 1) == QStringLiteral("2"));
    CHECK(measures->cellText(2, 1) == QStringLiteral("1 (50%)"));
    CHECK(measures->cellText(4, 1) != QStringLiteral("–"));
}
