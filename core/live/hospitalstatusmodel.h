// The hospitals as the shift lead keeps them current: ER status and why, beds per category,
// capabilities, and the last update with who made it, stale after the centre's setting
// (hospital_status_stale_minutes). tick() moves the stale markers with the clock.
#pragma once

#include "idtablemodel.h"

#include <chrono>

namespace pela::core {

class HospitalStatusModel : public IdTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ErStatusColumn,
        ReasonColumn,
        BedsColumn,
        CapabilitiesColumn,
        UpdatedColumn, // "14:05 by siti" (stale: marked)
        ColumnCount
    };
    Q_ENUM(Column)

    enum HospitalRole : int
    {
        LastUpdateRole = Qt::UserRole + 240, // QDateTime: the latest change of status or beds
        UpdatedByRole,                       // QString: who made it
        StaleRole,                           // bool: older than the stale setting
        CapabilitiesRole,                    // QStringList of codes
    };
    Q_ENUM(HospitalRole)

    // The state is not owned; it must outlive the model.
    explicit HospitalStatusModel(LiveState *state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setStaleAfter(std::chrono::minutes staleAfter);
    std::chrono::minutes staleAfter() const { return m_staleAfter; }
    // The stale markers move with the clock alone.
    void tick();

    // The latest update of the hospital's status or beds, and by whom.
    static std::pair<QDateTime, QString> lastUpdate(const HospitalRecord &hospital);
    // Operator's words for a capability code (igd, icu, obstetrics, ...); the code if unknown.
    static QString capabilityName(const QString &code);

private:
    QString columnTitle(int column) const override;
    bool isStale(const HospitalRecord &hospital) const;
    void onHospitalChanged(qint64 id, const HospitalRecord &before);

    std::chrono::minutes m_staleAfter{360};
    QHash<qint64, bool> m_stale; // as last announced
};

} // namespace pela::core
