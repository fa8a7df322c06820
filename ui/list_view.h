#pragma once
// The table every list page shows (customers, providers, onboarding queue,
// expiring credentials, orders): whole rows, one at a time, read-only,
// alternating rows, no row numbers, the last column stretched, and fixed row
// heights so the view never measures rows it has not shown (a paged model of
// a million rows stays cheap to scroll).
class QAbstractItemModel;
class QTableView;

namespace doorstep::ui {

void setUpListView(QTableView *view, QAbstractItemModel *model);

} // namespace doorstep::ui
