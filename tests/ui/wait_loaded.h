#pragma once
// The list pages' paged models read a reload's first page and count on a
// worker (PagedTableModel::loadOnWorker): a test waits for the latest one
// before it looks at the rows, as a person waits for the list to change.
#include "itemmodels/paged_table_model.h"

#include <QTest>

#define WAIT_LOADED(model) QTRY_VERIFY(!(model)->isLoading())
#define WAIT_COUNTED(model) QTRY_VERIFY(!(model)->isLoading() && !(model)->isCounting())

// The same for helpers that return a value (QTRY_* returns from the caller).
inline bool waitLoaded(const doorstep::itemmodels::PagedTableModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 10000);
}
