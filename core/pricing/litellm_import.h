#pragma once

#include "common/input_error.h"
#include "pricing/price_import.h"

#include <QByteArray>
#include <QString>

namespace pertoken {

/// Imports LiteLLM's `model_prices_and_context_window.json` (BerriAI/litellm, repository root;
/// schema in reference/scaling-and-cost.md §4.1). The file is one JSON object keyed by model
/// name; every price in it is USD per token and becomes USD per million tokens (× 1e6).
///
/// - `sample_spec` (the schema's own documentation entry) is skipped; unknown keys are ignored;
///   numbers written as strings ("4e-07") are read as numbers, as LiteLLM itself does.
/// - An entry without both `input_cost_per_token` and `output_cost_per_token` is unpriced: counted
///   in `skipped`, never imported at $0.
/// - An entry with a field of the wrong type, a negative or non-finite price, a price above
///   kMaxUsdPerMTok per million tokens, a long-context threshold outside 1k to 10^7 k tokens or a
///   context window above kMaxPriceTokens is reported in `warnings` ("key: field: what was
///   wrong") and left out, so every imported price also loads from a catalog file.
/// - Mapping: key → id (unchanged, so it can be matched against LiteLLM again);
///   `litellm_provider` → provider (display names for the well-known ones: "openai" → "OpenAI");
///   `cache_read_input_token_cost` (or `input_cost_per_token_cache_hit`) → cached input;
///   `input_cost_per_token_batches` / `input_cost_per_token` → 1 − batch discount;
///   `input|output_cost_per_token_above_<N>k_tokens` and
///   `cache_read_input_token_cost_above_<N>k_tokens` → the long-context tier at N × 1000 tokens
///   (the highest threshold when several are present, with a warning);
///   `mode` image_generation / audio_speech / embedding → image / audio / embedding output;
///   `max_input_tokens` → context window.
///
/// Every entry gets `asOf` = `asOf` (empty when not given) and source "<source>, key <key>".
/// Only a file that is not JSON, or whose top level is not an object, is an error.
Result<PriceImport> importLiteLlmPrices(const QByteArray &json, const QString &source,
                                        const QString &asOf = {});

/// Display name for a LiteLLM provider id: "openai" → "OpenAI", "gemini" → "Google"; ids without
/// a known display name are returned unchanged.
QString liteLlmProviderName(const QString &litellmProvider);

} // namespace pertoken
