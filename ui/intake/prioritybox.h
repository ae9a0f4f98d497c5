// The priority, big and in its colour (merah / kuning / hijau / P4), with why it is what it is,
// and the call-taker's override with its reason.
#pragma once

#include <QFrame>
#include <optional>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pela::ui {

class PriorityBox : public QFrame
{
    Q_OBJECT
public:
    explicit PriorityBox(QWidget *parent = nullptr);

    // 0: no category yet.
    void setComputed(int priority, const QString &reason);
    int computedPriority() const { return m_computed; }
    // The override when one is chosen (and differs from the computed priority).
    std::optional<int> overridePriority() const;
    QString overrideReason() const;
    int effectivePriority() const { return overridePriority().value_or(m_computed); }
    void clearOverride();

    QComboBox *overrideSelector() const { return m_override; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *priorityLabel() const { return m_priority; }
    QLabel *overrideLabel() const { return m_overrideLabel; }
    QLabel *reasonLabel() const { return m_reasonLabel; }

    // "P1 · MERAH" in the operator's language.
    static QString priorityName(int priority);
    // Background and text colours of a priority.
    static QString colourOf(int priority);
    static QString textColourOf(int priority);

signals:
    void overrideChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int MinimumLabelWidth = 130;

    void retranslateUi();
    void refresh();
    // The priority's text whole in the width there is: the reason goes below it in a narrow
    // box, and the text shrinks only when its longest word would still be cut.
    void fitPriority();

    QBoxLayout *m_top = nullptr; // the priority and why: side by side, or stacked
    QLabel *m_priority = nullptr;
    QLabel *m_reasonText = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QComboBox *m_override = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    int m_computed = 0;
};

} // namespace pela::ui
