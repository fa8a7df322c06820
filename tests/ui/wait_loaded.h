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

// The schedule board reads its providers' days on its worker
// (ScheduleModel::loadOnWorker): after a day, filter, pick or change, a
// test waits for them as a person waits for the board to redraw.
#define WAIT_BOARD(board) QTRY_VERIFY(!(board)->isLoading())

// Every row matching the filters, fetched page by page (with a worker the
// pages come one by one, so a loop over canFetchMore()/fetchMore() would
// never end).
inline bool fetchAll(doorstep::itemmodels::PagedTableModel *model)
{
    bool done = false;
    QObject context;
    model->fetchUntil(&context, [] { return false; }, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 20000);
}
