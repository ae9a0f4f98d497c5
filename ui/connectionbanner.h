// The full-width strip at the top of the console: connecting (amber), not connected (red) or
// live updates interrupted (red, reconnecting by itself).
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pela::ui {

class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Mode
    {
        Connecting,
        Failed,
        Interrupted
    };

    explicit ConnectionBanner(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // firstStartHint: say that preparing the local database can take a while.
    void showConnecting(bool firstStartHint);
    // reason: the operator-language sentence (DbError::message()); detail: libpq's words.
    void showFailure(const QString &reason, const QString &detail);
    // Live updates stopped at `since` (a time of day, already formatted) and are being
    // reconnected; reason and detail as for showFailure. Retry skips the wait between automatic
    // attempts.
    void showInterrupted(const QString &reason, const QString &detail, const QString &since);

    QString headline() const;
    QString reason() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyMode();

    Mode m_mode = Mode::Connecting;
    bool m_firstStartHint = false;
    QString m_failureReason;
    QString m_interruptedSince;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace pela::ui
