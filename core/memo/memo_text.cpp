#include "memo/memo_text.h"

#include "common/number_format.h"
#include "scenario/headline.h"

#include <QSet>

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(OptionKind kind)
{
    switch (kind) {
    case OptionKind::CloudApi:
        return u"Cloud API"_s;
    case OptionKind::SelfHosted:
        return u"Self-hosted"_s;
    case OptionKind::OnDevice:
        break;
    }
    return u"On-device"_s;
}

// Pipes would end a Markdown table cell early.
QString cell(QString text)
{
    return text.replace(u'|', u'/').replace(u'\n', u' ');
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 0) + u"%"_s;
}

void question(QString &md, const Scenario &s, const Evaluation &e)
{
    const Workload &w = s.workload;
    md += u"## Question\n\n"_s;
    if (!s.question.isEmpty())
        md += s.question + u"\n\nIn numbers: "_s;
    md += u"What is the cheapest way to serve %1 requests a month of %2 input and %3 output "
          "tokens (%4 tokens a month, %5 of input from a prompt cache, %6 requests in flight at "
          "peak)?\n\n"_s.arg(formatCount(w.requestsPerMonth), formatCount(w.inputTokensPerRequest),
                             formatCount(w.outputTokensPerRequest), formatCount(e.tokensPerMonth),
                             percent(w.cachedInputFraction), formatCount(w.peakConcurrentRequests));
    if (w.ttftTargetMs > 0 || w.tpotTargetMs > 0)
        md += u"Latency targets: %1 ms to the first token, %2 ms per output token (0: none).\n\n"_s
                  .arg(w.ttftTargetMs)
                  .arg(w.tpotTargetMs);
    if (!s.description.isEmpty())
        md += s.description + u"\n\n"_s;
}

void recommendation(QString &md, const Evaluation &e, const DisplayCurrency &c)
{
    md += u"## Recommendation\n\n"_s;
    const Headline head = headline(e);
    const OptionResult *best = e.option(head.cheapestId);
    if (!best) {
        md += u"No enabled option can serve this workload; see the options below.\n\n"_s;
        return;
    }
    if (head.cheapestMissesTargets) {
        md += u"No enabled option meets the latency targets, so there is no recommendation. The "
              "cheapest, %1 at %2 per million tokens (%3 a month), misses them.\n\n"_s.arg(
                  best->name, formatMoneyText(best->usdPerMillionTokens, c),
                  formatMoneyText(best->monthlyUsd, c));
        return;
    }
    md += targetsCountText(head) + u". "_s;
    md += u"**%1** at **%2 per million tokens** (%3 a month)."_s.arg(
        best->name, formatMoneyText(best->usdPerMillionTokens, c),
        formatMoneyText(best->monthlyUsd, c));
    QList<const OptionResult *> others;
    for (const OptionResult &r : e.options) {
        if (r.enabled && r.feasible && r.meetsTargets() && r.id != best->id)
            others.append(&r);
    }
    std::sort(others.begin(), others.end(), [](const OptionResult *a, const OptionResult *b) {
        return a->usdPerMillionTokens < b->usdPerMillionTokens;
    });
    if (!others.isEmpty() && best->usdPerMillionTokens > 0) {
        const OptionResult *next = others.first();
        md += u" The next cheapest, %1, costs %2 per million tokens (%3 more)."_s.arg(
            next->name, formatMoneyText(next->usdPerMillionTokens, c),
            percent(next->usdPerMillionTokens / best->usdPerMillionTokens - 1));
    }
    if (best->kind != OptionKind::CloudApi)
        md += u" Its throughput basis: %1."_s.arg(best->basisNote);
    if (head.breakEven)
        md += u" The break-even nearest this volume: %1 and %2 cost the same at %3 tokens a month"_s
                  .arg(e.option(head.breakEven->a)->name, e.option(head.breakEven->b)->name,
                       formatCount(*head.breakEven->tokensPerMonth)) +
              u" (%1 a month each there; %2)."_s.arg(
                  formatMoneyText(head.breakEven->usdPerMonth, c),
                  breakEvenRuleText(e.breakEvenPeak, e.peakConcurrentRequests));
    md += u"\n\n"_s;
}

void optionsTable(QString &md, const Evaluation &e, const DisplayCurrency &c)
{
    md += u"## Options compared\n\n"_s;
    md += u"| Option | Kind | %1 per M tokens | %1 per M input | %1 per M output | %1 per "
          "month | Basis |\n|---|---|---:|---:|---:|---:|---|\n"_s.arg(c.code);
    for (const OptionResult &r : e.options) {
        if (!r.enabled)
            continue;
        if (!r.feasible) {
            md += u"| %1 | %2 | n/a | | | | %3 |\n"_s.arg(cell(r.name), kindLabel(r.kind),
                                                          cell(r.infeasibleReason));
            continue;
        }
        QString basis = r.kind == OptionKind::CloudApi ? u"list price"_s : cell(r.basisNote);
        if (!r.meetsTargets())
            basis = u"**misses the latency targets**; "_s + basis;
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(
            cell(r.name), kindLabel(r.kind), formatMoneyText(r.usdPerMillionTokens, c),
            formatMoneyText(r.usdPerMillionInputTokens, c),
            formatMoneyText(r.usdPerMillionOutputTokens, c), formatMoneyText(r.monthlyUsd, c),
            basis);
    }
    md += u"\n"_s;
}

void breakEven(QString &md, const Evaluation &e, const DisplayCurrency &c)
{
    md += u"## Break-even volumes\n\n"_s;
    md += u"As volume varies: %1; the workload's volume is %2 tokens a month.\n\n"_s.arg(
        breakEvenRuleText(e.breakEvenPeak, e.peakConcurrentRequests),
        formatCount(e.tokensPerMonth));
    bool any = false;
    for (const BreakEven &pair : e.breakEven) {
        if (!pair.bothServe) {
            any = true;
            md += u"- %1 and %2: no break-even where both can serve (one misses a latency "
                  "target).\n"_s.arg(e.option(pair.a)->name, e.option(pair.b)->name);
            continue;
        }
        if (!pair.tokensPerMonth)
            continue;
        any = true;
        md += u"- %1 and %2 cost the same at %3 tokens a month (%4 a month each).\n"_s.arg(
            e.option(pair.a)->name, e.option(pair.b)->name, formatCount(*pair.tokensPerMonth),
            formatMoneyText(pair.usdPerMonth, c));
    }
    if (!any)
        md += u"- No two options cross between 1 k and 1,000 T tokens a month.\n"_s;
    md += u"\n"_s;
}

QString frontierLayout(const FrontierPoint &point)
{
    return u"%1 device%2, batch %3"_s.arg(point.devices)
        .arg(point.devices == 1 ? QString() : u"s"_s)
        .arg(point.batch);
}

// Each option's front from its cheapest to its fastest point (cost/frontier.h).
void frontier(QString &md, const Evaluation &e, const DisplayCurrency &c)
{
    QString lines;
    for (const FrontierCurve &curve : e.frontier) {
        if (curve.front.isEmpty())
            continue;
        const FrontierPoint &slow = curve.front.first();
        const FrontierPoint &fast = curve.front.last();
        if (slow.devices == 0) {
            lines += u"- %1: %2 tokens/s per user at %3 per million tokens (%4).\n"_s.arg(
                curve.optionName,
                formatDecimal(slow.userTokensPerSecond, 1, NumberLanguage::English),
                formatMoneyText(slow.usdPerMillionTokens, c), curve.basis);
            continue;
        }
        lines +=
            u"- %1: %2 tokens/s per user at %3 per million tokens (%4) to %5 tokens/s at %6 "
            u"(%7).\n"_s.arg(curve.optionName,
                             formatDecimal(slow.userTokensPerSecond, 1, NumberLanguage::English),
                             formatMoneyText(slow.usdPerMillionTokens, c), frontierLayout(slow),
                             formatDecimal(fast.userTokensPerSecond, 1, NumberLanguage::English),
                             formatMoneyText(fast.usdPerMillionTokens, c), frontierLayout(fast));
    }
    if (lines.isEmpty())
        return;
    md += u"## Cost against speed per user\n\nThe cheapest and the fastest point of each option's "
          "frontier (no other layout or batch is both faster per user and cheaper), with every "
          "replica busy all the time; tokens are input plus output in the workload's mix:\n\n"_s;
    md += lines + u"\n"_s;
}

void sensitivities(QString &md, const Evaluation &e, const DisplayCurrency &c)
{
    const OptionResult *best = e.option(headline(e).cheapestId);
    if (!best)
        return;
    const QList<SensitivityRow> rows = e.sensitivityFor(best->id);
    if (rows.isEmpty())
        return;
    md += u"## What moves the answer most\n\nFor %1, each input at −20% and +20%, all else "
          "equal:\n\n"_s.arg(best->name);
    for (qsizetype i = 0; i < std::min<qsizetype>(5, rows.size()); ++i) {
        const SensitivityRow &row = rows[i];
        md += u"- %1: %2 to %3 per million tokens\n"_s.arg(
            row.label, formatMoneyText(row.lowUsdPerMillionTokens, c),
            formatMoneyText(row.highUsdPerMillionTokens, c));
    }
    md += u"\n"_s;
    if (e.uncertainty.isEmpty())
        return;
    md += u"## Uncertainty\n\nCost per million tokens over the scenario's input ranges (P10 / "
          "P50 / P90, %1 Monte Carlo samples):\n\n"_s.arg(e.uncertainty.first().samples);
    bool modelError = false;
    for (const UncertaintyBand &band : e.uncertainty) {
        md +=
            u"- %1: %2 / %3 / %4"_s.arg(e.option(band.optionId)->name, formatMoneyText(band.p10, c),
                                        formatMoneyText(band.p50, c), formatMoneyText(band.p90, c));
        if (band.modelErrorPercent > 0) {
            md += u" (throughput model error ±%1% drawn)"_s.arg(band.modelErrorPercent, 0, 'f', 0);
            modelError = true;
        }
        md += u"\n"_s;
    }
    if (modelError)
        md += u"\nWhere marked, each sample also multiplies the estimated throughput by a "
              "log-normal factor whose 90% interval is the option's published error band.\n"_s;
    md += u"\n"_s;
}

// Cost per solved task, when the scenario says what a task is: options compared at equal
// quality rather than per token.
void solvedTasks(QString &md, const Scenario &s, const Evaluation &e, const DisplayCurrency &c)
{
    const TaskDefinition &task = s.task;
    if (!task.isDefined() || e.solvedTasks.isEmpty())
        return;
    const auto share = [](double fraction) -> QString {
        return QString::number(fraction * 100, 'f', 1) + u"%"_s;
    };
    md += u"## Cost per solved task\n\n"_s;
    md += u"A task is %1; an attempt uses %2 tokens. Up to %3 samples per task, each extra sample "
          "checked at %4; pass@k from the planner's pass@k model. Cost per solved task = cost per "
          "attempt ÷ share solved (k = 1), or k × (cost per attempt + check) ÷ pass@k.\n\n"_s.arg(
              task.benchmark.isEmpty() ? u"an item of the team's own evaluation set"_s
                                       : u"a %1 problem"_s.arg(task.benchmark),
              formatCount(task.tokensPerAttempt > 0 ? task.tokensPerAttempt
                                                    : s.workload.tokensPerRequest()),
              QString::number(task.maxSamples), formatMoneyText(task.verifierUsdPerAttempt, c));
    if (const OptionResult *best = e.option(e.cheapestSolvingId)) {
        for (const SolvedTaskResult &r : e.solvedTasks) {
            if (r.optionId != best->id)
                continue;
            md +=
                u"**Cheapest per solved task%1: %2** at **%3** (%4 samples, %5 solved).\n\n"_s.arg(
                    task.minSuccessFraction > 0
                        ? u" solving at least %1 of tasks"_s.arg(share(task.minSuccessFraction))
                        : QString(),
                    best->name, formatMoneyText(r.usdPerSolvedTask, c),
                    QString::number(r.bestSamples), share(r.passAtBestSamples));
        }
    } else {
        md += u"No option that meets the latency targets reaches the required share of tasks "
              "solved within %1 samples.\n\n"_s.arg(task.maxSamples);
    }
    md += u"| Option | Per attempt | Solved in one | Per solved task (k = 1) | Best k | Solved "
          "at best k | Per solved task | Basis |\n|---|---|---|---|---|---|---|---|\n"_s;
    for (qsizetype i = 0; i < e.solvedTasks.size() && i < e.options.size(); ++i) {
        const SolvedTaskResult &r = e.solvedTasks[i];
        if (!e.options[i].enabled)
            continue;
        if (!r.hasSuccess) {
            md += u"| %1 | | | | | | n/a | %2 |\n"_s.arg(cell(e.options[i].name), cell(r.basis));
            continue;
        }
        // As in the options table: an option that misses a latency target is never the answer.
        const OptionResult &option = e.options[i];
        const QString basis = option.meetsTtftTarget && option.meetsTpotTarget
                                  ? r.basis
                                  : u"**misses the latency targets**; "_s + r.basis;
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n"_s.arg(
            cell(option.name), formatMoneyText(r.usdPerAttempt, c), share(r.successProbability),
            formatMoneyText(r.usdPerSolvedTaskOneSample, c), QString::number(r.bestSamples),
            share(r.passAtBestSamples), formatMoneyText(r.usdPerSolvedTask, c), cell(basis));
    }
    md += u"\n"_s;
}

QString priceLabel(const ApiPrice &p)
{
    return p.provider + u" " + p.model;
}

QList<ApiPrice> enabledApiPrices(const Scenario &s)
{
    QList<ApiPrice> prices;
    for (const DeploymentOption &option : s.options) {
        if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec); cloud && option.enabled)
            prices.append(cloud->price);
    }
    return prices;
}

// An input as its source states it, in US dollars, followed by the display currency's figure:
// "$2.50 (€2.31)". Only US dollars where the memo is in US dollars.
QString sourceMoney(double usd, const DisplayCurrency &c)
{
    return c.isUsd() ? formatUsd(usd) : u"%1 (%2)"_s.arg(formatUsd(usd), formatMoneyText(usd, c));
}

void assumptions(QString &md, const Scenario &s, const QDate &memoDate, int staleAfterMonths,
                 const DisplayCurrency &c)
{
    md +=
        u"## Assumptions and sources\n\n| Input | Value | As of | Source |\n|---|---|---|---|\n"_s;
    QSet<QString> listed;
    const auto row = [&md, &listed](const QString &input, const QString &value, const QString &asOf,
                                    const QString &source) {
        const QString key = input + value;
        if (listed.contains(key))
            return;
        listed.insert(key);
        md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(cell(input), cell(value), cell(asOf), cell(source));
    };
    const auto hardware = [&row](const Accelerator &a) {
        row(a.name,
            u"%1 GB, %2 GB/s, %3 TFLOPS BF16, %4 W"_s.arg(a.memoryGB)
                .arg(a.bandwidthGBps)
                .arg(a.bf16Tflops)
                .arg(a.powerWatts),
            a.asOf, a.source);
    };
    for (const DeploymentOption &option : s.options) {
        if (!option.enabled)
            continue;
        if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec)) {
            const ApiPrice &p = cloud->price;
            const bool stale = isPriceStale(p.asOf, memoDate, staleAfterMonths);
            row(priceLabel(p),
                u"%1 in / %2 out per M tokens"_s.arg(sourceMoney(p.inputUsdPerMTok, c),
                                                     sourceMoney(p.outputUsdPerMTok, c)),
                stale ? u"%1 (older than %2 months)"_s.arg(p.asOf).arg(staleAfterMonths) : p.asOf,
                p.source);
        } else if (const auto *h = std::get_if<SelfHostedOption>(&option.spec)) {
            hardware(h->accelerator);
            row(h->model.name,
                u"%1 parameters, %2"_s.arg(formatCount(h->model.totalParams), h->quantization.name),
                {}, h->model.source);
            row(option.name,
                h->acquisition == Acquisition::Rent
                    ? u"rented at %1 per GPU-hour"_s.arg(sourceMoney(h->rentalUsdPerGpuHour, c))
                    : u"bought at %1 per GPU over %2 years at %3"_s
                          .arg(sourceMoney(h->purchaseUsdPerGpu, c))
                          .arg(h->lifetimeYears)
                          .arg(percent(h->costOfCapital)),
                {}, u"scenario input"_s);
        } else if (const auto *d = std::get_if<OnDeviceOption>(&option.spec)) {
            hardware(d->device);
            row(d->model.name,
                u"%1 parameters, %2"_s.arg(formatCount(d->model.totalParams), d->quantization.name),
                {}, d->model.source);
        }
    }
    md += u"\n"_s;
}

} // namespace

QString memoPriceAge(const Scenario &scenario, const QDate &memoDate, int staleAfterMonths)
{
    const QList<ApiPrice> prices = enabledApiPrices(scenario);
    if (prices.isEmpty())
        return {};
    const QString limit = memoDate.addMonths(-staleAfterMonths).toString(Qt::ISODate);
    QString md = u"## Price age\n\n"_s;
    const QList<ApiPrice> stale = stalePrices(prices, memoDate, staleAfterMonths);
    if (stale.isEmpty()) {
        return md + u"Every API price in this memo was read on or after %1, within %2 months of "
                    "the memo's date.\n\n"_s.arg(limit)
                        .arg(staleAfterMonths);
    }
    md += u"These API prices were read before %1, more than %2 months before the memo's date, "
          "and may no longer be what the provider charges:\n\n"_s.arg(limit)
              .arg(staleAfterMonths);
    for (const ApiPrice &price : stale)
        md += u"- %1: as of %2\n"_s.arg(priceLabel(price), price.asOf);
    return md + u"\n"_s;
}

QString memoMarkdown(const Scenario &scenario, const Evaluation &evaluation,
                     const QList<MemoChart> &charts, const QDateTime &createdAt,
                     const QString &productVersion, int staleAfterMonths,
                     const DisplayCurrency &currency)
{
    const QDate memoDate = createdAt.toUTC().date();
    // The title follows the workload until the scenario states its own question.
    const QString title = scenario.question.isEmpty()
                              ? u"the cheapest way to serve %1 tokens a month"_s.arg(
                                    formatCount(evaluation.tokensPerMonth))
                              : scenario.question;
    QString md = u"# Decision memo: %1\n\nScenario: %2\n\n"_s.arg(title, scenario.name);
    md += u"Prepared %1 with PerToken %2.\n\n"_s.arg(createdAt.toUTC().toString(u"yyyy-MM-dd"_s),
                                                     productVersion);
    if (!currency.isUsd())
        md += currencyNote(currency) + u"\n\n"_s;
    question(md, scenario, evaluation);
    recommendation(md, evaluation, currency);
    optionsTable(md, evaluation, currency);
    breakEven(md, evaluation, currency);
    frontier(md, evaluation, currency);
    solvedTasks(md, scenario, evaluation, currency);
    sensitivities(md, evaluation, currency);
    assumptions(md, scenario, memoDate, staleAfterMonths, currency);
    md += memoPriceAge(scenario, memoDate, staleAfterMonths);
    if (!charts.isEmpty()) {
        md += u"## Charts\n\n"_s;
        for (const MemoChart &chart : charts)
            md += u"![%1](%2)\n\n"_s.arg(chart.caption, chart.file);
    }
    for (const QString &warning : evaluation.warnings)
        md += u"> Note: %1\n\n"_s.arg(warning);
    return md;
}

} // namespace pertoken
