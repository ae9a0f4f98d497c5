#include "alertmonitor.h"

#include "boardsession.h"
#include "commands/commandrunner.h"
#include "commands/incidentcommands.h"
#include "live/caseboardmodel.h"
#include "livesession.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QUrl>
#include <cmath>

namespace pela::ui {

namespace {

// Two short tones, high then low, then quiet: unmistakable, and not a siren over the radio.
QByteArray alertWave()
{
    constexpr int rate = 22050;
    QByteArray samples;
    QDataStream out(&samples, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    auto tone = [&](double hertz, double seconds, double volume) {
        const int count = int(rate * seconds);
        for (int i = 0; i < count; ++i) {
            // A short fade in and out: no clicks.
            const double edge = std::min({1.0, i / 220.0, (count - i) / 220.0});
            out << qint16(
                std::lround(volume * edge * 32767 * std::sin(2 * M_PI * hertz * i / double(rate))));
        }
    };
    tone(988, 0.18, 0.6);
    tone(0, 0.05, 0);
    tone(740, 0.18, 0.6);
    tone(0, 0.6, 0);
    QByteArray wave;
    QDataStream header(&wave, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::LittleEndian);
    header.writeRawData("RIFF", 4);
    header << quint32(36 + samples.size());
    header.writeRawData("WAVEfmt ", 8);
    header << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2)
           << quint16(2) << quint16(16);
    header.writeRawData("data", 4);
    header << quint32(samples.size());
    return wave + samples;
}

} // namespace

AlertMonitor::AlertMonitor(BoardSession *board, QObject *parent) : QObject(parent), m_board(board)
{
    connect(m_board->boardModel(), &core::CaseBoardModel::alertsChanged, this,
            &AlertMonitor::update);
    connect(m_board->liveSession(), &LiveSession::loginProfileChanged, this, &AlertMonitor::update);
    // The texts move with the clock.
    connect(m_board, &BoardSession::ticked, this, [this] {
        if (!alertingCases().isEmpty())
            emit changed();
    });
}

AlertMonitor::~AlertMonitor()
{
    if (m_sound)
        m_sound->stop();
}

bool AlertMonitor::hearsAlerts() const
{
    return m_board->liveSession()->loginProfile().may(core::CommandAction::AcknowledgeAlert);
}

QList<qint64> AlertMonitor::alertingCases() const
{
    QList<qint64> cases = m_board->boardModel()->alertingCases();
    cases.removeIf([this](qint64 id) { return m_acknowledging.contains(id); });
    return cases;
}

QStringList AlertMonitor::alertTexts() const
{
    QStringList texts;
    const core::LiveState *state = m_board->liveSession()->state();
    for (qint64 id : alertingCases())
        if (const core::CaseRecord *record = state->findCase(id))
            texts << tr("%1: %2", "an alert: the case number, then why")
                         .arg(record->number,
                              core::CaseTimers::text(m_board->boardModel()->timerOf(id)));
    return texts;
}

void AlertMonitor::makeTone()
{
    if (!m_toneFile.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::tempPath();
    const QString path = QDir(folder).filePath(QStringLiteral("pela-alert.wav"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(alertWave()) < 0)
        return;
    file.close();
    m_toneFile = path;
}

void AlertMonitor::update()
{
    // An acknowledgement that came back (the model no longer alerts) needs no more holding.
    const QList<qint64> modelAlerts = m_board->boardModel()->alertingCases();
    m_acknowledging.removeIf([&modelAlerts](qint64 id) { return !modelAlerts.contains(id); });
    const bool sound = hearsAlerts() && !alertingCases().isEmpty();
    if (sound != m_sounding) {
        m_sounding = sound;
        if (sound) {
            makeTone();
            if (!m_sound && !m_toneFile.isEmpty()) {
                m_sound = new QSoundEffect(this);
                m_sound->setSource(QUrl::fromLocalFile(m_toneFile));
                m_sound->setLoopCount(QSoundEffect::Infinite);
                m_sound->setVolume(0.8f);
            }
            if (m_sound)
                m_sound->play();
        } else if (m_sound) {
            m_sound->stop();
        }
    }
    emit changed();
}

void AlertMonitor::acknowledge()
{
    const QList<qint64> cases = alertingCases();
    core::CommandRunner *runner = m_board->liveSession()->commandRunner();
    if (cases.isEmpty() || !runner || !hearsAlerts())
        return;
    const core::LiveState *state = m_board->liveSession()->state();
    for (qint64 id : cases) {
        const core::CaseRecord *record = state->findCase(id);
        if (!record)
            continue;
        m_acknowledging.append(id);
        const QString number = record->number;
        runner
            ->post([number](core::IncidentCommands &commands) {
                return commands.acknowledgeAlert(number);
            })
            .then(this, [this, id](const core::CommandResult &result) {
                // Not saved: it alerts again (the tone must not stop on a failed write).
                if (!result.ok()) {
                    m_acknowledging.removeAll(id);
                    update();
                }
                emit acknowledged(result);
            });
    }
    update();
}

} // namespace pela::ui
