#include "callerhistorypanel.h"

#include "live/labels.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
// Enough to recognise a repeat caller; the board has the rest.
constexpr int ShownCases = 3;
} // namespace

CallerHistoryPanel::CallerHistoryPanel(QWidget *parent)
    : QFrame(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("callerHistory"));
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("callerHistoryText"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setStyleSheet(QStringLiteral(
        "QLabel#callerHistoryText { background: #fff8e1; color: #4e342e; padding: 3px 6px;"
        " border-left: 4px solid #ffa000; }"));
    m_aml = new QLabel(this);
    m_aml->setObjectName(QStringLiteral("supplementalLocations"));
    m_aml->setWordWrap(true);
    m_aml->setTextFormat(Qt::PlainText);
    m_aml->setStyleSheet(QStringLiteral(
        "QLabel#supplementalLocations { background: #e0f2f1; color: #004d40; padding: 3px 6px;"
        " border-left: 4px solid #00897b; font-weight: bold; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_history);
    layout->addWidget(m_aml);
    refresh();
}

void CallerHistoryPanel::setNumber(const QString &e164)
{
    if (e164 == m_number)
        return;
    m_number = e164;
    m_cases.clear();
    m_locations.clear();
    refresh();
}

void CallerHistoryPanel::setHistory(const QString &e164, const QList<core::CallerCase> &cases)
{
    if (e164 != m_number || e164.isEmpty())
        return; // an answer for a number no longer in the form
    m_cases = cases;
    refresh();
}

void CallerHistoryPanel::setSupplementalLocations(
    const QString &e164, const QList<core::SupplementalLocation> &locations)
{
    if (e164 != m_number || e164.isEmpty())
        return;
    m_locations = locations;
    refresh();
}

void CallerHistoryPanel::clear()
{
    m_number.clear();
    m_cases.clear();
    m_locations.clear();
    refresh();
}

QString CallerHistoryPanel::historyText() const
{
    return m_history->isHidden() ? QString() : m_history->text();
}

QString CallerHistoryPanel::locationsText() const
{
    return m_aml->isHidden() ? QString() : m_aml->text();
}

void CallerHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void CallerHistoryPanel::refresh()
{
    const QDateTime now = m_clock();
    int calls = 0;
    for (const core::CallerCase &found : std::as_const(m_cases))
        calls += found.calls;
    QStringList lines;
    if (!m_cases.isEmpty())
        lines << tr("Calls from this number in the last 24 h: %1").arg(calls);
    for (int i = 0; i < m_cases.size() && i < ShownCases; ++i) {
        const core::CallerCase &found = m_cases[i];
        const QString state = found.disposition == QLatin1String("prank")
                                  ? tr("PRANK")
                                  : core::labels::caseState(found.state);
        lines << tr("%1 · %2 · %3 · %4 · %5 ago")
                     .arg(found.caseNumber, core::labels::caseCategory(found.category),
                          core::labels::priority(found.priority), state,
                          core::labels::age(found.lastCallAt, now));
    }
    if (m_cases.size() > ShownCases)
        lines << tr("… and %1 more on the board").arg(m_cases.size() - ShownCases);
    m_history->setText(lines.join(QLatin1Char('\n')));
    m_history->setVisible(!lines.isEmpty());

    QStringList places;
    for (int i = 0; i < m_locations.size(); ++i) {
        const core::SupplementalLocation &location = m_locations[i];
        const QString line = tr("%1 handset location ±%2 m, %3 ago")
                                 .arg(location.source.isEmpty() ? tr("Handset") : location.source)
                                 .arg(qRound(location.radiusMetres))
                                 .arg(core::labels::age(location.receivedAt, now));
        places << (i == 0 ? tr("%1 — F7 uses it as the location").arg(line) : line);
    }
    m_aml->setText(places.join(QLatin1Char('\n')));
    m_aml->setVisible(!places.isEmpty());
    setVisible(!lines.isEmpty() || !places.isEmpty());
}

} // namespace pela::ui
