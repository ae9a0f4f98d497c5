// The shift lead's handover report (File ▸ Shift report…): a period (the current shift by
// default, 07:00–19:00 or 19:00–07:00 WIT), its figures read through the command runner off the
// GUI thread and shown as the PDF will print them, saved as PDF or CSV.
#pragma once

#include "report/shiftreport.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace pela::core {
class CommandRunner;
}

namespace pela::ui {

class ShiftReportDialog : public QDialog
{
    Q_OBJECT
public:
    // runner gives the session's command runner at the moment of reading (nullptr when not
    // connected); now gives the time the default period is around.
    explicit ShiftReportDialog(std::function<core::CommandRunner *()> runner,
                               QWidget *parent = nullptr,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    ~ShiftReportDialog() override;

    // The period as chosen, [from, to).
    QDateTime from() const;
    QDateTime to() const;
    void setPeriod(const QDateTime &from, const QDateTime &to);
    // Reads the figures for the chosen period (answered later, through the runner).
    void refresh();

    const std::optional<core::ShiftReportData> &report() const { return m_report; }
    QTextBrowser *view() const { return m_view; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *saveCsvButton() const { return m_saveCsv; }
    // The last answer or problem, in words (empty: none).
    QString message() const;
    // Write the shown report; empty when written, else why not.
    QString savePdf(const QString &path);
    QString saveCsv(const QString &path);

signals:
    // The figures for the chosen period arrived (or failed: message() says why).
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choosePdf();
    void chooseCsv();
    void showReport();
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    void retranslateUi();

    std::function<core::CommandRunner *()> m_runner;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_zone = nullptr;
    QPushButton *m_currentShift = nullptr;
    QPushButton *m_previousShift = nullptr;
    QPushButton *m_refresh = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_shiftNote = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_close = nullptr;
    std::optional<core::ShiftReportData> m_report;
    QTextDocument *m_document = nullptr; // the shown report's, a child of m_view
    QDateTime m_now;
    int m_reading = 0;    // reads asked for and not yet answered
    int m_generation = 0; // only the latest read's answer is shown
};

} // namespace pela::ui
