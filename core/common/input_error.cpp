#include "common/input_error.h"

namespace pertoken {

QString InputError::toString() const
{
    QString text;
    if (!source.isEmpty())
        text += source + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

} // namespace pertoken
