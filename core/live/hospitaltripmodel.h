// A hospital's own trips, one live assignment per row: the requests for its ambulances waiting
// for its answer, or the patients on their way to it (on any unit). Read from a LiveState that
// a liaison's LiveSync loads through the hospital views.
#pragma once

#include "livestate.h"

#include <QAbstractTableModel>
#include <optional>

namespace pela::core {

class HospitalEtas;

class HospitalTripModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Requests,         // assignments 'requested' of the hospital's own units
        IncomingPatients, // live assignments bringing a patient to the hospital
    };
    enum Column
    {
        CaseColumn,
        PriorityColumn,
        CategoryColumn,
        LocationColumn,
        UnitColumn,
        // Answering time and the ambulance's ETA next to the unit: what a liaison reads first.
        TimeColumn, // requests: time left to answer; patients: since the transport began
        EtaColumn,  // requests: the ambulance's road ETA to the case; patients: to this hospital
        StateColumn,
        PatientsColumn,
        TriageColumn,
        NoteColumn, // the dispatcher's note for the receiving hospital
        ColumnCount
    };
    Q_ENUM(Column)

    // The state is not owned; it must outlive the model.
    HospitalTripModel(LiveState *state, Kind kind, QObject *parent = nullptr);

    // Where the ETA column reads from (not owned; none leaves the column empty).
    void setEtas(const HospitalEtas *etas);

    // The hospital whose trips are shown; none shows nothing.
    void setHospitalId(std::optional<qint64> hospitalId);
    std::optional<qint64> hospitalId() const { return m_hospitalId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The assignment shown in row; 0 out of range.
    qint64 assignmentIdAt(int row) const;
    int rowOfAssignment(qint64 assignmentId) const { return int(m_ids.indexOf(assignmentId)); }
    // Time left and time since move with the clock alone; a view calls this on its timer.
    void refreshTimes();
    // Column titles follow the language.
    void retranslate();
    // The triage answers of a case as one line ("breathing: no; conscious: yes").
    static QString triageSummary(const QJsonObject &triage);

private:
    void refresh();
    bool belongs(const AssignmentRecord &assignment) const;
    // What a row shows; compared to emit dataChanged only for rows that changed.
    QStringList rowTexts(qint64 assignmentId) const;
    QString timeText(const AssignmentRecord &assignment) const;

    LiveState *m_state;
    Kind m_kind;
    std::optional<qint64> m_hospitalId;
    const HospitalEtas *m_etas = nullptr;
    QList<qint64> m_ids;
    QList<QStringList> m_texts; // per row, rowTexts() as last announced
};

} // namespace pela::core
