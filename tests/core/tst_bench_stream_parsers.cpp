// The streaming parsers: SSE (HTML Living Standard §9.2.6), HTTP/1.1 response framing
// (RFC 9112), and the OpenAI / Ollama stream objects. Every stream is also fed cut at every
// byte position, as a network may deliver it.

#include "bench/http/http_response_parser.h"
#include "bench/http/line_splitter.h"
#include "bench/http/sse_parser.h"
#include "bench/http/stream_protocol.h"

#include <QTest>

Q_DECLARE_METATYPE(pertoken::StreamApi)

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

QList<SseEvent> parseIn(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(QByteArrayView(stream).sliced(from, cut - from), &events);
        from = cut;
    }
    parser.feed(QByteArrayView(stream).sliced(from), &events);
    return events;
}

const QByteArray kSse = "\xEF\xBB\xBF: keep-alive\r\n"
                        "data: {\"a\":1}\r\n\r\n"
                        "data: line1\ndata:line2\n\n"
                        "event: custom\rid: 7\rdata: [DONE]\r\r"
                        "event: no-data\n\n";

QList<SseEvent> expectedEvents()
{
    return {SseEvent{{}, "{\"a\":1}", {}}, SseEvent{{}, "line1\nline2", {}},
            SseEvent{"custom", "[DONE]", "7"}};
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n"
                            "5;ext=1\r\nhello\r\n"
                            "7\r\n, world\r\n"
                            "0\r\nX-Trailer: t\r\n\r\n";

} // namespace

class TestBenchStreamParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sseWhole();
    void sseCutAnywhere();
    void sseCrlfSplitAcrossPieces();
    void sseByteByByte();
    void regressionCrlfEndingPieceThenLf();
    void sseLongLineIsAnError();
    void httpChunkedCutAnywhere();
    void httpContentLengthAndKeepAlive();
    void httpUntilClose();
    void httpErrors_data();
    void httpErrors();
    void openAiEvents();
    void ollamaLines();
    void endpointUrls_data();
    void endpointUrls();
    void requestBody();
};

void TestBenchStreamParsers::sseWhole()
{
    QCOMPARE(parseIn(kSse, {}), expectedEvents());
    QVERIFY(expectedEvents().last().isDone());
}

void TestBenchStreamParsers::sseCutAnywhere()
{
    for (qsizetype cut = 1; cut < kSse.size(); ++cut)
        QCOMPARE(parseIn(kSse, {cut}), expectedEvents());
    for (qsizetype a = 1; a < kSse.size(); a += 3)
        for (qsizetype b = a + 1; b < kSse.size(); b += 5)
            QCOMPARE(parseIn(kSse, {a, b}), expectedEvents());
}

void TestBenchStreamParsers::sseCrlfSplitAcrossPieces()
{
    // "data: a\r" | "\ndata: b\r\n\r\n": the CR and LF are one terminator, so this is one event
    // "a\nb"; reading the LF as a blank line would dispatch "a" early and "b" apart.
    SseParser parser;
    QList<SseEvent> events;
    QVERIFY(parser.feed("data: a\r", &events));
    QVERIFY(events.isEmpty());
    QVERIFY(parser.hasPartialEvent());
    QVERIFY(parser.feed("\ndata: b\r\n\r\n", &events));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QByteArray("a\nb"));
}

void TestBenchStreamParsers::regressionCrlfEndingPieceThenLf()
{
    // Found by tests/fuzz (sse_stream, corpus regression-crlf-then-lf.bin): "data: a\r\n" ends
    // one read and "\n" opens the next. The CRLF is a whole terminator, so the LF ends an empty
    // line that dispatches "a"; it used to be taken for the second half of a CRLF and swallowed,
    // and the event was lost or merged with the next one, depending on where the network cut.
    SseParser parser;
    QList<SseEvent> events;
    QVERIFY(parser.feed("data: a\r\n", &events));
    QVERIFY(parser.feed("\ndata: b\n\n", &events));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).data, QByteArray("a"));
    QCOMPARE(events.at(1).data, QByteArray("b"));

    // NDJSON (Ollama) through the same splitter: an empty line stays a line of its own.
    LineSplitter splitter(1024);
    QList<QByteArray> lines;
    QVERIFY(splitter.feed("{}\r\n", &lines));
    QVERIFY(splitter.feed("\n{}\n", &lines));
    QCOMPARE(lines, (QList<QByteArray>{"{}", "", "{}"}));
}

void TestBenchStreamParsers::sseByteByByte()
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < kSse.size(); ++i)
        cuts.append(i);
    QCOMPARE(parseIn(kSse, cuts), expectedEvents());
}

void TestBenchStreamParsers::sseLongLineIsAnError()
{
    SseParser parser(64, 1024);
    QList<SseEvent> events;
    QVERIFY(parser.feed("data: short\n\n", &events));
    QCOMPARE(events.size(), 1);
    // A line without end grows past the 64-byte limit across pieces: an error, not memory.
    QVERIFY(parser.feed(QByteArray(40, 'x'), &events));
    QVERIFY(!parser.feed(QByteArray(40, 'x'), &events));
    QVERIFY(parser.failed());
    QVERIFY(parser.error().contains(u"64"_s));
    QVERIFY(!parser.feed("\n\n", &events)); // stays failed
    // An event of many short lines is capped too.
    SseParser small(64, 100);
    QByteArray many;
    for (int i = 0; i < 20; ++i)
        many += "data: 0123456789\n";
    QVERIFY(!small.feed(many, &events));
}

void TestBenchStreamParsers::httpChunkedCutAnywhere()
{
    for (qsizetype cut = 0; cut <= kChunked.size(); ++cut) {
        HttpResponseParser parser;
        QByteArray body;
        QVERIFY(parser.feed(QByteArrayView(kChunked).first(cut), &body));
        QVERIFY(parser.feed(QByteArrayView(kChunked).sliced(cut), &body));
        QVERIFY2(parser.done(), qPrintable(QString::number(cut)));
        QCOMPARE(body, QByteArray("hello, world"));
        QCOMPARE(parser.statusCode(), 200);
        QCOMPARE(parser.header("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(parser.framing(), HttpResponseParser::Framing::Chunked);
        QVERIFY(parser.keepAlive());
    }
}

void TestBenchStreamParsers::httpContentLengthAndKeepAlive()
{
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(parser.feed("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n"
                        "Connection: close\r\n\r\noops",
                        &body));
    QVERIFY(parser.done());
    QCOMPARE(parser.statusCode(), 500);
    QCOMPARE(parser.reasonPhrase(), QByteArray("Internal Server Error"));
    QCOMPARE(body, QByteArray("oops"));
    QVERIFY(!parser.keepAlive());
    HttpResponseParser interim; // a 100 Continue before the real response is skipped
    body.clear();
    QVERIFY(interim.feed(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", &body));
    QVERIFY(interim.done());
    QCOMPARE(interim.statusCode(), 200);
    QVERIFY(!interim.keepAlive()); // HTTP/1.0 without keep-alive
}

void TestBenchStreamParsers::httpUntilClose()
{
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: x\n\n",
                        &body));
    QVERIFY(!parser.done());
    QCOMPARE(body, QByteArray("data: x\n\n"));
    QVERIFY(parser.finishOnClose());
    QVERIFY(!parser.keepAlive());
    HttpResponseParser chunked; // a chunked body cut by a close is not complete
    QVERIFY(chunked.feed(kChunked.left(kChunked.size() - 10), &body));
    QVERIFY(!chunked.finishOnClose());
}

void TestBenchStreamParsers::httpErrors_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk overrun")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("headers too long")
        << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n");
}

void TestBenchStreamParsers::httpErrors()
{
    QFETCH(QByteArray, response);
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(!parser.feed(response, &body));
    QVERIFY(parser.failed());
    QVERIFY(!parser.error().isEmpty());
}

void TestBenchStreamParsers::openAiEvents()
{
    // vLLM's first chat chunk carries only the role: no generated text yet.
    auto u = interpretOpenAiEvent(
        R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
    QVERIFY(u.ok());
    QVERIFY(!u->contentBearing);
    u = interpretOpenAiEvent(R"({"choices":[{"delta":{"content":"Hi"}}]})");
    QVERIFY(u->contentBearing);
    u = interpretOpenAiEvent(R"({"choices":[{"delta":{"reasoning_content":"think"}}]})");
    QVERIFY(u->contentBearing); // reasoning tokens are generated tokens
    u = interpretOpenAiEvent(R"({"choices":[{"text":" x","finish_reason":"length"}]})");
    QVERIFY(u->contentBearing);
    QVERIFY(u->finished);
    u = interpretOpenAiEvent(
        R"({"choices":[],"usage":{"prompt_tokens":17,"completion_tokens":64,"total_tokens":81},)"
        R"("timings":{"predicted_n":64,"predicted_ms":800.0,"prompt_n":17,"prompt_ms":12.5}})");
    QCOMPARE(*u->usageCompletionTokens, 64);
    QCOMPARE(*u->usagePromptTokens, 17);
    QCOMPARE(u->server.source, u"llama-server"_s);
    QCOMPARE(*u->server.decodeTokensPerSecond(), 80.0); // 64 tokens / 0.8 s
    QVERIFY(interpretOpenAiEvent("[DONE]")->done);
    QVERIFY(!interpretOpenAiEvent("{\"choices\": [").ok());
    QVERIFY(!interpretOpenAiEvent("[1, 2]").ok());
    u = interpretOpenAiEvent(R"({"error":{"message":"model overloaded","code":503}})");
    QCOMPARE(u->serverError, u"model overloaded"_s);
}

void TestBenchStreamParsers::ollamaLines()
{
    auto u = interpretOllamaLine(R"({"model":"m","response":"Hi","done":false})");
    QVERIFY(u->contentBearing);
    QVERIFY(!u->done);
    // Durations are nanoseconds: eval 100 tokens in 2.5e9 ns = 2500 ms → 40 tokens/s.
    u = interpretOllamaLine(R"({"model":"m","response":"","done":true,"total_duration":2700000000,)"
                            R"("load_duration":50000000,"prompt_eval_count":26,)"
                            R"("prompt_eval_duration":150000000,"eval_count":100,)"
                            R"("eval_duration":2500000000})");
    QVERIFY(u->done);
    QVERIFY(!u->contentBearing);
    QCOMPARE(u->server.outputTokens, 100);
    QCOMPARE(u->server.promptTokens, 26);
    QCOMPARE(u->server.decodeMs, 2500.0);
    QCOMPARE(u->server.prefillMs, 150.0);
    QCOMPARE(u->server.loadMs, 50.0);
    QCOMPARE(*u->server.decodeTokensPerSecond(), 40.0);
    QVERIFY(!interpretOllamaLine("{\"done\": fal").ok());
    QCOMPARE(interpretOllamaLine(R"({"error":"model not found"})")->serverError,
             u"model not found"_s);
}

void TestBenchStreamParsers::endpointUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<StreamApi>("api");
    QTest::addColumn<QString>("url");
    QTest::newRow("base") << u"http://h:8000"_s << StreamApi::OpenAiChat
                          << u"http://h:8000/v1/chat/completions"_s;
    QTest::newRow("v1") << u"http://h:8000/v1/"_s << StreamApi::OpenAiCompletions
                        << u"http://h:8000/v1/completions"_s;
    QTest::newRow("full") << u"https://h/v1/chat/completions"_s << StreamApi::OpenAiChat
                          << u"https://h/v1/chat/completions"_s;
    QTest::newRow("ollama") << u"http://localhost:11434"_s << StreamApi::OllamaGenerate
                            << u"http://localhost:11434/api/generate"_s;
}

void TestBenchStreamParsers::endpointUrls()
{
    QFETCH(QString, base);
    QFETCH(StreamApi, api);
    QFETCH(QString, url);
    QCOMPARE(streamEndpointUrl(QUrl(base), api).toString(), url);
}

void TestBenchStreamParsers::requestBody()
{
    const QByteArray chat = streamRequestBody(StreamApi::OpenAiChat, u"m"_s, u"p"_s, 64, true);
    QVERIFY(chat.contains("\"stream\":true"));
    QVERIFY(chat.contains("\"stream_options\":{\"include_usage\":true}"));
    QVERIFY(chat.contains("\"max_tokens\":64"));
    QVERIFY(chat.contains("\"ignore_eos\":true"));
    QVERIFY(chat.contains("\"messages\""));
    const QByteArray ollama =
        streamRequestBody(StreamApi::OllamaGenerate, u"m"_s, u"p"_s, 64, true);
    QVERIFY(ollama.contains("\"num_predict\":64"));
    QVERIFY(!ollama.contains("stream_options"));
}

QTEST_APPLESS_MAIN(TestBenchStreamParsers)
#include "tst_bench_stream_parsers.moc"
