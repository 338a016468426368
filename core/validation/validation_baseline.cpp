#include "validation/validation_baseline.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"

#include <QJsonArray>

namespace pertoken {

using namespace Qt::StringLiterals;

Result<QStringList> baselineRegressions(const ValidationReport &current,
                                        const QByteArray &baselineJson, const QString &source,
                                        double tolerancePoints)
{
    Result<QJsonObject> root = parseJsonObject(baselineJson, source);
    if (!root)
        return root.error();
    if (root->value(u"schema"_s).toString() != u"pertoken.validation/1"_s)
        return InputError{source, u"schema"_s, u"must be \"pertoken.validation/1\""_s};
    JsonReader reader(source);
    const QJsonArray subsets = reader.array(*root, {}, u"subsets"_s);
    if (reader.failed())
        return reader.error();

    QStringList regressions;
    for (qsizetype i = 0; i < subsets.size(); ++i) {
        const QString path = JsonReader::join(u"subsets"_s, i);
        const QJsonObject entry = subsets.at(i).toObject();
        const QString group = reader.nonEmptyString(entry, path, u"group"_s);
        const QString key = reader.nonEmptyString(entry, path, u"key"_s);
        const int notPredicted = reader.integer(entry, path, u"notPredicted"_s, 0, 1'000'000);
        const QJsonValue median = entry.value(u"medianAbsErrorPercent"_s);
        if (!median.isNull() && !median.isDouble())
            reader.fail(JsonReader::join(path, u"medianAbsErrorPercent"_s),
                        u"must be a number or null"_s);
        if (reader.failed())
            return reader.error();

        const QString name = u"%1 %2"_s.arg(group, key);
        const ValidationSubset *now = current.findSubset(group, key);
        if (!now) {
            regressions.append(u"%1: in the baseline but no case belongs to it now"_s.arg(name));
            continue;
        }
        if (now->notPredicted > notPredicted)
            regressions.append(u"%1: %2 cases not predicted (baseline %3)"_s.arg(name)
                                   .arg(now->notPredicted)
                                   .arg(notPredicted));
        if (!median.isDouble())
            continue;
        if (now->stats.count == 0) {
            regressions.append(
                u"%1: no case predicted (baseline median |error| %2%)"_s.arg(name).arg(
                    median.toDouble(), 0, 'f', 1));
            continue;
        }
        if (now->stats.medianAbsErrorPercent > median.toDouble() + tolerancePoints)
            regressions.append(
                u"%1: median |error| %2% is worse than the baseline's %3% by more than %4 "
                "points"_s.arg(name)
                    .arg(now->stats.medianAbsErrorPercent, 0, 'f', 2)
                    .arg(median.toDouble(), 0, 'f', 2)
                    .arg(tolerancePoints, 0, 'g', 3));
    }
    return regressions;
}

} // namespace pertoken
