#pragma once

#include "common/input_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <optional>

namespace pertoken {

/// Strict reading of JSON documents that people edit and mail to each other. Every read names
/// its field by JSON path; the first problem is kept as an InputError and later reads become
/// no-ops returning defaults, so a parser can read a whole object and check `failed()` once.
/// Nothing missing or mistyped is silently defaulted: optional fields are read with `optional*`.
class JsonReader {
public:
    explicit JsonReader(QString source)
        : m_source(std::move(source))
    {}

    bool failed() const { return m_error.has_value(); }
    const InputError &error() const { return *m_error; }
    void fail(const QString &field, const QString &message);

    double number(const QJsonObject &object, const QString &path, const QString &key,
                  double min = -std::numeric_limits<double>::max(),
                  double max = std::numeric_limits<double>::max());
    std::optional<double> optionalNumber(const QJsonObject &object, const QString &path,
                                         const QString &key,
                                         double min = -std::numeric_limits<double>::max(),
                                         double max = std::numeric_limits<double>::max());
    int integer(const QJsonObject &object, const QString &path, const QString &key, int min,
                int max);
    QString string(const QJsonObject &object, const QString &path, const QString &key);
    /// A required string that must hold more than white space (names, ids, sources).
    QString nonEmptyString(const QJsonObject &object, const QString &path, const QString &key);
    QString optionalString(const QJsonObject &object, const QString &path, const QString &key,
                           const QString &fallback = {});
    bool boolean(const QJsonObject &object, const QString &path, const QString &key);
    bool optionalBoolean(const QJsonObject &object, const QString &path, const QString &key,
                         bool fallback);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key);

    /// "options[2]" style path joining: join(u"options", 2) and join(u"workload", u"x").
    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, qsizetype index);

private:
    bool checkRange(const QString &field, double value, double min, double max);

    QString m_source;
    std::optional<InputError> m_error;
};

} // namespace pertoken
