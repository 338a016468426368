#pragma once

#include <QString>

namespace pertoken {

/// Characters per token of English prose for BPE tokenizers: OpenAI's rule of thumb "one token
/// is about 4 characters of English text" (help.openai.com, "What are tokens and how to count
/// them?"). Only used to aim a prompt at a length; the server's `usage.prompt_tokens` is the
/// truth the result reports.
inline constexpr double kDefaultCharsPerToken = 4.0;

/// Deterministic English-like prompt text of about `targetTokens` tokens: common words drawn by a
/// fixed-seed generator, so runs are repeatable, and a different text for every `requestIndex`,
/// so one request's prompt is never a cached prefix of another's (SGLang PR #13934: a warm-up
/// that reused sample 0 gave it a cache hit).
QString buildPrompt(int targetTokens, int requestIndex,
                    double charsPerToken = kDefaultCharsPerToken);

} // namespace pertoken
