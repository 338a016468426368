#pragma once

#include "models/quality_score.h"

#include <QList>
#include <QString>

namespace pertoken {

/// What an API returns for its output tokens; image and audio tokens are billed at their own rate.
enum class OutputModality { Text, Image, Audio, Embedding };

QString outputModalityId(OutputModality modality); // "text", "image", "audio", "embedding"
bool outputModalityFromId(const QString &id, OutputModality *out);

/// Bounds every reader of prices applies (catalog files, CSV and LiteLLM imports), so whatever one
/// reads the others can read back. No public list price comes near $100,000 per million tokens:
/// a larger figure is a unit mix-up (per token or per thousand tokens entered as per million).
inline constexpr double kMaxUsdPerMTok = 1e5;
/// The largest context window or long-context threshold, in tokens.
inline constexpr double kMaxPriceTokens = 1e10;

/// One API's list price, in USD per million tokens, as providers bill it: cached input tokens are
/// part of the input (billed at the cached rate instead of the input rate, not in addition); a
/// long-context tier applies to the whole request once its prompt exceeds the threshold; the batch
/// discount is a fraction off every rate. A rate below zero means "not offered" (unpriced, never
/// $0).
struct ApiPrice {
    QString id;       ///< catalog key, "openai/gpt-4o"
    QString provider; ///< "OpenAI"
    QString model;    ///< "GPT-4o"
    double inputUsdPerMTok = -1;
    double outputUsdPerMTok = -1;
    double cachedInputUsdPerMTok = -1; ///< < 0: no caching discount, cached tokens billed as input
    double batchDiscount = 0;          ///< 0.5 = batch API at half price; 0 = no batch API
    double longContextThresholdTokens = 0; ///< 0 = no long-context tier
    double longContextInputUsdPerMTok = -1;
    double longContextOutputUsdPerMTok = -1;
    double longContextCachedInputUsdPerMTok = -1; ///< < 0: the cached rate stays as below the tier
    OutputModality outputModality = OutputModality::Text;
    double contextWindowTokens = 0; ///< 0 = unknown
    QString asOf;                   ///< ISO date the price was read
    QString source;                 ///< URL or document the price comes from
    /// Published output speed of one request (median output tokens per second a user sees), for
    /// the cost–speed frontier; 0 = not known. Its own source and date: speeds are measured by
    /// others (a provider's page, Artificial Analysis) and change apart from prices.
    double outputTokensPerSecond = 0;
    QString speedSource;
    QString speedAsOf;                 ///< ISO date the speed was read
    QList<QualityScore> qualityScores; ///< published scores of the model behind the API

    bool isPriced() const { return inputUsdPerMTok >= 0 && outputUsdPerMTok >= 0; }

    bool operator==(const ApiPrice &) const = default;
};

} // namespace pertoken
