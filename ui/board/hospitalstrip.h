// The wall's hospital strip: one line per partner hospital (code and name, ER status in its
// colour and why, beds, last update marked stale), large enough to read across the room.
#pragma once

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace pela::core {
class HospitalStatusModel;
}

namespace pela::ui {

class HospitalStrip : public QFrame
{
    Q_OBJECT
public:
    // The model is not owned and must outlive the strip.
    explicit HospitalStrip(core::HospitalStatusModel *model, QWidget *parent = nullptr);

    void setTextPixelSize(int pixels);
    int rowCount() const { return int(m_rows.size()); }
    // The line of a row as shown, its parts joined by " · " (tests and accessibility).
    QString lineText(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *status = nullptr;
        QLabel *reason = nullptr;
        QLabel *beds = nullptr;
        QLabel *updated = nullptr;
    };
    void rebuild();
    void refresh();

    core::HospitalStatusModel *m_model;
    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    int m_pixels = 22;
};

} // namespace pela::ui
