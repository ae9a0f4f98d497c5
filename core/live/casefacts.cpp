#include "casefacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pela::core {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QDateTime fromMs(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC)
                            : QDateTime();
}

} // namespace

CaseFactsStore::CaseFactsStore(LiveState *state, QObject *parent) : QObject(parent), m_state(state)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(150);
    connect(&m_batch, &QTimer::timeout, this, &CaseFactsStore::flush);
    connect(m_state, &LiveState::reloaded, this, &CaseFactsStore::markAll);
    connect(m_state, &LiveState::caseEventsInvalidated, this, &CaseFactsStore::markAll);
    connect(m_state, &LiveState::caseInserted, this, &CaseFactsStore::mark);
    connect(m_state, &LiveState::caseChanged, this, [this](qint64 id, const CaseRecord &before) {
        const CaseRecord *after = m_state->findCase(id);
        if (after && after->state != before.state)
            mark(id);
    });
    connect(m_state, &LiveState::assignmentsChanged, this, &CaseFactsStore::mark);
    connect(m_state, &LiveState::caseRemoved, this, [this](qint64 id) { m_facts.remove(id); });
    connect(m_state, &LiveState::caseEventsAdded, this, &CaseFactsStore::onEventsAdded);
}

void CaseFactsStore::setRunner(CommandRunner *runner)
{
    m_runner = runner;
    m_reading = false;
    if (m_runner)
        markAll();
}

const CaseFacts *CaseFactsStore::facts(qint64 caseId) const
{
    const auto it = m_facts.constFind(caseId);
    return it == m_facts.cend() ? nullptr : &*it;
}

void CaseFactsStore::setFacts(qint64 caseId, const CaseFacts &facts)
{
    if (m_facts.value(caseId) == facts && m_facts.contains(caseId))
        return;
    m_facts.insert(caseId, facts);
    emit factsChanged({caseId});
}

void CaseFactsStore::referralsChanged(const QList<qint64> &referralIds)
{
    if (referralIds.isEmpty()) {
        markAll();
        return;
    }
    for (qint64 id : referralIds)
        m_dirtyReferrals.insert(id);
    if (m_runner && !m_batch.isActive())
        m_batch.start();
}

void CaseFactsStore::markAll()
{
    m_allDirty = true;
    if (m_runner && !m_batch.isActive())
        m_batch.start();
}

void CaseFactsStore::mark(qint64 caseId)
{
    m_dirtyCases.insert(caseId);
    if (m_runner && !m_batch.isActive())
        m_batch.start();
}

void CaseFactsStore::onEventsAdded(qint64 caseId, const QList<CaseEventRecord> &events)
{
    // An acknowledgement silences the alert at once on every console; referral changes come
    // with their event too (the referrals table's own notification may carry no case id).
    for (const CaseEventRecord &event : events) {
        if (event.kind == QLatin1String("alert_acknowledged")) {
            CaseFacts facts = m_facts.value(caseId);
            if (!facts.alertAcknowledgedAt.isValid() ||
                facts.alertAcknowledgedAt < event.occurredAt) {
                facts.alertAcknowledgedAt = event.occurredAt;
                m_facts.insert(caseId, facts);
                emit factsChanged({caseId});
            }
        } else if (event.kind == QLatin1String("referral_changed")) {
            mark(caseId);
        }
    }
}

void CaseFactsStore::flush()
{
    if (!m_runner)
        return;
    if (m_reading) {
        // One read at a time, so that answers arrive in order; the rest follows it.
        m_batch.start();
        return;
    }
    QSet<qint64> asked;
    if (m_allDirty) {
        const QList<qint64> held = m_state->cases().keys();
        asked = QSet<qint64>(held.cbegin(), held.cend());
    } else {
        asked = m_dirtyCases;
    }
    const QList<qint64> referrals(m_dirtyReferrals.cbegin(), m_dirtyReferrals.cend());
    m_allDirty = false;
    m_dirtyCases.clear();
    m_dirtyReferrals.clear();
    if (asked.isEmpty() && referrals.isEmpty())
        return;
    const QList<qint64> caseIds(asked.cbegin(), asked.cend());
    m_reading = true;
    QPointer<CaseFactsStore> self(this);
    QFuture<ReadResult<QHash<qint64, CaseFacts>>> future =
        m_runner->read<QHash<qint64, CaseFacts>>([caseIds, referrals](PgConnection &connection) {
            return read(connection, caseIds, referrals);
        });
    future.then(this, [self, asked](const ReadResult<QHash<qint64, CaseFacts>> &result) {
        if (!self)
            return;
        self->m_reading = false;
        if (result.ok())
            self->apply(*result.value, asked);
        else {
            // Not read (no answer, connection lost): try again with the next batch.
            for (qint64 id : asked)
                self->m_dirtyCases.insert(id);
            if (self->m_runner && !self->m_batch.isActive())
                self->m_batch.start();
        }
    });
}

void CaseFactsStore::apply(const QHash<qint64, CaseFacts> &read, const QSet<qint64> &asked)
{
    QList<qint64> changed;
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        if (!m_state->findCase(it.key()))
            continue;
        CaseFacts fresh = it.value();
        // An acknowledgement seen live may be newer than this read.
        const CaseFacts *held = facts(it.key());
        if (held && held->alertAcknowledgedAt.isValid() &&
            (!fresh.alertAcknowledgedAt.isValid() ||
             fresh.alertAcknowledgedAt < held->alertAcknowledgedAt))
            fresh.alertAcknowledgedAt = held->alertAcknowledgedAt;
        if (held && *held == fresh)
            continue;
        m_facts.insert(it.key(), fresh);
        changed.append(it.key());
    }
    Q_UNUSED(asked);
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        emit factsChanged(changed);
    }
}

ReadResult<QHash<qint64, CaseFacts>> CaseFactsStore::read(PgConnection &connection,
                                                          const QList<qint64> &caseIds,
                                                          const QList<qint64> &referralIds)
{
    const PgResult result = connection.exec(
        "SELECT c.id,"
        " (extract(epoch FROM c.state_changed_at) * 1000)::bigint AS state_changed_ms,"
        " (SELECT a.assigned_by FROM assignments a WHERE a.case_id = c.id"
        "  AND a.undone_at IS NULL ORDER BY a.id DESC LIMIT 1) AS dispatcher,"
        " (SELECT (extract(epoch FROM max(e.occurred_at)) * 1000)::bigint FROM case_events e"
        "  WHERE e.case_id = c.id AND e.kind = 'alert_acknowledged') AS acknowledged_ms,"
        " (SELECT coalesce(json_agg(json_build_object('agency', r.agency, 'state', r.state,"
        "  'forwarded_ms', (extract(epoch FROM r.forwarded_at) * 1000)::bigint,"
        "  'acknowledged_ms', (extract(epoch FROM r.acknowledged_at) * 1000)::bigint)"
        "  ORDER BY r.id), '[]') FROM referrals r WHERE r.case_id = c.id) AS referrals"
        " FROM cases c WHERE c.id = ANY($1::bigint[])"
        " OR c.id IN (SELECT case_id FROM referrals WHERE id = ANY($2::bigint[]))",
        {idArray(caseIds), idArray(referralIds)});
    if (!result.ok())
        return ReadResult<QHash<qint64, CaseFacts>>::failed(result.error());
    QHash<qint64, CaseFacts> facts;
    for (int row = 0; row < result.rowCount(); ++row) {
        CaseFacts fact;
        if (!result.isNull(row, result.column("state_changed_ms")))
            fact.stateChangedAt =
                QDateTime::fromMSecsSinceEpoch(result.toInt(row, "state_changed_ms"), Qt::UTC);
        fact.dispatcher = result.text(row, "dispatcher");
        if (!result.isNull(row, result.column("acknowledged_ms")))
            fact.alertAcknowledgedAt =
                QDateTime::fromMSecsSinceEpoch(result.toInt(row, "acknowledged_ms"), Qt::UTC);
        for (const QJsonValue value : result.toJson(row, "referrals").array()) {
            const QJsonObject referral = value.toObject();
            fact.referrals.append({referral.value(QLatin1String("agency")).toString(),
                                   referral.value(QLatin1String("state")).toString(),
                                   fromMs(referral.value(QLatin1String("forwarded_ms"))),
                                   fromMs(referral.value(QLatin1String("acknowledged_ms")))});
        }
        facts.insert(result.toInt(row, "id"), fact);
    }
    return ReadResult<QHash<qint64, CaseFacts>>::of(facts);
}

} // namespace pela::core
