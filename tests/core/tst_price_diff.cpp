// diffPriceCatalogs() on two small hand-written catalogs, updatedPriceCatalog()'s rules for
// refreshing a catalog from LiteLLM's file, and isPriceStale()'s month arithmetic.

#include "pricing/price_age.h"
#include "pricing/price_diff.h"
#include "pricing/price_update.h"

#include "pricing/price_catalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestPriceDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diff();
    void identicalCatalogsAreNoChange();
    void liteLlmKey_data();
    void liteLlmKey();
    void update();
    void catalogInUse();
    void stale_data();
    void stale();
};

namespace {

ApiPrice price(const QString &id, double in, double out, double cached = -1)
{
    ApiPrice p;
    p.id = id;
    p.provider = u"Acme"_s;
    p.model = id.toUpper();
    p.inputUsdPerMTok = in;
    p.outputUsdPerMTok = out;
    p.cachedInputUsdPerMTok = cached;
    p.asOf = u"2025-01-01"_s;
    p.source = u"hand-written"_s;
    return p;
}

} // namespace

void TestPriceDiff::diff()
{
    // Before: a $1/$2 with $0.5 cached, b $3/$4, c $5/$6, d $7/$8.
    // After:  a $1/$2.5 (output up), cached withdrawn; b $2/$4 (input down) and a new cached
    //         rate of $1; c unchanged apart from its date; d gone; e new.
    const QList<ApiPrice> before{price(u"a"_s, 1, 2, 0.5), price(u"b"_s, 3, 4), price(u"c"_s, 5, 6),
                                 price(u"d"_s, 7, 8)};
    ApiPrice c = price(u"c"_s, 5, 6);
    c.asOf = u"2026-12-01"_s;
    const QList<ApiPrice> after{price(u"e"_s, 9, 10), price(u"a"_s, 1, 2.5), c,
                                price(u"b"_s, 2, 4, 1)};
    const PriceDiff d = diffPriceCatalogs(before, after);

    QCOMPARE(d.added.size(), 1);
    QCOMPARE(d.added.first().id, u"e"_s);
    QCOMPARE(d.removed.size(), 1);
    QCOMPARE(d.removed.first().id, u"d"_s);
    QCOMPARE(d.unchanged, 1); // c
    QCOMPARE(d.changes.size(), 4);

    const QList<PriceChange> up = d.changesThat(PriceMove::Up);
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.first().id, u"a"_s);
    QCOMPARE(up.first().kind, PriceKind::Output);
    QCOMPARE(up.first().beforeUsdPerMTok, 2.0);
    QCOMPARE(up.first().afterUsdPerMTok, 2.5);

    const QList<PriceChange> down = d.changesThat(PriceMove::Down);
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.first().id, u"b"_s);
    QCOMPARE(down.first().kind, PriceKind::Input);
    QCOMPARE(down.first().beforeUsdPerMTok, 3.0);
    QCOMPARE(down.first().afterUsdPerMTok, 2.0);

    const QList<PriceChange> withdrawn = d.changesThat(PriceMove::Withdrawn);
    QCOMPARE(withdrawn.size(), 1);
    QCOMPARE(withdrawn.first().id, u"a"_s);
    QCOMPARE(withdrawn.first().kind, PriceKind::CachedInput);
    QCOMPARE(withdrawn.first().beforeUsdPerMTok, 0.5);

    const QList<PriceChange> offered = d.changesThat(PriceMove::Offered);
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().id, u"b"_s);
    QCOMPARE(offered.first().kind, PriceKind::CachedInput);
    QCOMPARE(offered.first().afterUsdPerMTok, 1.0);
}

void TestPriceDiff::identicalCatalogsAreNoChange()
{
    // 0.8e-6 USD per token × 1e6 is 0.7999999999999999 in doubles: the same price as $0.80.
    const QList<ApiPrice> before{price(u"a"_s, 0.8, 4)};
    const QList<ApiPrice> after{price(u"a"_s, 0.8e-6 * 1e6, 4)};
    QVERIFY(0.8e-6 * 1e6 != 0.8);
    const PriceDiff d = diffPriceCatalogs(before, after);
    QVERIFY(d.isEmpty());
    QCOMPARE(d.unchanged, 1);
}

void TestPriceDiff::liteLlmKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("key");

    // The built-in catalog's citation form (resources/catalog/api-prices.json).
    QTest::newRow("built-in") << u"openai/gpt-4o"_s
                              << u"https://openai.com/api/pricing/; figures from LiteLLM "
                                 "model_prices_and_context_window.json, tokencost mirror e7f7c19 "
                                 "of 2025-09-05, key \"gpt-4o\"; batch rates 1.25/5.00"_s
                              << u"gpt-4o"_s;
    // importLiteLlmPrices()'s form: "<file>, key <key>", with or without the provider page.
    QTest::newRow("imported") << u"gemini/gemini-2.5-pro"_s
                              << u"prices.json, key gemini/gemini-2.5-pro"_s
                              << u"gemini/gemini-2.5-pro"_s;
    QTest::newRow("imported, provider page")
        << u"gpt-4o"_s << u"prices.json, key gpt-4o (provider page: https://x.test/)"_s
        << u"gpt-4o"_s;
    QTest::newRow("own price") << u"microsoft/mai-image-2-efficient"_s
                               << u"https://microsoft.ai/news/"_s << QString();
    QTest::newRow("key of another entry") << u"mine"_s << u"prices.json, key gpt-4o"_s << QString();
}

void TestPriceDiff::liteLlmKey()
{
    QFETCH(QString, id);
    QFETCH(QString, source);
    QFETCH(QString, key);
    ApiPrice p = price(id, 1, 1);
    p.source = source;
    QCOMPARE(pertoken::liteLlmKey(p), key);
}

void TestPriceDiff::update()
{
    // Current: "acme/a" cites key "a" (batch 50% off, 128k window), "acme/gone" cites key
    // "gone", "own" is the user's. The file: "a" at $2/$8 without a batch rate or window, "new".
    ApiPrice a = price(u"acme/a"_s, 1, 4, 0.5);
    a.source = u"LiteLLM file, key \"a\""_s;
    a.batchDiscount = 0.5;
    a.contextWindowTokens = 128000;
    ApiPrice gone = price(u"acme/gone"_s, 1, 1);
    gone.source = u"LiteLLM file, key \"gone\""_s;
    const ApiPrice own = price(u"own"_s, 3, 3);
    ApiPrice fileA = price(u"a"_s, 2, 8);
    fileA.provider = u"acme"_s;
    fileA.asOf = u"2026-12-04"_s;
    fileA.source = u"model_prices_and_context_window.json, key a"_s;
    ApiPrice fileNew = price(u"new"_s, 5, 6);
    fileNew.source = u"model_prices_and_context_window.json, key new"_s;

    const QList<ApiPrice> result = updatedPriceCatalog({a, gone, own}, {fileA, fileNew});
    QCOMPARE(result.size(), 3);
    const ApiPrice &refreshed = result.at(0);
    QCOMPARE(refreshed.id, u"acme/a"_s);
    QCOMPARE(refreshed.model, a.model);
    QCOMPARE(refreshed.provider, u"Acme"_s);
    QCOMPARE(refreshed.inputUsdPerMTok, 2.0);
    QCOMPARE(refreshed.outputUsdPerMTok, 8.0);
    QCOMPARE(refreshed.cachedInputUsdPerMTok, 0.5); // the file states none: kept
    QCOMPARE(refreshed.batchDiscount, 0.5);         // likewise
    QCOMPARE(refreshed.contextWindowTokens, 128000.0);
    QCOMPARE(refreshed.asOf, u"2026-12-04"_s);
    QCOMPARE(refreshed.source, u"model_prices_and_context_window.json, key \"a\""_s);
    QCOMPARE(pertoken::liteLlmKey(refreshed), u"a"_s); // it links again next time
    QCOMPARE(result.at(1), own);
    QCOMPARE(result.at(2).id, u"new"_s);

    const PriceDiff d = diffPriceCatalogs({a, gone, own}, result);
    QCOMPARE(d.removed.size(), 1);
    QCOMPARE(d.removed.first().id, u"acme/gone"_s);
    QCOMPARE(d.added.size(), 1);
    QCOMPARE(d.changesThat(PriceMove::Up).size(), 2); // input 1 → 2, output 4 → 8
}

void TestPriceDiff::catalogInUse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = userPriceCatalogPath(dir.filePath(u"custom-catalog.json"_s));
    QCOMPARE(path, dir.filePath(u"api-prices.json"_s));
    QCOMPARE(previousPriceCatalogPath(path), dir.filePath(u"api-prices.previous.json"_s));

    // No user catalog: the shipped entry (resources/catalog/api-prices.json, GPT-4o at $2.50 in).
    QCOMPARE(apiPriceInUse(path, u"openai/gpt-4o"_s)->inputUsdPerMTok, 2.5);
    QVERIFY(!apiPriceInUse(path, u"no/such"_s));
    QVERIFY(restorePreviousPriceCatalog(path).has_value()); // nothing to restore yet

    ApiPrice refreshed = *findApiPrice(u"openai/gpt-4o"_s);
    refreshed.inputUsdPerMTok = 3;
    const QByteArray shipped = *priceCatalogBytes(path);
    QVERIFY(!replacePriceCatalog(path, apiPriceCatalogToJson({refreshed})));
    QCOMPARE(apiPriceInUse(path, u"openai/gpt-4o"_s)->inputUsdPerMTok, 3.0);
    QVERIFY(!apiPriceInUse(path, u"anthropic/claude-sonnet-4"_s)); // not in the user's catalog

    QVERIFY(!restorePreviousPriceCatalog(path));
    QCOMPARE(*priceCatalogBytes(path), shipped);
    QCOMPARE(apiPriceInUse(path, u"openai/gpt-4o"_s)->inputUsdPerMTok, 2.5);
}

void TestPriceDiff::stale_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("stale");

    // The built-in catalog's 2025-09-05 on 2026-12-04 is 14 months and 29 days old.
    QTest::newRow("15 months, limit 6") << u"2025-09-05"_s << QDate(2026, 12, 4) << 6 << true;
    QTest::newRow("15 months, limit 15") << u"2025-09-05"_s << QDate(2026, 12, 4) << 15 << false;
    QTest::newRow("15 months, limit 14") << u"2025-09-05"_s << QDate(2026, 12, 4) << 14 << true;
    // 2026-12-04 − 6 months = 2026-06-04: that day is not older than the limit, the day before is.
    QTest::newRow("exactly 6 months") << u"2026-06-04"_s << QDate(2026, 12, 4) << 6 << false;
    QTest::newRow("6 months and a day") << u"2026-06-03"_s << QDate(2026, 12, 4) << 6 << true;
    // 2026-08-31 − 6 months: February has no 31st, QDate::addMonths gives 2026-02-28.
    QTest::newRow("month end") << u"2026-02-28"_s << QDate(2026, 8, 31) << 6 << false;
    QTest::newRow("month end, day before") << u"2026-02-27"_s << QDate(2026, 8, 31) << 6 << true;
    QTest::newRow("no date") << QString() << QDate(2026, 12, 4) << 6 << false;
    QTest::newRow("not a date") << u"2025-13-01"_s << QDate(2026, 12, 4) << 6 << false;
}

void TestPriceDiff::stale()
{
    QFETCH(QString, asOf);
    QFETCH(QDate, today);
    QFETCH(int, months);
    QFETCH(bool, stale);
    QCOMPARE(isPriceStale(asOf, today, months), stale);
}

QTEST_APPLESS_MAIN(TestPriceDiff)
#include "tst_price_diff.moc"
