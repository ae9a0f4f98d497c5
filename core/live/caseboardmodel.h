// The shift lead's case board: every case LiveState holds (open, and the shift's recently
// closed ones) with what the board shows of it, its timer and the order it is shown in. Timers
// move with the core's clock: tick() (a view's timer, once a second) re-evaluates them. The
// ETAs of units on their way come from outside (setUnitEtas): the model knows no roads.
#pragma once

#include "boardsettings.h"
#include "casefacts.h"
#include "casetimers.h"
#include "idtablemodel.h"
#include "uniteta.h"

namespace pela::core {

class CaseBoardModel : public IdTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        PriorityColumn,
        CategoryColumn,
        StateColumn,
        LocationColumn,    // kelurahan · the location as described
        AgeColumn,         // since opened; the closing time once closed
        InStateColumn,     // time in the current state
        TimerColumn,       // the most pressing timer, in words ("P1 waiting for a unit 1:45")
        UnitsColumn,       // units on the case with their statuses
        EtaColumn,         // units on their way, nearest first: "AMB-03 4 min, AMB-05 ≈9 min"
        DestinationColumn, // destination hospital's code
        ReferralColumn,    // partner agencies and where each referral stands
        CallTakerColumn,   // who opened the case
        DispatcherColumn,  // who made its latest assignment
        WaitingReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The board's own roles (beside roles.h's, which it also answers); row-wide.
    enum BoardRole : int
    {
        // qlonglong: the board's order, smallest first (open before closed, overdue first by
        // priority and how long overdue, then by priority and age). Changes are announced on
        // the number column, which a sorting proxy sorts.
        BoardOrderRole = Qt::UserRole + 200,
        TimerTextRole,        // QString: as TimerColumn
        TimerKindRole,        // int: TimerKind
        TimerOverdueRole,     // bool: past its threshold (the row turns red)
        AlertRole,            // bool: a P1 waiting past its threshold, not acknowledged: it sounds
        StateSinceRole,       // QDateTime: since when the case is in its state; null: unknown
        KecamatanCodeRole,    // QString: the kecamatan of the case's kelurahan; empty: unknown
        DestinationCodeRole,  // QString: destination hospital's code
        ReferralAgenciesRole, // QStringList: agencies the case was referred to
        CallTakerRole,        // QString
        DispatcherRole,       // QString
        UnitStatusesRole,     // QStringList: "AMB-KOTA-1:en_route", ...
        EtaMinutesRole,       // int: the nearest unit on its way, minutes as shown; null: none
    };
    Q_ENUM(BoardRole)

    // Names of kelurahan and kecamatan by code, for the location column and the filter.
    struct PlaceName
    {
        QString name;
        QString parentCode;
    };

    // Neither state nor facts (may be nullptr) is owned; both must outlive the model.
    CaseBoardModel(LiveState *state, CaseFactsStore *facts, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const BoardSettings &settings() const { return m_settings; }
    void setSettings(const BoardSettings &settings);
    void setPlaces(QHash<QString, PlaceName> places);
    // A kelurahan's (or kecamatan's) name; the code itself when not known.
    QString placeName(const QString &code) const;
    // The kecamatan (the parents of kelurahan) as code and name, by name.
    QList<std::pair<QString, QString>> kecamatanList() const;

    // The case's timer now (by the state's clock).
    CaseTimer timerOf(qint64 caseId) const;
    // Cases that sound their alert now, oldest first.
    QList<qint64> alertingCases() const;
    // Re-evaluates every timer by the clock: moves the time columns and announces the rows
    // whose colour, alert or order changed.
    void tick();

    // The ETAs of the units on their way to each case (DispatchAdvisor's, re-timed as units
    // move). Only the ETA cells whose text changes are announced.
    void setUnitEtas(const CaseEtas &etas);
    // The ETAs shown for a case now: of its units still dispatched or en route.
    QList<UnitEta> etasOf(qint64 caseId) const;

signals:
    // The set of alerting cases changed (a P1 crossed its threshold, was acknowledged, got a
    // unit).
    void alertsChanged();
    void placesChanged();

private:
    struct Cached
    {
        CaseTimer timer;
        bool alert = false;
        qlonglong order = 0;
    };

    QString columnTitle(int column) const override;
    const Cached &cached(const CaseRecord &record) const;
    Cached evaluate(const CaseRecord &record, const QList<const AssignmentRecord *> &live) const;
    QList<const AssignmentRecord *> liveOf(qint64 caseId) const;
    QDateTime stateSince(const CaseRecord &record,
                         const QList<const AssignmentRecord *> &live) const;
    QString unitsText(const QList<const AssignmentRecord *> &live) const;
    QString referralText(const CaseFacts *facts) const;
    QString etaText(qint64 caseId, bool explained) const;
    // Recomputes a row's cache and announces what changed (extraRoles besides).
    void refreshRow(qint64 id, QList<int> roles);
    void announceRow(int row, const QList<int> &roles);
    void refreshAll();
    void onCaseChanged(qint64 id, const CaseRecord &before);

    CaseFactsStore *m_facts;
    BoardSettings m_settings;
    QHash<QString, PlaceName> m_places;
    mutable QHash<qint64, Cached> m_cache;
    QList<qint64> m_alerting;
    CaseEtas m_etas;
};

} // namespace pela::core
