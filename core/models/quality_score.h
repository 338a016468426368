#pragma once

#include "common/json_reader.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace pertoken {

/// A published benchmark result of a model, carried by its API price record or its architecture
/// record so that options can be compared at equal quality (cost/solved_task.h). Scores are the
/// share of the benchmark's tasks solved in one attempt (pass@1 where the benchmark samples),
/// as a fraction: 0.726 for 72.6%.
struct QualityScore {
    QString benchmark;        ///< "HumanEval", "GPQA Diamond"; matched case-insensitively
    double scoreFraction = 0; ///< 0..1
    QString source;           ///< URL of the table the score is read from
    QString asOf;             ///< date the score was read, YYYY-MM-DD

    bool operator==(const QualityScore &) const = default;
};

/// The score for `benchmark` (case-insensitive, surrounding spaces ignored); nullptr if none.
const QualityScore *findQualityScore(const QList<QualityScore> &scores, const QString &benchmark);

/// `[{"benchmark", "scoreFraction", "source", "asOf"}, ...]`.
QJsonArray qualityScoresToJson(const QList<QualityScore> &scores);

/// Reads the optional `qualityScores` array of `object` (records written before it existed have
/// none). Each entry needs a non-empty benchmark and source, a score in [0, 1] and an ISO date;
/// a benchmark listed twice is refused. Problems are reported through `reader`.
QList<QualityScore> readQualityScores(JsonReader &reader, const QJsonObject &object,
                                      const QString &path);

} // namespace pertoken
