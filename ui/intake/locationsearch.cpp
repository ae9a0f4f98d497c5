#include "locationsearch.h"

#include "geo/gazetteersearchmodel.h"
#include "live/roles.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

constexpr int MaxVisibleResults = 6;

QString coordinateText(const QGeoCoordinate &coordinate)
{
    return QStringLiteral("%1, %2")
        .arg(coordinate.latitude(), 0, 'f', 5)
        .arg(coordinate.longitude(), 0, 'f', 5);
}

// A result: the place's name, then its kind and kecamatan in grey.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect area = option.rect.adjusted(8, 0, -8, 0);
        QFont bold = option.font;
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(selected ? option.palette.highlightedText().color()
                                 : option.palette.text().color());
        const QString name = index.data(Qt::DisplayRole).toString();
        QRect used;
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, name, &used);
        painter->setFont(option.font);
        painter->setPen(selected ? option.palette.highlightedText().color()
                                 : QColor(0x54, 0x6e, 0x7a));
        painter->drawText(area.adjusted(used.width() + 12, 0, 0, 0),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          index.data(core::GazetteerSearchModel::DescriptionRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

LocationSearch::LocationSearch(QWidget *overlayHost, QWidget *parent)
    : QWidget(parent), m_host(overlayHost), m_model(new core::GazetteerSearchModel(this))
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("locationSearch"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("locationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);

    m_results = new QListView(m_host);
    m_results->setObjectName(QStringLiteral("locationResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    // The line keeps the focus; the list only shows and takes clicks.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setStyleSheet(
        QStringLiteral("QListView#locationResults { border: 2px solid #1565c0; background: white;"
                       " font-size: 11pt; }"));
    m_results->hide();
    connect(m_results, &QListView::clicked, this,
            [this](const QModelIndex &index) { pickRow(index.row()); });
    connect(m_edit, &QLineEdit::textEdited, this, &LocationSearch::onTextEdited);
    // The clear button empties the text without an edit signal of its own.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_source != Source::None && m_source != Source::Map)
            onTextEdited(text);
    });
    updateStatus();
}

void LocationSearch::setGazetteer(std::shared_ptr<const core::Gazetteer> gazetteer)
{
    m_model->setGazetteer(std::move(gazetteer));
    updateStatus();
}

QString LocationSearch::text() const
{
    return m_edit->text().trimmed();
}

QString LocationSearch::kelurahanCode() const
{
    if (!m_place || !m_model->gazetteer())
        return {};
    return m_model->gazetteer()->kelurahanCodeFor(*m_place);
}

bool LocationSearch::isOutsideServiceArea() const
{
    if (!m_coordinate.isValid() || !m_model->gazetteer())
        return false;
    const QGeoRectangle area = m_model->gazetteer()->serviceArea();
    return area.isValid() && !area.contains(m_coordinate);
}

QString LocationSearch::problem() const
{
    return m_source == Source::Typed ? m_model->coordinates().problem : QString();
}

void LocationSearch::setMapPoint(const QGeoCoordinate &coordinate, const QString &description)
{
    m_place.reset();
    m_coordinate = coordinate;
    m_source = Source::Map;
    m_mapDescription = description;
    if (m_edit->text().trimmed().isEmpty() && !description.isEmpty())
        m_edit->setText(description);
    showResults(false);
    updateStatus();
    emit locationChanged();
}

void LocationSearch::setPlace(const core::Place &place)
{
    m_place = place;
    m_coordinate = place.location;
    m_source = Source::Gazetteer;
    m_edit->setText(place.name);
    showResults(false);
    updateStatus();
    emit locationChanged();
}

void LocationSearch::clear()
{
    m_place.reset();
    m_coordinate = {};
    m_source = Source::None;
    m_mapDescription.clear();
    m_edit->clear();
    m_model->setQuery({});
    showResults(false);
    updateStatus();
}

void LocationSearch::onTextEdited(const QString &text)
{
    // Typing after a choice searches again: the choice no longer says where.
    m_place.reset();
    m_coordinate = {};
    m_source = text.trimmed().isEmpty() ? Source::None : Source::FreeText;
    m_model->setQuery(text);
    const core::CoordinateInput &coordinates = m_model->coordinates();
    if (coordinates.isCoordinates) {
        m_source = Source::Typed;
        m_coordinate = coordinates.coordinate;
    }
    showResults(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    updateStatus();
    emit locationChanged();
}

void LocationSearch::pickRow(int row)
{
    if (const core::Place *place = m_model->placeAt(row))
        setPlace(*place);
}

void LocationSearch::acceptTyped()
{
    if (m_results->isVisible() && m_results->currentIndex().isValid()) {
        pickRow(m_results->currentIndex().row());
        emit accepted();
        return;
    }
    if (!problem().isEmpty() || text().isEmpty())
        return; // nothing to accept: the status line says why
    showResults(false);
    emit accepted();
}

bool LocationSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        const int rows = m_model->rowCount();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows > 0) {
                if (!m_results->isVisible())
                    showResults(true);
                const int current =
                    m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                const int next = std::clamp(current + step, 0, rows - 1);
                m_results->setCurrentIndex(m_model->index(next));
                return true;
            }
            return false;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptTyped();
            return true;
        case Qt::Key_Escape:
            if (m_results->isVisible()) {
                showResults(false);
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        showResults(false);
    return QWidget::eventFilter(watched, event);
}

void LocationSearch::showResults(bool show)
{
    if (show && m_model->rowCount() > 0) {
        placeResults();
        m_results->show();
        m_results->raise();
    } else {
        m_results->hide();
    }
}

void LocationSearch::placeResults()
{
    const int rows = std::min(m_model->rowCount(), MaxVisibleResults);
    const int rowHeight = std::max(m_results->sizeHintForRow(0), fontMetrics().height() + 10);
    const QPoint topLeft = m_edit->mapTo(m_host, QPoint(0, m_edit->height()));
    m_results->setGeometry(topLeft.x(), topLeft.y(), m_edit->width(),
                           rows * rowHeight + 2 * m_results->frameWidth() + 4);
}

void LocationSearch::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    if (m_results->isVisible())
        placeResults();
}

void LocationSearch::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_results->isVisible())
        placeResults();
}

void LocationSearch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}

void LocationSearch::updateStatus()
{
    QString text;
    QString colour = QStringLiteral("#37474f");
    switch (m_source) {
    case Source::None:
        break; // the line's placeholder says what to type
    case Source::FreeText:
        text = m_model->rowCount() > 0
                   ? tr("Enter takes the highlighted place; arrows choose another.")
                   : tr("No place matches: the text is kept as spoken, without coordinates.");
        colour = m_model->rowCount() > 0 ? QStringLiteral("#607d8b") : QStringLiteral("#e65100");
        break;
    case Source::Gazetteer:
        text = tr("✓ %1 (%2) at %3")
                   .arg(m_place->name, m_model->describe(*m_place), coordinateText(m_coordinate));
        colour = QStringLiteral("#1b5e20");
        break;
    case Source::Typed:
        if (m_coordinate.isValid()) {
            text = tr("✓ Coordinates %1").arg(coordinateText(m_coordinate));
            colour = QStringLiteral("#1b5e20");
        } else {
            text = m_model->coordinates().problem;
            colour = QStringLiteral("#b71c1c");
        }
        break;
    case Source::Map:
        text = tr("✓ Point on the map at %1").arg(coordinateText(m_coordinate));
        colour = QStringLiteral("#1b5e20");
        break;
    }
    if (isOutsideServiceArea()) {
        text += QLatin1Char('\n') +
                tr("⚠ Outside the area this centre serves: check the place with the caller.");
        colour = QStringLiteral("#e65100");
    }
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

} // namespace pela::ui
