#include "caseboardpanel.h"

#include "panelstyle.h"

#include "live/caselistmodel.h"
#include "live/roles.h"
#include "livetableproxymodel.h"
#include "livetableview.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pela::ui {

namespace {
const QString panelStyle = QStringLiteral(R"(
pela--ui--CaseBoardPanel { background: #ffffff; border: 1px solid #b0bec5; }
)") + panelTitleStyle();
} // namespace

CaseBoardPanel::CaseBoardPanel(QAbstractItemModel *cases, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("caseBoardPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(panelStyle);
    setMinimumSize(220, 160);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_proxy = new LiveTableProxyModel(LiveTableProxyModel::Table::Cases, this);
    m_proxy->setSourceModel(cases);
    m_view = new LiveTableView(this);
    m_view->setObjectName(QStringLiteral("caseBoard"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setModel(m_proxy);
    m_view->setStretchColumn(core::CaseListModel::LocationColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CaseBoardPanel::retranslateUi);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseBoardPanel::retranslateUi);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &CaseBoardPanel::retranslateUi);
    retranslateUi();
}

QString CaseBoardPanel::title() const
{
    return m_title->text();
}

int CaseBoardPanel::openCaseCount() const
{
    int count = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(core::StateRole).toString() != QLatin1String("closed"))
            ++count;
    return count;
}

void CaseBoardPanel::setCountKnown(bool known)
{
    if (known == m_countKnown)
        return;
    m_countKnown = known;
    retranslateUi();
}

void CaseBoardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_proxy->retranslate();
    }
    QFrame::changeEvent(event);
}

void CaseBoardPanel::retranslateUi()
{
    m_title->setText(tr("Case board").toUpper() + QStringLiteral("  ·  ") +
                     (m_countKnown ? tr("%1 open").arg(openCaseCount())
                                   : tr("open cases unknown", "not connected yet")));
}

} // namespace pela::ui
