#include "hospitalstrip.h"

#include "hospitalpanel.h"
#include "live/hospitalstatusmodel.h"
#include "live/roles.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace pela::ui {

namespace {
using Model = core::HospitalStatusModel;

// The strip refreshes every second (the stale markers move): restyle only what changed.
void restyle(QLabel *label, const QString &css)
{
    if (label->styleSheet() != css)
        label->setStyleSheet(css);
}
} // namespace

HospitalStrip::HospitalStrip(core::HospitalStatusModel *model, QWidget *parent)
    : QFrame(parent), m_model(model)
{
    setObjectName(QStringLiteral("hospitalStrip"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("pela--ui--HospitalStrip { background: #263238; }"
                                 "QLabel { color: #eceff1; }"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(12, 6, 12, 6);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(2, 1);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &HospitalStrip::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HospitalStrip::rebuild);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &HospitalStrip::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HospitalStrip::refresh);
    rebuild();
}

void HospitalStrip::setTextPixelSize(int pixels)
{
    if (pixels == m_pixels)
        return;
    m_pixels = pixels;
    refresh();
}

void HospitalStrip::rebuild()
{
    for (const Row &row : std::as_const(m_rows))
        for (QLabel *label : {row.name, row.status, row.reason, row.beds, row.updated})
            delete label;
    m_rows.clear();
    for (int i = 0; i < m_model->rowCount(); ++i) {
        Row row;
        row.name = new QLabel(this);
        row.status = new QLabel(this);
        row.status->setAlignment(Qt::AlignCenter);
        row.reason = new QLabel(this);
        row.beds = new QLabel(this);
        row.updated = new QLabel(this);
        int column = 0;
        for (QLabel *label : {row.name, row.status, row.reason, row.beds, row.updated})
            m_grid->addWidget(label, i, column++);
        m_rows << row;
    }
    refresh();
}

void HospitalStrip::refresh()
{
    if (m_rows.size() != m_model->rowCount()) {
        rebuild();
        return;
    }
    const QString font = QStringLiteral("font-size: %1px;").arg(m_pixels);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        auto text = [this, i](int column) { return m_model->index(i, column).data().toString(); };
        const QModelIndex first = m_model->index(i, 0);
        row.name->setText(text(Model::CodeColumn) + QStringLiteral("  ") + text(Model::NameColumn));
        restyle(row.name, font + QStringLiteral("font-weight: bold;"));
        const auto [background, foreground] =
            HospitalPanel::erStatusColours(first.data(core::ErStatusRole).toString());
        row.status->setText(text(Model::ErStatusColumn).toUpper());
        restyle(row.status, font + QStringLiteral("font-weight: bold; padding: 0 10px;"
                                                  " background: %1; color: %2;")
                                       .arg(background.name(), foreground.name()));
        row.reason->setText(text(Model::ReasonColumn));
        restyle(row.reason, font);
        row.beds->setText(text(Model::BedsColumn));
        restyle(row.beds, font);
        const bool stale = first.data(Model::StaleRole).toBool();
        row.updated->setText(text(Model::UpdatedColumn));
        restyle(row.updated,
                font + (stale ? QStringLiteral("color: #ffab40; font-weight: bold;") : QString()));
    }
}

QString HospitalStrip::lineText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &line = m_rows.at(row);
    QStringList parts;
    for (const QLabel *label : {line.name, line.status, line.reason, line.beds, line.updated})
        if (!label->text().isEmpty())
            parts << label->text();
    return parts.join(QStringLiteral(" · "));
}

void HospitalStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace pela::ui
