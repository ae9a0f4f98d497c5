// The case board: every open and recently closed case, the most urgent first, with its count.
#pragma once

#include <QFrame>

class QAbstractItemModel;
class QLabel;

namespace pela::ui {

class LiveTableProxyModel;
class LiveTableView;

class CaseBoardPanel : public QFrame
{
    Q_OBJECT
public:
    // cases: core's CaseListModel (not owned; must outlive the panel).
    explicit CaseBoardPanel(QAbstractItemModel *cases, QWidget *parent = nullptr);

    LiveTableView *view() const { return m_view; }
    QString title() const;
    int openCaseCount() const;
    // Whether the cases shown are the database's (loaded at least once); until then the title
    // says the count is unknown rather than "0 open".
    void setCountKnown(bool known);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LiveTableProxyModel *m_proxy = nullptr;
    LiveTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    bool m_countKnown = false;
};

} // namespace pela::ui
