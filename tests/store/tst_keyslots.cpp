// Key slots: each account unwraps the one data key with its own password.
#include "store/header_vfs.h"
#include "store/store.h"

#include <QDataStream>
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
    static qint64 areaOffset(int area) { return 4096 + area * ((kHeaderSize - 4096) / 2); }
    // Copies one slot area from an earlier header image into the file.
    static void writeArea(QFile &f, const QByteArray &image, int area)
    {
        f.seek(areaOffset(area));
        f.write(image.mid(areaOffset(area), (kHeaderSize - 4096) / 2));
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
        const QByteArray before = header(file);
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->db().exec("BEGIN IMMEDIATE"); // the change never commits: as if the console died mid-write
            s->addSlot(QStringLiteral("lily"), QStringLiteral("lily-pass"), fast);
            // A crash in the middle of the FIRST area write: that area is torn,
            // the other still holds the previous set.
            const QByteArray after = header(file);
            const int first = 1 - parseHeader(after).activeArea;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            writeArea(f, before, 1 - first);
            f.seek(areaOffset(first) + 40);
            f.write(QByteArray(64, '\xff'));
        }
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("lily"), QStringLiteral("lily-pass")));
    }

    void aRemovedOrResetPasswordStopsWorkingWhateverAreaIsDamaged_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::addColumn<int>("damagedArea");
        QTest::newRow("removed, area A damaged") << false << 0;
        QTest::newRow("removed, area B damaged") << false << 1;
        QTest::newRow("reset, area A damaged") << true << 0;
        QTest::newRow("reset, area B damaged") << true << 1;
    }

    void aRemovedOrResetPasswordStopsWorkingWhateverAreaIsDamaged()
    {
        QFETCH(bool, reset);
        QFETCH(int, damagedArea);
        const QString file = newStore(QStringLiteral("revoke-%1-%2.doorstep").arg(reset).arg(damagedArea));
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->addSlot(QStringLiteral("lily"), QStringLiteral("leaked"), fast);
            if (reset)
                s->replaceSlot(QStringLiteral("lily"), QStringLiteral("fresh"), fast);
            else
                s->removeSlot(QStringLiteral("lily"));
        }
        // One flipped byte makes parsing fall back to the other area: it must
        // not hold the old slot.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(areaOffset(damagedArea) + 100);
        char c = 0;
        QVERIFY(f.getChar(&c));
        f.seek(areaOffset(damagedArea) + 100);
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();
        // What someone holding the file and the old password does: no area
        // that parses may hold a slot that still unwraps the data key (the
        // check Store::open makes afterwards against the database would come
        // too late, the key would already be out).
        const HeaderParse parsed = parseHeader(header(file));
        QCOMPARE(parsed.problem, HeaderProblem::None);
        const KeySlot *old = parsed.header.slotFor(QStringLiteral("lily"));
        QVERIFY(!old || !parsed.header.unwrap(*old, QStringLiteral("leaked")).has_value());
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("lily"), QStringLiteral("leaked")));
        if (reset)
            QVERIFY(Store::open(file, QStringLiteral("lily"), QStringLiteral("fresh")));
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass")));
    }

    void aCrashBetweenTheTwoAreaWritesIsRepairedAtOpen()
    {
        const QString file = newStore(QStringLiteral("half.doorstep"));
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->addSlot(QStringLiteral("temp"), QStringLiteral("temp-pass"), fast);
        }
        const QByteArray before = header(file);
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            s->removeSlot(QStringLiteral("temp"));
        }
        // Put the second-written area back as it was: the state after a crash
        // between the two writes. The newest area is whole and has no temp.
        const int second = parseHeader(header(file)).activeArea;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            writeArea(f, before, second);
        }
        QVERIFY(!parseHeader(header(file)).areasAgree);
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("temp"), QStringLiteral("temp-pass")));
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"))); // repairs
        const HeaderParse repaired = parseHeader(header(file));
        QVERIFY(repaired.areasAgree);
        QVERIFY(!repaired.header.slotFor(QStringLiteral("temp")));
    }

    void aSlotChangeThatNeverCommittedIsUndoneAtOpen_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("account added") << false;
        QTest::newRow("password reset") << true;
    }

    void aSlotChangeThatNeverCommittedIsUndoneAtOpen()
    {
        // The header is written before COMMIT; a crash in between leaves a
        // slot the database never recorded (no staff row, no audit entry).
        QFETCH(bool, reset);
        const QString file = newStore(QStringLiteral("uncommitted-%1.doorstep").arg(reset));
        {
            auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
            if (reset)
                s->addSlot(QStringLiteral("lily"), QStringLiteral("old"), fast);
            s->db().exec("BEGIN IMMEDIATE");
            if (reset)
                s->replaceSlot(QStringLiteral("lily"), QStringLiteral("new"), fast);
            else
                s->addSlot(QStringLiteral("ghost"), QStringLiteral("ghost-pass"), fast);
            QVERIFY(s->headerAheadOfDatabase());
        } // closed without COMMIT: SQLite rolls back, the header stays ahead
        QVERIFY(parseHeader(header(file)).header.slotFor(reset ? QStringLiteral("lily") : QStringLiteral("ghost")));
        if (reset) {
            try {
                Store::open(file, QStringLiteral("lily"), QStringLiteral("new"));
                QFAIL("a password change that never committed opened the store");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::WrongPassword);
            }
            QVERIFY(Store::open(file, QStringLiteral("lily"), QStringLiteral("old")));
        } else {
            try {
                Store::open(file, QStringLiteral("ghost"), QStringLiteral("ghost-pass"));
                QFAIL("a slot without a committed account opened the store");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::UnknownUser);
            }
            QVERIFY(!parseHeader(header(file)).header.slotFor(QStringLiteral("ghost")));
        }
    }

    void aRolledBackSlotChangeIsTakenOutOfTheHeader()
    {
        const QString file = newStore(QStringLiteral("rollback.doorstep"));
        auto s = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        s->db().exec("BEGIN IMMEDIATE");
        s->addSlot(QStringLiteral("ghost"), QStringLiteral("ghost-pass"), fast);
        s->db().exec("ROLLBACK");
        s->restoreHeaderFromDatabase();
        QVERIFY(!s->headerAheadOfDatabase());
        const HeaderParse parsed = parseHeader(header(file));
        QVERIFY(parsed.areasAgree);
        QVERIFY(!parsed.header.slotFor(QStringLiteral("ghost")));
        QVERIFY(!s->checkPassword(QStringLiteral("ghost"), QStringLiteral("ghost-pass")));
    }

    void twoSessionsDoNotUndoEachOthersSlotChanges()
    {
        const QString file = newStore(QStringLiteral("two.doorstep"));
        auto first = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        auto second = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        first->addSlot(QStringLiteral("lily"), QStringLiteral("lily-pass"), fast);
        second->addSlot(QStringLiteral("wang"), QStringLiteral("wang-pass"), fast); // knew nothing of lily
        QVERIFY(Store::open(file, QStringLiteral("lily"), QStringLiteral("lily-pass")));
        QVERIFY(Store::open(file, QStringLiteral("wang"), QStringLiteral("wang-pass")));
        second->removeSlot(QStringLiteral("lily"));
        first->replaceSlot(QStringLiteral("wang"), QStringLiteral("wang-new"), fast); // knew nothing of the removal
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(file, QStringLiteral("lily"), QStringLiteral("lily-pass")));
        QVERIFY(Store::open(file, QStringLiteral("wang"), QStringLiteral("wang-new")));
        QCOMPARE(first->slotUsers(), (QStringList{QStringLiteral("admin"), QStringLiteral("wang")}));
    }

    void unlockingChecksTheCurrentSlotSet()
    {
        const QString file = newStore(QStringLiteral("unlock.doorstep"));
        auto admin = Store::open(file, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        admin->addSlot(QStringLiteral("lily"), QStringLiteral("lily-pass"), fast);
        auto lily = Store::open(file, QStringLiteral("lily"), QStringLiteral("lily-pass"));
        QVERIFY(lily->checkPassword(QStringLiteral("lily"), QStringLiteral("lily-pass")));
        admin->replaceSlot(QStringLiteral("lily"), QStringLiteral("reset-by-admin"), fast);
        QVERIFY(!lily->checkPassword(QStringLiteral("lily"), QStringLiteral("lily-pass")));
        QVERIFY(lily->checkPassword(QStringLiteral("lily"), QStringLiteral("reset-by-admin")));
        admin->removeSlot(QStringLiteral("lily"));
        QVERIFY(!lily->checkPassword(QStringLiteral("lily"), QStringLiteral("reset-by-admin")));
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

    void aKeyPairSlotTakesANewDataKeyWithoutItsPassword()
    {
        // What key rotation relies on: whoever holds the store (and no
        // password) can seal a new data key to an account's slot, and only
        // that account's password opens it.
        const QByteArray uid(16, 'u');
        const KeySlot slot = StoreHeader::makeSlot(uid, QStringLiteral("alice"), QStringLiteral("pw"),
                                                   SecretBytes(QByteArray(32, 'a')), fast);
        QCOMPARE(slot.kind, KeySlot::Kind::KeyPair);
        StoreHeader h;
        h.storeUid = uid;
        QCOMPARE(h.unwrap(slot, QStringLiteral("pw"))->bytes(), QByteArray(32, 'a'));
        const auto resealed = StoreHeader::resealed(uid, slot, SecretBytes(QByteArray(32, 'b')));
        QVERIFY(resealed.has_value());
        QCOMPARE(resealed->salt, slot.salt); // the same password, the same private key
        QVERIFY(resealed->ephemeralPublic != slot.ephemeralPublic);
        QCOMPARE(h.unwrap(*resealed, QStringLiteral("pw"))->bytes(), QByteArray(32, 'b'));
        QVERIFY(!h.unwrap(*resealed, QStringLiteral("wrong")).has_value());

        // Each part is bound: another user, another public key, a swapped
        // one-time key or another store's uid fail the tags.
        KeySlot moved = *resealed;
        moved.username = QStringLiteral("mallory");
        QVERIFY(!h.unwrap(moved, QStringLiteral("pw")).has_value());
        KeySlot otherPublic = *resealed;
        otherPublic.publicKey = crypto::generateX25519().publicKey;
        QVERIFY(!h.unwrap(otherPublic, QStringLiteral("pw")).has_value());
        KeySlot mixed = *resealed;
        mixed.ephemeralPublic = slot.ephemeralPublic; // one seal's key with another's ciphertext
        QVERIFY(!h.unwrap(mixed, QStringLiteral("pw")).has_value());
        KeySlot zero = *resealed;
        zero.ephemeralPublic = QByteArray(32, '\0'); // a low-order point: refused, not a fixed key
        QVERIFY(!h.unwrap(zero, QStringLiteral("pw")).has_value());
        StoreHeader other = h;
        other.storeUid = QByteArray(16, 'v');
        QVERIFY(!other.unwrap(*resealed, QStringLiteral("pw")).has_value());
    }

    void slotSetsOfTheFirstFormatAreStillRead()
    {
        // Version 1 (before key-pair slots): a count, then length-prefixed
        // fields, the data key wrapped under the password's key.
        const QByteArray uid(16, 'u');
        const QByteArray salt(16, 's');
        const SecretBytes kek = crypto::deriveKey(QStringLiteral("pw"), salt, fast);
        QByteArray aad("doorstep-slot-v1");
        {
            QDataStream a(&aad, QIODevice::Append);
            a.setByteOrder(QDataStream::LittleEndian);
            a << uid << QByteArray("alice") << fast.timeCost << fast.memoryKiB << fast.parallelism;
        }
        const crypto::Sealed wrapped = crypto::seal(kek, QByteArray(32, 'k'), aad);
        QByteArray v1;
        {
            QDataStream s(&v1, QIODevice::WriteOnly);
            s.setByteOrder(QDataStream::LittleEndian);
            s << quint16(1) << QByteArray("alice") << fast.timeCost << fast.memoryKiB << fast.parallelism << salt
              << wrapped.nonce << wrapped.ciphertext << wrapped.tag;
        }
        const auto parsed = parseSlotSet(v1);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().kind, KeySlot::Kind::Password);
        StoreHeader h;
        h.storeUid = uid;
        QCOMPARE(h.unwrap(parsed->first(), QStringLiteral("pw"))->bytes(), QByteArray(32, 'k'));
        QVERIFY(!StoreHeader::resealed(uid, parsed->first(), SecretBytes(QByteArray(32, 'n'))).has_value());
        // Written back in the current format, read back the same.
        const QByteArray v2 = serializeSlotSet(*parsed);
        QVERIFY(v2 != v1);
        QCOMPARE(*parseSlotSet(v2), *parsed);
        // A truncated set of either format is refused, never half read.
        QVERIFY(!parseSlotSet(v1.left(v1.size() - 1)).has_value());
        QVERIFY(!parseSlotSet(v2.left(v2.size() - 1)).has_value());
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
