// Memo bundles: round trip, and a hostile set of archives that must each be refused with a
// clear message while nothing is written anywhere.

#include "memo/memo_bundle.h"
#include "scenario/scenario_json.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

struct RawEntry {
    QString name;
    QByteArray data;
    quint32 unixMode = 0100644; // regular file
};

// Writes arbitrary entries, bypassing every check of writeMemoBundle.
QByteArray rawZip(const QList<RawEntry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    zip.open(QuaZip::mdCreate);
    for (const RawEntry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = QDateTime(QDate(2026, 11, 24), QTime(12, 0));
        info.externalAttr = entry.unixMode << 16;
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, info);
        file.write(entry.data);
        file.close();
    }
    zip.close();
    return buffer.data();
}

QByteArray manifestFor(const QList<RawEntry> &entries)
{
    QList<BundleEntry> listed;
    for (const RawEntry &entry : entries)
        listed.append({entry.name, entry.data});
    return bundleManifest(listed, {u"test"_s, u"0"_s, QDateTime(QDate(2026, 11, 24), QTime())});
}

Result<MemoBundle> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readMemoBundle(&buffer, u"hostile.zip"_s);
}

} // namespace

class TestMemoBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writeIsAtomic();
    void hostile_data();
    void hostile();
    void tenThousandEntries();
};

void TestMemoBundle::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"memo.zip"_s);
    const Scenario scenario = defaultScenario();
    const QList<BundleEntry> entries{{u"memo.md"_s, "# Memo\n"},
                                     {u"data/volume.csv"_s, "tokens,usd\n1,2\n"},
                                     {u"scenario.pertoken"_s, scenarioToBytes(scenario)}};
    const BundleMetadata metadata{scenario.name, u"0.1.0"_s,
                                  QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    QVERIFY(!writeMemoBundle(path, entries, metadata).has_value());

    const Result<MemoBundle> bundle = readMemoBundleFile(path);
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().toString()));
    QCOMPARE(bundle->entries.size(), 3);
    QCOMPARE(bundle->entries.value(u"memo.md"_s), QByteArray("# Memo\n"));
    QCOMPARE(bundle->manifest.value(u"scenario"_s).toString(), scenario.name);
    // SHA-256 of "# Memo\n" computed independently.
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash("# Memo\n", QCryptographicHash::Sha256).toHex());
    QVERIFY(QString::fromUtf8(bundleManifest(entries, metadata)).contains(expected));

    const Result<Scenario> reopened = loadScenarioOrBundle(path);
    QVERIFY(reopened.ok());
    QVERIFY(*reopened == scenario);
    // The same inputs give the same bytes.
    const QString again = dir.filePath(u"again.zip"_s);
    QVERIFY(!writeMemoBundle(again, entries, metadata).has_value());
    QFile a(path), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

void TestMemoBundle::writeIsAtomic()
{
    // A refused entry name leaves an existing bundle untouched and writes no new file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"memo.zip"_s);
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous");
    existing.close();
    QVERIFY(writeMemoBundle(path, {{u"../evil.csv"_s, "x"}}, {}).has_value());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestMemoBundle::hostile_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");

    const QList<RawEntry> traversal{{u"../../etc/evil.csv"_s, "x"}};
    QTest::newRow("path traversal") << rawZip(traversal) << u"parent-relative"_s;

    const QList<RawEntry> absolute{{u"/tmp/evil.csv"_s, "x"}};
    QTest::newRow("absolute path") << rawZip(absolute) << u"absolute"_s;

    const QList<RawEntry> symlink{{u"charts"_s, "/tmp", 0120777}, {u"charts/pwned.png"_s, "x"}};
    QTest::newRow("symlink then file through it") << rawZip(symlink) << u"symbolic link"_s;

    // 40 MiB of zeros compress about a thousandfold: refused on the ratio after 1 MiB read.
    const QList<RawEntry> bomb{{u"data/bomb.csv"_s, QByteArray(40 << 20, '\0')}};
    QTest::newRow("zip bomb") << rawZip(bomb) << u"zip bomb"_s;

    QList<RawEntry> good{{u"memo.md"_s, "# Memo\n"},
                         {u"scenario.pertoken"_s, scenarioToBytes(defaultScenario())}};
    QList<RawEntry> withManifest = good;
    withManifest.prepend({u"manifest.json"_s, manifestFor(good)});
    const QByteArray valid = rawZip(withManifest);
    QVERIFY(readBytes(valid).ok()); // the hostile variants below differ from this one
    QTest::newRow("truncated archive") << valid.left(valid.size() / 2) << u"truncated"_s;

    QList<RawEntry> tampered = withManifest;
    tampered[1].data = "# Memo, edited after export\n";
    QTest::newRow("checksum mismatch") << rawZip(tampered) << u"SHA-256"_s;

    QList<RawEntry> extra = withManifest;
    extra.append({u"data/unlisted.csv"_s, "a,b\n"});
    QTest::newRow("entry not in manifest") << rawZip(extra) << u"not listed"_s;

    QTest::newRow("not allowed name")
        << rawZip({{u"run.sh"_s, "#!/bin/sh\n"}}) << u"not a file a memo bundle holds"_s;
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 but nothing else") << u"zip archive"_s;
}

void TestMemoBundle::hostile()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path())); // anything written relative would land here
    const Result<MemoBundle> bundle = readBytes(archive);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().source, u"hostile.zip"_s);
    QVERIFY2(bundle.error().message.contains(message), qPrintable(bundle.error().toString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!QFile::exists(u"/tmp/evil.csv"_s));
}

void TestMemoBundle::tenThousandEntries()
{
    QList<RawEntry> many;
    for (int i = 0; i < 10000; ++i)
        many.append({u"data/t%1.csv"_s.arg(i), "a\n"});
    const Result<MemoBundle> bundle = readBytes(rawZip(many));
    QVERIFY(!bundle.ok());
    QVERIFY(bundle.error().message.contains(u"10000 entries"_s));
}

QTEST_APPLESS_MAIN(TestMemoBundle)
#include "tst_memo_bundle.moc"
