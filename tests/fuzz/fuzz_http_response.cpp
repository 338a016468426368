// The benchmark client's HTTP/1.1 response parser (status line, headers, chunked, Content-Length
// or close-delimited bodies). The decoded body and the outcome must not depend on how the network
// cut the response into pieces.

#include "bench/http/http_response_parser.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    if (size < 1)
        return 0;
    const QByteArray response = fuzz::bytes(data + 1, size - 1);
    HttpResponseParser whole(1024);
    HttpResponseParser pieces(1024);
    QByteArray body;
    QByteArray pieceBody;
    const bool ok = whole.feed(response, &body);
    const bool piecesOk = fuzz::feedInPieces(
        response, data[0], [&](QByteArrayView piece) { return pieces.feed(piece, &pieceBody); });
    if (ok != piecesOk || (ok && (body != pieceBody || whole.done() != pieces.done() ||
                                  whole.statusCode() != pieces.statusCode())))
        fuzz::fail("the HTTP response depends on how it was cut into pieces");
    if (ok && whole.headersComplete()) {
        whole.keepAlive();
        whole.header("content-type");
        whole.finishOnClose();
    }
    return 0;
}
