// A case's whole history as the detail shows it: when (server time, WIT), what in the
// operator's words, who (login and workstation) and the details; following new events live.
#pragma once

#include "livestate.h"

#include <QAbstractTableModel>

namespace pela::core {

class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        WhatColumn,
        WhoColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The state (may be nullptr) is not owned; its new events of the shown case are added.
    explicit CaseTimelineModel(LiveState *state, QObject *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    // Shows these events of caseId (read by CaseDetail), oldest first.
    void setEvents(qint64 caseId, QList<CaseEventRecord> events);
    const CaseEventRecord &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What happened, in words ("Unit assigned"), and its details ("AMB-KOTA-1").
    static QString what(const CaseEventRecord &event);
    static QString details(const CaseEventRecord &event);
    // Seconds shown in the timeline: HH:mm:ss WIT.
    static QString timeText(const QDateTime &time);

private:
    void addEvents(qint64 caseId, const QList<CaseEventRecord> &events);

    qint64 m_caseId = 0;
    QList<CaseEventRecord> m_events; // ordered by id
};

} // namespace pela::core
