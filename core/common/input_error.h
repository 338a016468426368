#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pertoken {

/// What was wrong with an input that came from outside: a file, a command-line flag, a server.
/// `source` names the file or flag, `field` the JSON path or column, `message` what was expected.
struct InputError {
    QString source;
    QString field;
    QString message;

    /// "scenario.pertoken: options[2].rentalUsdPerGpuHour: must be at least 0 (got -1)"
    QString toString() const;
};

/// A value or the reason there is none. Errors at boundaries travel as values, never exceptions.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(InputError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const InputError &error() const { return std::get<InputError>(m_data); }

private:
    std::variant<T, InputError> m_data;
};

} // namespace pertoken
