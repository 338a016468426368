#include "scaling/train_to_test.h"

#include "scaling/compute_optimal.h"
#include "scaling/root_finding.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

/// The smallest model the search considers, and the fewest training tokens.
constexpr double kMinParams = 1.0;
constexpr double kMinTokens = 1.0;

struct Candidate {
    double params = 0;
    double tokens = 0;
    double loss = 0;
    double passAtK = -1;     // −1: k not affordable
    double shareLogOdds = 0; // ln(training spend / serving spend)
};

class Solver {
public:
    explicit Solver(const TrainToTestInputs &inputs)
        : m_inputs(inputs)
        , m_budget(inputs.prices.inUsd() ? inputs.budgetUsd : inputs.budgetFlops)
        , m_perTrainFlop(inputs.prices.trainingUsdPerModelFlop())
        , m_perPromptFlop(inputs.prices.prefillUsdPerModelFlop())
        , m_perDecodeFlop(inputs.prices.decodeUsdPerModelFlop())
    {}

    /// Budget units spent per parameter on serving every query with k samples.
    double servingPerParam(double samples) const
    {
        return 2.0 * m_inputs.queries *
               (m_inputs.promptTokens * m_perPromptFlop +
                samples * m_inputs.tokensPerSample * m_perDecodeFlop);
    }

    /// The loss-minimising N for k samples, D from the budget. The search variable is the
    /// log-odds z of the budget's training share s: N = budget·(1−s)/serving and
    /// D = (serving/training)·e^z, which stays exact at both ends (computing D from N loses
    /// every digit when serving takes nearly all of the budget). L is unimodal in ln N, and z
    /// is monotone in ln N, so the slope in z changes sign once. `hint` is the z of a nearby
    /// solution; the bracket grows outwards from it.
    Candidate bestModel(double samples, double hint) const
    {
        const double serving = servingPerParam(samples);                      // per parameter
        const double training = 6.0 * m_perTrainFlop;                         // per parameter-token
        const double zLo = std::log(kMinTokens * training / serving);         // D = kMinTokens
        const double zHi = std::log(m_budget / (serving * kMinParams) - 1.0); // N = kMinParams
        if (!(serving > 0) || !std::isfinite(zHi) || !(zHi > zLo))
            return {};
        // 1 − s = 1/(1 + e^z), never 1 − s itself: s rounds to 1 long before N reaches 1.
        const auto modelAt = [&](double z) {
            const double odds = std::exp(z);
            return std::pair{m_budget / (serving * (1.0 + odds)), serving / training * odds};
        };
        // dL/dz = ∂L/∂lnD · dlnD/dz + ∂L/∂lnN · dlnN/dz, with dlnD/dz = 1, dlnN/dz = −s;
        // ln N = ln(budget/serving) − ln(1 + e^z) and ln D = ln(serving/training) + z.
        const double logBudgetPerServing = std::log(m_budget / serving);
        const double logServingPerTraining = std::log(serving / training);
        const auto slope = [&](double z) {
            const double odds = std::exp(z);
            const LossSlopes slopes = lossSlopesAtLogs(
                m_inputs.law, logBudgetPerServing - std::log1p(odds), logServingPerTraining + z);
            return slopes.logTokens - odds / (1.0 + odds) * slopes.logParams;
        };
        // z to 1e-7 leaves the loss, stationary at the root, exact to ~1e-14.
        double width = 0.125;
        double a = std::clamp(hint - width, zLo, zHi);
        double b = std::clamp(hint + width, zLo, zHi);
        double slopeA = slope(a);
        double slopeB = slope(b);
        while (a > zLo && slopeA > 0) {
            width *= 4;
            b = a;
            slopeB = slopeA;
            a = std::clamp(hint - width, zLo, zHi);
            slopeA = slope(a);
        }
        while (b < zHi && slopeB < 0) {
            width *= 4;
            a = b;
            slopeA = slopeB;
            b = std::clamp(hint + width, zLo, zHi);
            slopeB = slope(b);
        }
        double z = slopeB <= 0 ? b : a;
        if (const std::optional<double> root = findRootBracketed(slope, a, b, slopeA, slopeB, 1e-7))
            z = *root;
        Candidate candidate;
        std::tie(candidate.params, candidate.tokens) = modelAt(z);
        candidate.shareLogOdds = z;
        candidate.loss = trainingLoss(m_inputs.law, candidate.params, candidate.tokens);
        candidate.passAtK = passAtK(m_inputs.passAtK, candidate.loss, samples);
        return candidate;
    }

    /// The log-odds of the training share of a model's spend, as a hint for bestModel.
    double shareLogOdds(const TrainToTestPoint &point) const
    {
        const double trainingSpend = point.trainFlops * m_perTrainFlop;
        const double servingSpend = point.params * servingPerParam(point.samples);
        return trainingSpend > 0 && servingSpend > 0 ? std::log(trainingSpend / servingSpend) : 0.0;
    }

    TrainToTestPoint point(double params, double tokens, int samples) const
    {
        TrainToTestPoint point;
        point.params = params;
        point.tokens = tokens;
        point.samples = samples;
        point.loss = trainingLoss(m_inputs.law, params, tokens);
        point.passAtK = passAtK(m_inputs.passAtK, point.loss, samples);
        point.trainFlops = 6.0 * params * tokens;
        point.inferenceFlops = 2.0 * params * m_inputs.queries *
                               (m_inputs.promptTokens + samples * m_inputs.tokensPerSample);
        if (m_inputs.prices.inUsd()) {
            point.trainUsd = point.trainFlops * m_perTrainFlop;
            point.inferenceUsd = params * servingPerParam(samples);
        }
        return point;
    }

    /// Training FLOPs the whole budget buys when nothing is served.
    double trainingOnlyFlops() const { return m_budget / m_perTrainFlop; }

    /// The compute-optimal model with k = 1 whose training plus serving spends the budget:
    /// C_train·c_tr + serving(1)·N_opt(C_train) = budget, increasing in C_train.
    TrainToTestPoint chinchilla() const
    {
        const double serving = servingPerParam(1);
        const double maxFlops = trainingOnlyFlops();
        double trainFlops = maxFlops;
        if (serving > 0) {
            const auto excess = [&](double logFlops) {
                const double flops = std::exp(logFlops);
                return (flops * m_perTrainFlop +
                        serving * computeOptimal(m_inputs.law, flops).params) /
                           m_budget -
                       1.0;
            };
            const std::optional<double> root =
                findRootBracketed(excess, std::log(maxFlops) - 200.0, std::log(maxFlops), 1e-12);
            trainFlops = root ? std::exp(*root) : maxFlops;
        }
        const ComputeOptimalPoint model = computeOptimal(m_inputs.law, trainFlops);
        return point(model.params, model.tokens, 1);
    }

private:
    const TrainToTestInputs &m_inputs;
    double m_budget;
    double m_perTrainFlop;
    double m_perPromptFlop;
    double m_perDecodeFlop;
};

/// Finds the whole k with the best pass@k, assuming that pass@k along the optimum (the best N
/// for each k) rises and then falls in k. The continuous relaxation, k real, locates the peak
/// with Brent's minimiser over ln k; the whole k on either side of it are then compared.
class SampleSearch {
public:
    SampleSearch(const Solver &solver, int maxSamples, double shareHint)
        : m_solver(solver)
        , m_maxSamples(maxSamples)
        , m_hint(shareHint)
    {}

    bool found() const { return m_bestSamples > 0; }
    int bestSamples() const { return m_bestSamples; }
    const Candidate &best() const { return m_best; }

    /// pass@k for a real k, or −1 when the budget cannot serve it.
    double passAt(double samples)
    {
        const Candidate candidate = m_solver.bestModel(samples, m_hint);
        if (candidate.passAtK >= 0)
            m_hint = candidate.shareLogOdds;
        return candidate.passAtK;
    }

    /// Evaluates a whole k and keeps it when it beats the best so far (ties: the smaller k).
    void consider(int samples)
    {
        const Candidate candidate = m_solver.bestModel(samples, m_hint);
        if (candidate.passAtK < 0)
            return;
        m_hint = candidate.shareLogOdds;
        if (candidate.passAtK > m_best.passAtK ||
            (candidate.passAtK == m_best.passAtK && samples < m_bestSamples)) {
            m_best = candidate;
            m_bestSamples = samples;
        }
    }

    /// k = 1, 2, 4, ..., maxSamples, then the peak inside the best grid cell.
    void scanGrid()
    {
        QList<int> grid;
        for (int k = 1; k < m_maxSamples; k *= 2)
            grid.append(k);
        grid.append(m_maxSamples);
        qsizetype bestIndex = -1;
        for (qsizetype i = 0; i < grid.size(); ++i) {
            const int before = m_bestSamples;
            consider(grid[i]);
            if (m_bestSamples != before)
                bestIndex = i;
        }
        if (bestIndex >= 0)
            refine(grid[std::max<qsizetype>(bestIndex - 1, 0)],
                   grid[std::min<qsizetype>(bestIndex + 1, grid.size() - 1)]);
    }

    /// Starting from a neighbouring problem's k: a bracket of a factor 2 either way, moved
    /// outwards while the peak sits on its edge.
    void searchNear(int samples)
    {
        double lo = std::max(1.0, samples / 2.0);
        double hi = std::min<double>(m_maxSamples, samples * 2.0);
        for (int attempt = 0; attempt < 40; ++attempt) {
            const double peak = locatePeak(lo, hi);
            const bool atLow = peak < lo * 1.01 && lo > 1.0;
            const bool atHigh = peak > hi / 1.01 && hi < m_maxSamples;
            if (!atLow && !atHigh)
                break;
            if (atLow) {
                hi = lo * 1.05;
                lo = std::max(1.0, lo / 4.0);
            } else {
                lo = hi / 1.05;
                hi = std::min<double>(m_maxSamples, hi * 4.0);
            }
        }
        if (!found())
            scanGrid();
    }

private:
    /// The real k of the peak in [lo, hi]; the whole k around it are considered.
    double locatePeak(double lo, double hi)
    {
        if (hi <= lo) {
            consider(int(std::lround(lo)));
            return lo;
        }
        // To 0.1 in k at the top of the bracket, so the peak is within one whole k.
        const double logPeak =
            minimizeBracketed([&](double logSamples) { return -passAt(std::exp(logSamples)); },
                              std::log(lo), std::log(hi), 0.1 / hi);
        const double peak = std::exp(logPeak);
        const int nearest = int(std::lround(peak));
        for (int k = nearest - 1; k <= nearest + 1; ++k)
            if (k >= 1 && k <= m_maxSamples)
                consider(k);
        return peak;
    }

    /// The whole k between two grid points.
    void refine(int lo, int hi) { locatePeak(lo, hi); }

    const Solver &m_solver;
    int m_maxSamples;
    double m_hint;
    Candidate m_best;
    int m_bestSamples = 0;
};

std::optional<InputError> checkInputs(const TrainToTestInputs &inputs)
{
    if (auto problem = validateTrainingLaw(inputs.law, u"law"_s))
        return problem;
    if (auto problem = validatePassAtKModel(inputs.passAtK, u"passAtK"_s))
        return problem;
    const auto error = [](const QString &field, const QString &message, double value) {
        return InputError{{}, field, message.arg(value, 0, 'g', 6)};
    };
    if (!std::isfinite(inputs.queries) || inputs.queries < 0)
        return error(u"queries"_s, u"must be 0 or more queries (got %1)"_s, inputs.queries);
    if (!std::isfinite(inputs.promptTokens) || inputs.promptTokens < 0)
        return error(u"promptTokens"_s, u"must be 0 or more tokens (got %1)"_s,
                     inputs.promptTokens);
    if (!std::isfinite(inputs.tokensPerSample) || inputs.tokensPerSample <= 0)
        return error(u"tokensPerSample"_s, u"must be more than 0 tokens (got %1)"_s,
                     inputs.tokensPerSample);
    if (inputs.maxSamples < 1 || inputs.maxSamples > kMaxSamplesLimit)
        return error(u"maxSamples"_s,
                     u"must be at least 1 sample per query and at most 1000000 (got %1)"_s,
                     inputs.maxSamples);
    const bool inUsd = inputs.prices.inUsd();
    const double budget = inUsd ? inputs.budgetUsd : inputs.budgetFlops;
    if (!std::isfinite(budget) || budget <= 0)
        return error(inUsd ? u"budgetUsd"_s : u"budgetFlops"_s,
                     inUsd ? u"must be more than 0 USD (got %1)"_s
                           : u"must be more than 0 FLOPs (got %1)"_s,
                     budget);
    return std::nullopt;
}

InputError budgetTooSmall(const TrainToTestInputs &inputs)
{
    const bool inUsd = inputs.prices.inUsd();
    return InputError{
        {},
        inUsd ? u"budgetUsd"_s : u"budgetFlops"_s,
        u"is too small to serve %1 queries of %2 prompt and %3 generated tokens "
        "per sample with any model of at least one parameter"_s.arg(inputs.queries, 0, 'g', 6)
            .arg(inputs.promptTokens, 0, 'g', 6)
            .arg(inputs.tokensPerSample, 0, 'g', 6)};
}

} // namespace

Result<TrainToTestResult> optimizeTrainToTest(const TrainToTestInputs &inputs,
                                              const std::optional<TrainToTestPoint> &near)
{
    if (auto problem = checkInputs(inputs))
        return *problem;
    const Solver solver(inputs);
    TrainToTestResult result;
    result.chinchilla = solver.chinchilla();
    if (inputs.queries == 0) {
        result.optimum = result.chinchilla;
        return result;
    }

    SampleSearch search(solver, inputs.maxSamples,
                        solver.shareLogOdds(near ? *near : result.chinchilla));
    if (near)
        search.searchNear(std::clamp(near->samples, 1, inputs.maxSamples));
    else
        search.scanGrid();
    if (!search.found())
        return budgetTooSmall(inputs);
    result.optimum = solver.point(search.best().params, search.best().tokens, search.bestSamples());
    return result;
}

Result<TrainToTestPoint> trainToTestAtSamples(const TrainToTestInputs &inputs, int samples)
{
    if (auto problem = checkInputs(inputs))
        return *problem;
    if (samples < 1 || samples > inputs.maxSamples)
        return InputError{{},
                          u"samples"_s,
                          u"must be between 1 and maxSamples = %1 (got %2)"_s.arg(inputs.maxSamples)
                              .arg(samples)};
    const Solver solver(inputs);
    const Candidate candidate = solver.bestModel(samples, solver.shareLogOdds(solver.chinchilla()));
    if (candidate.passAtK < 0)
        return budgetTooSmall(inputs);
    return solver.point(candidate.params, candidate.tokens, samples);
}

} // namespace pertoken
