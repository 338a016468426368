// The command line (`pertoken prices import FILE --out F`) and the Catalogs dialog import the
// same price file into the same entries: the same format recognised, the same ids and prices,
// the same asOf dates and sources; and both refuse a file with nothing usable in it with the same
// message, the command line with exit status 2.

#include "../support/cli_run.h"
#include "catalog/catalog_dialog.h"
#include "pricing/price_catalog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace pertoken {

// So that a failed comparison shows the entry (found by QTest through argument-dependent lookup).
char *toString(const ApiPrice &price)
{
    return qstrdup(QJsonDocument(apiPriceToJson(price)).toJson(QJsonDocument::Compact).constData());
}

} // namespace pertoken

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

QString testData(const QString &name)
{
    return QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/prices/"_s + name;
}

// The date an entry without its own gets: the day the file was last modified.
QString fileDate(const QString &path)
{
    return QFileInfo(path).lastModified().date().toString(Qt::ISODate);
}

const ApiPrice *byId(const QList<ApiPrice> &prices, const QString &id)
{
    for (const ApiPrice &price : prices) {
        if (price.id == id)
            return &price;
    }
    return nullptr;
}

} // namespace

class TestPriceImportAgree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameEntries_data();
    void sameEntries();
    void realLiteLlmFile();
    void nothingUsableIsRefusedAlike();

private:
    // The entries `prices import FILE --out F` writes.
    QList<ApiPrice> importOnCommandLine(const QString &path);
    // The entries the dialog adds to an empty custom catalog.
    QList<ApiPrice> importInDialog(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPriceImportAgree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<ApiPrice> TestPriceImportAgree::importOnCommandLine(const QString &path)
{
    const QString out = m_dir->filePath(u"cli-out.json"_s);
    QFile::remove(out);
    const CliRun run = runPertoken({u"prices"_s, u"import"_s, path, u"--out"_s, out});
    if (run.exitCode != 0) {
        qWarning("prices import exited %d: %s", run.exitCode, run.err.constData());
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<QList<ApiPrice>> prices = parseApiPriceCatalog(file.readAll(), out);
    if (!prices) {
        qWarning("%s", qPrintable(prices.error().toString()));
        return {};
    }
    return *prices;
}

QList<ApiPrice> TestPriceImportAgree::importInDialog(const QString &path)
{
    ui::CatalogDialog dialog(m_dir->filePath(u"custom-catalog.json"_s));
    if (!dialog.importPriceFile(path))
        qWarning("the dialog refused %s: %s", qPrintable(path), qPrintable(dialog.statusText()));
    return dialog.customCatalog().prices;
}

void TestPriceImportAgree::sameEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("inputUsdPerMTok");
    QTest::addColumn<double>("outputUsdPerMTok");
    QTest::addColumn<QString>("asOf"); // "file" = the file's modification date
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");

    // litellm-small.json: acme/chat-large costs 3e-06 and 1.5e-05 USD per token, × 1e6 = $3 and
    // $15 per million; LiteLLM entries carry no date. Of its four entries, sample_spec is the
    // schema's own, acme/image-only has no per-token price and acme/broken a negative one: 2
    // imported.
    QTest::newRow("LiteLLM JSON") << u"litellm-small.json"_s << u"acme/chat-large"_s << 3.0 << 15.0
                                  << u"file"_s << u"litellm-small.json, key acme/chat-large"_s << 2;
    // prices.csv, its first row: 3 and 15 USD per million, as_of 2025-06-01; two rows.
    QTest::newRow("CSV") << u"prices.csv"_s << u"acme/chat-large"_s << 3.0 << 15.0
                         << u"2025-06-01"_s << u"https://acme.example/pricing"_s << 2;
    // The same CSV under a .txt name: recognised by its content, not its name.
    QTest::newRow("CSV named .txt") << u"prices-export.txt"_s << u"acme/embed"_s << 0.02 << 0.0
                                    << u"2025-06-02"_s << u"Acme price sheet, June 2025"_s << 2;
    // catalog.json: acme/negotiated is 2.4 and 12 USD per million with an empty asOf, so it gets
    // the file's date like a LiteLLM entry.
    QTest::newRow("PerToken catalog") << u"catalog.json"_s << u"acme/negotiated"_s << 2.4 << 12.0
                                      << u"file"_s << u"Acme contract 2025-17"_s << 2;
}

void TestPriceImportAgree::sameEntries()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(double, inputUsdPerMTok);
    QFETCH(double, outputUsdPerMTok);
    QFETCH(QString, asOf);
    QFETCH(QString, source);
    QFETCH(int, count);
    const QString path = testData(file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    const QList<ApiPrice> cli = importOnCommandLine(path);
    const QList<ApiPrice> dialog = importInDialog(path);
    QCOMPARE(cli.size(), count);
    QCOMPARE(dialog, cli); // ids, every price, asOf and source, in file order

    const ApiPrice *price = byId(cli, id);
    QVERIFY(price);
    QCOMPARE(price->inputUsdPerMTok, inputUsdPerMTok);
    QCOMPARE(price->outputUsdPerMTok, outputUsdPerMTok);
    QCOMPARE(price->asOf, asOf == u"file"_s ? fileDate(path) : asOf);
    QCOMPARE(price->source, source);
}

// LiteLLM's own file as downloaded on 2025-09-05 (1,701 keys).
void TestPriceImportAgree::realLiteLlmFile()
{
    const QString path =
        QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/litellm-model-prices-2025-09-05.json"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(path + u" is absent: the real LiteLLM file is not on this machine"_s));
    const QList<ApiPrice> cli = importOnCommandLine(path);
    const QList<ApiPrice> dialog = importInDialog(path);
    QVERIFY(!cli.isEmpty());
    QCOMPARE(dialog.size(), cli.size());
    for (qsizetype i = 0; i < cli.size(); ++i)
        QCOMPARE(dialog.at(i), cli.at(i));
    // The file's entry for gpt-4o: "input_cost_per_token": 2.5e-06, "output_cost_per_token":
    // 1e-05, i.e. $2.50 and $10 per million.
    const ApiPrice *gpt4o = byId(cli, u"gpt-4o"_s);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputUsdPerMTok, 2.5);
    QCOMPARE(gpt4o->outputUsdPerMTok, 10.0);
    QCOMPARE(gpt4o->asOf, fileDate(path));
    QCOMPARE(gpt4o->source, u"litellm-model-prices-2025-09-05.json, key gpt-4o"_s);
}

// all-malformed.json: three entries, each with a price of the wrong type or sign, or not an
// object; nothing to import.
void TestPriceImportAgree::nothingUsableIsRefusedAlike()
{
    const QString path = testData(u"all-malformed.json"_s);
    const CliRun run =
        runPertoken({u"prices"_s, u"import"_s, path, u"--out"_s, m_dir->filePath(u"out.json"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // warnings and the error on stderr only
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"out.json"_s)));
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // a warning for each of the three entries, then the error
    const QString message =
        QString::fromUtf8(lines.last()).remove(0, qsizetype(10)); // "pertoken: "
    QVERIFY2(message.startsWith(path + u": "_s), qPrintable(message));

    ui::CatalogDialog dialog(m_dir->filePath(u"custom-catalog.json"_s));
    QVERIFY(!dialog.importPriceFile(path));
    QVERIFY(dialog.customCatalog().prices.isEmpty());
    QCOMPARE(dialog.statusText(), u"Nothing imported: %1"_s.arg(message));
}

QTEST_MAIN(TestPriceImportAgree)
#include "tst_price_import_agree.moc"
