// Which phone digits a search may use: roles that see masked numbers
// (138****5678) only the last four or the whole number, so no run of digits
// probes the hidden middle; roles that see whole numbers any 3 to 11.
#include "domain/masking.h"
#include "domain/phone_search.h"

#include <QTest>

using namespace doorstep::domain;

Q_DECLARE_METATYPE(doorstep::domain::PhoneSearch)

class TestPhoneSearch : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unmasked");
        QTest::addColumn<PhoneSearch>("kind");
        const auto row = [](const char *name, const char *text, bool unmasked, PhoneSearch kind) {
            QTest::newRow(name) << QString::fromLatin1(text) << unmasked << kind;
        };
        row("masked: last four", "5678", false, PhoneSearch::Last4);
        row("masked: whole", "13812345678", false, PhoneSearch::Whole);
        row("masked: whole, spaces around", " 13812345678 ", false, PhoneSearch::Whole);
        row("masked: three digits", "123", false, PhoneSearch::Refused);
        row("masked: five digits", "12345", false, PhoneSearch::Refused);
        row("masked: the hidden middle plus one", "1234567", false, PhoneSearch::Refused);
        row("masked: ten digits", "1381234567", false, PhoneSearch::Refused);
        row("masked: one digit", "1", false, PhoneSearch::Refused);
        row("masked: twelve digits", "138123456789", false, PhoneSearch::Refused);
        row("masked: a name", "王", false, PhoneSearch::NotDigits);
        row("masked: digits and letters", "12ab", false, PhoneSearch::NotDigits);
        row("masked: empty", "", false, PhoneSearch::NotDigits);
        row("unmasked: last four", "5678", true, PhoneSearch::Contains);
        row("unmasked: middle", "12345", true, PhoneSearch::Contains);
        row("unmasked: whole", "13812345678", true, PhoneSearch::Whole);
        row("unmasked: two digits", "12", true, PhoneSearch::Refused);
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(bool, unmasked);
        QFETCH(PhoneSearch, kind);
        QCOMPARE(phoneSearchKind(text, unmasked), kind);
        // A hint exactly when refused.
        QCOMPARE(phoneSearchHint(text, unmasked).isEmpty(), kind != PhoneSearch::Refused);
    }

    // The digits a masked role may search by are exactly those the mask
    // shows at the end, or all of them.
    void theAllowedDigitsAreWhatTheMaskShows()
    {
        const QString phone = QStringLiteral("13812345678");
        const QString masked = maskPhone(phone);
        QVERIFY(masked.endsWith(phone.right(4)));
        for (int length = 1; length <= 11; ++length) {
            const bool allowed = phoneSearchKind(phone.right(length), false) != PhoneSearch::Refused;
            QCOMPARE(allowed, length == 4 || length == 11);
        }
        QVERIFY(phoneSearchHint(QStringLiteral("12345"), false).contains(QStringLiteral("last 4")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneSearch)
#include "tst_phonesearch.moc"
