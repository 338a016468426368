// Tests for core/pricing/custom_catalog: the user's own entries saved beside the built-in ones.

#include "hardware/hardware_catalog.h"
#include "pricing/custom_catalog.h"
#include "pricing/price_catalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestCustomCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsEmpty();
    void saveAndLoad();
    void badFiles_data();
    void badFiles();
};

void TestCustomCatalog::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const Result<CustomCatalog> catalog = loadCustomCatalog(dir.filePath(u"none.json"_s));
    QVERIFY(catalog.ok());
    QVERIFY(catalog->prices.isEmpty());
    QVERIFY(catalog->accelerators.isEmpty());
}

void TestCustomCatalog::saveAndLoad()
{
    QTemporaryDir dir;
    // A folder that does not exist yet is created.
    const QString path = dir.filePath(u"data/custom-catalog.json"_s);
    CustomCatalog catalog;
    ApiPrice negotiated = *findApiPrice(u"openai/gpt-4o"_s);
    negotiated.id = u"openai/gpt-4o-negotiated"_s;
    negotiated.inputUsdPerMTok = 2.00;
    negotiated.source = u"our contract, schedule B"_s;
    catalog.prices.append(negotiated);
    Accelerator measured = *findAccelerator(u"rtx-4090"_s);
    measured.id = u"this-machine"_s;
    measured.measured = true;
    catalog.accelerators.append(measured);

    const std::optional<InputError> error = saveCustomCatalog(catalog, path);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const Result<CustomCatalog> back = loadCustomCatalog(path);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, catalog);
}

void TestCustomCatalog::badFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("other format") << QByteArray(
                                         R"({"format":"pertoken.scenario","schemaVersion":1})")
                                  << u"format"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"pertoken.custom-catalog","schemaVersion":2,"prices":[],)"
                      R"("accelerators":[]})")
        << u"schemaVersion"_s;
    QTest::newRow("bad entry")
        << QByteArray(R"({"format":"pertoken.custom-catalog","schemaVersion":1,"prices":[],)"
                      R"("accelerators":[{"id":"x"}]})")
        << u"accelerators[0].name"_s;
}

void TestCustomCatalog::badFiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"custom.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    const Result<CustomCatalog> catalog = loadCustomCatalog(path);
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().source, path);
    QCOMPARE(catalog.error().field, field);
}

QTEST_APPLESS_MAIN(TestCustomCatalog)
#include "tst_custom_catalog.moc"
