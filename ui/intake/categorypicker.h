// The eleven case categories as buttons, each chosen by one key (shown on it) while the picker
// has the focus, or by a click.
#pragma once

#include <QFrame>
#include <QHash>

class QGridLayout;
class QToolButton;

namespace pela::ui {

class CategoryPicker : public QFrame
{
    Q_OBJECT
public:
    explicit CategoryPicker(QWidget *parent = nullptr);

    QString category() const { return m_category; }
    // Empty clears the choice.
    void setCategory(const QString &category);
    // The key that chooses a category in the current language ("M" for medical).
    static QString keyOf(const QString &category);
    QToolButton *button(const QString &category) const { return m_buttons.value(category); }

signals:
    // By a key or a click (not by setCategory).
    void categoryChosen(const QString &category);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void choose(const QString &category);
    void arrange();

    QGridLayout *m_grid = nullptr;
    QHash<QString, QToolButton *> m_buttons;
    QString m_category;
    int m_columns = 0;
};

} // namespace pela::ui
