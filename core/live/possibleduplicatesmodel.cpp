#include "possibleduplicatesmodel.h"

#include "labels.h"
#include "roles.h"

#include <QLocale>

namespace pela::core {

namespace {

QString distanceText(const DuplicateCandidate &candidate)
{
    if (!candidate.distanceMetres)
        return PossibleDuplicatesModel::tr("same kelurahan");
    const double metres = *candidate.distanceMetres;
    if (metres < 1000)
        return PossibleDuplicatesModel::tr("%1 m").arg(qRound(metres / 10) * 10);
    return PossibleDuplicatesModel::tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 1));
}

} // namespace

PossibleDuplicatesModel::PossibleDuplicatesModel(LiveState *state, QObject *parent)
    : QAbstractListModel(parent), m_state(state),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_state, &LiveState::reloaded, this, &PossibleDuplicatesModel::refresh);
    connect(m_state, &LiveState::caseInserted, this, &PossibleDuplicatesModel::refresh);
    connect(m_state, &LiveState::caseChanged, this, &PossibleDuplicatesModel::refresh);
    connect(m_state, &LiveState::caseRemoved, this, &PossibleDuplicatesModel::refresh);
}

int PossibleDuplicatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant PossibleDuplicatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicateCandidate &candidate = m_candidates[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{candidate.caseNumber, labels::priority(candidate.priority),
                          distanceText(candidate), labels::age(candidate.openedAt, m_clock())};
        if (!candidate.locationText.isEmpty())
            parts << candidate.locationText;
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole:
        return candidate.caseId;
    case RecordRole:
        return QVariant::fromValue(candidate);
    case CaseNumberRole:
        return candidate.caseNumber;
    case PriorityRole:
        return candidate.priority;
    case CategoryRole:
        return candidate.category;
    case StateRole:
        return candidate.state;
    case LocationTextRole:
        return candidate.locationText;
    case PositionRole:
        return QVariant::fromValue(candidate.location);
    case OpenedAtRole:
        return candidate.openedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> PossibleDuplicatesModel::roleNames() const
{
    return liveRoleNames();
}

void PossibleDuplicatesModel::setQuery(const DuplicateQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void PossibleDuplicatesModel::setRules(const DuplicateRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    refresh();
}

void PossibleDuplicatesModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

void PossibleDuplicatesModel::refresh()
{
    QList<DuplicateCandidate> found =
        findPossibleDuplicates(m_state->cases(), m_query, m_rules, m_clock());
    bool sameRows = found.size() == m_candidates.size();
    for (int row = 0; sameRows && row < found.size(); ++row)
        sameRows = found[row].caseId == m_candidates[row].caseId;
    if (!sameRows) {
        // The list is a handful of rows that the call-taker reads, not edits: a reset keeps it
        // simple and exact.
        beginResetModel();
        m_candidates = std::move(found);
        endResetModel();
        return;
    }
    // Same cases in the same order: ages, distances or details changed (or nothing did).
    const bool changed = found != m_candidates;
    m_candidates = std::move(found);
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0), index(int(m_candidates.size()) - 1),
                         changed ? QList<int>{} : QList<int>{Qt::DisplayRole, RecordRole});
}

DuplicateCandidate PossibleDuplicatesModel::candidateAt(int row) const
{
    return row >= 0 && row < m_candidates.size() ? m_candidates[row] : DuplicateCandidate{};
}

} // namespace pela::core
