// Key slots: each account unwraps the one data key with its own password.
#include "store/header_vfs.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep::store;

class TestKeySlots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const KdfParams fast = KdfParams::fastForTests();
    QString newStore(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        Store::create(file, QStringLiteral("admin"), QStringLiteral("admin-pass"), fast);
        return file;
    }
    static QByteArray header(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.read(kHeaderSize);
    }

private slots:
    void eachAccountOpensTheSameData()
    {
        const QString file = newStore(QStringLiteral("multi.doorstep"));
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->addSlot(QStringLiteral("lily"), QStringLiteral("lily-pass"), fast);
            s->addSlot(QStringLiteral("wang.wei"), QStringLiteral("王伟的密码"), fast);
            s->db().run("INSERT INTO meta(key, value) VALUES ('probe', 'shared')");
            QVERIFY_THROWS_EXCEPTION(StoreError, s->addSlot(QStringLiteral("LILY"), QStringLiteral("x"), fast));
        }
        for (auto [user, pw] : {std::pair{QStringLiteral("lily"), QStringLiteral("lily-pass")}, std::pair{QStringLiteral("wang.wei"), QStringLiteral("王伟的密码")}}) {
            auto s = Store::open(file, user, pw);
            QCOMPARE(s->db().scalar("SELECT value FROM meta WHERE key = 'probe'").toString(), QStringLiteral("shared"));
            QCOMPARE(s->slotUsers().size(), 3);
        }
    }

    void changingAPasswordRewrapsOnlyThatSlot()
    {
        const QString file = newStore(QStringLiteral("rewrap.doorstep"));
        auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        s->addSlot(QStringLiteral("lily"), QStringLiteral("old"), fast);
        const QByteArray before = header(file);
        s->replaceSlot(QStringLiteral("lily"), QStringLiteral("new"), fast);
        QVERIFY(header(file) != before);
        s.reset();
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("lily"), QStringLiteral("old")));
        QVERIFY(Store::open(file, QStringLiteral("lily"), QStringLiteral("new")));
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass")));
    }

    void removingAnAccountRemovesItsSlot()
    {
        const QString file = newStore(QStringLiteral("remove.doorstep"));
        auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        s->addSlot(QStringLiteral("temp"), QStringLiteral("temp-pass"), fast);
        s->removeSlot(QStringLiteral("temp"));
        QVERIFY(!s->hasSlot(QStringLiteral("temp")));
        s.reset();
        try {
            Store::open(file, QStringLiteral("temp"), QStringLiteral("temp-pass"));
            QFAIL("a removed account still opened the store");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::UnknownUser);
        }
    }

    void slotsCannotBeSwappedBetweenUsers()
    {
        // Rename a slot's user in the serialized header: the GCM tag binds the
        // user name, so the other user's password must not unwrap it.
        const KeySlot a = StoreHeader::makeSlot(QByteArray(16, 'u'), QStringLiteral("alice"), QStringLiteral("pw"),
                                                SecretBytes(QByteArray(32, 'k')), fast);
        StoreHeader h;
        h.storeUid = QByteArray(16, 'u');
        KeySlot moved = a;
        moved.username = QStringLiteral("mallory");
        QVERIFY(h.unwrap(a, QStringLiteral("pw")).has_value());
        QVERIFY(!h.unwrap(moved, QStringLiteral("pw")).has_value());
        KeySlot weakened = a;
        weakened.kdf.timeCost = 1;
        weakened.kdf.memoryKiB = 8;
        QVERIFY(!h.unwrap(weakened, QStringLiteral("pw")).has_value());
        h.storeUid = QByteArray(16, 'v'); // another store
        QVERIFY(!h.unwrap(a, QStringLiteral("pw")).has_value());
    }

    void aTornHeaderWriteKeepsThePreviousSlots()
    {
        const QString file = newStore(QStringLiteral("torn.doorstep"));
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->addSlot(QStringLiteral("lily"), QStringLiteral("lily-pass"), fast); // goes to area B
        }
        // Corrupt the newest area (B), as a crash in the middle of its write would.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 + (kHeaderSize - 4096) / 2 + 40);
        f.write(QByteArray(64, '\xff'));
        f.close();
        // Area A still holds the previous slot set: admin opens, lily (only in B) does not.
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("lily"), QStringLiteral("lily-pass")));
    }

    void tamperedKdfParametersAreRefusedBeforeAnyDerivation_data()
    {
        QTest::addColumn<quint32>("timeCost");
        QTest::addColumn<quint32>("memoryKiB");
        QTest::addColumn<quint32>("parallelism");
        // Each would hang the console or exhaust its memory if Argon2 ran on it.
        QTest::newRow("time cost 2^32-1") << quint32(0xffffffff) << quint32(8 * 1024) << quint32(1);
        QTest::newRow("4 TiB of memory") << quint32(1) << quint32(0xffffffff) << quint32(1);
        QTest::newRow("parallelism 2^24") << quint32(1) << quint32(8 * 1024) << quint32(1u << 24);
        QTest::newRow("no memory at all") << quint32(1) << quint32(8) << quint32(1);
    }

    void tamperedKdfParametersAreRefusedBeforeAnyDerivation()
    {
        QFETCH(quint32, timeCost);
        QFETCH(quint32, memoryKiB);
        QFETCH(quint32, parallelism);
        const QString file = newStore(QStringLiteral("kdf-%1-%2-%3.doorstep").arg(timeCost).arg(memoryKiB).arg(parallelism));
        // Rewrite both slot areas as someone holding the file can: the area
        // checksums are recomputed, so only the bounds stand in the way.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.read(kHeaderSize);
        HeaderParse parsed = parseHeader(bytes);
        QCOMPARE(parsed.problem, HeaderProblem::None);
        for (KeySlot &slot : parsed.header.keySlots)
            slot.kdf = {timeCost, memoryKiB, parallelism};
        for (int area : {0, 1}) {
            const auto write = serializeArea(parsed.header, area);
            QVERIFY(write);
            f.seek(write->offset);
            f.write(write->bytes);
        }
        f.close();
        try {
            Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            QFAIL("a slot with tampered KDF parameters opened the store");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::HeaderDamaged);
        }
        // unwrap() refuses them too, whoever built the slot.
        KeySlot slot = StoreHeader::makeSlot(QByteArray(16, 'u'), QStringLiteral("alice"), QStringLiteral("pw"),
                                             SecretBytes(QByteArray(32, 'k')), fast);
        slot.kdf = {timeCost, memoryKiB, parallelism};
        StoreHeader h;
        h.storeUid = QByteArray(16, 'u');
        QVERIFY(!h.unwrap(slot, QStringLiteral("pw")).has_value());
    }

    void everySlotThisProgramWritesIsWithinBounds()
    {
        QVERIFY(KdfParams::fastForTests().withinBounds());
        QVERIFY((KdfParams{12, 64 * 1024, 1}.withinBounds())); // calibration's ceiling
        QVERIFY((KdfParams{2, 64 * 1024, 1}.withinBounds()));  // and its floor
    }

    void headerRevealsNoKeyMaterial()
    {
        const QString file = newStore(QStringLiteral("leak.doorstep"));
        const QByteArray h = header(file);
        QVERIFY(!h.contains("admin-pass"));
        QVERIFY(h.startsWith("DOORSTEP-STORE-1"));
    }

    void calibratedKdfTakesAboutHalfASecond()
    {
        // Not a timing assertion on the suite: it checks the calibration's
        // outcome is in the band the design promises (0.2-1.5 s leaves room
        // for a loaded CI machine and sanitizer builds).
        const KdfParams p = KdfParams::calibrated();
        QVERIFY(p.memoryKiB >= 64 * 1024);
        QVERIFY(p.timeCost >= 2);
        QElapsedTimer t;
        t.start();
        crypto::deriveKey(QStringLiteral("pw"), QByteArray(16, 's'), p);
        qInfo() << "Argon2id" << p.timeCost << "passes," << p.memoryKiB << "KiB:" << t.elapsed() << "ms";
        QVERIFY(t.elapsed() > 100);
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
