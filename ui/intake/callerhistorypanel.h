// What the centre already knows about the number being taken: its cases of the last 24 hours
// (repeat callers, pranks) and, once the gateway stores them, supplemental handset locations
// (AML) with their radius and age, applied by F7, never silently. Empty and hidden when there is
// nothing: no placeholder pretends to know.
#pragma once

#include "intake/callerhistory.h"
#include "intake/supplementallocation.h"

#include <QFrame>
#include <functional>

class QLabel;

namespace pela::ui {

class CallerHistoryPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CallerHistoryPanel(QWidget *parent = nullptr);

    // The number the panel speaks about (E.164); another number empties it.
    QString number() const { return m_number; }
    void setNumber(const QString &e164);
    // That number's recent cases (newest call first); ignored when for another number.
    void setHistory(const QString &e164, const QList<core::CallerCase> &cases);
    const QList<core::CallerCase> &history() const { return m_cases; }
    // Handset locations received for the number (newest first); ignored when for another
    // number. The slot the AML gateway's data reaches the form through.
    void setSupplementalLocations(const QString &e164,
                                  const QList<core::SupplementalLocation> &locations);
    const QList<core::SupplementalLocation> &supplementalLocations() const { return m_locations; }
    void clear();

    // The workstation's UTC clock, for ages; the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The texts shown (for tests and screenshots).
    QString historyText() const;
    QString locationsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QString m_number;
    QList<core::CallerCase> m_cases;
    QList<core::SupplementalLocation> m_locations;
    std::function<QDateTime()> m_clock;
    QLabel *m_history = nullptr;
    QLabel *m_aml = nullptr;
};

} // namespace pela::ui
