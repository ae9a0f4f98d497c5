#include "gazetteersearchmodel.h"

#include "live/roles.h"

#include <QRegularExpression>

namespace pela::core {

CoordinateInput parseCoordinateInput(const QString &text)
{
    CoordinateInput input;
    const QString trimmed = text.trimmed();
    // Decimal points with a comma or space between the numbers, or decimal commas (as an
    // Indonesian phone shows them) with a semicolon or space between.
    static const QRegularExpression pointDecimals(
        QStringLiteral(R"(^([-+−]?\d{1,3}\.\d+)\s*[,;\s]\s*([-+−]?\d{1,3}\.\d+)$)"));
    static const QRegularExpression commaDecimals(
        QStringLiteral(R"(^([-+−]?\d{1,3},\d+)\s*[;\s]\s*([-+−]?\d{1,3},\d+)$)"));
    QRegularExpressionMatch match = pointDecimals.match(trimmed);
    if (!match.hasMatch())
        match = commaDecimals.match(trimmed);
    if (!match.hasMatch())
        return input;
    input.isCoordinates = true;
    auto number = [](QString part) {
        part.replace(QChar(0x2212), QLatin1Char('-')).replace(QLatin1Char(','), QLatin1Char('.'));
        return part.toDouble();
    };
    const double lat = number(match.captured(1));
    const double lon = number(match.captured(2));
    if (lat < -90 || lat > 90) {
        input.problem = GazetteerSearchModel::tr("Latitude %1 is impossible: it must be between "
                                                 "-90 and 90 (Ambon is near -3.7).")
                            .arg(match.captured(1));
    } else if (lon < -180 || lon > 180) {
        input.problem = GazetteerSearchModel::tr("Longitude %1 is impossible: it must be between "
                                                 "-180 and 180 (Ambon is near 128.2).")
                            .arg(match.captured(2));
    } else {
        input.coordinate = QGeoCoordinate(lat, lon);
    }
    return input;
}

GazetteerSearchModel::GazetteerSearchModel(QObject *parent) : QAbstractListModel(parent) {}

void GazetteerSearchModel::setGazetteer(std::shared_ptr<const Gazetteer> gazetteer)
{
    beginResetModel();
    m_gazetteer = std::move(gazetteer);
    m_matches.clear();
    endResetModel();
    setQuery(m_query);
}

void GazetteerSearchModel::setQuery(const QString &text)
{
    m_query = text;
    m_coordinates = parseCoordinateInput(text);
    QList<GazetteerMatch> matches;
    if (m_gazetteer && !m_coordinates.isCoordinates)
        matches = m_gazetteer->search(text, m_limit);
    // The list is rebuilt on every keystroke and is read, never edited in place: a reset.
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

int GazetteerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant GazetteerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GazetteerMatch &match = m_matches[index.row()];
    const Place &place = m_gazetteer->places()[match.placeIndex];
    switch (role) {
    case Qt::DisplayRole:
        return match.matchedAlias.isEmpty()
                   ? place.name
                   : QStringLiteral("%1 → %2").arg(match.matchedAlias, place.name);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return describe(place);
    case IdRole:
        return place.id;
    case RecordRole:
        return QVariant::fromValue(place);
    case PositionRole:
        return QVariant::fromValue(place.location);
    default:
        return {};
    }
}

QHash<int, QByteArray> GazetteerSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = liveRoleNames();
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    return names;
}

const Place *GazetteerSearchModel::placeAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return nullptr;
    return &m_gazetteer->places()[m_matches[row].placeIndex];
}

MatchTier GazetteerSearchModel::tierAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches[row].tier : MatchTier::Fuzzy;
}

QString GazetteerSearchModel::kindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Kelurahan:
        return tr("kelurahan");
    case PlaceKind::Desa:
        return tr("desa");
    case PlaceKind::Kecamatan:
        return tr("kecamatan");
    case PlaceKind::Landmark:
        return tr("landmark");
    case PlaceKind::Street:
        return tr("street");
    case PlaceKind::Other:
        break;
    }
    return tr("place");
}

QString GazetteerSearchModel::describe(const Place &place) const
{
    const QString parent = m_gazetteer ? m_gazetteer->parentName(place) : QString();
    return parent.isEmpty() ? kindName(place.kind)
                            : QStringLiteral("%1 · %2").arg(kindName(place.kind), parent);
}

} // namespace pela::core
