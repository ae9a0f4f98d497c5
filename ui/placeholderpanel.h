// A titled, clearly marked stand-in for a console panel that is not built yet.
#pragma once

#include <QFrame>

class QLabel;

namespace pela::ui {

class PlaceholderPanel : public QFrame
{
    Q_OBJECT
public:
    explicit PlaceholderPanel(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description);
    QString title() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace pela::ui
