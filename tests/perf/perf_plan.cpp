// Prints the median time of one train-to-test optimisation (Chinchilla's 5.76e23 FLOPs, 1e9
// queries of 70 + k × 215 tokens, k up to 1024, Epoch refit, Beta pass@k) against its budget
// (5 ms or less), and beside it the whole runPlan() of the default planner inputs, which the
// dashboard repeats on every slider change (frontier sweeps included).

#include "scaling/planner.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

struct Timing {
    double medianMs = 0;
    double p90Ms = 0;
};

Timing time(int runs, const std::function<double()> &work)
{
    double checksum = 0;
    for (int i = 0; i < 20; ++i) // warm caches
        checksum += work();
    std::vector<double> milliseconds;
    milliseconds.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        checksum += work();
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    if (checksum == 42.0) // keeps the work from being optimised away
        QTextStream(stdout) << "";
    return {milliseconds[milliseconds.size() / 2], milliseconds[milliseconds.size() * 9 / 10]};
}

} // namespace

int main()
{
    using namespace pertoken;
    const PlannerInputs plannerInputs = defaultPlannerInputs();
    TrainToTestInputs inputs;
    inputs.law = plannerInputs.law;
    inputs.passAtK = plannerInputs.passAtK;
    inputs.queries = 1e9;
    inputs.promptTokens = 70;
    inputs.tokensPerSample = 215;
    inputs.maxSamples = 1024;
    inputs.budgetFlops = kChinchillaComputeFlops;

    constexpr int kRuns = 1000;
    const Timing t2 = time(kRuns, [&] {
        const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
        return result ? result->optimum.passAtK : 0.0;
    });
    const Timing plan = time(kRuns / 5, [&] {
        const PlanResult result = runPlan(plannerInputs);
        return double(result.bestPassAtKByBudget.size());
    });

    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QTextStream out(stdout);
    out << "train-to-test optimisation: median " << QString::number(t2.medianMs, 'f', 4)
        << " ms, p90 " << QString::number(t2.p90Ms, 'f', 4) << " ms over " << kRuns
        << " runs (budget: <= 5 ms) " << (t2.medianMs <= 5.0 ? "WITHIN BUDGET" : "OVER BUDGET")
        << '\n';
    if (result)
        out << "  optimum: " << QString::number(result->optimum.params, 'g', 4) << " params, "
            << QString::number(result->optimum.tokensPerParam(), 'f', 1)
            << " tokens/param, k = " << result->optimum.samples << ", pass@k "
            << QString::number(result->optimum.passAtK, 'f', 4) << '\n';
    out << "runPlan(default planner inputs, with chart sweeps): median "
        << QString::number(plan.medianMs, 'f', 4) << " ms, p90 "
        << QString::number(plan.p90Ms, 'f', 4) << " ms over " << kRuns / 5 << " runs\n";
    return 0;
}
