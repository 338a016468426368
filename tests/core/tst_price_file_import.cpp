// importPriceFileBytes(): which format a price file is, how undated entries are dated, and
// which files are refused (the rules in core/pricing/price_file_import.h).

#include "pricing/price_file_import.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestPriceFileImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognisesFormat_data();
    void recognisesFormat();
    void refused_data();
    void refused();
};

namespace {

const QByteArray kCsv =
    "id,provider,model,input_usd_per_mtok,output_usd_per_mtok,output_modality,as_of,source\n"
    "acme/a,Acme,A,3,15,text,2025-06-01,sheet\n";
const QByteArray kLiteLlm = R"({"acme/a": {"litellm_provider": "acme",
    "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05}})";
const QByteArray kCatalog = R"({"format": "pertoken.api-prices", "schemaVersion": 1,
    "prices": [{"id": "acme/a", "provider": "Acme", "model": "A", "inputUsdPerMTok": 3,
    "outputUsdPerMTok": 15, "outputModality": "text", "asOf": "", "source": "contract"}]})";

} // namespace

void TestPriceFileImport::recognisesFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("asOf");

    // Every row holds acme/a at $3 in and $15 out per million (LiteLLM: 3e-06 and 1.5e-05 per
    // token, × 1e6). The stamp date is 2025-09-05; only undated entries take it.
    QTest::newRow("csv by name") << kCsv << u"p.csv"_s << u"csv"_s << u"2025-06-01"_s;
    QTest::newRow("csv by content") << kCsv << u"p.txt"_s << u"csv"_s << u"2025-06-01"_s;
    QTest::newRow("litellm") << kLiteLlm << u"p.json"_s << u"litellm"_s << u"2025-09-05"_s;
    QTest::newRow("catalog, undated entry")
        << kCatalog << u"p.json"_s << u"catalog"_s << u"2025-09-05"_s;
}

void TestPriceFileImport::recognisesFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QFETCH(QString, asOf);
    const PriceFileImport result = importPriceFileBytes(bytes, fileName, u"2025-09-05"_s);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(priceFileFormatId(result.format), format);
    QCOMPARE(result.import.prices.size(), 1);
    QCOMPARE(result.import.prices.first().id, u"acme/a"_s);
    QCOMPARE(result.import.prices.first().inputUsdPerMTok, 3.0);
    QCOMPARE(result.import.prices.first().outputUsdPerMTok, 15.0);
    QCOMPARE(result.import.prices.first().asOf, asOf);
}

void TestPriceFileImport::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("warnings");

    QTest::newRow("hardware catalog")
        << QByteArray(R"({"format": "pertoken.hardware-catalog", "schemaVersion": 1})")
        << u"p.json: format: must be \"pertoken.api-prices\" for a price file (got "
           "\"pertoken.hardware-catalog\")"_s
        << 0;
    // Both entries have a negative input price; nothing is left.
    QTest::newRow("all malformed")
        << QByteArray(R"({"a": {"input_cost_per_token": -1, "output_cost_per_token": 1},
                          "b": {"input_cost_per_token": -2, "output_cost_per_token": 1}})")
        << u"p.json: holds no usable per-token price (2 entries malformed, 0 without a "
           "per-token price)"_s
        << 2;
    QTest::newRow("only unpriced")
        << QByteArray(R"({"a": {"output_cost_per_image": 0.04}})")
        << u"p.json: holds no usable per-token price (0 entries malformed, 1 without a "
           "per-token price)"_s
        << 0;
}

void TestPriceFileImport::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(int, warnings);
    const PriceFileImport result = importPriceFileBytes(bytes, u"p.json"_s, u"2025-09-05"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(), error);
    QCOMPARE(result.import.warnings.size(), warnings);
}

QTEST_APPLESS_MAIN(TestPriceFileImport)
#include "tst_price_file_import.moc"
