#include "recommendationpanel.h"

#include "dispatch/dispatchadvisor.h"
#include "live/labels.h"
#include "live/livestate.h"
#include "panelstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace pela::ui {

namespace {

QString distanceText(double meters)
{
    if (!std::isfinite(meters))
        return QStringLiteral("—");
    return QStringLiteral("%1 km").arg(meters / 1000.0, 0, 'f', 1);
}

QTreeWidget *makeList(QWidget *parent, const QString &name)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    return list;
}

} // namespace

RecommendationPanel::RecommendationPanel(core::DispatchAdvisor *advisor, core::LiveState *state,
                                         QWidget *parent)
    : QWidget(parent), m_advisor(advisor), m_state(state)
{
    setObjectName(QStringLiteral("recommendationPanel"));
    setStyleSheet(panelTitleStyle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_method = new QLabel(this);
    m_method->setWordWrap(true);
    m_method->setStyleSheet(QStringLiteral("color: #8a4b00; padding: 0 6px;"));
    layout->addWidget(m_method);

    m_assigned = new QLabel(this);
    m_assigned->setObjectName(QStringLiteral("assignedEtas"));
    m_assigned->setWordWrap(true);
    m_assigned->setStyleSheet(
        QStringLiteral("padding: 2px 6px; font-weight: bold; color: #0d47a1;"));
    layout->addWidget(m_assigned);

    m_unitsHeading = new QLabel(this);
    m_unitsHeading->setStyleSheet(QStringLiteral("font-weight: bold; padding: 0 6px;"));
    layout->addWidget(m_unitsHeading);
    m_units = makeList(this, QStringLiteral("recommendedUnits"));
    layout->addWidget(m_units, 3);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("recommendationReasons"));
    m_why->setWordWrap(true);
    m_why->setStyleSheet(QStringLiteral("padding: 2px 6px; background: #eef3f7;"));
    layout->addWidget(m_why);
    m_dispatch = new QPushButton(this);
    m_dispatch->setObjectName(QStringLiteral("dispatchRecommended"));
    m_dispatch->setEnabled(false);
    m_dispatch->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; padding: 6px; }"));
    layout->addWidget(m_dispatch);

    m_hospitalsHeading = new QLabel(this);
    m_hospitalsHeading->setStyleSheet(QStringLiteral("font-weight: bold; padding: 0 6px;"));
    layout->addWidget(m_hospitalsHeading);
    m_hospitals = makeList(this, QStringLiteral("suggestedHospitals"));
    layout->addWidget(m_hospitals, 2);

    m_coverageHeading = new QLabel(this);
    m_coverageHeading->setStyleSheet(QStringLiteral("font-weight: bold; padding: 0 6px;"));
    layout->addWidget(m_coverageHeading);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverageWarnings"));
    m_coverage->setWordWrap(true);
    m_coverage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_coverage->setStyleSheet(QStringLiteral("padding: 2px 6px;"));
    layout->addWidget(m_coverage, 1);

    // F3 sends the highlighted unit (the first unless the operator chose another). The panel
    // owns the key: hidden (hospital mode), it takes nothing from the screens that use F6-F9.
    auto *sendKey = new QShortcut(QKeySequence(Qt::Key_F3), this);
    sendKey->setContext(Qt::WindowShortcut);
    connect(sendKey, &QShortcut::activated, this, &RecommendationPanel::dispatchSelected);
    connect(m_dispatch, &QPushButton::clicked, this, &RecommendationPanel::dispatchSelected);
    connect(m_units, &QTreeWidget::itemDoubleClicked, this, &RecommendationPanel::dispatchSelected);
    connect(m_units, &QTreeWidget::currentItemChanged, this, [this] { retranslate(); });
    connect(m_advisor, &core::DispatchAdvisor::adviceChanged, this,
            &RecommendationPanel::showAdvice);
    connect(m_advisor, &core::DispatchAdvisor::networkChanged, this,
            &RecommendationPanel::showAdvice);
    connect(m_advisor, &core::DispatchAdvisor::coverageChanged, this,
            &RecommendationPanel::showCoverage);
    retranslate();
    showAdvice();
    showCoverage();
}

void RecommendationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAdvice();
        showCoverage();
    }
    QWidget::changeEvent(event);
}

void RecommendationPanel::retranslate()
{
    m_unitsHeading->setText(tr("Units, first to arrive first"));
    m_hospitalsHeading->setText(tr("Hospitals for the patient"));
    m_coverageHeading->setText(tr("Coverage"));
    m_units->setHeaderLabels({tr("#"), tr("Unit"), tr("ETA"), tr("Distance"), tr("Why")});
    m_hospitals->setHeaderLabels({tr("Hospital"), tr("ETA"), tr("ER beds"), tr("Why")});
    const QTreeWidgetItem *current = m_units->currentItem();
    m_dispatch->setText(current ? tr("Send %1 (F3)").arg(current->text(1)) : tr("Send (F3)"));
    m_why->setText(current ? QStringLiteral("%1: %2").arg(current->text(1), current->text(4))
                           : QString());
    m_why->setVisible(current != nullptr);
    m_dispatch->setEnabled(current != nullptr);
}

void RecommendationPanel::showAdvice()
{
    const core::DispatchAdvice &advice = m_advisor->advice();
    const core::CaseRecord *incident = advice.caseId ? m_state->findCase(advice.caseId) : nullptr;
    m_units->clear();
    m_hospitals->clear();
    if (!incident) {
        m_assigned->hide();
        m_title->setText(tr("Recommendations: choose a case on the board or the map"));
        m_method->clear();
        retranslate();
        return;
    }
    m_title->setText(tr("Recommendations for %1 · %2 · %3")
                         .arg(incident->number, core::labels::priority(incident->priority),
                              core::labels::caseCategory(incident->category)));
    if (!m_advisor->hasNetwork())
        m_method->setText(tr("Loading the roads…"));
    else if (!m_advisor->hasRoads())
        m_method->setText(tr("No roads imported: times are straight-line estimates (≈)."));
    else
        m_method->clear();

    QStringList onTheWay;
    for (const core::Eta &eta : advice.assignedEtas)
        if (const core::UnitRecord *unit = m_state->findUnit(eta.id))
            onTheWay.append(QStringLiteral("%1 %2 (%3)")
                                .arg(unit->callSign, core::Recommendations::etaText(eta),
                                     core::labels::unitStatus(unit->status)));
    m_assigned->setText(onTheWay.isEmpty()
                            ? QString()
                            : tr("Assigned: %1").arg(onTheWay.join(QStringLiteral(", "))));
    m_assigned->setVisible(!onTheWay.isEmpty());

    int rank = 0;
    for (const core::UnitRecommendation &entry : advice.units) {
        auto *item = new QTreeWidgetItem(m_units);
        item->setText(0, QString::number(++rank));
        item->setText(1, entry.callSign);
        item->setText(2, core::Recommendations::etaText(entry.eta));
        item->setText(3, distanceText(entry.eta.meters));
        item->setText(4, entry.reasons.join(QStringLiteral("; ")));
        item->setData(0, Qt::UserRole, entry.unitId);
        item->setToolTip(4, QStringLiteral("<p>%1</p>")
                                .arg(entry.reasons.join(QStringLiteral("<br>")).toHtmlEscaped()));
        item->setToolTip(1, core::labels::unitKind(entry.kind));
        if (entry.group != core::UnitRankGroup::Ready || !entry.kindFits)
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, QColor(0x6b, 0x6b, 0x6b));
    }
    if (m_units->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_units->topLevelItem(0);
        QFont bold = first->font(1);
        bold.setBold(true);
        for (int column = 0; column < 4; ++column)
            first->setFont(column, bold);
        m_units->setCurrentItem(first);
    } else {
        auto *none = new QTreeWidgetItem(m_units);
        none->setText(1, tr("No unit available"));
        none->setFlags(Qt::NoItemFlags);
        m_units->setCurrentItem(nullptr);
    }

    for (const core::HospitalSuggestion &entry : advice.hospitals) {
        auto *item = new QTreeWidgetItem(m_hospitals);
        item->setText(0, entry.code);
        item->setToolTip(0, entry.name);
        item->setText(1, core::Recommendations::etaText(entry.eta));
        item->setText(2, entry.emergencyBeds < 0 ? QStringLiteral("—")
                                                 : QString::number(entry.emergencyBeds));
        item->setText(3, entry.reasons.join(QStringLiteral("; ")));
        item->setToolTip(3, entry.reasons.join(QLatin1Char('\n')));
        if (entry.diverting)
            for (int column = 0; column < 4; ++column)
                item->setForeground(column, QColor(0xb7, 0x1c, 0x1c));
    }
    retranslate();
}

void RecommendationPanel::showCoverage()
{
    const QStringList warnings = m_advisor->coverageWarnings();
    if (!m_advisor->hasNetwork()) {
        m_coverage->clear();
        return;
    }
    if (warnings.isEmpty()) {
        m_coverage->setStyleSheet(QStringLiteral("padding: 2px 6px; color: #1b5e20;"));
        m_coverage->setText(
            tr("Every kelurahan is within %1 min of an available ambulance.")
                .arg(int(std::lround(m_advisor->coverage().thresholdSeconds / 60))));
        return;
    }
    m_coverage->setStyleSheet(
        QStringLiteral("padding: 2px 6px; color: #b71c1c; font-weight: bold;"));
    // The slowest first; a long list is cut with a count so the panel stays readable.
    constexpr int shown = 6;
    QStringList lines = warnings.mid(0, shown);
    if (warnings.size() > shown)
        lines.append(tr("… and %1 more").arg(warnings.size() - shown));
    m_coverage->setText(lines.join(QLatin1Char('\n')));
    m_coverage->setToolTip(warnings.join(QLatin1Char('\n')));
}

void RecommendationPanel::dispatchSelected()
{
    const QTreeWidgetItem *current = m_units->currentItem();
    const qint64 caseId = m_advisor->advice().caseId;
    if (!current || caseId == 0 || !isVisible())
        return;
    const qint64 unitId = current->data(0, Qt::UserRole).toLongLong();
    if (unitId != 0)
        emit dispatchRequested(caseId, unitId, current->text(1), m_dispatch);
}

} // namespace pela::ui
