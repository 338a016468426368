#include "models/quality_score.h"

#include "common/catalog_file.h"

#include <QSet>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"qualityScores"_s;

QString benchmarkKey(const QString &benchmark)
{
    return benchmark.trimmed().toCaseFolded();
}

} // namespace

const QualityScore *findQualityScore(const QList<QualityScore> &scores, const QString &benchmark)
{
    const QString wanted = benchmarkKey(benchmark);
    if (wanted.isEmpty())
        return nullptr;
    for (const QualityScore &score : scores) {
        if (benchmarkKey(score.benchmark) == wanted)
            return &score;
    }
    return nullptr;
}

QJsonArray qualityScoresToJson(const QList<QualityScore> &scores)
{
    QJsonArray array;
    for (const QualityScore &score : scores) {
        array.append(QJsonObject{{u"benchmark"_s, score.benchmark},
                                 {u"scoreFraction"_s, score.scoreFraction},
                                 {u"source"_s, score.source},
                                 {u"asOf"_s, score.asOf}});
    }
    return array;
}

QList<QualityScore> readQualityScores(JsonReader &reader, const QJsonObject &object,
                                      const QString &path)
{
    QList<QualityScore> scores;
    if (reader.failed() || !object.contains(kKey))
        return scores;
    const QJsonArray array = reader.array(object, path, kKey);
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString at = JsonReader::join(JsonReader::join(path, kKey), i);
        if (!array[i].isObject()) {
            reader.fail(at, u"must be an object with benchmark, scoreFraction, source, asOf"_s);
            break;
        }
        const QJsonObject entry = array[i].toObject();
        QualityScore score;
        score.benchmark = reader.nonEmptyString(entry, at, u"benchmark"_s);
        score.scoreFraction = reader.number(entry, at, u"scoreFraction"_s, 0, 1);
        score.source = reader.nonEmptyString(entry, at, u"source"_s);
        score.asOf = reader.string(entry, at, u"asOf"_s);
        if (reader.failed())
            break;
        if (!isEmptyOrIsoDate(score.asOf) || score.asOf.isEmpty()) {
            reader.fail(JsonReader::join(at, u"asOf"_s),
                        u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(score.asOf));
            break;
        }
        if (seen.contains(benchmarkKey(score.benchmark))) {
            reader.fail(
                JsonReader::join(at, u"benchmark"_s),
                u"\"%1\" is listed twice; each benchmark needs one score"_s.arg(score.benchmark));
            break;
        }
        seen.insert(benchmarkKey(score.benchmark));
        scores.append(std::move(score));
    }
    return scores;
}

} // namespace pertoken
