// The dispatch map on the schedule board, offscreen, with tiles from a local
// HTTP server: it asks for exactly the tiles of its view at the configured
// template, keeps them on disk, draws them again from disk when the server is
// gone and falls back to district names where it has none; a click on an
// order's pin selects it in the pending list, selecting in the list marks the
// pin, and a click on a provider selects their row.
#include "dispatch_fixture.h"
#include "tile_server.h"
#include "wait_loaded.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/schedule_model.h"
#include "map/tile_cache.h"
#include "map/tile_fetcher.h"
#include "services/map_settings.h"
#include "services/service_error.h"
#include "ui/map/dispatch_map.h"
#include "ui/map/map_view.h"
#include "ui/map/tile_settings_dialog.h"
#include "ui/message_box.h"
#include "ui/orders/order_detail_view.h"
#include "ui/schedule/schedule_board.h"
#include "ui/schedule/schedule_timeline.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QWheelEvent>

using namespace doorstep;

class TestDispatchMap : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    tests::TileServer m_server;

    void setTiles(const QString &urlTemplate)
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        services::MapSettings(admin->services()).write({urlTemplate, {}, false}, 50);
    }
    QString tileUrl() const { return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_server.port()); }
    static QLatin1String tilePath() { return QLatin1String("/tiles/%1/%2/%3.png"); }

    static std::unique_ptr<ui::ScheduleBoard> mapBoard(services::Workspace &ws, qint64 day)
    {
        auto board = std::make_unique<ui::ScheduleBoard>(ws);
        board->resize(1400, 800);
        board->showMap(true);
        board->show();
        if (!QTest::qWaitForWindowExposed(board.get()))
            return nullptr;
        board->showDay(day);
        return board;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the cache goes under ~/.qttest, not the user's
        QDir(map::TileCache::defaultDir()).removeRecursively();
        m_fx.create();
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
        QVERIFY(m_server.listen());
    }

    void tileSettingsAreCheckedAndNeedTheRight()
    {
        auto dispatcher = m_fx.login(QStringLiteral("dispatcher"));
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, services::MapSettings(dispatcher->services()).write({tileUrl(), {}, false}, 50));
        auto admin = m_fx.login(QStringLiteral("admin"));
        services::MapSettings settings(admin->services());
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, settings.write({QStringLiteral("http://127.0.0.1/{z}/{x}.png"), {}, false}, 50));
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, settings.write({tileUrl(), {}, false}, 1));
        QVERIFY(!settings.read().source.isConfigured()); // nothing written
        // A wrong stored value (written by hand) is reported, never fetched.
        admin->store().db().exec("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('map.tile_url', 'gopher://x/{z}', 0)");
        const auto read = settings.read();
        QVERIFY(!read.source.isConfigured());
        QVERIFY(read.problem.contains(QLatin1String("map.tile_url")));
        admin->store().db().exec("DELETE FROM settings WHERE key LIKE 'map.%'");
    }

    void theDialogProposesGcj02ForChineseTiles()
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        ui::TileSettingsDialog dialog(*admin);
        QVERIFY(!dialog.gcj02Box()->isChecked());
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}"));
        QVERIFY(dialog.gcj02Box()->isChecked());
        dialog.subdomainsEdit()->setText(QStringLiteral("1, 2,3,4"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto read = services::MapSettings(admin->services()).read();
        QVERIFY(read.source.gcj02);
        QCOMPARE(read.source.subdomains, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(read.source.url({12, 3372, 1552}).toString(), QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?style=8&x=3372&y=1552&z=12"));
        // Emptied: no tiles again.
        dialog.urlEdit()->clear();
        dialog.subdomainsEdit()->clear();
        dialog.accept();
        QVERIFY(!services::MapSettings(admin->services()).read().source.isConfigured());
    }

    void dragPansAndTheWheelZoomsAboutTheCursor()
    {
        ui::MapView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const map::LatLng bund{31.2400, 121.4900};
        view.centreOn(bund, 12);
        // Dragging 100 px left moves the point 100 px left.
        const QPointF before = view.screenPos(bund);
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(&view, QPoint(250, 200));
        QTest::mouseMove(&view, QPoint(200, 200));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(200, 200));
        QVERIFY(QLineF(view.screenPos(bund), before - QPointF(100, 0)).length() < 1.5);
        // One wheel step in over the point: one zoom level, the point stays under the cursor.
        const QPointF at = view.screenPos(bund);
        QWheelEvent wheel(at, view.mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &wheel);
        QCOMPARE(view.zoom(), 13);
        QVERIFY(QLineF(view.screenPos(bund), at).length() < 1.0);
    }

    void withoutTilesItDrawsDistricts()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        auto board = mapBoard(*ws, m_fx.nextThursday());
        QVERIFY(board);
        WAIT_BOARD(board.get());
        ui::MapView *view = board->dispatchMap()->view();
        QVERIFY(!board->dispatchMap()->fetcher());
        QVERIFY(view->showsFallback());
        QVERIFY(!view->grab().isNull());
    }

    void tilesAreRequestedCachedAndUsedOffline()
    {
        setTiles(tileUrl());
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = m_fx.nextThursday();
        m_fx.newOrder(*ws, day);
        QStringList visible;
        map::LatLng seenCentre;
        int seenZoom = 0;
        {
            auto board = mapBoard(*ws, day);
            QVERIFY(board);
            WAIT_BOARD(board.get());
            ui::MapView *view = board->dispatchMap()->view();
            map::TileFetcher *fetcher = board->dispatchMap()->fetcher();
            QVERIFY(fetcher);
            view->grab(); // paints: asks for the view's tiles
            QTRY_VERIFY(fetcher->inFlight() == 0 && fetcher->queued() == 0);
            view->grab();
            QTRY_VERIFY(fetcher->inFlight() == 0 && fetcher->queued() == 0);
            // Every tile of the view was asked for, at the template's path.
            const QList<map::TileKey> tiles = view->visibleTiles();
            QVERIFY(!tiles.isEmpty());
            for (const map::TileKey &key : tiles) {
                const map::TileKey t = map::wrapped(key);
                const QString path = QString(tilePath()).arg(t.z).arg(t.x).arg(t.y);
                QVERIFY2(m_server.paths().contains(path), qPrintable(path));
                visible.append(path);
                // ... and is on disk.
                QVERIFY(QFile::exists(fetcher->cache().pathOf(fetcher->source().cacheName(), t)));
            }
            // Only tiles of some view were asked for (the zoom before the fit is a view too), each once.
            for (const QString &path : m_server.paths())
                QVERIFY2(path.startsWith(QLatin1String("/tiles/")) && path.endsWith(QLatin1String(".png")), qPrintable(path));
            QCOMPARE(QSet<QString>(m_server.paths().cbegin(), m_server.paths().cend()).size(), m_server.paths().size());
            QVERIFY(!view->showsFallback());
            seenCentre = view->centre();
            seenZoom = view->zoom();
        }
        // The server is gone: the same view draws from disk, asking nothing.
        m_server.close();
        {
            auto board = mapBoard(*ws, day);
            QVERIFY(board);
            WAIT_BOARD(board.get());
            ui::MapView *view = board->dispatchMap()->view();
            map::TileFetcher *fetcher = board->dispatchMap()->fetcher();
            view->centreOn(seenCentre, seenZoom);
            for (const map::TileKey &key : view->visibleTiles())
                QVERIFY(fetcher->tile(map::wrapped(key))); // at once, from the disk
            view->grab();
            // Somewhere never seen: the downloads fail, the map says so and draws districts.
            view->centreOn({view->centre().lat + 0.5, view->centre().lng + 0.5}, view->zoom());
            view->grab();
            QTRY_VERIFY(fetcher->isOffline());
            QVERIFY(view->showsFallback());
            QVERIFY(!view->grab().isNull());
        }
        QVERIFY(m_server.listen());
    }

    void clickingAPinSelectsTheOrderAndBack()
    {
        setTiles(tileUrl());
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = m_fx.nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        auto &db = ws->store().db();
        const map::LatLng where{db.scalar("SELECT lat FROM orders WHERE id = ?", order).toDouble(),
                                db.scalar("SELECT lng FROM orders WHERE id = ?", order).toDouble()};
        auto board = mapBoard(*ws, day);
        QVERIFY(board);
        WAIT_BOARD(board.get());
        QAbstractItemModelTester scheduleTester(board->scheduleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::MapView *view = board->dispatchMap()->view();
        QVERIFY(board->pendingView()->selectionModel()->selectedRows().isEmpty());
        // Street level on the pin, so no provider's mark is under the cursor.
        view->centreOn(where, map::kMaxZoom);
        const QPointF pin = view->screenPos(where);
        QCOMPARE(pin, QPointF(view->width() / 2.0, view->height() / 2.0));
        QTest::mouseClick(view, Qt::LeftButton, {}, pin.toPoint());
        const QModelIndexList rows = board->pendingView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(board->pendingModel()->idAt(rows.first().row()), order);
        QCOMPARE(view->selectedOrder(), order);
        WAIT_BOARD(board.get());
        // The order's candidates are ranked; the best is number 1 on the map.
        QVERIFY(board->scheduleModel()->rowCount() > 0);

        // Selecting in the list marks the pin; clearing it clears the mark.
        board->pendingView()->clearSelection();
        QCOMPARE(view->selectedOrder(), 0);
        QVERIFY(board->selectPending(order));
        QCOMPARE(view->selectedOrder(), order);

        // With no order selected every provider shows: a click on one picks
        // their row on the board and draws their route.
        board->pendingView()->clearSelection();
        WAIT_BOARD(board.get());
        int row = 0;
        while (row < board->scheduleModel()->rowCount() && board->scheduleModel()->providerDay(row).home.lat == 0)
            ++row;
        QVERIFY(row < board->scheduleModel()->rowCount());
        const qint64 provider = board->scheduleModel()->providerIdAt(row);
        const auto &home = board->scheduleModel()->providerDay(row).home;
        view->centreOn({home.lat, home.lng}, map::kMaxZoom);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->screenPos({home.lat, home.lng}).toPoint());
        QCOMPARE(board->timeline()->currentRow(), row);
        QCOMPARE(view->selectedProvider(), provider);

        // The order's detail has the same pin, in the middle of its small map.
        ui::OrderDetailView detail(*ws);
        detail.resize(500, 900);
        detail.showOrder(order);
        QVERIFY(detail.map()->isVisibleTo(&detail));
        QCOMPARE(detail.map()->selectedOrder(), order);
        QCOMPARE(detail.map()->screenPos(where), QPointF(detail.map()->width() / 2.0, detail.map()->height() / 2.0));
        detail.showOrder(0);
        QVERIFY(!detail.map()->isVisibleTo(&detail));
    }

    // A position the provider's app reported, as the pull keeps it
    // (sync_positions): after the sync's refresh the provider's mark is
    // there, saying how old it is, and a click there picks the provider.
    void aReportedPositionPlacesTheProviderWithItsAge()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = m_fx.nextThursday();
        auto board = mapBoard(*ws, day);
        QVERIFY(board);
        WAIT_BOARD(board.get());
        int row = 0;
        while (row < board->scheduleModel()->rowCount() && board->scheduleModel()->providerDay(row).home.lat == 0)
            ++row;
        QVERIFY(row < board->scheduleModel()->rowCount());
        const qint64 provider = board->scheduleModel()->providerIdAt(row);
        const auto home = board->scheduleModel()->providerDay(row).home;
        const map::LatLng reported{home.lat + 0.02, home.lng + 0.02};
        ws->store().db().run("INSERT OR REPLACE INTO sync_positions(provider_id, lat, lng, at) VALUES (?, ?, ?, ?)", provider,
                             reported.lat, reported.lng, ws->services().now() - 3 * 60);
        board->refreshRows(); // what the main window does when the sync worker commits
        ui::MapView *view = board->dispatchMap()->view();
        const auto markOf = [&]() -> std::optional<ui::MapProviderMark> {
            for (const auto &m : view->providers())
                if (m.providerId == provider)
                    return m;
            return std::nullopt;
        };
        QTRY_VERIFY(markOf() && markOf()->where.lat == reported.lat);
        QVERIFY(markOf()->live);
        QVERIFY2(markOf()->caption.contains(QStringLiteral("3 min")), qPrintable(markOf()->caption));
        view->centreOn(reported, map::kMaxZoom);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->screenPos(reported).toPoint());
        QCOMPARE(view->selectedProvider(), provider);
        ws->store().db().run("DELETE FROM sync_positions");
    }

    void cleanupTestCase()
    {
        // The test-mode cache directory (~/.qttest/cache/<test>): nothing left behind.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    }
};

QTEST_MAIN(TestDispatchMap)
#include "tst_dispatchmap_ui.moc"
