// The look hospital mode's tables and panel titles share: large enough to read across a room,
// whole rows selected, nothing edited in place.
#pragma once

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace pela::ui::hospitaltables {

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent);
QLabel *makeTitle(QWidget *parent);
// The first row is selected when nothing is, so one key answers the only request.
void keepSelection(QTableView *table);

} // namespace pela::ui::hospitaltables
