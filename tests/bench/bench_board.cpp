// The case board under a full shift: 2,000 open cases and 200 units (100 on cases) in LiveState;
// the initial load into the board's model, proxy and view and the first paint at 1920×1080
// (offscreen), then a stream of 1,000 case changes, each applied and the board repainted.
// Goal (issue 9): load + first paint ≤ 100 ms, one change applied and repainted ≤ 2 ms median.
//
//   bench_board [--cases N] [--units N] [--changes N]
// Then 1,000 ETA changes as the dispatch advisor hands them over (a unit a minute nearer).
// Prints board_load_ms, board_change_median_ms (and p90, max), board_eta_change_median_ms (and
// p90) as `key: value` lines.
#include "board/boardproxymodel.h"
#include "board/caseboardview.h"
#include "live/caseboardmodel.h"
#include "live/casefacts.h"
#include "live/livestate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pela::core;

namespace {

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

const QStringList categories = {QStringLiteral("medical"), QStringLiteral("traffic_accident"),
                                QStringLiteral("fire"), QStringLiteral("security")};
const QStringList places = {QStringLiteral("Jl. Pattimura"), QStringLiteral("Passo"),
                            QStringLiteral("Halong"),        QStringLiteral("Batu Merah"),
                            QStringLiteral("Tantui"),        QStringLiteral("Galala")};

LiveSnapshot shift(int caseCount, int unitCount, const QDateTime &now)
{
    LiveSnapshot snapshot;
    QRandomGenerator random(112);
    for (int i = 1; i <= caseCount; ++i) {
        CaseRecord record;
        record.id = i;
        record.number = QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0'));
        record.category = categories.at(i % categories.size());
        record.priority = 1 + int(random.bounded(4));
        record.state = QStringLiteral("waiting");
        record.locationText = places.at(i % places.size());
        record.openedAt = now.addSecs(-int(random.bounded(4 * 3600)));
        record.openedBy = QStringLiteral("siti");
        record.version = 1;
        snapshot.cases.insert(record.id, record);
    }
    for (int i = 1; i <= unitCount; ++i) {
        UnitRecord unit;
        unit.id = i;
        unit.callSign = QStringLiteral("AMB-%1").arg(i);
        unit.kind = QStringLiteral("ambulance_als");
        unit.status = QStringLiteral("available");
        // Half of the fleet on cases: dispatched, en route or on scene.
        if (i % 2 == 0 && i / 2 <= caseCount) {
            AssignmentRecord assignment;
            assignment.id = i;
            assignment.caseId = i / 2;
            assignment.unitId = i;
            assignment.state = i % 3 == 0   ? QStringLiteral("on_scene")
                               : i % 3 == 1 ? QStringLiteral("en_route")
                                            : QStringLiteral("dispatched");
            assignment.assignedBy = QStringLiteral("budi");
            assignment.requestedAt = assignment.dispatchedAt = now.addSecs(-600);
            snapshot.assignments.insert(assignment.id, assignment);
            unit.status = assignment.state;
            unit.currentAssignmentId = assignment.id;
            snapshot.cases[assignment.caseId].state = QStringLiteral("dispatched");
        }
        snapshot.units.insert(unit.id, unit);
    }
    return snapshot;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * values.size()))];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int caseCount = option(arguments, QStringLiteral("--cases"), 2000);
    const int unitCount = option(arguments, QStringLiteral("--units"), 200);
    const int changeCount = option(arguments, QStringLiteral("--changes"), 1000);

    LiveState state;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.clock().setWorkstationClock([&now] { return now; });
    const LiveSnapshot snapshot = shift(caseCount, unitCount, now);

    CaseFactsStore facts(&state);
    CaseBoardModel model(&state, &facts);
    pela::ui::BoardProxyModel proxy;
    proxy.setSourceModel(&model);
    pela::ui::CaseBoardView view;
    view.setModel(&proxy);
    view.fitColumns();
    view.resize(1920, 1080);
    view.show();
    QCoreApplication::processEvents();

    // Load: the snapshot into LiveState, the model, the sorted proxy, and the first paint.
    QElapsedTimer load;
    load.start();
    state.resetTo(snapshot);
    view.viewport()->repaint();
    const double loadMs = load.nsecsElapsed() / 1e6;
    if (proxy.rowCount() != caseCount) {
        std::fprintf(stderr, "bench_board: the board shows %d rows, expected %d\n",
                     proxy.rowCount(), caseCount);
        return 1;
    }

    // Changes as LiveSync applies them: priority raised, a location corrected, a state moved.
    QRandomGenerator random(9);
    std::vector<double> changeMs, applyPriorityMs, applyOtherMs;
    changeMs.reserve(changeCount);
    for (int i = 0; i < changeCount; ++i) {
        CaseRecord record = *state.findCase(1 + qint64(random.bounded(caseCount)));
        switch (i % 3) {
        case 0:
            record.priority = 1 + (record.priority % 4);
            break;
        case 1:
            record.locationText =
                places.at(int(random.bounded(places.size()))) + QStringLiteral(" no. %1").arg(i);
            break;
        default:
            record.waitingReason = QStringLiteral("{\"kind\": \"no_unit\"}");
            break;
        }
        ++record.version;
        QElapsedTimer change;
        change.start();
        state.applyCases({record}, {});
        const qint64 applied = change.nsecsElapsed();
        // What the change made dirty is painted, as the event loop does it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        changeMs.push_back(change.nsecsElapsed() / 1e6);
        (i % 3 == 0 ? applyPriorityMs : applyOtherMs).push_back(applied / 1e6);
    }

    // ETAs as the dispatch advisor hands them over: every unit on its way timed, then one
    // case's unit a minute nearer at a time (one cell repainted, no re-sort).
    CaseEtas etas;
    for (const AssignmentRecord &assignment : snapshot.assignments)
        if (assignment.state != QLatin1String("on_scene"))
            etas[assignment.caseId].append({assignment.unitId, 600.0 + assignment.id, false});
    model.setUnitEtas(etas);
    QCoreApplication::processEvents();
    const QList<qint64> timed = etas.keys();
    std::vector<double> etaMs;
    for (int i = 0; i < changeCount && !timed.isEmpty(); ++i) {
        QList<UnitEta> &ofCase = etas[timed.at(int(random.bounded(timed.size())))];
        ofCase.first().seconds = ofCase.first().seconds > 120 ? ofCase.first().seconds - 60 : 900;
        QElapsedTimer change;
        change.start();
        model.setUnitEtas(etas);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        etaMs.push_back(change.nsecsElapsed() / 1e6);
    }

    std::printf("cases: %d\nunits: %d\nchanges: %d\n", caseCount, unitCount, changeCount);
    std::printf("board_load_ms: %.1f\n", loadMs);
    std::printf("board_change_median_ms: %.3f\n", percentile(changeMs, 0.5));
    std::printf("board_change_p90_ms: %.3f\n", percentile(changeMs, 0.9));
    std::printf("board_apply_reorder_median_ms: %.3f\n", percentile(applyPriorityMs, 0.5));
    std::printf("board_apply_other_median_ms: %.3f\n", percentile(applyOtherMs, 0.5));
    std::printf("board_change_max_ms: %.3f\n",
                changeMs.empty() ? 0 : *std::max_element(changeMs.begin(), changeMs.end()));
    std::printf("board_eta_change_median_ms: %.3f\n", percentile(etaMs, 0.5));
    std::printf("board_eta_change_p90_ms: %.3f\n", percentile(etaMs, 0.9));
    return 0;
}
