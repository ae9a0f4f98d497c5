#include "instructionspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pela::ui {

namespace {

QString languageCode()
{
    return QLocale().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                       : QStringLiteral("en");
}

QString minutesSeconds(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

InstructionsPanel::InstructionsPanel(QWidget *parent)
    : QFrame(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("instructionsPanel"));
    setStyleSheet(
        QStringLiteral("QFrame#instructionsPanel { background: #fff8e1; border: 2px solid #c62828;"
                       " border-radius: 4px; }"
                       "QLabel { background: transparent; border: none; }"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("instructionsTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 11pt; font-weight: bold; color: #b71c1c;"));
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("instructionsText"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setStyleSheet(QStringLiteral("font-size: 12pt; color: #212121;"));
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("arrestTimer"));
    m_timer->setStyleSheet(
        QStringLiteral("font-size: 22pt; font-weight: bold; color: white; background: #c62828;"
                       " border-radius: 4px; padding: 2px 10px;"));
    m_timerCaption = new QLabel(this);
    m_timerCaption->setWordWrap(true);
    m_timerCaption->setStyleSheet(QStringLiteral("font-size: 10pt;"));
    m_compressions = new QPushButton(this);
    m_compressions->setObjectName(QStringLiteral("compressionsStarted"));
    m_compressions->setFocusPolicy(Qt::NoFocus);
    connect(m_compressions, &QPushButton::clicked, this,
            &InstructionsPanel::markCompressionsStarted);

    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timer);
    auto *timerText = new QVBoxLayout;
    timerText->addWidget(m_timerCaption);
    timerText->addWidget(m_compressions, 0, Qt::AlignLeft);
    timerRow->addLayout(timerText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(timerRow);
    layout->addWidget(m_steps);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &InstructionsPanel::tick);
    retranslateUi();
    hide();
}

void InstructionsPanel::setProtocol(std::shared_ptr<const core::TriageProtocol> protocol)
{
    m_protocol = std::move(protocol);
    retranslateUi();
}

void InstructionsPanel::setInstructions(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    retranslateUi();
    setVisible(!m_ids.isEmpty());
}

void InstructionsPanel::setRecognisedAt(const QDateTime &recognisedAt)
{
    if (recognisedAt == m_recognisedAt)
        return;
    m_recognisedAt = recognisedAt;
    if (!recognisedAt.isValid())
        m_compressionsAt = {};
    if (recognisedAt.isValid())
        m_ticker->start();
    else
        m_ticker->stop();
    retranslateUi();
}

void InstructionsPanel::markCompressionsStarted()
{
    if (!m_recognisedAt.isValid() || m_compressionsAt.isValid())
        return;
    m_compressionsAt = m_clock();
    retranslateUi();
    emit compressionsStarted();
}

QString InstructionsPanel::timerText() const
{
    if (!m_recognisedAt.isValid())
        return {};
    return minutesSeconds(m_recognisedAt.secsTo(m_clock()));
}

void InstructionsPanel::tick()
{
    m_timer->setText(timerText());
}

void InstructionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void InstructionsPanel::retranslateUi()
{
    const QString language = languageCode();
    // The first set's title shares the heading line; later sets (rare) bring their own.
    QString heading;
    QString steps;
    if (m_protocol) {
        for (const QString &id : std::as_const(m_ids)) {
            const core::TriageInstructions *instructions = m_protocol->instructions(id);
            if (!instructions)
                continue;
            if (heading.isEmpty())
                heading = instructions->title.in(language);
            else
                steps += QStringLiteral("<p style='margin:4px 0 2px 0'><b>%1</b></p>")
                             .arg(instructions->title.in(language).toHtmlEscaped());
            steps += QStringLiteral("<ol style='margin-top:0; margin-left:-20px'>");
            for (const core::TriageText &step : instructions->steps)
                steps += QStringLiteral("<li style='margin-bottom:1px'>%1</li>")
                             .arg(step.in(language).toHtmlEscaped());
            steps += QStringLiteral("</ol>");
        }
    }
    m_title->setText(tr("Read out to the caller: %1").arg(heading));
    m_steps->setText(steps);
    const bool timing = m_recognisedAt.isValid();
    m_timer->setVisible(timing);
    m_timerCaption->setVisible(timing);
    m_compressions->setVisible(timing);
    m_timer->setText(timerText());
    if (m_compressionsAt.isValid())
        m_timerCaption->setText(
            tr("since cardiac arrest was recognised; compressions started at %1")
                .arg(minutesSeconds(m_recognisedAt.secsTo(m_compressionsAt))));
    else
        m_timerCaption->setText(tr("since cardiac arrest was recognised"));
    m_compressions->setText(tr("F6  Compressions started"));
    m_compressions->setEnabled(!m_compressionsAt.isValid());
}

} // namespace pela::ui
