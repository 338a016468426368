// Writes the generated part of the fuzz seed corpus from what PerToken itself writes and receives:
// the default scenario, a memo bundle, benchmark result files of every kind (an endpoint run
// against the calibration server, llama-bench imports of tests/data/bench, a hardware probe
// cancelled at once), and the raw HTTP responses and stream bodies the calibration server sends
// for each API and fault, and GGUF and safetensors files written from those formats'
// specifications (tests/support/model_file_writer.h). Usage: fuzz_make_seeds CORPUS_DIR
// BENCH_TEST_DATA_DIR (build with `cmake --build build --target fuzz_make_seeds`; the files are
// committed).

#include "bench/calibration/calibration_server_thread.h"
#include "bench/endpoint/endpoint_benchmark.h"
#include "bench/http/http_response_parser.h"
#include "bench/http/stream_protocol.h"
#include "bench/llamabench/llama_bench.h"
#include "bench/probe/hardware_probe.h"
#include "bench/probe/system_info.h"
#include "bench/results/bench_result.h"
#include "memo/memo_bundle.h"
#include "memo/memo_text.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"

#include "../../support/model_file_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

QString g_corpus;

void put(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(g_corpus + u'/' + target);
    QFile file(g_corpus + u'/' + target + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    std::printf("%s/%s: %lld bytes\n", qPrintable(target), qPrintable(name),
                static_cast<long long>(bytes.size()));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// One request to the calibration server, the response as it came off the socket.
QByteArray rawResponse(quint16 port, StreamApi api)
{
    const QByteArray body = streamRequestBody(api, u"calibration"_s, u"Hello"_s, 6, true);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(3000))
        qFatal("calibration server unreachable");
    socket.write("POST " + streamApiPath(api).toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray response;
    HttpResponseParser parser;
    QByteArray decoded;
    while (!parser.done() && socket.waitForReadyRead(3000)) {
        const QByteArray bytes = socket.readAll();
        response += bytes;
        if (!parser.feed(bytes, &decoded))
            break;
    }
    return response;
}

QByteArray decodedBody(const QByteArray &response)
{
    HttpResponseParser parser;
    QByteArray body;
    parser.feed(response, &body);
    return body;
}

} // namespace

namespace {

// Small model files: tensors of a few blocks keep the seeds a few kilobytes.
void putModelFiles()
{
    using namespace pertoken::testing;
    GgufWriter llama = llama31Shaped("{% for m in messages %}{{ m['content'] }}{% endfor %}");
    llama.addTensor("token_embd.weight", {256, 2}, kQ4K);
    llama.addTensor("output.weight", {256}, kQ6K);
    llama.addTensor("blk.0.attn_norm.weight", {8}, kF32);
    put(u"gguf"_s, u"llama-v3.gguf"_s, llama.bytes());

    GgufWriter moe;
    moe.version = 2;
    moe.alignment = 64;
    moe.addUint32("general.alignment", 64);
    moe.addString("general.architecture", "qwen3moe");
    moe.addUint32("qwen3moe.block_count", 1);
    moe.addUint32("qwen3moe.expert_count", 4);
    moe.addUint32("qwen3moe.expert_used_count", 2);
    moe.addUint32("qwen3moe.attention.head_count", 4);
    moe.addUint32("qwen3moe.attention.key_length", 128);
    moe.addTensor("blk.0.ffn_up_exps.weight", {256, 1, 4}, kQ4K);
    moe.addTensor("blk.0.ffn_gate_inp.weight", {4, 4}, kF32);
    put(u"gguf"_s, u"moe-v2-aligned-64.gguf"_s, moe.bytes());

    put(u"safetensors"_s, u"model.safetensors"_s,
        safetensorsFile({{u"model.embed_tokens.weight"_s, u"BF16"_s, {4, 8}, 64},
                         {u"model.norm.weight"_s, u"F32"_s, {8}, 32},
                         {u"lm_head.weight"_s, u"F8_E4M3"_s, {4, 8}, 32}},
                        QJsonObject{{u"format"_s, u"pt"_s}}));
    put(u"safetensors"_s, u"model.safetensors.index.json"_s,
        R"({"metadata": {"total_size": 128}, "weight_map": {)"
        R"("lm_head.weight": "model-00002-of-00002.safetensors", )"
        R"("model.embed_tokens.weight": "model-00001-of-00002.safetensors"}})");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR BENCH_TEST_DATA_DIR\n", argv[0]);
        return 2;
    }
    g_corpus = QString::fromLocal8Bit(argv[1]);
    const QString benchData = QString::fromLocal8Bit(argv[2]);

    putModelFiles();

    const Scenario scenario = defaultScenario();
    const QByteArray scenarioBytes = scenarioToBytes(scenario);
    put(u"scenario"_s, u"default.pertoken"_s, scenarioBytes);

    const QDateTime createdAt(QDate(2026, 11, 24), QTime(10, 15), Qt::UTC);
    const QString memo = memoMarkdown(scenario, evaluate(scenario), {}, createdAt, u"0.1.0"_s);
    QTemporaryDir dir;
    const QString bundlePath = dir.filePath(u"memo.zip"_s);
    if (writeMemoBundle(bundlePath,
                        {{u"memo.md"_s, memo.toUtf8()}, {u"scenario.pertoken"_s, scenarioBytes}},
                        {scenario.name, u"0.1.0"_s, createdAt}))
        qFatal("cannot write the memo bundle");
    put(u"memo_bundle"_s, u"memo.zip"_s, readFile(bundlePath));

    const SystemInfo importer = probeSystemInfo();
    for (const QString &name : {u"llama-bench-newer.json"_s, u"llama-bench-old.jsonl"_s}) {
        const QByteArray bytes = readFile(benchData + u'/' + name);
        const Result<LlamaBenchResult> llama = parseLlamaBenchOutput(bytes, name);
        if (!llama)
            qFatal("%s", qPrintable(llama.error().toString()));
        put(u"bench_result"_s, u"llama-bench-"_s + llama->format + u".json"_s,
            benchResultToJson(benchResultFrom(*llama, importer)));
    }
    const std::atomic<bool> cancelled{true};
    put(u"bench_result"_s, u"hardware-cancelled.json"_s,
        benchResultToJson(benchResultFrom(runHardwareProbe({true}, {}, &cancelled))));

    CalibrationServerThread server({5, 2, 6, 2});
    QString error;
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    EndpointConfig config;
    config.url = server.baseUrl();
    config.model = u"calibration"_s;
    config.concurrencyLevels = {1, 2};
    config.requestsPerLevel = 2;
    config.warmupRequests = 1;
    config.promptTokens = 16;
    config.maxTokens = 6;
    put(u"bench_result"_s, u"endpoint-calibration.json"_s,
        benchResultToJson(benchResultFrom(runEndpointBenchmark(config), importer)));

    for (StreamApi api :
         {StreamApi::OpenAiChat, StreamApi::OpenAiCompletions, StreamApi::OllamaGenerate}) {
        const QByteArray response = rawResponse(server.port(), api);
        const char selector = api == StreamApi::OllamaGenerate ? '\x01' : '\x00';
        put(u"http_response"_s, streamApiId(api) + u".http"_s, '\x05' + response);
        put(u"sse_stream"_s, streamApiId(api) + u".body"_s, selector + decodedBody(response));
    }
    for (CalibrationFault fault : {CalibrationFault::Http500, CalibrationFault::MalformedChunk,
                                   CalibrationFault::DropMidStream}) {
        CalibrationServerThread faulty({5, 2, 6, 2}, {fault});
        if (!faulty.start(&error))
            qFatal("%s", qPrintable(error));
        const QByteArray response = rawResponse(faulty.port(), StreamApi::OpenAiChat);
        put(u"http_response"_s, u"openai-chat-"_s + calibrationFaultId(fault) + u".http"_s,
            '\x05' + response);
        put(u"sse_stream"_s, u"openai-chat-"_s + calibrationFaultId(fault) + u".body"_s,
            '\x00' + decodedBody(response));
    }
    return 0;
}
