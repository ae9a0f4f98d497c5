#include "nmeastream.h"

#include "domain/inputrules.h"
#include "osmandparser.h"

#include <QGeoPositionInfo>
#include <QIODevice>
#include <QNmeaPositionInfoSource>
#include <QTimeZone>
#include <cmath>
#include <cstring>

namespace pela::core {

// The lines that passed, handed to QNmeaPositionInfoSource as a sequential device.
class NmeaFeed : public QIODevice
{
public:
    explicit NmeaFeed(QObject *parent) : QIODevice(parent) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_data.contains('\n') || QIODevice::canReadLine(); }
    void append(QByteArrayView line)
    {
        m_data.append(line.data(), line.size());
        m_data.append("\r\n");
        emit readyRead();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size());
        std::memcpy(data, m_data.constData(), size_t(count));
        m_data.remove(0, count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

NmeaStream::NmeaStream(const QString &fixedDeviceId, QObject *parent)
    : QObject(parent), m_deviceId(fixedDeviceId), m_feed(new NmeaFeed(this)),
      m_source(new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, this))
{
    // Qt turns HDOP into a horizontal accuracy with this user equivalent range error (m).
    m_source->setUserEquivalentRangeError(5.0);
    m_source->setDevice(m_feed);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &NmeaStream::position);
    m_source->startUpdates();
}

NmeaStream::~NmeaStream() = default;

bool NmeaStream::hasValidChecksum(QByteArrayView sentence)
{
    if (sentence.size() < 4 || (sentence[0] != '$' && sentence[0] != '!'))
        return false;
    const qsizetype star = sentence.lastIndexOf('*');
    if (star < 1 || star + 3 != sentence.size())
        return false;
    unsigned char sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= static_cast<unsigned char>(sentence[i]);
    bool ok = false;
    const uint given = sentence.sliced(star + 1).toByteArray().toUInt(&ok, 16);
    return ok && given == sum;
}

void NmeaStream::feed(QByteArrayView bytes)
{
    if (hasFailed())
        return;
    qsizetype start = 0;
    while (start < bytes.size() && !hasFailed()) {
        qsizetype end = bytes.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = bytes.size();
        const QByteArrayView piece = bytes.sliced(start, end - start);
        if (!m_discarding) {
            if (m_pending.size() + piece.size() > MaxLineLength) {
                m_discarding = true;
                m_pending.clear();
                if (++m_badLines > MaxBadLines)
                    fail(QStringLiteral("too many lines that are not NMEA sentences"));
            } else {
                m_pending.append(piece.data(), piece.size());
            }
        }
        if (complete) {
            if (!m_discarding) {
                QByteArray text = std::exchange(m_pending, {});
                if (text.endsWith('\r'))
                    text.chop(1);
                line(text);
            }
            m_discarding = false;
            m_pending.clear();
        }
        start = end + 1;
    }
}

void NmeaStream::line(QByteArrayView text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!isIdentified()) {
        identify(text.trimmed());
        return;
    }
    if (!hasValidChecksum(text)) {
        if (++m_badLines > MaxBadLines)
            fail(QStringLiteral("too many lines that are not NMEA sentences"));
        return;
    }
    m_feed->append(text);
}

void NmeaStream::identify(QByteArrayView text)
{
    QString id, token;
    if (text.startsWith("$PGID,")) {
        if (!hasValidChecksum(text))
            return fail(QStringLiteral("the $PGID line has a wrong checksum"));
        const qsizetype star = text.lastIndexOf('*');
        id = QString::fromLatin1(text.sliced(6, star - 6));
    } else if (text.startsWith('$')) {
        return fail(QStringLiteral("the first line must name the device ($PGID,ID or ID)"));
    } else {
        const QList<QByteArray> words = text.toByteArray().simplified().split(' ');
        if (words.size() > 2)
            return fail(QStringLiteral("the first line must be ID or ID TOKEN"));
        id = QString::fromLatin1(words.value(0));
        token = QString::fromLatin1(words.value(1));
    }
    if (!OsmAndParser::isDeviceId(id))
        return fail(
            QStringLiteral("%1 is not a device id").arg(InputRules::printable(id.left(40))));
    m_deviceId = id;
    m_token = token;
    emit identified(m_deviceId, m_token);
}

void NmeaStream::fail(const QString &reason)
{
    if (hasFailed())
        return;
    m_error = reason;
    m_source->stopUpdates();
    emit failed(reason);
}

void NmeaStream::position(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid() || !info.timestamp().isValid())
        return;
    AvlFix fix;
    fix.deviceId = m_deviceId;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    fix.fixTime = info.timestamp().toUTC();
    if (info.hasAttribute(QGeoPositionInfo::Direction)) {
        const double direction = info.attribute(QGeoPositionInfo::Direction);
        if (direction >= 0 && direction < 3600)
            fix.headingDegrees = std::fmod(direction, 360.0);
    }
    if (info.hasAttribute(QGeoPositionInfo::GroundSpeed)) {
        const double kmh = info.attribute(QGeoPositionInfo::GroundSpeed) * 3.6;
        if (kmh >= 0 && kmh <= 400)
            fix.speedKmh = kmh;
    }
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double metres = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        if (metres >= 0 && metres <= 100000)
            fix.accuracyMeters = metres;
    }
    if (info.coordinate().type() == QGeoCoordinate::Coordinate3D) {
        const double altitude = info.coordinate().altitude();
        if (altitude >= -1000 && altitude <= 20000)
            fix.altitudeMeters = altitude;
    }
    emit fixReceived(fix);
}

} // namespace pela::core
