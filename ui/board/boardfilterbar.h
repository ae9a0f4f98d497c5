// The board's filter row: priority buttons, category, state and kecamatan lists, a unit's call
// sign and free text, and whether recently closed cases show. Each change is remembered for
// this workstation.
#pragma once

#include "boardfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace pela::ui {

class BoardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit BoardFilterBar(QWidget *parent = nullptr);

    BoardFilter filter() const;
    // Shows filter in the widgets (no filterChanged()).
    void setFilter(const BoardFilter &filter);
    // Kecamatan by code and name, for the list (from the places table).
    void setKecamatan(const QList<std::pair<QString, QString>> &codesAndNames);

signals:
    void filterChanged(const pela::ui::BoardFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitChanged();
    void fillLists();

    QToolButton *m_priorities[4] = {};
    QComboBox *m_category = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_closed = nullptr;
    QToolButton *m_clear = nullptr;
    QList<std::pair<QString, QString>> m_kecamatanList;
    bool m_updating = false;
};

} // namespace pela::ui
