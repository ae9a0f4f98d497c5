// One NMEA 0183 connection from a tracker: bytes in, fixes out, read by Qt Positioning's
// QNmeaPositionInfoSource. The device is named by the port it connects to, or by its first
// line: "$PGID,ID*CS" (as old Traccar clients send it) or "ID" or "ID TOKEN". Only sentences
// with a valid checksum reach the reader; a line longer than NMEA allows, binary noise or a
// first line that names no device ends the stream.
#pragma once

#include "avlfix.h"

#include <QByteArray>
#include <QObject>

class QNmeaPositionInfoSource;
class QGeoPositionInfo;

namespace pela::core {

class NmeaFeed;

class NmeaStream : public QObject
{
    Q_OBJECT
public:
    // Longest line read (NMEA says 82 characters; some devices send a little more).
    static constexpr int MaxLineLength = 160;
    // Lines that are not NMEA sentences tolerated before the stream is given up.
    static constexpr int MaxBadLines = 50;

    // fixedDeviceId: the device this port belongs to; empty: the first line names it.
    explicit NmeaStream(const QString &fixedDeviceId = {}, QObject *parent = nullptr);
    ~NmeaStream() override;

    // Bytes as they arrive on the connection (any split).
    void feed(QByteArrayView bytes);

    bool isIdentified() const { return !m_deviceId.isEmpty(); }
    QString deviceId() const { return m_deviceId; }
    QString token() const { return m_token; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // A checksum computed over the characters between '$' and '*'.
    static bool hasValidChecksum(QByteArrayView sentence);

signals:
    void identified(const QString &deviceId, const QString &token);
    void fixReceived(const pela::core::AvlFix &fix);
    void failed(const QString &reason);

private:
    void line(QByteArrayView text);
    void identify(QByteArrayView text);
    void fail(const QString &reason);
    void position(const QGeoPositionInfo &info);

    QString m_deviceId;
    QString m_token;
    QString m_error;
    QByteArray m_pending;      // an unfinished line
    bool m_discarding = false; // inside a line that is too long
    int m_badLines = 0;
    NmeaFeed *m_feed = nullptr;
    QNmeaPositionInfoSource *m_source = nullptr;
};

} // namespace pela::core
