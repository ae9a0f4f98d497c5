#include "mappanel.h"

#include "databaseconnector.h"
#include "dispatch/dropcontroller.h"
#include "dispatch/unitdrag.h"
#include "geo/maplayerstore.h"
#include "live/caselistmodel.h"
#include "live/hospitallistmodel.h"
#include "live/livestate.h"
#include "live/livesync.h"
#include "live/unitlistmodel.h"
#include "livesession.h"
#include "mapinputhandler.h"
#include "mapscene.h"
#include "mapwidget.h"
#include "rastertilelayer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
const QString panelStyle = QStringLiteral(R"(
pela--ui--MapPanel { background: #eceff1; border: 1px solid #b0bec5; }
QFrame#mapToolbar { background: #eceff1; border-bottom: 1px solid #b0bec5; }
QFrame#mapToolbar QToolButton { font-size: 10pt; padding: 3px 8px; border: 1px solid transparent;
                                border-radius: 3px; }
QFrame#mapToolbar QToolButton:checked { background: #cfd8dc; border-color: #90a4ae; }
QFrame#mapOffMap { background: #fffde7; border-left: 1px solid #b0bec5; }
QLabel#mapOffMapTitle { font-weight: bold; font-size: 10pt; color: #37474f; }
QLabel#mapOffMapText { font-size: 10pt; color: #263238; }
QLabel#mapPickHint { background: #ffb300; color: #1a1a1a; font-weight: bold; font-size: 10pt;
                     padding: 2px 8px; border-radius: 3px; }
QWidget#mapUndoStrip { background: #fff8e1; border-top: 1px solid #ffb300; }
QLabel#mapUndoText { font-size: 10pt; font-weight: bold; }
)");
} // namespace

MapPanel::MapPanel(LiveSession *session, DatabaseConnector *connector, Selection *selection,
                   QWidget *parent)
    : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("mapPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(panelStyle);

    m_scene =
        new MapScene(session->caseModel(), session->unitModel(), session->hospitalModel(), this);
    m_store = new core::MapLayerStore(this);
    m_store->follow(session->sync());
    auto takeConninfo = [this, connector] {
        if (connector->state() == DatabaseConnector::State::Connected)
            m_store->setConninfo(connector->conninfo());
    };
    connect(connector, &DatabaseConnector::connected, this, takeConninfo);
    takeConninfo();

    m_view = new MapView(m_scene, selection, this);
    m_view->setLayerStore(m_store);
    m_raster = new RasterTileLayer(this);
    m_raster->configureFromSettings();
    m_view->setRasterLayer(m_raster);
    m_widget = new MapWidget(m_view, this);
    m_input = new MapInputHandler(m_widget, m_view, this);

    auto *toolbar = new QFrame(this);
    toolbar->setObjectName(QStringLiteral("mapToolbar"));
    auto *tools = new QHBoxLayout(toolbar);
    tools->setContentsMargins(4, 2, 4, 2);
    tools->setSpacing(2);
    auto toggle = [&](const char *name, bool checked) {
        auto *button = new QToolButton(toolbar);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setChecked(checked);
        button->setFocusPolicy(Qt::NoFocus);
        tools->addWidget(button);
        connect(button, &QToolButton::toggled, this, &MapPanel::applySwitches);
        return button;
    };
    m_roads = toggle("mapRoads", true);
    m_boundaries = toggle("mapBoundaries", true);
    m_hospitals = toggle("mapHospitals", true);
    m_cases = toggle("mapCases", true);
    m_units = toggle("mapUnits", true);
    m_rasterButton = toggle("mapRaster", false);
    // Only when a tile source is configured: off by default, never on the internet unasked.
    m_rasterButton->setVisible(m_raster->hasSource());
    tools->addSpacing(12);
    m_follow = toggle("mapFollow", false);
    m_wholeMap = new QToolButton(toolbar);
    m_wholeMap->setObjectName(QStringLiteral("mapWholeMap"));
    m_wholeMap->setFocusPolicy(Qt::NoFocus);
    tools->addWidget(m_wholeMap);
    connect(m_wholeMap, &QToolButton::clicked, m_view, &MapView::showAll);
    tools->addStretch(1);
    m_pickHint = new QLabel(toolbar);
    m_pickHint->setObjectName(QStringLiteral("mapPickHint"));
    m_pickHint->hide();
    tools->addWidget(m_pickHint);
    connect(m_input, &MapInputHandler::pointPicked, m_pickHint, &QWidget::hide);
    connect(m_input, &MapInputHandler::pickCancelled, m_pickHint, &QWidget::hide);

    m_side = new QFrame(this);
    m_side->setObjectName(QStringLiteral("mapOffMap"));
    m_side->setFixedWidth(210);
    m_sideTitle = new QLabel(m_side);
    m_sideTitle->setObjectName(QStringLiteral("mapOffMapTitle"));
    m_sideText = new QLabel(m_side);
    m_sideText->setObjectName(QStringLiteral("mapOffMapText"));
    m_sideText->setWordWrap(true);
    m_sideText->setTextFormat(Qt::RichText);
    m_sideText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(8, 6, 8, 6);
    sideLayout->addWidget(m_sideTitle);
    sideLayout->addWidget(m_sideText, 1);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_widget, 1);
    body->addWidget(m_side);
    // The last assignment's undo, as under the board: the operator's eyes are on the map.
    m_undoStrip = new QWidget(this);
    m_undoStrip->setObjectName(QStringLiteral("mapUndoStrip"));
    m_undoStrip->setAttribute(Qt::WA_StyledBackground);
    m_undoText = new QLabel(m_undoStrip);
    m_undoText->setObjectName(QStringLiteral("mapUndoText"));
    m_undo = new QPushButton(m_undoStrip);
    m_undo->setObjectName(QStringLiteral("mapUndoButton"));
    m_undo->setFocusPolicy(Qt::NoFocus);
    auto *undoLayout = new QHBoxLayout(m_undoStrip);
    undoLayout->setContentsMargins(8, 3, 8, 3);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoStrip->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addLayout(body, 1);
    layout->addWidget(m_undoStrip);

    // The side list follows the scene, at most a few times a second.
    auto scheduleOffMap = [this] {
        if (m_offMapPending)
            return;
        m_offMapPending = true;
        QTimer::singleShot(250, this, [this] {
            m_offMapPending = false;
            updateOffMap();
        });
    };
    connect(m_scene, &MapScene::itemChanged, this, scheduleOffMap);
    connect(m_scene, &MapScene::reset, this, scheduleOffMap);
    connect(m_store, &core::MapLayerStore::loadFinished, this, scheduleOffMap);
    retranslateUi();
}

MapPanel::~MapPanel() = default;

void MapPanel::setDropController(DropController *controller)
{
    if (m_drop) {
        disconnect(m_drop, nullptr, this, nullptr);
        disconnect(m_drop, nullptr, m_input, nullptr);
        disconnect(m_input, nullptr, this, nullptr);
        disconnect(m_undo, nullptr, m_drop, nullptr);
    }
    m_drop = controller;
    if (!m_drop)
        return;
    // The map's own drag (not the window system's): the controller hears of it at once, so
    // Esc anywhere cancels it, and the drop goes through the same path as the board's rows.
    connect(m_input, &MapInputHandler::unitDragStarted, this, [this](qint64 unitId) {
        if (!m_drop)
            return;
        const core::UnitRecord *unit = m_session->state()->findUnit(unitId);
        if (!unit) {
            m_input->cancelUnitDrag();
            return;
        }
        m_drop->beginDrag(UnitDrag{unit->id, unit->callSign, unit->version});
    });
    connect(m_input, &MapInputHandler::unitDropped, this,
            [this](qint64 unitId, qint64 caseId, const QPoint &point) {
                if (!m_drop)
                    return;
                const std::optional<UnitDrag> drag = m_drop->currentDrag();
                if (!drag || drag->unitId != unitId)
                    return; // cancelled meanwhile
                m_drop->drop(*drag, caseId, m_widget, point);
            });
    connect(m_input, &MapInputHandler::unitDragCancelled, this, [this] {
        if (m_drop)
            m_drop->dropElsewhere();
    });
    connect(m_drop, &DropController::dragEnded, m_input, &MapInputHandler::cancelUnitDrag);
    connect(m_undo, &QPushButton::clicked, m_drop, &DropController::undoLast);
    connect(m_drop, &DropController::undoChanged, this, &MapPanel::updateUndo);
    updateUndo();
}

void MapPanel::beginPick()
{
    m_input->beginPick();
    m_pickHint->show();
}

void MapPanel::updateUndo()
{
    const bool undoable = m_drop && m_drop->canUndo();
    m_undoStrip->setVisible(undoable);
    if (!undoable)
        return;
    m_undoText->setText(tr("Assigned %1.").arg(m_drop->undoDescription()));
    m_undo->setText(tr("Undo %1 s").arg(m_drop->undoSecondsLeft()));
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateUndo();
    }
    QFrame::changeEvent(event);
}

void MapPanel::retranslateUi()
{
    m_roads->setText(tr("Roads"));
    m_boundaries->setText(tr("Kelurahan"));
    m_hospitals->setText(tr("Hospitals"));
    m_cases->setText(tr("Cases"));
    m_units->setText(tr("Units"));
    m_rasterButton->setText(tr("Tiles"));
    m_rasterButton->setToolTip(tr("Raster map tiles under the streets"));
    m_follow->setText(tr("Follow selection"));
    m_follow->setToolTip(tr("Keep the selected case or unit in view as it moves"));
    m_wholeMap->setText(tr("Whole map"));
    m_wholeMap->setToolTip(tr("Show all of the map (Home)"));
    m_widget->setToolTip(QString());
    m_widget->setAccessibleName(tr("Map"));
    m_sideTitle->setText(tr("Not on the map"));
    m_pickHint->setText(tr("Click the caller's location on the map (Esc cancels)"));
    updateOffMap();
    m_widget->update();
}

void MapPanel::applySwitches()
{
    MapLayerSwitches switches = m_view->layers();
    switches.roads = m_roads->isChecked();
    switches.boundaries = m_boundaries->isChecked();
    switches.hospitals = m_hospitals->isChecked();
    switches.cases = m_cases->isChecked();
    switches.units = m_units->isChecked();
    switches.raster = m_rasterButton->isChecked();
    m_view->setLayers(switches);
    m_view->setFollowSelection(m_follow->isChecked());
}

QString MapPanel::offMapText() const
{
    return m_offMapPlain;
}

void MapPanel::updateOffMap()
{
    QStringList plain;
    QString html;
    auto section = [&](const QString &title, const QStringList &entries) {
        if (entries.isEmpty())
            return;
        html += QStringLiteral("<p style='margin:6px 0 2px 0'><b>%1</b></p>")
                    .arg(title.toHtmlEscaped());
        for (const QString &entry : entries) {
            html +=
                QStringLiteral("<div style='margin-left:6px'>%1</div>").arg(entry.toHtmlEscaped());
            plain << entry;
        }
    };
    QStringList hospitals, units, cases;
    for (const HospitalMarker &hospital : m_scene->hospitals())
        if (!hospital.located)
            hospitals << tr("%1 — %2: location unknown").arg(hospital.code, hospital.name);
    for (const CaseMarker &marker : m_scene->cases())
        if (!marker.located)
            cases << tr("%1 — P%2: no coordinates%3")
                         .arg(marker.number)
                         .arg(marker.priority)
                         .arg(marker.locationText.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (") + marker.locationText + QLatin1Char(')'));
    for (const UnitMarker &unit : m_scene->units())
        if (!unit.located)
            units << tr("%1: no position yet").arg(unit.callSign);
    section(tr("Hospitals"), hospitals);
    section(tr("Cases"), cases);
    section(tr("Units"), units);
    if (m_store->hasLoaded() && m_store->lastError().isError())
        section(tr("Map data"), {tr("not loaded: %1").arg(m_store->lastError().message())});
    else if (m_store->hasLoaded() && m_store->data()->isEmpty())
        section(tr("Map data"),
                {tr("No streets imported yet: the map shows reference points only.")});
    m_offMapPlain = plain.join(QLatin1Char('\n'));
    m_sideText->setText(html);
    m_side->setVisible(!plain.isEmpty());
}

} // namespace pela::ui
