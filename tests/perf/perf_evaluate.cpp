// Prints the median time of evaluate() on the built-in default scenario against its budget
// (DESIGN.md: 1 ms or less on the 2-core CI machine).

#include "scenario/evaluate.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main() {
    const pertoken::Scenario scenario = pertoken::defaultScenario();
    for (int i = 0; i < 20; ++i) // warm caches and the catalogs
        pertoken::evaluate(scenario);

    constexpr int kRuns = 400;
    std::vector<double> milliseconds;
    milliseconds.reserve(kRuns);
    double checksum = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const pertoken::Evaluation e = pertoken::evaluate(scenario);
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
        checksum += e.options.size();
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const double median = milliseconds[milliseconds.size() / 2];
    const double p90 = milliseconds[milliseconds.size() * 9 / 10];
    QTextStream(stdout) << "evaluate(default scenario): median " << QString::number(median, 'f', 3)
                        << " ms, p90 " << QString::number(p90, 'f', 3) << " ms over " << kRuns
                        << " runs (budget: median <= 1 ms) "
                        << (median <= 1.0 ? "WITHIN BUDGET" : "OVER BUDGET") << " [" << checksum
                        << "]\n";
    return 0;
}
