// The history of one case (case_events), oldest first, following new events live. Read on live
// sync's connection without waiting: rows arrive when the server answers.
#pragma once

#include "livesync.h"

#include <QAbstractTableModel>

namespace pela::core {

class CaseEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        ActorColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The sync is not owned; it must outlive the model. Events are read on its connection.
    explicit CaseEventModel(LiveSync *sync, QObject *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    // Shows the events of caseId (0: none): empties the list and asks for them; they arrive as
    // inserted rows. While offline they are asked for again once live sync is back.
    void setCaseId(qint64 caseId);
    // The events of caseId were asked for and have not come yet (a view says "loading").
    bool isLoading() const { return m_loading; }
    const CaseEventRecord &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // IdRole, RecordRole, EventKindRole, OccurredAtRole, ActorRole, PayloadRole of an event;
    // shared with the board's case timeline. Invalid for other roles.
    static QVariant eventRoleData(const CaseEventRecord &event, int role);

signals:
    void loadingChanged(bool loading);

private:
    void request();
    void onEventsRead(qint64 caseId, const QList<CaseEventRecord> &events);
    void onEventsAdded(qint64 caseId, const QList<CaseEventRecord> &events);
    void setLoading(bool loading);

    LiveSync *m_sync;
    qint64 m_caseId = 0;
    bool m_loading = false;
    QList<CaseEventRecord> m_events; // ordered by id
};

} // namespace pela::core
