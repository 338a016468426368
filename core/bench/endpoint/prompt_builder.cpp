#include "bench/endpoint/prompt_builder.h"

#include <QStringList>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// Frequent English words of 2-9 letters; their mean length plus a space is near 6 characters,
// which BPE tokenizers mostly keep as one token each.
constexpr const char16_t *kWords[] = {
    u"time",    u"people",  u"water",    u"market",   u"system",   u"number",  u"river",
    u"garden",  u"city",    u"light",    u"measure",  u"report",   u"engine",  u"window",
    u"history", u"season",  u"table",    u"school",   u"money",    u"power",   u"letter",
    u"energy",  u"station", u"village",  u"question", u"answer",   u"morning", u"evening",
    u"bridge",  u"harbor",  u"mountain", u"forest",   u"plan",     u"travel",  u"careful",
    u"simple",  u"ancient", u"modern",   u"quiet",    u"bright",   u"the",     u"and",
    u"of",      u"with",    u"from",     u"before",   u"after",    u"under",   u"write",
    u"build",   u"carry",   u"follow",   u"explain",  u"remember", u"open",    u"count",
};
constexpr int kWordCount = int(std::size(kWords));

// Numerical Recipes' 32-bit linear congruential generator: enough to vary word order.
quint32 nextRandom(quint32 *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

} // namespace

QString buildPrompt(int targetTokens, int requestIndex, double charsPerToken)
{
    const int targetChars = int(std::ceil(std::max(1, targetTokens) * charsPerToken));
    quint32 state = 0x9E3779B9u ^ quint32(requestIndex) * 2654435761u;
    QString text = u"Request %1. Continue this text:"_s.arg(requestIndex);
    text.reserve(targetChars + 16);
    int sentence = 0;
    while (text.size() < targetChars) {
        text += u' ';
        QString word = QString::fromUtf16(kWords[nextRandom(&state) % kWordCount]);
        if (sentence == 0)
            word[0] = word[0].toUpper();
        text += word;
        if (++sentence >= 8 + int(nextRandom(&state) % 8)) {
            text += u'.';
            sentence = 0;
        }
    }
    return text;
}

} // namespace pertoken
