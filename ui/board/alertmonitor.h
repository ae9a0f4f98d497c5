// The alert of an unassigned P1 past its threshold: while one waits unacknowledged, consoles of
// dispatchers and shift leads sound a tone (and every console shows it); one key acknowledges
// every sounding case (an event each, so the other consoles fall silent too). The tone stops
// as soon as nothing alerts: acknowledged, given a unit, closed, or the login may not hear it.
#pragma once

#include "commands/commandresult.h"

#include <QObject>
#include <QPointer>

#include <QSoundEffect>

namespace pela::ui {

class BoardSession;

class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    // The board session is not owned and must outlive the monitor.
    explicit AlertMonitor(BoardSession *board, QObject *parent = nullptr);
    ~AlertMonitor() override;

    // Cases alerting now, oldest first.
    QList<qint64> alertingCases() const;
    // Whether this login is one that hears alerts and acknowledges them (a dispatcher or more).
    bool hearsAlerts() const;
    // The tone is on (whatever the sound device does with it).
    bool isSounding() const { return m_sounding; }
    // "P1 2026-000123 waiting for a unit 1:45" for each alerting case, oldest first.
    QStringList alertTexts() const;
    // Acknowledges every alerting case (through the runner); the tone stops at once.
    void acknowledge();
    // The tone's file (a WAV written once per user); empty until made.
    QString toneFile() const { return m_toneFile; }

signals:
    void changed();
    void acknowledged(const pela::core::CommandResult &result);

private:
    void update();
    void makeTone();

    BoardSession *m_board;
    bool m_sounding = false;
    // Acknowledged here and on its way: silent meanwhile, even before the event comes back.
    QList<qint64> m_acknowledging;
    QPointer<QSoundEffect> m_sound;
    QString m_toneFile;
};

} // namespace pela::ui
