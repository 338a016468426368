#pragma once

#include "common/input_error.h"
#include "common/number_format.h"
#include "memo/memo_bundle.h"
#include "pricing/price_age.h"
#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pertoken::ui {

/// The decision memo as an A4 PDF at 300 dpi in the bundled font: `markdown` laid out with
/// QTextDocument, its images (Markdown `![caption](name)`) taken from `images` by name. Charts
/// are shrunk, never the text, to keep the memo within `maxPages` where the text allows.
/// `pageCount`, when given, receives the number of pages written.
Result<QByteArray> memoPdf(const QString &markdown, const QMap<QString, QImage> &images,
                           const QString &title, int maxPages = 3, int *pageCount = nullptr);

/// Every file of a decision-memo bundle except manifest.json: memo.md, memo.pdf,
/// charts/ID.svg and charts/ID.png and data/ID.csv for every exportable chart, and
/// scenario.pertoken. Every figure comes from evaluate(scenario). The memo is written in English
/// with English number formatting whatever language the dashboard speaks, so it is the memo
/// `pertoken memo` writes.
/// API prices older than `staleAfterMonths` are marked in the memo (memoMarkdown()). Money in
/// the memo and its charts is in `currency`, and the memo states its rate and date.
Result<QList<BundleEntry>> memoBundleEntries(const Scenario &scenario, const Evaluation &evaluation,
                                             const QDateTime &createdAt,
                                             int staleAfterMonths = kDefaultStaleAfterMonths,
                                             const DisplayCurrency &currency = {});

/// Evaluates `scenario` and writes its decision-memo bundle to `path` (a .zip) through
/// QSaveFile, with a manifest of sizes and SHA-256. Errors name the file.
std::optional<InputError>
exportMemoBundle(const Scenario &scenario, const QString &path,
                 const QDateTime &createdAt = QDateTime::currentDateTimeUtc(),
                 int staleAfterMonths = kDefaultStaleAfterMonths,
                 const DisplayCurrency &currency = {});

} // namespace pertoken::ui
