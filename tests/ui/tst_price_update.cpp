// Catalogs ▸ Update prices against a loopback HTTP server (QTcpServer on 127.0.0.1) serving
// LiteLLM's real model_prices_and_context_window.json from ../shared/data: the diff against the
// shipped catalog, Apply and Restore (byte for byte, across a new dialog as after a restart), and
// downloads that are cancelled, fail, hang, never end or bring a malformed file, which must
// change nothing.

#include "catalog/api_price_table_model.h"
#include "catalog/catalog_dialog.h"
#include "catalog/price_update_dialog.h"
#include "charts/cost_breakdown_chart.h"
#include "charts/stale_price_note.h"
#include "charts/volume_chart.h"
#include "preferences_dialog.h"
#include "pricing/price_age.h"
#include "pricing/price_catalog.h"
#include "pricing/price_update.h"
#include "scenario/evaluate.h"
#include "settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kLiteLlmFile =
    QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/litellm-model-prices-2025-09-05.json"_s;

// What the loopback server does with every request.
enum class Behaviour {
    Serve,        ///< 200 with the body and its Content-Length
    CloseMidBody, ///< announces the whole body, sends half, closes the connection
    ServerError,  ///< 500 Internal Server Error
    Hang,         ///< reads the request and never answers
    Endless,      ///< 200 without a length, then data until the client goes away
};

class LoopbackServer final : public QObject {
public:
    LoopbackServer(Behaviour behaviour, QByteArray body)
        : m_behaviour(behaviour)
        , m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const
    {
        return u"http://127.0.0.1:%1/model_prices_and_context_window.json"_s.arg(
            m_server.serverPort());
    }
    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request[socket] += socket->readAll();
                if (m_request[socket].contains("\r\n\r\n") && !m_answered.contains(socket)) {
                    m_answered.insert(socket);
                    answer(socket);
                }
            });
        }
    }

    void answer(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case Behaviour::Serve:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n");
            socket->write(m_body);
            socket->disconnectFromHost();
            return;
        case Behaviour::CloseMidBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\n\r\n");
            socket->write(m_body.left(m_body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        case Behaviour::ServerError:
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n"
                          "Connection: close\r\n\r\noops\n");
            socket->disconnectFromHost();
            return;
        case Behaviour::Hang:
            return;
        case Behaviour::Endless: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n{");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] {
                if (socket->state() == QAbstractSocket::ConnectedState &&
                    socket->bytesToWrite() < 1 << 20)
                    socket->write(QByteArray(64 * 1024, ' '));
            });
            timer->start(0);
            return;
        }
        }
    }

    Behaviour m_behaviour;
    QByteArray m_body;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_request;
    QSet<QTcpSocket *> m_answered;
    int m_connections = 0;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// LiteLLM's file with three entries changed by hand: gpt-4o's input from 2.5e-06 to 3e-06 USD
// per token (up), deepseek/deepseek-chat's output from 1.1e-06 to 1e-06 (down), and
// xai/grok-3-mini left out (removed).
QByteArray editedLiteLlmFile(const QByteArray &real)
{
    QJsonObject root = QJsonDocument::fromJson(real).object();
    QJsonObject gpt4o = root.value(u"gpt-4o"_s).toObject();
    gpt4o.insert(u"input_cost_per_token"_s, 3e-06);
    root.insert(u"gpt-4o"_s, gpt4o);
    QJsonObject deepseek = root.value(u"deepseek/deepseek-chat"_s).toObject();
    deepseek.insert(u"output_cost_per_token"_s, 1e-06);
    root.insert(u"deepseek/deepseek-chat"_s, deepseek);
    root.remove(u"xai/grok-3-mini"_s);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

const ApiPrice *findIn(const QList<ApiPrice> &prices, const QString &id)
{
    for (const ApiPrice &price : prices) {
        if (price.id == id)
            return &price;
    }
    return nullptr;
}

} // namespace

class TestPriceUpdate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void diffAgainstShippedCatalog();
    void diffOfEditedFile();
    void applyThenRestoreGivesBackTheExactCatalog();
    void cancelledDownloadChangesNothing();
    void failedDownloadChangesNothing_data();
    void failedDownloadChangesNothing();
    void staleMarkInPriceTable();
    void staleMarkInChartTooltips();
    void preferencesSetTheLimit();

private:
    // Runs one download to its end; false when it did not end within 20 s.
    bool download(PriceUpdateDialog &dialog)
    {
        QSignalSpy ended(&dialog, &PriceUpdateDialog::downloadEnded);
        dialog.startDownload();
        return !ended.isEmpty() || ended.wait(20'000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogPath;
};

void TestPriceUpdate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalogPath = userPriceCatalogPath(m_dir->filePath(u"custom-catalog.json"_s));
}

void TestPriceUpdate::diffAgainstShippedCatalog()
{
    if (!QFile::exists(kLiteLlmFile))
        QSKIP(
            qPrintable(u"LiteLLM's price file is not at %1 (../shared/data)"_s.arg(kLiteLlmFile)));
    LoopbackServer server(Behaviour::Serve, readFile(kLiteLlmFile));
    QVERIFY(server.listen());
    PriceUpdateDialog dialog(m_catalogPath, server.url());
    QVERIFY(download(dialog));
    QVERIFY2(dialog.canApply(), qPrintable(dialog.statusText()));
    const PriceDiff &diff = dialog.diff();

    // The shipped catalog's 19 LiteLLM entries were read from this very file (their sources say
    // "tokencost mirror e7f7c19 of 2025-09-05, key …"), so no rate moves and nothing is removed;
    // MAI-Image-2-Efficient, priced from Microsoft's page, is kept as it is.
    QVERIFY2(diff.changes.isEmpty(),
             qPrintable(diff.changes.isEmpty() ? QString() : diff.changes.first().id));
    QVERIFY(diff.removed.isEmpty());
    QCOMPARE(diff.unchanged, builtinApiPrices().size());
    const QList<ApiPrice> &updated = dialog.updatedPrices();
    QCOMPARE(updated.size(), builtinApiPrices().size() + diff.added.size());
    const ApiPrice *mai = findIn(updated, u"microsoft/mai-image-2-efficient"_s);
    QVERIFY(mai);
    QCOMPARE(*mai, *findApiPrice(u"microsoft/mai-image-2-efficient"_s));
    // Shipped entries keep their ids and names; their figures are now dated today.
    const ApiPrice *gpt4o = findIn(updated, u"openai/gpt-4o"_s);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->model, u"GPT-4o"_s);
    QCOMPARE(gpt4o->asOf, QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!findIn(diff.added, u"gpt-4o"_s)); // the key a shipped entry cites is not added again

    // Added entries, checked by hand against the file:
    // "gpt-4o-2024-05-13": input_cost_per_token 5e-06 and output 1.5e-05 → $5 / $15 per M;
    // batches 2.5e-06 / 7.5e-06 → 50 % off.
    const ApiPrice *dated = findIn(diff.added, u"gpt-4o-2024-05-13"_s);
    QVERIFY(dated);
    QCOMPARE(dated->inputUsdPerMTok, 5.0);
    QCOMPARE(dated->outputUsdPerMTok, 15.0);
    QCOMPARE(dated->batchDiscount, 0.5);
    QCOMPARE(dated->provider, u"OpenAI"_s);
    // "claude-3-opus-20240229": 1.5e-05 / 7.5e-05, cache_read_input_token_cost 1.5e-06 →
    // $15 / $75, cached $1.50 per M.
    const ApiPrice *opus = findIn(diff.added, u"claude-3-opus-20240229"_s);
    QVERIFY(opus);
    QCOMPARE(opus->inputUsdPerMTok, 15.0);
    QCOMPARE(opus->outputUsdPerMTok, 75.0);
    QCOMPARE(opus->cachedInputUsdPerMTok, 1.5);
    // "gemini/gemini-1.5-pro": 3.5e-06 / 1.05e-05, above 128k tokens 7e-06 / 2.1e-05 →
    // $3.50 / $10.50, and $7 / $21 per M above 128,000 tokens.
    const ApiPrice *gemini = findIn(diff.added, u"gemini/gemini-1.5-pro"_s);
    QVERIFY(gemini);
    QCOMPARE(gemini->inputUsdPerMTok, 3.5);
    QCOMPARE(gemini->outputUsdPerMTok, 10.5);
    QCOMPARE(gemini->longContextThresholdTokens, 128000.0);
    QCOMPARE(gemini->longContextInputUsdPerMTok, 7.0);
    QCOMPARE(gemini->longContextOutputUsdPerMTok, 21.0);
    // Nothing is written before Apply.
    QVERIFY(!QFile::exists(m_catalogPath));
    QVERIFY(!QFile::exists(previousPriceCatalogPath(m_catalogPath)));
}

void TestPriceUpdate::diffOfEditedFile()
{
    if (!QFile::exists(kLiteLlmFile))
        QSKIP(
            qPrintable(u"LiteLLM's price file is not at %1 (../shared/data)"_s.arg(kLiteLlmFile)));
    LoopbackServer server(Behaviour::Serve, editedLiteLlmFile(readFile(kLiteLlmFile)));
    QVERIFY(server.listen());
    PriceUpdateDialog dialog(m_catalogPath, server.url());
    QVERIFY(download(dialog));
    const PriceDiff &diff = dialog.diff();

    const QList<PriceChange> up = diff.changesThat(PriceMove::Up);
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.first().id, u"openai/gpt-4o"_s);
    QCOMPARE(up.first().kind, PriceKind::Input);
    QCOMPARE(up.first().beforeUsdPerMTok, 2.5); // the shipped catalog
    QCOMPARE(up.first().afterUsdPerMTok, 3.0);  // 3e-06 × 1e6
    const QList<PriceChange> down = diff.changesThat(PriceMove::Down);
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.first().id, u"deepseek/deepseek-chat"_s);
    QCOMPARE(down.first().kind, PriceKind::Output);
    QCOMPARE(down.first().beforeUsdPerMTok, 1.1);
    QCOMPARE(down.first().afterUsdPerMTok, 1.0);
    QCOMPARE(diff.removed.size(), 1);
    QCOMPARE(diff.removed.first().id, u"xai/grok-3-mini"_s);
    QVERIFY(diff.changes.size() == 2);
    QVERIFY(dialog.statusText().contains(u"1 removed, 1 prices up, 1 prices down"_s));
}

void TestPriceUpdate::applyThenRestoreGivesBackTheExactCatalog()
{
    if (!QFile::exists(kLiteLlmFile))
        QSKIP(
            qPrintable(u"LiteLLM's price file is not at %1 (../shared/data)"_s.arg(kLiteLlmFile)));
    const QString customPath = m_dir->filePath(u"custom-catalog.json"_s);
    const QByteArray shipped = readFile(u":/catalog/api-prices.json"_s);
    QVERIFY(!shipped.isEmpty());
    qsizetype updatedSize = 0;
    {
        LoopbackServer server(Behaviour::Serve, editedLiteLlmFile(readFile(kLiteLlmFile)));
        QVERIFY(server.listen());
        CatalogDialog catalogs(customPath);
        catalogs.setPriceUpdateUrl(server.url());
        QCOMPARE(catalogs.catalogPrices(), builtinApiPrices());
        PriceUpdateDialog *dialog = catalogs.showPriceUpdate();
        QVERIFY(download(*dialog));
        QVERIFY(dialog->apply());
        updatedSize = dialog->updatedPrices().size();
        QCOMPARE(catalogs.catalogPrices().size(), updatedSize);
        QCOMPARE(findIn(catalogs.catalogPrices(), u"openai/gpt-4o"_s)->inputUsdPerMTok, 3.0);
    }
    QCOMPARE(readFile(previousPriceCatalogPath(m_catalogPath)), shipped);
    QVERIFY(readFile(m_catalogPath) != shipped);

    // As after a restart: a new dialog reads the updated catalog, then restores the shipped one.
    CatalogDialog reopened(customPath);
    QCOMPARE(reopened.catalogPrices().size(), updatedSize);
    QVERIFY(reopened.findChild<QPushButton *>(u"pricesRestore"_s)->isEnabled());
    const QByteArray updated = readFile(m_catalogPath);
    QVERIFY(reopened.restorePreviousPrices());
    QCOMPARE(readFile(m_catalogPath), shipped);
    QCOMPARE(reopened.catalogPrices(), builtinApiPrices());
    // Restoring again undoes the restore.
    QVERIFY(reopened.restorePreviousPrices());
    QCOMPARE(readFile(m_catalogPath), updated);
}

void TestPriceUpdate::cancelledDownloadChangesNothing()
{
    // A user catalog from an earlier update, which must stay byte for byte.
    const QByteArray before = apiPriceCatalogToJson(builtinApiPrices().mid(0, 3));
    QVERIFY(writeFile(m_catalogPath, before));
    LoopbackServer server(Behaviour::Hang, {});
    QVERIFY(server.listen());
    PriceUpdateDialog dialog(m_catalogPath, server.url());
    QSignalSpy ended(&dialog, &PriceUpdateDialog::downloadEnded);
    dialog.startDownload();
    QVERIFY(dialog.isDownloading());
    QTRY_COMPARE(server.connections(), 1);
    dialog.findChild<QPushButton *>(u"cancelDownload"_s)->click();
    QVERIFY(!ended.isEmpty() || ended.wait(5000));
    QVERIFY(!dialog.isDownloading());
    QVERIFY(!dialog.canApply());
    QVERIFY2(dialog.statusText().contains(u"cancelled"_s), qPrintable(dialog.statusText()));
    QCOMPARE(readFile(m_catalogPath), before);
    QVERIFY(!QFile::exists(previousPriceCatalogPath(m_catalogPath)));
}

void TestPriceUpdate::failedDownloadChangesNothing_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const QByteArray real = readFile(kLiteLlmFile);
    const QByteArray body = real.isEmpty() ? QByteArray(R"({"a": {}})") : real;
    // Depending on when the socket's close is seen, the network layer reports an error or a
    // body shorter than its Content-Length; either is refused, naming what happened.
    QTest::newRow("connection closed mid-body")
        << int(Behaviour::CloseMidBody) << body << u"The download failed|the file is incomplete"_s;
    QTest::newRow("HTTP 500") << int(Behaviour::ServerError) << QByteArray()
                              << u"HTTP 500 Internal Server Error"_s;
    QTest::newRow("hang") << int(Behaviour::Hang) << QByteArray() << u"sent nothing for"_s;
    QTest::newRow("endless data") << int(Behaviour::Endless) << QByteArray()
                                  << u"larger than 2.0 MB"_s;
    // The file cut off in the middle: QJsonDocument names the offset where it stopped.
    QTest::newRow("malformed JSON")
        << int(Behaviour::Serve) << QByteArray(R"({"gpt-4o": {"input_cost_per_token": 2.5e-06,)")
        << u"not valid JSON"_s;
    QTest::newRow("not JSON (an HTML page)")
        << int(Behaviour::Serve) << QByteArray("<!DOCTYPE html><html>Sign in</html>")
        << u"starts with “<!DOCTYPE html>"_s;
    QTest::newRow("top level is an array")
        << int(Behaviour::Serve) << QByteArray(R"([{"gpt-4o": {}}])") << u"it starts with “[{"_s;
    // Every entry lacks a per-token price: nothing usable, so nothing is offered to apply.
    QTest::newRow("no usable price")
        << int(Behaviour::Serve)
        << QByteArray(R"({"dall-e-3": {"litellm_provider": "openai", "mode": "image_generation",
                          "output_cost_per_image": 0.04}})")
        << u"holds no usable per-token price"_s;
    QTest::newRow("a PerToken catalog")
        << int(Behaviour::Serve) << readFile(u":/catalog/api-prices.json"_s)
        << u"not LiteLLM's price list"_s;
}

void TestPriceUpdate::failedDownloadChangesNothing()
{
    QFETCH(int, behaviour);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    // A user catalog from an earlier update, which must stay byte for byte.
    const QByteArray before = apiPriceCatalogToJson(builtinApiPrices().mid(0, 3));
    QVERIFY(writeFile(m_catalogPath, before));
    LoopbackServer server(Behaviour(behaviour), body);
    QVERIFY(server.listen());
    PriceUpdateDialog dialog(m_catalogPath, server.url());
    dialog.setDownloadLimits(
        {.maxBytes = 2'000'000, .stallTimeoutMs = 500, .totalTimeoutMs = 15'000});
    QVERIFY(download(dialog));
    QVERIFY(!dialog.isDownloading());
    QVERIFY(!dialog.canApply());
    QVERIFY2(dialog.statusText().startsWith(u"Nothing changed"_s), qPrintable(dialog.statusText()));
    const QStringList accepted = message.split(u'|');
    QVERIFY2(std::any_of(accepted.cbegin(), accepted.cend(),
                         [&](const QString &m) { return dialog.statusText().contains(m); }),
             qPrintable(dialog.statusText()));
    QVERIFY(!dialog.apply());
    QCOMPARE(readFile(m_catalogPath), before);
    QVERIFY(!QFile::exists(previousPriceCatalogPath(m_catalogPath)));
}

void TestPriceUpdate::staleMarkInPriceTable()
{
    // The shipped GPT-4o price is dated 2025-09-05 and MAI-Image-2-Efficient 2026-11-01. On
    // 2026-12-04, six months back is 2026-06-04: GPT-4o is older, MAI is not.
    ApiPriceTableModel model;
    model.setRows({{*findApiPrice(u"openai/gpt-4o"_s), false},
                   {*findApiPrice(u"microsoft/mai-image-2-efficient"_s), false}});
    model.setStaleAfterMonths(6, QDate(2026, 12, 4));
    QVERIFY(model.isStale(0));
    QVERIFY(!model.isStale(1));
    const QModelIndex gptDate = model.index(0, ApiPriceTableModel::AsOf);
    QCOMPARE(gptDate.data().toString(), u"2025-09-05 (old)"_s);
    QVERIFY(gptDate.data(Qt::ToolTipRole).toString().contains(u"2025-09-05"_s));
    QVERIFY(gptDate.data(Qt::ToolTipRole).toString().contains(u"6 month"_s));
    QCOMPARE(model.index(1, ApiPriceTableModel::AsOf).data().toString(), u"2026-11-01"_s);
    QVERIFY(model.index(1, ApiPriceTableModel::AsOf).data(Qt::ToolTipRole).isNull());
    // With a limit of 15 months GPT-4o's 14 months and 29 days are not old.
    model.setStaleAfterMonths(15, QDate(2026, 12, 4));
    QVERIFY(!model.isStale(0));
}

void TestPriceUpdate::staleMarkInChartTooltips()
{
    // The default scenario's GPT-4o option carries the shipped price of 2025-09-05: older than
    // one month on any day after 2025-10-05 (this test runs later than that), and not older
    // than 120 months before 2035-09-05.
    QVERIFY(QDate::currentDate() > QDate(2025, 10, 5));
    const Evaluation evaluation = evaluate(defaultScenario());
    const OptionResult *gpt4o = evaluation.option(u"gpt-4o"_s);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->priceAsOf, u"2025-09-05"_s);

    CostBreakdownChart bars;
    bars.setEvaluation(evaluation);
    const CostBreakdownChart::Plot plot = CostBreakdownChart::plot(evaluation);
    qsizetype index = -1;
    for (qsizetype i = 0; i < plot.bars.size(); ++i) {
        if (plot.bars.at(i).id == u"gpt-4o"_s)
            index = i;
    }
    QVERIFY(index >= 0 && !plot.bars.at(index).parts.isEmpty());
    const QString partKey = plot.bars.at(index).parts.first().key;
    const int category = int(plot.bars.size() - 1 - index); // bars are drawn bottom up

    VolumeChart volume;
    volume.setEvaluation(evaluation);
    const QPointF onLine = gpt4o->volumeCurve.at(gpt4o->volumeCurve.size() / 2);
    const QString series = u"option:gpt-4o"_s;

    const QString note = u"List price as of 2025-09-05, more than 1 month(s) old"_s;
    StalePriceNote::setStaleAfterMonths(1);
    QVERIFY2(bars.barToolTip(partKey, category).endsWith(u'\n' + note),
             qPrintable(bars.barToolTip(partKey, category)));
    QVERIFY2(volume.hoverText(series, onLine).endsWith(u'\n' + note),
             qPrintable(volume.hoverText(series, onLine)));
    StalePriceNote::setStaleAfterMonths(120);
    QVERIFY(!bars.barToolTip(partKey, category).contains(u"List price as of"_s));
    QVERIFY(!volume.hoverText(series, onLine).contains(u"List price as of"_s));
    QVERIFY(!volume.hoverText(series, onLine).isEmpty());
    StalePriceNote::setStaleAfterMonths(kDefaultStaleAfterMonths);
}

void TestPriceUpdate::preferencesSetTheLimit()
{
    Settings settings(m_dir->filePath(u"settings.ini"_s), nullptr);
    QCOMPARE(settings.staleAfterMonths(), kDefaultStaleAfterMonths);
    QVERIFY(settings.priceUpdateUrl().isEmpty()); // PriceUpdateDialog::defaultUrl() is offered
    QSignalSpy changed(&settings, &Settings::staleAfterMonthsChanged);
    PreferencesDialog dialog(&settings);
    QCOMPARE(dialog.staleAfterBox()->value(), 6);
    dialog.staleAfterBox()->setValue(9);
    dialog.accept();
    QCOMPARE(settings.staleAfterMonths(), 9);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 9);
    // Out-of-range values stored by hand are clamped to 1 … 120 months.
    settings.setStaleAfterMonths(0);
    QCOMPARE(settings.staleAfterMonths(), kMinStaleAfterMonths);

    PriceUpdateDialog update(m_catalogPath, settings.priceUpdateUrl());
    QCOMPARE(update.url(), PriceUpdateDialog::defaultUrl());
    QCOMPARE(update.url(), u"https://raw.githubusercontent.com/BerriAI/litellm/main/"
                           "model_prices_and_context_window.json"_s);
}

QTEST_MAIN(TestPriceUpdate)
#include "tst_price_update.moc"
