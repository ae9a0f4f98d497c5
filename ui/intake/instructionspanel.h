// Instructions for the call-taker to read out (telephone CPR, recovery position, ...), from the
// triage data in the operator's language, large enough to read aloud; for a cardiac arrest a
// timer from the moment it was recognised and the moment compressions started.
#pragma once

#include "triage/triageprotocol.h"

#include <QDateTime>
#include <QFrame>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace pela::ui {

class InstructionsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit InstructionsPanel(QWidget *parent = nullptr);

    void setProtocol(std::shared_ptr<const core::TriageProtocol> protocol);
    // Instruction ids in reading order; empty hides the panel.
    void setInstructions(const QStringList &ids);
    QStringList instructions() const { return m_ids; }

    // The timer runs from recognisedAt (UTC); an invalid time stops and hides it.
    void setRecognisedAt(const QDateTime &recognisedAt);
    QDateTime recognisedAt() const { return m_recognisedAt; }
    QDateTime compressionsStartedAt() const { return m_compressionsAt; }
    // Records that the caller has started compressions (F6), once.
    void markCompressionsStarted();
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // "01:23": time since recognition; empty when no timer runs.
    QString timerText() const;
    // Redraws the timer (every second by itself).
    void tick();

    QPushButton *compressionsButton() const { return m_compressions; }

signals:
    void compressionsStarted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::shared_ptr<const core::TriageProtocol> m_protocol;
    QStringList m_ids;
    QLabel *m_title = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_timerCaption = nullptr;
    QPushButton *m_compressions = nullptr;
    QTimer *m_ticker = nullptr;
    QDateTime m_recognisedAt;
    QDateTime m_compressionsAt;
    std::function<QDateTime()> m_clock;
};

} // namespace pela::ui
