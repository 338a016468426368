// The interface-language number formats of core/common/number_format.h. Every expected text is
// worked out by hand in the comment beside it: the value rounded to three significant digits
// (two for scientific notation), divided by the magnitude word's factor, written with the
// language's separators (English and Chinese "." and ",", German "," and ".").

#include "common/number_format.h"

#include <QTest>

#include <limits>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {
constexpr auto En = NumberLanguage::English;
constexpr auto De = NumberLanguage::German;
constexpr auto Zh = NumberLanguage::Chinese;

DisplayCurrency euro()
{
    // 0.92 EUR per USD, read 2026-11-30 (a rate the user types in; not a claim about the world).
    return *makeDisplayCurrency(u"test"_s, u"EUR"_s, 0.92, QDate(2026, 11, 30));
}
} // namespace

class TestNumberFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void languageFromCodeAndLocale()
    {
        QCOMPARE(numberLanguageFor(u"de"_s), De);
        QCOMPARE(numberLanguageFor(u"de_AT"_s), De);
        QCOMPARE(numberLanguageFor(u"zh_CN"_s), Zh);
        QCOMPARE(numberLanguageFor(u"en"_s), En);
        QCOMPARE(numberLanguageFor(QLocale(QLocale::German, QLocale::Switzerland)), De);
        QCOMPARE(numberLanguageFor(QLocale(QLocale::Chinese, QLocale::China)), Zh);
        QCOMPARE(numberLanguageFor(QLocale(QLocale::French, QLocale::France)), En);
    }

    void compact_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        // 123456789 = 1.23456789 × 10^8; 亿 is 10^8 → 1.23 (three significant digits).
        QTest::newRow("zh 1.23亿") << 123456789.0 << int(Zh) << u"1.23\u4ebf"_s;
        // 12345 = 1.2345 × 10^4; 万 is 10^4 → 1.23.
        QTest::newRow("zh 1.23万") << 12345.0 << int(Zh) << u"1.23\u4e07"_s;
        // 4.1e7 / 10^4 = 4100 → "4,100万" (Chinese groups the digits before 万 in thousands).
        QTest::newRow("zh 4,100万") << 4.1e7 << int(Zh) << u"4,100\u4e07"_s;
        // 3e12 / 10^12 = 3 → 3万亿 (a trillion is ten thousand 亿).
        QTest::newRow("zh 3万亿") << 3e12 << int(Zh) << u"3\u4e07\u4ebf"_s;
        // 72.2e9 / 10^9 = 72.2 → "72,2 Mrd." (German decimal comma).
        QTest::newRow("de 72,2 Mrd.") << 72.2e9 << int(De) << u"72,2 Mrd."_s;
        // 41e6 / 10^6 = 41 → "41 Mio.".
        QTest::newRow("de 41 Mio.") << 41e6 << int(De) << u"41 Mio."_s;
        // 12345 → 12.3 × 10^3 → "12,3 Tsd.".
        QTest::newRow("de 12,3 Tsd.") << 12345.0 << int(De) << u"12,3 Tsd."_s;
        // 72.2e9 / 10^9 = 72.2 → "72.2 B".
        QTest::newRow("en 72.2 B") << 72.2e9 << int(En) << u"72.2 B"_s;
        // 9500 is below 10^4: written out, grouped.
        QTest::newRow("en 9,500") << 9500.0 << int(En) << u"9,500"_s;
        QTest::newRow("de 9.500") << 9500.0 << int(De) << u"9.500"_s;
        // 999,960 rounds to 1,000,000 at three significant digits → 1 M, never "1,000 K".
        QTest::newRow("en 1 M not 1000 K") << 999960.0 << int(En) << u"1 M"_s;
        // 99,996,000 rounds to 1.00 × 10^8 → 1亿, never "10,000万".
        QTest::newRow("zh 1亿 not 10000万") << 99996000.0 << int(Zh) << u"1\u4ebf"_s;
        // −2.5e6 → "−2.5 M" with a true minus sign.
        QTest::newRow("en negative") << -2.5e6 << int(En) << u"\u22122.5 M"_s;
    }
    void compact()
    {
        QFETCH(double, value);
        QFETCH(int, language);
        QFETCH(QString, expected);
        QCOMPARE(formatCompact(value, NumberLanguage(language)), expected);
    }

    void significant()
    {
        // 18.4 has three significant digits already: German writes "18,4".
        QCOMPARE(formatSignificant(18.4, De), u"18,4"_s);
        QCOMPARE(formatSignificant(18.4, En), u"18.4"_s);
        // 0.012345 → three significant digits 0.0123.
        QCOMPARE(formatSignificant(0.012345, De), u"0,0123"_s);
        // Never fewer than whole units: 1234.5 has four digits before the point, so no
        // decimals; rounded half away from zero to 1235, grouped "1.235" in German.
        QCOMPARE(formatSignificant(1234.5, De), u"1.235"_s);
        // Negative zero after rounding is zero.
        QCOMPARE(formatDecimal(-0.0004, 2, En), u"0.00"_s);
        QCOMPARE(formatDecimal(std::numeric_limits<double>::quiet_NaN(), 2, De), u"k. A."_s);
    }

    void scientific()
    {
        // 3.2e23 = 3.2 × 10^23.
        QCOMPARE(formatScientific(3.2e23, u"FLOP"_s, En), u"3.2 \u00d7 10\u00b2\u00b3 FLOP"_s);
        QCOMPARE(formatScientific(3.2e23, u"FLOP"_s, De), u"3,2 \u00d7 10\u00b2\u00b3 FLOP"_s);
        // 5.6e24 → mantissa 5.6, exponent 24 (superscript 2, 4).
        QCOMPARE(formatScientific(5.6e24, u"FLOP"_s, Zh), u"5.6 \u00d7 10\u00b2\u2074 FLOP"_s);
        // 9.96e20 rounds to mantissa 10.0 → 1 × 10^21.
        QCOMPARE(formatScientific(9.96e20, u"FLOP"_s, En), u"1 \u00d7 10\u00b2\u00b9 FLOP"_s);
        // Small values are written out: 950 FLOP.
        QCOMPARE(formatScientific(950, u"FLOP"_s, En), u"950 FLOP"_s);
        // 2e-5 → 2 × 10^-5 with a superscript minus.
        QCOMPARE(formatScientific(2e-5, u"s"_s, En), u"2 \u00d7 10\u207b\u2075 s"_s);
    }

    void parsesWhatItWrites()
    {
        // Round trip of the texts above, and what a user types.
        QCOMPARE(parseScientific(u"3.2 \u00d7 10\u00b2\u00b3 FLOP"_s, u"FLOP"_s, En), 3.2e23);
        QCOMPARE(parseScientific(u"3,2 \u00d7 10\u00b2\u00b3"_s, u"FLOP"_s, De), 3.2e23);
        QCOMPARE(parseScientific(u"3.2e23"_s, {}, De), 3.2e23);
        QCOMPARE(parseScientific(u"5.76x10^23"_s, {}, En), 5.76e23);
        QCOMPARE(parseScientific(u"2 \u00d7 10\u207b\u2075"_s, {}, En), 2e-5);
        QCOMPARE(parseScientific(u"1,000,000"_s, {}, En), 1e6);
        QCOMPARE(parseScientific(u"1.000.000"_s, {}, De), 1e6);
        QVERIFY(!parseScientific(u"lots"_s, {}, En));
        QVERIFY(!parseScientific(u"1e400"_s, {}, En));
        QVERIFY(!parseScientific(QString(200, u'9'), {}, En));
    }

    void money()
    {
        const DisplayCurrency usd;
        // Stored figures in US dollars pass unchanged: $4.18, $12,345, 1.23e6 → "$1.23 M".
        QCOMPARE(formatMoney(4.18, usd, En), u"$4.18"_s);
        QCOMPARE(formatMoney(12345, usd, En), u"$12,345"_s);
        QCOMPARE(formatMoney(1.23e6, usd, En), u"$1.23 M"_s);
        // German puts the symbol after the number: 72.2e9 → "72,2 Mrd. $".
        QCOMPARE(formatMoney(72.2e9, usd, De), u"72,2 Mrd. $"_s);
        // $0.0421 → three significant digits below one unit.
        QCOMPARE(formatMoney(0.0421, usd, En), u"$0.0421"_s);
        // 100 USD × 0.92 EUR/USD = 92 EUR → "€92.00" / "92,00 €".
        QCOMPARE(formatMoney(100, euro(), En), u"\u20ac92.00"_s);
        QCOMPARE(formatMoney(100, euro(), De), u"92,00 \u20ac"_s);
        // 2,000,000 USD × 7.1 CNY/USD = 14,200,000 CNY = 1,420 万 → "CN¥1,420万".
        const DisplayCurrency yuan =
            *makeDisplayCurrency(u"test"_s, u"CNY"_s, 7.1, QDate(2026, 11, 30));
        QCOMPARE(formatMoney(2e6, yuan, Zh), u"CN\u00a51,420\u4e07"_s);
        // −5 USD × 0.92 = −4.60 EUR.
        QCOMPARE(formatMoney(-5, euro(), En), u"\u2212\u20ac4.60"_s);
        // A code without a symbol is written as a word: 10 × 0.88 CHF/USD = 8.80.
        const DisplayCurrency franc =
            *makeDisplayCurrency(u"test"_s, u"CHF"_s, 0.88, QDate(2026, 11, 30));
        QCOMPARE(formatMoney(10, franc, En), u"CHF 8.80"_s);
    }

    void currencyChecks()
    {
        QVERIFY(!makeDisplayCurrency(u"--currency"_s, u"eur"_s, 0.9, QDate(2026, 1, 1)));
        QVERIFY(makeDisplayCurrency(u"--currency"_s, u"eur"_s, 0.9, QDate(2026, 1, 1))
                    .error()
                    .toString()
                    .contains(u"three-letter"_s));
        QVERIFY(!makeDisplayCurrency(u"--rate"_s, u"EUR"_s, 0, QDate(2026, 1, 1)));
        QVERIFY(!makeDisplayCurrency(u"--rate"_s, u"EUR"_s, std::numeric_limits<double>::infinity(),
                                     QDate(2026, 1, 1)));
        QVERIFY(!makeDisplayCurrency(u"--rate-date"_s, u"EUR"_s, 0.9, QDate()));
        QVERIFY(!makeDisplayCurrency(u"--rate"_s, u"USD"_s, 2, QDate()));
        QVERIFY(makeDisplayCurrency(u"--rate"_s, u"USD"_s, 1, QDate()));
        QCOMPARE(currencyNote(DisplayCurrency()), QString());
        QCOMPARE(currencyNote(euro()), u"Money in EUR at 0.92 EUR per US dollar (rate of "
                                       "2026-11-30); stored figures are in US dollars."_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_number_format.moc"
