#pragma once
// Base of every table model over a large table: rows arrive a page at a time
// (canFetchMore/fetchMore) through keyset queries, so a view over 1,000,000
// orders holds only what has been scrolled into view. Subclasses supply the
// query for "the next `limit` rows after this one" and how to show a cell.

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace doorstep::itemmodels {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // the raw stored value (fen, UTC seconds, key)
        IdRole,                      // the row's id
    };

    explicit PagedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded
    // Drops loaded rows and loads the first page again (after a filter
    // change or a write). Views keep working: they see a model reset.
    void reload();

Q_SIGNALS:
    // A page could not be read (e.g. a damaged store); the message is for people.
    void loadFailed(const QString &message);

protected:
    using Row = QVariantList; // raw values, one per column of the query
    // Rows after `last` (nullptr: from the start) in display order.
    virtual QList<Row> fetchRows(const Row *last, int limit) = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Raw row -> what the view shows.
    virtual QVariant display(const Row &row, int column, int role) const = 0;
    virtual int idColumnInRow() const { return 0; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

private:
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_exhausted = false;
    bool m_busy = false; // views (and the model tester) call fetchMore() from our own signals
};

} // namespace doorstep::itemmodels
