#include "scenario/evaluation.h"

#include <cmath>

namespace pertoken {

double SensitivityRow::swing() const
{
    return std::abs(highUsdPerMillionTokens - lowUsdPerMillionTokens);
}

const OptionResult *Evaluation::option(const QString &id) const
{
    for (const OptionResult &result : options) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

QList<SensitivityRow> Evaluation::sensitivityFor(const QString &optionId) const
{
    QList<SensitivityRow> rows;
    for (const SensitivityRow &row : sensitivity) {
        if (row.optionId == optionId)
            rows.append(row);
    }
    return rows;
}

} // namespace pertoken
