// Secrets in memory: types that never leave an unwiped copy behind, the raw
// key literal, and core dumps switched off.
#include "store/key_crypto.h"
#include "store/secret_memory.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace doorstep::store;

class TestSecretMemory : public QObject
{
    Q_OBJECT
private slots:
    void movingSecretBytesLeavesNothingBehind()
    {
        SecretBytes key(QByteArray(32, 'k'));
        const char *buffer = key.bytes().constData();
        SecretBytes moved(std::move(key));
        QVERIFY(key.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(moved.bytes().constData(), buffer); // handed over, not copied
        SecretBytes assigned;
        assigned = std::move(moved);
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(assigned.bytes(), QByteArray(32, 'k'));
    }

    void copiesOwnTheirBuffer()
    {
        // Each copy wipes its own buffer; a shared buffer would survive the
        // first owner's wipe in the other.
        const SecretBytes key(QByteArray(32, 'k'));
        const SecretBytes copy(key);
        QVERIFY(copy.bytes().constData() != key.bytes().constData());
        SecretBytes assigned;
        assigned = key;
        QVERIFY(assigned.bytes().constData() != key.bytes().constData());
    }

    void secretTextMovesAndEmpties()
    {
        SecretText password(QStringLiteral("王伟的密码"));
        SecretText moved(std::move(password));
        QVERIFY(password.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(moved.text(), QStringLiteral("王伟的密码"));
        QString text = QStringLiteral("plain");
        wipe(text);
        QVERIFY(text.isEmpty());
        std::string line = "secret";
        wipe(line);
        QVERIFY(line.empty());
    }

    void rawKeyLiteralIsWhatSqlcipherExpects()
    {
        const QByteArray key = QByteArray::fromHex("00ff10ab");
        QCOMPARE(rawKeyLiteral(key), QByteArray("x'00ff10ab'"));
        QCOMPARE(rawKeyLiteral(QByteArray(32, '\x5a')).size(), 2 + 64 + 1);
    }

    void coreDumpsAreSwitchedOff()
    {
        QVERIFY(disableCoreDumps());
#ifdef Q_OS_LINUX
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#if !defined(__SANITIZE_ADDRESS__)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
