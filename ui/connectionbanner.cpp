#include "connectionbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
// Red for "no database: nothing can be saved", amber for "wait". Text colours keep at least
// 4.5:1 contrast on their background.
const QString bannerStyle = QStringLiteral(R"(
pela--ui--ConnectionBanner[mode="failed"] { background: #b71c1c; border-bottom: 3px solid #7f0000; }
pela--ui--ConnectionBanner[mode="interrupted"] { background: #b71c1c; border-bottom: 3px solid #7f0000; }
pela--ui--ConnectionBanner[mode="connecting"] { background: #ffb300; border-bottom: 3px solid #c68400; }
pela--ui--ConnectionBanner[mode="failed"] QLabel { color: #ffffff; }
pela--ui--ConnectionBanner[mode="interrupted"] QLabel { color: #ffffff; }
pela--ui--ConnectionBanner[mode="connecting"] QLabel { color: #1a1a1a; }
QLabel#bannerHeadline { font-size: 13pt; font-weight: bold; }
QLabel#bannerReason { font-size: 11pt; }
QPushButton#bannerRetry {
    background: #ffffff; color: #b71c1c; font-size: 12pt; font-weight: bold;
    border: 2px solid #ffffff; border-radius: 4px; padding: 8px 24px; min-width: 110px;
}
QPushButton#bannerRetry:hover { background: #ffebee; }
QPushButton#bannerRetry:pressed { background: #ffcdd2; }
QPushButton#bannerRetry:focus { border-color: #ffeb3b; }
)");
} // namespace

ConnectionBanner::ConnectionBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setStyleSheet(bannerStyle);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("bannerReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("bannerRetry"));
    m_retry->setCursor(Qt::PointingHandCursor);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_headline);
    texts->addWidget(m_reason);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    applyMode();
}

QString ConnectionBanner::headline() const
{
    return m_headline->text();
}

QString ConnectionBanner::reason() const
{
    return m_reason->text();
}

void ConnectionBanner::showConnecting(bool firstStartHint)
{
    m_mode = Mode::Connecting;
    m_firstStartHint = firstStartHint;
    m_failureReason.clear();
    m_reason->setToolTip({});
    applyMode();
}

void ConnectionBanner::showFailure(const QString &reason, const QString &detail)
{
    m_mode = Mode::Failed;
    m_failureReason = reason;
    m_reason->setToolTip(detail);
    applyMode();
}

void ConnectionBanner::showInterrupted(const QString &reason, const QString &detail,
                                       const QString &since)
{
    m_mode = Mode::Interrupted;
    m_failureReason = reason;
    m_interruptedSince = since;
    m_reason->setToolTip(detail);
    applyMode();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ConnectionBanner::applyMode()
{
    switch (m_mode) {
    case Mode::Connecting:
        setProperty("mode", QStringLiteral("connecting"));
        break;
    case Mode::Failed:
        setProperty("mode", QStringLiteral("failed"));
        break;
    case Mode::Interrupted:
        setProperty("mode", QStringLiteral("interrupted"));
        break;
    }
    const QStyle::StandardPixmap icon = m_mode == Mode::Connecting
                                            ? QStyle::SP_MessageBoxInformation
                                            : QStyle::SP_MessageBoxCritical;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(36, 36));
    m_retry->setVisible(m_mode == Mode::Failed || m_mode == Mode::Interrupted);
    // Re-evaluate the [mode=...] selectors.
    style()->unpolish(this);
    style()->polish(this);
    for (QWidget *child : findChildren<QWidget *>()) {
        style()->unpolish(child);
        style()->polish(child);
    }
    retranslateUi();
}

void ConnectionBanner::retranslateUi()
{
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Try to connect to the database again (F5)"));
    switch (m_mode) {
    case Mode::Failed:
        m_headline->setText(tr("NOT CONNECTED TO THE DATABASE: cases cannot be saved or shared"));
        m_reason->setText(m_failureReason);
        break;
    case Mode::Interrupted:
        m_headline->setText(tr("LIVE UPDATES INTERRUPTED: reconnecting…"));
        m_reason->setText(tr("%1 The boards show the situation at %2 WIT and may be out of date.")
                              .arg(m_failureReason, m_interruptedSince)
                              .trimmed());
        break;
    case Mode::Connecting:
        m_headline->setText(tr("Connecting to the database…"));
        m_reason->setText(m_firstStartHint
                              ? tr("The first start prepares the local database; this can take "
                                   "up to a minute.")
                              : tr("Please wait."));
        break;
    }
}

} // namespace pela::ui
