// What the board shows about a case beyond LiveState (which holds only open cases and live
// assignments): its referrals, who dispatched it, since when it is in its state, and when an
// alert for it was last acknowledged. Read through the command runner for the cases LiveState
// holds, again for a case whenever it changes; never on the caller's thread.
#pragma once

#include "commands/commandrunner.h"
#include "livestate.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace pela::core {

struct ReferralFact
{
    QString agency;
    QString state; // forwarded, acknowledged, done
    QDateTime forwardedAt;
    QDateTime acknowledgedAt;

    bool operator==(const ReferralFact &) const = default;
};

struct CaseFacts
{
    QList<ReferralFact> referrals; // oldest first
    QString dispatcher;            // who made the latest assignment (not undone); empty: none
    QDateTime stateChangedAt;      // null: unknown (a case from before migration 008)
    QDateTime alertAcknowledgedAt; // the latest acknowledgement of an alert; null: none

    bool operator==(const CaseFacts &) const = default;
};

class CaseFactsStore : public QObject
{
    Q_OBJECT
public:
    // The state is not owned and must outlive the store.
    explicit CaseFactsStore(LiveState *state, QObject *parent = nullptr);

    // Where facts are read; nullptr stops reading (what is known stays). Setting a runner reads
    // the facts of every held case.
    void setRunner(CommandRunner *runner);
    // nullptr when nothing is known about the case (yet).
    const CaseFacts *facts(qint64 caseId) const;
    // Replaces what is known (tests and benchmarks without a database).
    void setFacts(qint64 caseId, const CaseFacts &facts);
    // Rows of the referrals table changed (LiveSync::rowsChanged): their cases are read again;
    // no ids: every case.
    void referralsChanged(const QList<qint64> &referralIds);
    // How long changes are gathered into one read (default 150 ms).
    void setBatchDelay(std::chrono::milliseconds delay) { m_batch.setInterval(delay); }

    // Reads the facts of the given cases, and of the cases of the given referrals.
    static ReadResult<QHash<qint64, CaseFacts>>
    read(PgConnection &connection, const QList<qint64> &caseIds, const QList<qint64> &referralIds);

signals:
    void factsChanged(const QList<qint64> &caseIds);

private:
    void markAll();
    void mark(qint64 caseId);
    void flush();
    void apply(const QHash<qint64, CaseFacts> &read, const QSet<qint64> &asked);
    void onEventsAdded(qint64 caseId, const QList<CaseEventRecord> &events);

    LiveState *m_state;
    QPointer<CommandRunner> m_runner;
    QHash<qint64, CaseFacts> m_facts;
    QSet<qint64> m_dirtyCases;
    QSet<qint64> m_dirtyReferrals;
    bool m_allDirty = false;
    bool m_reading = false;
    QTimer m_batch;
};

} // namespace pela::core
