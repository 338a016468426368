#include "pricing/csv_import.h"

#include "common/catalog_file.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <optional>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QStringList kRequired{u"id"_s,
                            u"provider"_s,
                            u"model"_s,
                            u"input_usd_per_mtok"_s,
                            u"output_usd_per_mtok"_s,
                            u"output_modality"_s,
                            u"as_of"_s,
                            u"source"_s};

struct CsvRecord {
    int line = 0;
    QStringList cells;
};

// Splits RFC 4180 text into records, each with the line it starts on.
std::optional<InputError> splitCsv(const QString &text, const QString &source,
                                   QList<CsvRecord> *records)
{
    int line = 1;
    CsvRecord record{line, {}};
    QString cell;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    const auto endCell = [&] {
        record.cells.append(cell);
        cell.clear();
        afterQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u',') {
            endCell();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endCell();
            records->append(record);
            record = CsvRecord{++line, {}};
        } else if (afterQuote) {
            return InputError{source, u"line %1"_s.arg(line),
                              u"text after the closing quote of a field"_s};
        } else if (c == u'"') {
            if (!cell.isEmpty()) {
                return InputError{source, u"line %1"_s.arg(line),
                                  u"a quote inside an unquoted field (quote the whole field "
                                  u"and double the quote)"_s};
            }
            quoted = true;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        return InputError{source, u"line %1"_s.arg(record.line),
                          u"a quoted field is never closed"_s};
    }
    if (!cell.isEmpty() || !record.cells.isEmpty() || afterQuote) {
        endCell();
        records->append(record);
    }
    return std::nullopt;
}

class RowReader {
public:
    RowReader(const QString &source, const CsvRecord &record,
              const QHash<QString, qsizetype> &columns)
        : m_source(source)
        , m_record(record)
        , m_columns(columns)
    {}

    const std::optional<InputError> &error() const { return m_error; }

    QString text(const QString &column, bool required)
    {
        const qsizetype index = m_columns.value(column, -1);
        const QString value = index >= 0 ? m_record.cells.at(index).trimmed() : QString();
        if (required && value.isEmpty())
            fail(column, u"is empty"_s);
        return value;
    }

    std::optional<double> number(const QString &column, bool required, double max)
    {
        const QString value = text(column, required);
        if (m_error || value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return fail(column, u"must be a number (got \"%1\")"_s.arg(value));
        if (number < 0)
            return fail(column, u"must not be negative (got %1)"_s.arg(value));
        if (number > max)
            return fail(column, u"must be at most %1 (got %2)"_s.arg(max).arg(value));
        return number;
    }

    std::nullopt_t fail(const QString &column, const QString &message)
    {
        if (!m_error)
            m_error = InputError{m_source, u"line %1, column %2"_s.arg(m_record.line).arg(column),
                                 message};
        return std::nullopt;
    }

private:
    QString m_source;
    const CsvRecord &m_record;
    const QHash<QString, qsizetype> &m_columns;
    std::optional<InputError> m_error;
};

Result<ApiPrice> readRow(RowReader &row)
{
    ApiPrice price;
    price.id = row.text(u"id"_s, true);
    price.provider = row.text(u"provider"_s, true);
    price.model = row.text(u"model"_s, true);
    price.inputUsdPerMTok = row.number(u"input_usd_per_mtok"_s, true, kMaxUsdPerMTok).value_or(-1);
    price.outputUsdPerMTok =
        row.number(u"output_usd_per_mtok"_s, true, kMaxUsdPerMTok).value_or(-1);
    price.cachedInputUsdPerMTok =
        row.number(u"cached_input_usd_per_mtok"_s, false, kMaxUsdPerMTok).value_or(-1);
    const std::optional<double> discount = row.number(u"batch_discount"_s, false, 1);
    if (discount && *discount >= 1)
        row.fail(u"batch_discount"_s, u"must be below 1 (0.5 = half price)"_s);
    price.batchDiscount = discount.value_or(0);
    const std::optional<double> threshold =
        row.number(u"long_context_threshold_tokens"_s, false, kMaxPriceTokens);
    const std::optional<double> longInput =
        row.number(u"long_context_input_usd_per_mtok"_s, false, kMaxUsdPerMTok);
    const std::optional<double> longOutput =
        row.number(u"long_context_output_usd_per_mtok"_s, false, kMaxUsdPerMTok);
    const std::optional<double> longCached =
        row.number(u"long_context_cached_input_usd_per_mtok"_s, false, kMaxUsdPerMTok);
    if (threshold && *threshold <= 0)
        row.fail(u"long_context_threshold_tokens"_s, u"must be greater than 0"_s);
    if (threshold && !longInput && !longOutput) {
        row.fail(u"long_context_input_usd_per_mtok"_s,
                 u"is empty, but a long-context threshold needs its input or output rate"_s);
    }
    if (!threshold && (longInput || longOutput || longCached)) {
        row.fail(u"long_context_threshold_tokens"_s,
                 u"is empty, but long-context rates are given"_s);
    }
    price.longContextThresholdTokens = threshold.value_or(0);
    price.longContextInputUsdPerMTok = longInput.value_or(-1);
    price.longContextOutputUsdPerMTok = longOutput.value_or(-1);
    price.longContextCachedInputUsdPerMTok = longCached.value_or(-1);
    const QString modality = row.text(u"output_modality"_s, true);
    if (!row.error() && !outputModalityFromId(modality, &price.outputModality)) {
        row.fail(u"output_modality"_s,
                 u"must be text, image, audio or embedding (got \"%1\")"_s.arg(modality));
    }
    price.contextWindowTokens =
        row.number(u"context_window_tokens"_s, false, kMaxPriceTokens).value_or(0);
    price.asOf = row.text(u"as_of"_s, true);
    if (!row.error() && !isEmptyOrIsoDate(price.asOf))
        row.fail(u"as_of"_s, u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(price.asOf));
    price.source = row.text(u"source"_s, true);
    if (row.error())
        return *row.error();
    return price;
}

} // namespace

QStringList priceCsvColumns()
{
    return {u"id"_s,
            u"provider"_s,
            u"model"_s,
            u"input_usd_per_mtok"_s,
            u"output_usd_per_mtok"_s,
            u"cached_input_usd_per_mtok"_s,
            u"batch_discount"_s,
            u"long_context_threshold_tokens"_s,
            u"long_context_input_usd_per_mtok"_s,
            u"long_context_output_usd_per_mtok"_s,
            u"output_modality"_s,
            u"context_window_tokens"_s,
            u"as_of"_s,
            u"source"_s,
            u"long_context_cached_input_usd_per_mtok"_s};
}

Result<PriceImport> importPriceCsv(const QByteArray &csv, const QString &source)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CsvRecord> records;
    if (std::optional<InputError> error = splitCsv(text, source, &records))
        return *error;
    if (records.isEmpty())
        return InputError{source, u"line 1"_s, u"is empty (expected the header line)"_s};

    const CsvRecord &header = records.first();
    const QStringList known = priceCsvColumns();
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed();
        const QString field = u"line 1, column %1"_s.arg(i + 1);
        if (!known.contains(name)) {
            return InputError{
                source, field,
                u"\"%1\" is not a known column (expected %2)"_s.arg(name, known.join(u", "_s))};
        }
        if (columns.contains(name))
            return InputError{source, field, u"\"%1\" appears twice"_s.arg(name)};
        columns.insert(name, i);
    }
    for (const QString &name : kRequired) {
        if (!columns.contains(name))
            return InputError{source, u"line 1"_s, u"has no column \"%1\""_s.arg(name)};
    }

    PriceImport result;
    QHash<QString, int> lineById;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.cells.size() == 1 && record.cells.first().trimmed().isEmpty())
            continue;
        if (record.cells.size() != header.cells.size()) {
            return InputError{source, u"line %1"_s.arg(record.line),
                              u"has %1 cells, the header has %2"_s.arg(record.cells.size())
                                  .arg(header.cells.size())};
        }
        RowReader row(source, record, columns);
        Result<ApiPrice> price = readRow(row);
        if (!price)
            return price.error();
        if (lineById.contains(price->id)) {
            return InputError{source, u"line %1, column id"_s.arg(record.line),
                              u"\"%1\" is already used on line %2"_s.arg(price->id).arg(
                                  lineById.value(price->id))};
        }
        lineById.insert(price->id, record.line);
        result.prices.append(std::move(price).value());
    }
    return result;
}

} // namespace pertoken
