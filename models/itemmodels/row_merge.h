#pragma once
// Turns the rows a model shows into freshly read ones with row-level
// signals (rowsRemoved, rowsMoved, rowsInserted, dataChanged), never a
// reset: what a sync pull or another console changed moves under the user
// without losing their scroll position, selection or current row, since
// views keep persistent indexes across these signals (a reset drops them).
// Rows are matched by id; ids are unique within one model.
//
// The begin*/end* calls are protected members of QAbstractItemModel, so
// the model hands them in as RowSignals.

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

#include <functional>

namespace doorstep::itemmodels {

struct RowSignals
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int from, int destination)> beginMove; // one row; destination as beginMoveRows takes it
    std::function<void()> endMove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

// What a merge did, for tests and the status line.
struct MergeCounts
{
    int removed = 0;
    int moved = 0;
    int inserted = 0;
    int changed = 0;
    bool any() const { return removed + moved + inserted + changed > 0; }
};

// rows becomes fresh. idOf(row) gives a row's id; same(a, b) says whether a
// kept row shows the same (false: dataChanged for its whole row). Kept rows
// move as little as possible: the longest run of them already in the new
// order stays, each other one moves once, straight to its place (an order
// rescheduled later is one move, not one per order it passes).
template <typename Row, typename IdOf, typename Same>
MergeCounts mergeRows(QList<Row> &rows, const QList<Row> &fresh, IdOf idOf, Same same, const RowSignals &s)
{
    MergeCounts counts;
    QHash<qint64, qsizetype> freshAt; // id -> index in fresh
    freshAt.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshAt.insert(idOf(fresh.at(i)), i);
    // 1. Rows no longer there go, a run at a time, from the end.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (freshAt.contains(idOf(rows.at(i))))
            continue;
        const qsizetype last = i;
        while (i > 0 && !freshAt.contains(idOf(rows.at(i - 1))))
            --i;
        s.beginRemove(int(i), int(last));
        rows.remove(i, last - i + 1);
        s.endRemove();
        counts.removed += int(last - i + 1);
    }
    // 2. The longest run of kept rows already in the new order stays put
    // (longest increasing subsequence of their new positions).
    QList<qsizetype> order; // new position of each kept row, in shown order
    order.reserve(rows.size());
    for (const Row &r : std::as_const(rows))
        order.append(freshAt.value(idOf(r)));
    QList<qsizetype> tails, tailAt, before(order.size(), -1);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), order.at(i));
        const qsizetype k = it - tails.begin();
        if (k > 0)
            before[i] = tailAt.at(k - 1);
        if (it == tails.end()) {
            tails.append(order.at(i));
            tailAt.append(i);
        } else {
            *it = order.at(i);
            tailAt[k] = i;
        }
    }
    QSet<qint64> placed; // kept rows in their new relative order
    for (qsizetype i = tailAt.isEmpty() ? -1 : tailAt.constLast(); i >= 0; i = before.at(i))
        placed.insert(idOf(rows.at(i)));
    const auto rowOf = [&](qint64 id) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (idOf(rows.at(i)) == id)
                return i;
        return qsizetype(-1);
    };
    // 3. Every other kept row moves once: right after the nearest row before
    // it in the new order that is already placed (or to the top).
    for (qsizetype k = 0; k < fresh.size(); ++k) {
        const qint64 id = idOf(fresh.at(k));
        if (placed.contains(id))
            continue;
        const qsizetype from = rowOf(id);
        if (from < 0)
            continue; // new: inserted below
        qsizetype after = -1;
        for (qsizetype p = k - 1; p >= 0 && after < 0; --p)
            if (placed.contains(idOf(fresh.at(p))))
                after = rowOf(idOf(fresh.at(p)));
        placed.insert(id);
        if (from == after + 1)
            continue; // already there
        const qsizetype to = from < after ? after : after + 1; // its index once moved
        s.beginMove(int(from), int(after + 1));
        rows.move(from, to);
        s.endMove();
        ++counts.moved;
    }
    // 4. New rows go in, a run at a time; kept rows that differ are repainted.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const qint64 id = idOf(fresh.at(i));
        if (i >= rows.size() || idOf(rows.at(i)) != id) {
            qsizetype end = i + 1;
            while (end < fresh.size() && !placed.contains(idOf(fresh.at(end))))
                ++end;
            s.beginInsert(int(i), int(end - 1));
            for (qsizetype k = i; k < end; ++k)
                rows.insert(k, fresh.at(k));
            s.endInsert();
            counts.inserted += int(end - i);
            i = end - 1;
            continue;
        }
        if (!same(rows.at(i), fresh.at(i))) {
            rows[i] = fresh.at(i);
            s.changed(int(i));
            ++counts.changed;
        }
    }
    return counts;
}

} // namespace doorstep::itemmodels
