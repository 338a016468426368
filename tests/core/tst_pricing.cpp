// Tests for core/pricing: the built-in API price catalog, the catalog JSON form, LiteLLM import,
// and the cost of one request.

#include "pricing/api_cost.h"
#include "pricing/litellm_import.h"
#include "pricing/price_catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pertoken::ApiPrice)

class TestPricing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinCatalogParses();
    void builtinCatalogCoverage();
    void maiImage2Efficient();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void liteLlmSample();
    void liteLlmMalformedEntries();
    void regressionLiteLlmImportReadsBackAsCatalog();
    void liteLlmWholeFileErrors_data();
    void liteLlmWholeFileErrors();
    void liteLlmRealFile();
    void requestCost_data();
    void requestCost();
    void unpricedHasNoCost();
};

void TestPricing::builtinCatalogParses()
{
    QFile file(u":/catalog/api-prices.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<ApiPrice>> prices = parseApiPriceCatalog(file.readAll(), u"api-prices"_s);
    QVERIFY2(prices.ok(), qPrintable(prices ? QString() : prices.error().toString()));
    QCOMPARE(*prices, builtinApiPrices());
}

void TestPricing::builtinCatalogCoverage()
{
    // issue 2: at least 12 widely used models from at least 5 providers, asOf and source each.
    const QList<ApiPrice> &prices = builtinApiPrices();
    QVERIFY2(prices.size() >= 12, qPrintable(QString::number(prices.size())));
    QSet<QString> providers;
    for (const ApiPrice &price : prices) {
        providers.insert(price.provider);
        QVERIFY2(!price.asOf.isEmpty(), qPrintable(price.id));
        QVERIFY2(!price.source.isEmpty(), qPrintable(price.id));
        QVERIFY2(price.isPriced(), qPrintable(price.id));
    }
    QVERIFY2(providers.size() >= 5,
             qPrintable(QStringList(providers.begin(), providers.end()).join(u", "_s)));
    // LiteLLM snapshot of 2025-09-05, key gpt-4o: 2.5e-06 and 1e-05 per token, cache 1.25e-06,
    // batch 1.25e-06 = half of 2.5e-06.
    const ApiPrice *gpt4o = findApiPrice(u"openai/gpt-4o"_s);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputUsdPerMTok, 2.50);
    QCOMPARE(gpt4o->outputUsdPerMTok, 10.00);
    QCOMPARE(gpt4o->cachedInputUsdPerMTok, 1.25);
    QCOMPARE(gpt4o->batchDiscount, 0.5);
    QVERIFY(!findApiPrice(u"no/such-model"_s));
}

void TestPricing::maiImage2Efficient()
{
    // The seed example of DESIGN.md: $5.00 per million text input tokens, $19.50 per million
    // image output tokens (Microsoft Foundry pricing).
    const ApiPrice *mai = findApiPrice(u"microsoft/mai-image-2-efficient"_s);
    QVERIFY(mai);
    QCOMPARE(mai->provider, u"Microsoft"_s);
    QCOMPARE(mai->model, u"MAI-Image-2-Efficient"_s);
    QCOMPARE(mai->inputUsdPerMTok, 5.00);
    QCOMPARE(mai->outputUsdPerMTok, 19.50);
    QCOMPARE(mai->outputModality, OutputModality::Image);
    QCOMPARE(mai->source, u"Microsoft Foundry pricing"_s);
    QCOMPARE(mai->asOf, u"2026-11-01"_s);
}

void TestPricing::jsonRoundTrip()
{
    ApiPrice full{u"x/full"_s,
                  u"X"_s,
                  u"Full"_s,
                  1.25,
                  10,
                  0.3125,
                  0.5,
                  200000,
                  2.5,
                  15,
                  0.625,
                  OutputModality::Audio,
                  1048576,
                  u"2025-09-05"_s,
                  u"https://example.com"_s};
    ApiPrice minimal{u"x/min"_s, u"X"_s, u"Min"_s, 0, 0};
    minimal.asOf = u"2026-01-31"_s;
    minimal.source = u"a price list"_s;
    for (const ApiPrice &price : {full, minimal}) {
        const Result<ApiPrice> back = apiPriceFromJson(apiPriceToJson(price), u"t"_s, u"p"_s);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, price);
    }
    const Result<QList<ApiPrice>> catalog =
        parseApiPriceCatalog(apiPriceCatalogToJson({full, minimal}), u"t"_s);
    QVERIFY(catalog.ok());
    QCOMPARE(catalog->size(), 2);
}

void TestPricing::jsonRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative price")
        << u"inputUsdPerMTok"_s << QJsonValue(-1) << u"prices[0].inputUsdPerMTok"_s;
    QTest::newRow("string price") << u"outputUsdPerMTok"_s << QJsonValue(u"2"_s)
                                  << u"prices[0].outputUsdPerMTok"_s;
    QTest::newRow("missing output")
        << u"outputUsdPerMTok"_s << QJsonValue() << u"prices[0].outputUsdPerMTok"_s;
    QTest::newRow("whole batch discount")
        << u"batchDiscount"_s << QJsonValue(1) << u"prices[0].batchDiscount"_s;
    QTest::newRow("tier without rates")
        << u"longContext"_s << QJsonValue(QJsonObject{{u"thresholdTokens"_s, 200000}})
        << u"prices[0].longContext"_s;
    QTest::newRow("unknown modality")
        << u"outputModality"_s << QJsonValue(u"video"_s) << u"prices[0].outputModality"_s;
    QTest::newRow("no such date") << u"asOf"_s << QJsonValue(u"2025-02-30"_s)
                                  << u"prices[0].asOf"_s;
    QTest::newRow("empty source") << u"source"_s << QJsonValue(u""_s) << u"prices[0].source"_s;
}

void TestPricing::jsonRejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject entry = apiPriceToJson(*findApiPrice(u"openai/gpt-4o"_s));
    if (value.isNull())
        entry.remove(key);
    else
        entry.insert(key, value);
    QJsonObject file{{u"format"_s, u"pertoken.api-prices"_s},
                     {u"schemaVersion"_s, 1},
                     {u"prices"_s, QJsonArray{entry}}};
    const Result<QList<ApiPrice>> prices =
        parseApiPriceCatalog(QJsonDocument(file).toJson(), u"f.json"_s);
    QVERIFY(!prices.ok());
    QCOMPARE(prices.error().source, u"f.json"_s);
    QCOMPARE(prices.error().field, field);
}

void TestPricing::liteLlmSample()
{
    const QByteArray sample = R"({
      "sample_spec": {"input_cost_per_token": 0, "output_cost_per_token": 0,
                      "litellm_provider": "one of https://docs.litellm.ai/docs/providers"},
      "gpt-4o": {"input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
                 "input_cost_per_token_batches": 1.25e-06,
                 "output_cost_per_token_batches": 5e-06,
                 "cache_read_input_token_cost": 1.25e-06, "litellm_provider": "openai",
                 "mode": "chat", "max_input_tokens": 128000, "supports_vision": true,
                 "some_future_field": {"nested": [1, 2]}},
      "gemini/gemini-2.5-pro": {"input_cost_per_token": "1.25e-06",
                 "output_cost_per_token": 1e-05,
                 "input_cost_per_token_above_128k_tokens": 2e-06,
                 "input_cost_per_token_above_200k_tokens": 2.5e-06,
                 "output_cost_per_token_above_200k_tokens": 1.5e-05,
                 "cache_read_input_token_cost": 3.125e-07,
                 "litellm_provider": "gemini", "mode": "chat"},
      "gpt-image-1": {"mode": "image_generation", "input_cost_per_pixel": 4.0054321e-08,
                      "output_cost_per_pixel": 0.0, "litellm_provider": "openai"},
      "mistral/mistral-embed": {"input_cost_per_token": 1e-07, "litellm_provider": "mistral",
                                "mode": "embedding"},
      "imagen": {"input_cost_per_token": 5e-06, "output_cost_per_token": 3e-05,
                 "litellm_provider": "vertex_ai-image-models", "mode": "image_generation"}
    })";
    const Result<PriceImport> result =
        importLiteLlmPrices(sample, u"sample.json"_s, u"2025-09-05"_s);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    // sample_spec is documentation, not a model; gpt-image-1 (per pixel) and mistral-embed (no
    // output price) carry no per-token price: skipped = 2, never imported at $0.
    QCOMPARE(result->prices.size(), 3);
    QCOMPARE(result->skipped, 2);
    QCOMPARE(result->malformed, 0);

    // Keys come in QJsonObject order (sorted): gemini/..., gpt-4o, imagen.
    const ApiPrice &gemini = result->prices.at(0);
    QCOMPARE(gemini.id, u"gemini/gemini-2.5-pro"_s);
    QCOMPARE(gemini.provider, u"Google"_s);
    QCOMPARE(gemini.model, u"gemini-2.5-pro"_s);
    QCOMPARE(gemini.inputUsdPerMTok, 1.25);                // "1.25e-06" (a string) × 1e6 = 1.25
    QCOMPARE(gemini.cachedInputUsdPerMTok, 0.3125);        // 3.125e-07 × 1e6 = 0.3125
    QCOMPARE(gemini.longContextThresholdTokens, 200000.0); // highest of 128k and 200k
    QCOMPARE(gemini.longContextInputUsdPerMTok, 2.5);      // 2.5e-06 × 1e6
    QCOMPARE(gemini.longContextOutputUsdPerMTok, 15.0);    // 1.5e-05 × 1e6
    QCOMPARE(gemini.longContextCachedInputUsdPerMTok, -1.0);
    QCOMPARE(gemini.batchDiscount, 0.0);
    QCOMPARE(result->warnings.size(), 1); // the 128k tier left out
    QVERIFY(result->warnings.first().startsWith(u"gemini/gemini-2.5-pro: "_s));

    const ApiPrice &gpt = result->prices.at(1);
    QCOMPARE(gpt.provider, u"OpenAI"_s);
    QCOMPARE(gpt.model, u"gpt-4o"_s);
    QCOMPARE(gpt.inputUsdPerMTok, 2.50);       // 2.5e-06 × 1e6 = 2.50
    QCOMPARE(gpt.outputUsdPerMTok, 10.00);     // 1e-05 × 1e6 = 10.00
    QCOMPARE(gpt.cachedInputUsdPerMTok, 1.25); // 1.25e-06 × 1e6 = 1.25
    QCOMPARE(gpt.batchDiscount, 0.5);          // 1 − 1.25e-06 / 2.5e-06 = 0.5
    QCOMPARE(gpt.contextWindowTokens, 128000.0);
    QCOMPARE(gpt.outputModality, OutputModality::Text);
    QCOMPARE(gpt.longContextThresholdTokens, 0.0);
    QCOMPARE(gpt.asOf, u"2025-09-05"_s);
    QCOMPARE(gpt.source, u"sample.json, key gpt-4o"_s);

    const ApiPrice &imagen = result->prices.at(2);
    QCOMPARE(imagen.provider, u"Google Vertex AI"_s);
    QCOMPARE(imagen.outputModality, OutputModality::Image);
    QCOMPARE(imagen.outputUsdPerMTok, 30.0); // 3e-05 × 1e6
}

void TestPricing::liteLlmMalformedEntries()
{
    const QByteArray sample = R"({
      "negative": {"input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06,
                   "litellm_provider": "openai"},
      "wrong-type": {"input_cost_per_token": 1e-06, "output_cost_per_token": true,
                     "litellm_provider": "openai"},
      "bad-string": {"input_cost_per_token": "cheap", "output_cost_per_token": 1e-06,
                     "litellm_provider": "openai"},
      "not-an-object": [1, 2],
      "fine": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
               "litellm_provider": "openai"}
    })";
    const Result<PriceImport> result = importLiteLlmPrices(sample, u"s.json"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->prices.size(), 1);
    QCOMPARE(result->prices.first().id, u"fine"_s);
    QCOMPARE(result->prices.first().outputUsdPerMTok, 2.0); // 2e-06 × 1e6
    QCOMPARE(result->prices.first().asOf, QString());
    QCOMPARE(result->malformed, 4);
    QCOMPARE(result->skipped, 0);
    // One warning per malformed entry, naming the key and the field (sorted key order).
    QCOMPARE(result->warnings.size(), 4);
    QVERIFY(result->warnings.at(0).startsWith(u"bad-string: input_cost_per_token: "_s));
    QVERIFY(result->warnings.at(1).startsWith(u"negative: input_cost_per_token: "_s));
    QVERIFY(result->warnings.at(2).startsWith(u"not-an-object: "_s));
    QVERIFY(result->warnings.at(3).startsWith(u"wrong-type: output_cost_per_token: "_s));
}

void TestPricing::regressionLiteLlmImportReadsBackAsCatalog()
{
    // Found by tests/fuzz (litellm_prices, corpus regression-price-above-catalog-bound.bin): the
    // import accepted prices that `prices import --out` then wrote into a catalog PerToken refuses
    // to load. $5 per token is $5,000,000 per million, above the catalog's $100,000 bound; a
    // threshold of 0k tokens is no tier; a key that is only its provider's prefix left the model
    // name empty; batch rates of 1e-14 of list price made a discount that rounds to 100% off.
    const QByteArray sample = R"({
      "huge": {"input_cost_per_token": 1e-06, "output_cost_per_token": 5,
               "litellm_provider": "openai"},
      "zero-tier": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                    "input_cost_per_token_above_0k_tokens": 2e-06, "litellm_provider": "gemini"},
      "window": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                 "max_input_tokens": 1e11, "litellm_provider": "openai"},
      "openai/": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                  "litellm_provider": "openai"},
      "batch": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                "input_cost_per_token_batches": 1e-20, "litellm_provider": "openai"}
    })";
    const Result<PriceImport> result = importLiteLlmPrices(sample, u"s.json"_s, u"2025-09-05"_s);
    QVERIFY(result.ok());
    QCOMPARE(result->malformed, 3);
    QCOMPARE(result->warnings,
             (QStringList{u"batch: batch rates are 1e-14 of list price, which rounds to 100% off; "
                          u"no batch discount is kept"_s,
                          u"huge: output_cost_per_token: must be at most 0.1 USD per token, "
                          u"100000 per million tokens (got 5)"_s,
                          u"window: max_input_tokens: must be at most 1e+10 (got 1e+11)"_s,
                          u"zero-tier: input_cost_per_token_above_0k_tokens: the threshold "
                          u"must be from 1k to 10000000k tokens"_s}));
    QCOMPARE(result->prices.size(), 2);
    QCOMPARE(result->prices.at(0).batchDiscount, 0.0); // "batch": no discount kept
    QCOMPARE(result->prices.at(1).model, u"openai/"_s);
    const Result<QList<ApiPrice>> reloaded =
        parseApiPriceCatalog(apiPriceCatalogToJson(result->prices), u"out.json"_s);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded ? QString() : reloaded.error().toString()));
    QCOMPARE(*reloaded, result->prices);
}

void TestPricing::liteLlmWholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"gpt-4o\": {");
    QTest::newRow("array") << QByteArray("[{\"input_cost_per_token\": 1e-06}]");
    QTest::newRow("empty") << QByteArray();
}

void TestPricing::liteLlmWholeFileErrors()
{
    QFETCH(QByteArray, json);
    const Result<PriceImport> result = importLiteLlmPrices(json, u"prices.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().source, u"prices.json"_s);
}

void TestPricing::liteLlmRealFile()
{
    const QString path =
        QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/litellm-model-prices-2025-09-05.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"%1 is absent; the real LiteLLM database is not tested"_s.arg(path)));
    const Result<PriceImport> result = importLiteLlmPrices(
        file.readAll(), u"litellm-model-prices-2025-09-05.json"_s, u"2025-09-05"_s);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    // 1,701 entries (shared/data/README.md); those with both per-token prices, counted with
    // jq '[to_entries[] | select(.value.input_cost_per_token != null and
    //      .value.output_cost_per_token != null)] | length'  → 1460. The other 241 are skipped.
    QCOMPARE(result->prices.size(), 1460);
    QCOMPARE(result->skipped, 1701 - 1460);
    QCOMPARE(result->malformed, 0);

    const auto find = [&](const QString &id) -> const ApiPrice * {
        for (const ApiPrice &price : result->prices) {
            if (price.id == id)
                return &price;
        }
        return nullptr;
    };
    // reference/scaling-and-cost.md §4.1 sample entries (per token × 1e6).
    const ApiPrice *gpt4o = find(u"gpt-4o"_s);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputUsdPerMTok, 2.50);
    QCOMPARE(gpt4o->outputUsdPerMTok, 10.00);
    QCOMPARE(gpt4o->cachedInputUsdPerMTok, 1.25);
    QCOMPARE(gpt4o->batchDiscount, 0.5); // batch 1.25/5.00 = 50% of 2.50/10.00
    const ApiPrice *sonnet = find(u"claude-sonnet-4-20250514"_s);
    QVERIFY(sonnet);
    QCOMPARE(sonnet->provider, u"Anthropic"_s);
    QCOMPARE(sonnet->inputUsdPerMTok, 3.00);
    QCOMPARE(sonnet->outputUsdPerMTok, 15.00);
    QCOMPARE(sonnet->cachedInputUsdPerMTok, 0.30);
    QCOMPARE(sonnet->contextWindowTokens, 200000.0);
    const ApiPrice *gemini = find(u"gemini/gemini-2.5-pro"_s);
    QVERIFY(gemini);
    QCOMPARE(gemini->inputUsdPerMTok, 1.25);
    QCOMPARE(gemini->outputUsdPerMTok, 10.00);
    QCOMPARE(gemini->longContextThresholdTokens, 200000.0);
    QCOMPARE(gemini->longContextInputUsdPerMTok, 2.50);
    QCOMPARE(gemini->longContextOutputUsdPerMTok, 15.00);
    QCOMPARE(gemini->contextWindowTokens, 1048576.0);
    const ApiPrice *deepseek = find(u"deepseek/deepseek-chat"_s);
    QVERIFY(deepseek);
    QCOMPARE(deepseek->inputUsdPerMTok, 0.27);
    QCOMPARE(deepseek->outputUsdPerMTok, 1.10);
    QCOMPARE(deepseek->cachedInputUsdPerMTok, 0.07);
}

void TestPricing::requestCost_data()
{
    QTest::addColumn<ApiPrice>("price");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("cached");
    QTest::addColumn<double>("output");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<double>("inputUsd");
    QTest::addColumn<double>("cachedUsd");
    QTest::addColumn<double>("outputUsd");

    // GPT-4o list prices: 2.50 in, 10.00 out, 1.25 cached, batch 50% off.
    ApiPrice gpt4o{u"gpt-4o"_s, u"OpenAI"_s, u"GPT-4o"_s, 2.50, 10.00, 1.25, 0.5};
    // 10,000 prompt tokens of which 4,000 cached, 1,000 output:
    // uncached 6,000 × 2.50 / 1e6 = 0.015; cached 4,000 × 1.25 / 1e6 = 0.005;
    // output 1,000 × 10.00 / 1e6 = 0.010. Total 0.030 (not 0.035: cached is part of input).
    QTest::newRow("cached part of input")
        << gpt4o << 1e4 << 4e3 << 1e3 << false << 0.015 << 0.005 << 0.010;
    // The same through the batch API: every part × (1 − 0.5).
    QTest::newRow("batch") << gpt4o << 1e4 << 4e3 << 1e3 << true << 0.0075 << 0.0025 << 0.005;

    // Gemini 2.5 Pro: 1.25 / 10.00, cached 0.3125; above 200k prompt tokens 2.50 / 15.00.
    ApiPrice gemini{u"gemini"_s, u"Google"_s, u"Gemini 2.5 Pro"_s, 1.25, 10.00, 0.3125, 0, 200000,
                    2.50,        15.00};
    // 250,000 prompt tokens > 200,000: the tier prices the whole request.
    // 250,000 × 2.50 / 1e6 = 0.625; 2,000 × 15.00 / 1e6 = 0.030.
    QTest::newRow("long context") << gemini << 2.5e5 << 0.0 << 2e3 << false << 0.625 << 0.0
                                  << 0.030;
    // Exactly 200,000 is not above the threshold: 200,000 × 1.25 / 1e6 = 0.25;
    // 2,000 × 10.00 / 1e6 = 0.020.
    QTest::newRow("at the threshold")
        << gemini << 2e5 << 0.0 << 2e3 << false << 0.25 << 0.0 << 0.020;
    // Above the tier without a tier cached rate the cached rate stays 0.3125 (LiteLLM):
    // 50,000 cached × 0.3125 / 1e6 = 0.015625; 200,000 uncached × 2.50 / 1e6 = 0.5.
    QTest::newRow("long context, base cached rate")
        << gemini << 2.5e5 << 5e4 << 0.0 << false << 0.5 << 0.015625 << 0.0;

    // Claude Sonnet 4 (1M context): 3 / 15, cached 0.30; above 200k: 6 / 22.50, cached 0.60.
    ApiPrice sonnet{
        u"sonnet"_s, u"Anthropic"_s, u"Claude Sonnet 4"_s, 3, 15, 0.30, 0.5, 200000, 6, 22.50,
        0.60};
    // 300,000 prompt (100,000 cached), 1,000 out: 200,000 × 6 / 1e6 = 1.2;
    // 100,000 × 0.60 / 1e6 = 0.06; 1,000 × 22.50 / 1e6 = 0.0225.
    QTest::newRow("long context with cached tier")
        << sonnet << 3e5 << 1e5 << 1e3 << false << 1.2 << 0.06 << 0.0225;

    // No caching discount: cached tokens are billed as input. 6,000 × 2 / 1e6 = 0.012 and
    // 4,000 × 2 / 1e6 = 0.008. No batch API: batch requests pay list price.
    ApiPrice plain{u"plain"_s, u"X"_s, u"Plain"_s, 2.00, 8.00};
    QTest::newRow("no caching, no batch API")
        << plain << 1e4 << 4e3 << 1e3 << true << 0.012 << 0.008 << 0.008;

    // MAI-Image-2-Efficient: 1,000 text tokens in × 5.00 / 1e6 = 0.005; 4,000 image tokens out
    // × 19.50 / 1e6 = 0.078.
    ApiPrice mai{u"mai"_s, u"Microsoft"_s, u"MAI-Image-2-Efficient"_s, 5.00, 19.50};
    mai.outputModality = OutputModality::Image;
    QTest::newRow("image output") << mai << 1e3 << 0.0 << 4e3 << false << 0.005 << 0.0 << 0.078;
}

void TestPricing::requestCost()
{
    QFETCH(ApiPrice, price);
    QFETCH(double, input);
    QFETCH(double, cached);
    QFETCH(double, output);
    QFETCH(bool, batch);
    QFETCH(double, inputUsd);
    QFETCH(double, cachedUsd);
    QFETCH(double, outputUsd);
    const RequestCost cost = requestCostBreakdown(price, input, cached, output, batch);
    QVERIFY(std::abs(cost.inputUsd - inputUsd) < 1e-12);
    QVERIFY(std::abs(cost.cachedInputUsd - cachedUsd) < 1e-12);
    QVERIFY(std::abs(cost.outputUsd - outputUsd) < 1e-12);
    const double total = requestCostUsd(price, input, cached, output, batch);
    QVERIFY(std::abs(total - (inputUsd + cachedUsd + outputUsd)) < 1e-12);
}

void TestPricing::unpricedHasNoCost()
{
    ApiPrice unpriced{u"u"_s, u"X"_s, u"Unpriced"_s};
    QVERIFY(!unpriced.isPriced());
    QVERIFY(std::isnan(requestCostUsd(unpriced, 1000, 0, 1000, false)));
    QVERIFY(std::isnan(requestCostBreakdown(unpriced, 1000, 0, 1000, false).outputUsd));
}

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
