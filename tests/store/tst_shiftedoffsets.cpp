// The offset arithmetic of the header VFS (store/shifted_offsets.h): where a
// database byte lives in the file, with and without the lock-byte gap.
#include "store/header_vfs.h"
#include "store/shifted_offsets.h"

#include <QTest>

using namespace doorstep::store;
using namespace doorstep::store::shifted;

class TestShiftedOffsets : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 H = kHeaderSize;
    static constexpr qint64 B = kLockByte;
    static constexpr qint64 G = kLockGap;
    static constexpr qint64 kAfter = B - H; // first logical byte after the hole

private slots:
    void theHoleCoversSqlitesLockBytes()
    {
        // PENDING_BYTE, RESERVED_BYTE and the 510-byte SHARED range.
        QVERIFY(G >= 512);
        QCOMPARE(G % 65536, 0); // any SQLite page size divides it
        QCOMPARE(H % 65536, 0);
        QCOMPARE(B % 65536, 0);
    }

    void belowOneGibBothLayoutsAgree()
    {
        for (qint64 logical : {qint64(0), qint64(4096), kAfter - 4096, kAfter - 1}) {
            QCOMPARE(realOffset(Layout::Gapped, H, logical), logical + H);
            QCOMPARE(realOffset(Layout::Linear, H, logical), logical + H);
        }
        for (qint64 size : {qint64(0), qint64(4096), kAfter}) {
            QCOMPARE(realSize(Layout::Gapped, H, size), size + H);
            QCOMPARE(realSize(Layout::Linear, H, size), size + H);
        }
    }

    void noDataByteFallsInTheHole()
    {
        QCOMPARE(realOffset(Layout::Gapped, H, kAfter - 1), B - 1);
        QCOMPARE(realOffset(Layout::Gapped, H, kAfter), B + G);
        QCOMPARE(realOffset(Layout::Gapped, H, kAfter + 4096), B + G + 4096);
        // The old layout put an ordinary page right under the lock bytes.
        QCOMPARE(realOffset(Layout::Linear, H, kAfter), B);
        // Every page of the gapped layout is clear of [B, B + G).
        for (qint64 page = kAfter - 8 * 4096; page < kAfter + 8 * 4096; page += 4096) {
            const qint64 start = realOffset(Layout::Gapped, H, page);
            QVERIFY2(start + 4096 <= B || start >= B + G, qPrintable(QString::number(page)));
        }
    }

    void sizesRoundTrip()
    {
        for (Layout layout : {Layout::Linear, Layout::Gapped})
            for (qint64 size : {qint64(0), qint64(4096), kAfter - 4096, kAfter, kAfter + 1, kAfter + 4096,
                                qint64(8) * B})
                QCOMPARE(logicalSize(layout, H, realSize(layout, H, size)), size);
    }

    void realSizesOfOddFiles()
    {
        // A file cut inside the header or inside the hole.
        QCOMPARE(logicalSize(Layout::Gapped, H, 0), qint64(0));
        QCOMPARE(logicalSize(Layout::Gapped, H, H / 2), qint64(0));
        QCOMPARE(logicalSize(Layout::Gapped, H, B), kAfter);
        QCOMPARE(logicalSize(Layout::Gapped, H, B + 100), kAfter);
        QCOMPARE(logicalSize(Layout::Gapped, H, B + G), kAfter);
        QCOMPARE(logicalSize(Layout::Gapped, H, B + G + 4096), kAfter + 4096);
        QCOMPARE(logicalSize(Layout::Linear, H, B + 4096), kAfter + 4096);
        // A database ending exactly at the hole does not pay for it.
        QCOMPARE(realSize(Layout::Gapped, H, kAfter), B);
        QCOMPARE(realSize(Layout::Gapped, H, kAfter + 1), B + G + 1);
    }

    void requestsAwayFromTheHoleAreOnePiece()
    {
        for (qint64 logical : {qint64(0), kAfter - 4096, kAfter, kAfter + 4096}) {
            const Pieces p = split(Layout::Gapped, H, logical, 4096);
            QCOMPARE(p.count, 1);
            QCOMPARE(p.at[0].logical, logical);
            QCOMPARE(p.at[0].real, realOffset(Layout::Gapped, H, logical));
            QCOMPARE(p.at[0].length, qint64(4096));
            QCOMPARE(p.at[0].bufferOffset, qint64(0));
        }
        // Ending exactly at the hole: still one piece.
        QCOMPARE(split(Layout::Gapped, H, kAfter - 100, 100).count, 1);
    }

    void straddlingRequestsSplitAtTheHole()
    {
        const Pieces p = split(Layout::Gapped, H, kAfter - 100, 4096);
        QCOMPARE(p.count, 2);
        QCOMPARE(p.at[0].logical, kAfter - 100);
        QCOMPARE(p.at[0].real, B - 100);
        QCOMPARE(p.at[0].length, qint64(100));
        QCOMPARE(p.at[0].bufferOffset, qint64(0));
        QCOMPARE(p.at[1].logical, kAfter);
        QCOMPARE(p.at[1].real, B + G);
        QCOMPARE(p.at[1].length, qint64(3996));
        QCOMPARE(p.at[1].bufferOffset, qint64(100));
        // The linear layout never splits.
        QCOMPARE(split(Layout::Linear, H, kAfter - 100, 4096).count, 1);
        QCOMPARE(split(Layout::Linear, H, kAfter - 100, 4096).at[0].real, B - 100);
    }
};

QTEST_APPLESS_MAIN(TestShiftedOffsets)
#include "tst_shiftedoffsets.moc"
