// A streamed response body, as StreamConnection::handleBody reads it: OpenAI-compatible
// server-sent events (SseParser, then each event's JSON) or, when the first byte is odd, Ollama's
// NDJSON lines. The parsers must give the same events however the network cuts the stream.

#include "bench/http/line_splitter.h"
#include "bench/http/sse_parser.h"
#include "bench/http/stream_protocol.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    if (size < 1)
        return 0;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) { // Ollama /api/generate
        LineSplitter whole(512);
        LineSplitter pieces(512);
        QList<QByteArray> lines;
        QList<QByteArray> pieceLines;
        const bool ok = whole.feed(stream, &lines);
        if (fuzz::feedInPieces(
                stream, data[0],
                [&](QByteArrayView piece) { return pieces.feed(piece, &pieceLines); }) != ok ||
            (ok && (lines != pieceLines || whole.pending() != pieces.pending())))
            fuzz::fail("the NDJSON lines depend on how the stream was cut");
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                interpretOllamaLine(line);
        }
        return 0;
    }
    SseParser whole(512, 2048);
    SseParser pieces(512, 2048);
    QList<SseEvent> events;
    QList<SseEvent> pieceEvents;
    const bool ok = whole.feed(stream, &events);
    if (fuzz::feedInPieces(
            stream, data[0],
            [&](QByteArrayView piece) { return pieces.feed(piece, &pieceEvents); }) != ok ||
        (ok && events != pieceEvents))
        fuzz::fail("the server-sent events depend on how the stream was cut");
    for (const SseEvent &event : events) {
        if (!interpretOpenAiEvent(event.data) || event.isDone())
            break;
    }
    return 0;
}
