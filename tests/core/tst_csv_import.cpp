// Tests for core/pricing/csv_import: the documented price CSV, good files and bad lines.

#include "pricing/csv_import.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestCsvImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFile();
    void columnsInAnyOrder();
    void badInput_data();
    void badInput();
};

namespace {

const QByteArray kHeader =
    "id,provider,model,input_usd_per_mtok,output_usd_per_mtok,cached_input_usd_per_mtok,"
    "batch_discount,long_context_threshold_tokens,long_context_input_usd_per_mtok,"
    "long_context_output_usd_per_mtok,output_modality,context_window_tokens,as_of,source";

} // namespace

void TestCsvImport::goodFile()
{
    // The header exactly as documented in csv_import.h and resources/catalog/README.md; a quoted
    // model name and source holding commas and a doubled quote; empty optional cells; CRLF line
    // ends; a blank line.
    const QByteArray csv =
        kHeader + "\r\n" +
        "acme/big,Acme,\"Big, \"\"the large one\"\"\",3,15,0.3,0.5,200000,6,22.5,text,1000000,"
        "2026-11-01,\"https://acme.example/pricing, list prices\"\r\n"
        "\r\n"
        "acme/draw,Acme,Draw,5,19.5,,,,,,image,,2026-11-01,Acme price sheet\r\n";
    const Result<PriceImport> result = importPriceCsv(csv, u"prices.csv"_s);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->prices.size(), 2);
    QCOMPARE(result->skipped, 0);
    QVERIFY(result->warnings.isEmpty());

    const ApiPrice &big = result->prices.at(0);
    QCOMPARE(big.id, u"acme/big"_s);
    QCOMPARE(big.model, u"Big, \"the large one\""_s);
    QCOMPARE(big.inputUsdPerMTok, 3.0);
    QCOMPARE(big.outputUsdPerMTok, 15.0);
    QCOMPARE(big.cachedInputUsdPerMTok, 0.3);
    QCOMPARE(big.batchDiscount, 0.5);
    QCOMPARE(big.longContextThresholdTokens, 200000.0);
    QCOMPARE(big.longContextInputUsdPerMTok, 6.0);
    QCOMPARE(big.longContextOutputUsdPerMTok, 22.5);
    QCOMPARE(big.longContextCachedInputUsdPerMTok, -1.0);
    QCOMPARE(big.contextWindowTokens, 1e6);
    QCOMPARE(big.source, u"https://acme.example/pricing, list prices"_s);

    // Empty optional cells mean "not offered" / "unknown", never 0.
    const ApiPrice &draw = result->prices.at(1);
    QCOMPARE(draw.outputModality, OutputModality::Image);
    QCOMPARE(draw.cachedInputUsdPerMTok, -1.0);
    QCOMPARE(draw.batchDiscount, 0.0);
    QCOMPARE(draw.longContextThresholdTokens, 0.0);
    QCOMPARE(draw.contextWindowTokens, 0.0);
}

void TestCsvImport::columnsInAnyOrder()
{
    // Optional columns may be left out of the header; required ones may come in any order.
    const QByteArray csv = "source,as_of,output_modality,output_usd_per_mtok,input_usd_per_mtok,"
                           "model,provider,id\n"
                           "sheet,2026-11-01,text,2,1,M,P,p/m\n";
    const Result<PriceImport> result = importPriceCsv(csv, u"short.csv"_s);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->prices.size(), 1);
    QCOMPARE(result->prices.first().inputUsdPerMTok, 1.0);
    QCOMPARE(result->prices.first().outputUsdPerMTok, 2.0);
}

void TestCsvImport::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("field");
    const QByteArray good = "a/b,A,B,1,2,,,,,,text,,2026-11-01,s\n";
    QTest::newRow("not a number") << QByteArray(kHeader + "\n" + good +
                                                "a/c,A,C,cheap,2,,,,,,text,,2026-11-01,s\n")
                                  << u"line 3, column input_usd_per_mtok"_s;
    QTest::newRow("negative price")
        << QByteArray(kHeader + "\n" + good + "a/c,A,C,1,-2,,,,,,text,,2026-11-01,s\n")
        << u"line 3, column output_usd_per_mtok"_s;
    QTest::newRow("missing required cell")
        << QByteArray(kHeader + "\n" + "a/c,A,C,,2,,,,,,text,,2026-11-01,s\n")
        << u"line 2, column input_usd_per_mtok"_s;
    QTest::newRow("whole batch discount")
        << QByteArray(kHeader + "\n" + "a/c,A,C,1,2,,1,,,,text,,2026-11-01,s\n")
        << u"line 2, column batch_discount"_s;
    QTest::newRow("tier rates without threshold")
        << QByteArray(kHeader + "\n" + "a/c,A,C,1,2,,,,3,,text,,2026-11-01,s\n")
        << u"line 2, column long_context_threshold_tokens"_s;
    QTest::newRow("unknown modality")
        << QByteArray(kHeader + "\n" + "a/c,A,C,1,2,,,,,,video,,2026-11-01,s\n")
        << u"line 2, column output_modality"_s;
    QTest::newRow("bad date") << QByteArray(kHeader + "\n" +
                                            "a/c,A,C,1,2,,,,,,text,,01/11/2026,s\n")
                              << u"line 2, column as_of"_s;
    QTest::newRow("duplicate id") << QByteArray(kHeader + "\n" + good + good)
                                  << u"line 3, column id"_s;
    QTest::newRow("short row") << QByteArray(kHeader + "\n" + good + "a/c,A,C,1,2\n")
                               << u"line 3"_s;
    QTest::newRow("unknown column") << QByteArray("id,provider,price\n") << u"line 1, column 3"_s;
    QTest::newRow("missing column")
        << QByteArray("id,provider,model,input_usd_per_mtok,output_usd_per_mtok\n") << u"line 1"_s;
    QTest::newRow("unclosed quote")
        << QByteArray(kHeader + "\n" + good + "a/c,A,\"C,1,2,,,,,,text,,2026-11-01,s\n")
        << u"line 3"_s;
    QTest::newRow("empty file") << QByteArray() << u"line 1"_s;
}

void TestCsvImport::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, field);
    const Result<PriceImport> result = importPriceCsv(csv, u"prices.csv"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().source, u"prices.csv"_s);
    QCOMPARE(result.error().field, field);
}

QTEST_APPLESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
