#include "cost/frontier.h"

#include "inference/roofline.h"

#include <algorithm>
#include <optional>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kSecondsPerHour = 3600.0;
constexpr int kMostDevices = 8;

double usdPerMillion(double usdPerHour, double tokensPerSecond)
{
    return tokensPerSecond > 0 ? usdPerHour / (kSecondsPerHour * tokensPerSecond) * 1e6 : 0.0;
}

// Batches 1, 2, 4, ... below `most`, then `most` itself.
QList<int> batches(int most)
{
    QList<int> list;
    for (int batch = 1; batch < most; batch *= 2)
        list.append(batch);
    list.append(std::max(1, most));
    return list;
}

void addLayout(RooflineInput in, int engineLimit, double usdPerHour, const Workload &workload,
               QList<FrontierPoint> &points)
{
    const RooflineResult probe = roofline(in);
    if (!probe.fits || probe.maxBatch < 1)
        return;
    for (int batch : batches(std::min(engineLimit, probe.maxBatch))) {
        in.batch = batch;
        const RooflineResult r = roofline(in);
        if (!(r.decodeStepSeconds > 0) || !(r.requestsPerSecond > 0))
            continue;
        FrontierPoint point;
        point.devices = in.devices;
        point.batch = r.batch;
        point.userTokensPerSecond = 1.0 / r.decodeStepSeconds;
        point.replicaTokensPerSecond = r.requestsPerSecond * workload.tokensPerRequest();
        point.usdPerHour = usdPerHour;
        point.usdPerMillionTokens = usdPerMillion(usdPerHour, point.replicaTokensPerSecond);
        points.append(point);
    }
}

// The point between front points `a` and `b` (one layout, so one hourly cost) at per-user speed
// `speed`: throughput linear in speed between the two, cost from that throughput.
FrontierPoint between(const FrontierPoint &a, const FrontierPoint &b, double speed)
{
    const double t =
        (speed - a.userTokensPerSecond) / (b.userTokensPerSecond - a.userTokensPerSecond);
    FrontierPoint p = a;
    p.userTokensPerSecond = speed;
    p.replicaTokensPerSecond =
        a.replicaTokensPerSecond + t * (b.replicaTokensPerSecond - a.replicaTokensPerSecond);
    p.usdPerMillionTokens = usdPerMillion(p.usdPerHour, p.replicaTokensPerSecond);
    p.batch = 0; // no whole batch runs there
    p.interpolated = true;
    return p;
}

bool sameLayout(const FrontierPoint &a, const FrontierPoint &b)
{
    return a.devices > 0 && a.devices == b.devices && a.usdPerHour == b.usdPerHour &&
           a.replicaTokensPerSecond != b.replicaTokensPerSecond;
}

} // namespace

QList<FrontierPoint> paretoFront(const QList<FrontierPoint> &points)
{
    QList<FrontierPoint> sorted = points;
    // Fastest first; among equally fast, cheapest first.
    std::sort(sorted.begin(), sorted.end(), [](const FrontierPoint &a, const FrontierPoint &b) {
        if (a.userTokensPerSecond != b.userTokensPerSecond)
            return a.userTokensPerSecond > b.userTokensPerSecond;
        return a.usdPerMillionTokens < b.usdPerMillionTokens;
    });
    QList<FrontierPoint> front;
    for (const FrontierPoint &point : std::as_const(sorted)) {
        // Every point kept so far is at least as fast: keep this one only if it is cheaper.
        if (front.isEmpty() || point.usdPerMillionTokens < front.last().usdPerMillionTokens)
            front.append(point);
    }
    std::reverse(front.begin(), front.end());
    return front;
}

FrontierCurve frontierCurve(const DeploymentOption &option, const Workload &workload,
                            const PreparedOption &prepared, double apiUsdPerMillionTokens)
{
    FrontierCurve curve;
    curve.optionId = option.id;
    curve.optionName = option.name;
    curve.kind = option.kind();
    if (!prepared.feasible)
        return curve;
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec)) {
        const ApiPrice &price = cloud->price;
        if (!(price.outputTokensPerSecond > 0))
            return curve;
        FrontierPoint point;
        point.devices = 0;
        point.batch = 0;
        point.userTokensPerSecond = price.outputTokensPerSecond;
        point.usdPerMillionTokens = apiUsdPerMillionTokens;
        curve.points.append(point);
        curve.front = curve.points;
        curve.basis = u"published: %1 (%2)"_s.arg(price.speedSource, price.speedAsOf);
        return curve;
    }
    const std::optional<RooflineInput> input = preparedRooflineInput(option, workload, prepared);
    if (!input)
        return curve;
    // The sweep is always the roofline's, with the efficiencies the option runs with: fitted,
    // the option's own, or calibrated from a measurement. A measured serving rate is one point
    // of one layout, so the rest of such an option's front is the estimate, and says so.
    switch (prepared.serving.basis) {
    case ThroughputBasis::Calibrated:
        curve.basis = u"calibrated"_s;
        break;
    case ThroughputBasis::Measured:
        curve.basis = u"roofline (the measurement covers one batch; the front is estimated)"_s;
        break;
    case ThroughputBasis::Roofline:
        curve.basis = u"roofline"_s;
        break;
    }
    RooflineInput in = *input;
    if (const auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        const double gpuHour = gpuHourCost(*hosted).totalUsd();
        const bool linked = !hosted->accelerator.interconnect.isEmpty();
        for (int devices = 1; devices <= (linked ? kMostDevices : 1); devices *= 2) {
            in.devices = devices;
            addLayout(in, std::max(1, hosted->maxBatch), devices * gpuHour, workload, curve.points);
        }
    } else if (prepared.kind == OptionKind::OnDevice) {
        const double perHour = (prepared.availableHoursPerMonth > 0
                                    ? prepared.deviceUsdPerMonth / prepared.availableHoursPerMonth
                                    : 0.0) +
                               prepared.electricityUsdPerBusyHour;
        in.devices = 1;
        addLayout(in, prepared.roofline.maxBatch, perHour, workload, curve.points);
    }
    curve.front = paretoFront(curve.points);
    return curve;
}

FrontierAnswer cheapestAtSpeed(const QList<FrontierCurve> &curves, double minUserTokensPerSecond)
{
    FrontierAnswer answer;
    double fastest = 0;
    for (const FrontierCurve &curve : curves) {
        const QList<FrontierPoint> &front = curve.front;
        // Along the front cost rises with speed: the first point fast enough is the cheapest.
        const auto it = std::find_if(front.begin(), front.end(), [&](const FrontierPoint &p) {
            return p.userTokensPerSecond >= minUserTokensPerSecond;
        });
        if (!front.isEmpty())
            fastest = std::max(fastest, front.last().userTokensPerSecond);
        if (it == front.end())
            continue;
        FrontierPoint candidate = *it;
        if (it != front.begin() && sameLayout(*(it - 1), *it) &&
            it->userTokensPerSecond > minUserTokensPerSecond)
            candidate = between(*(it - 1), *it, minUserTokensPerSecond);
        if (!answer.found || candidate.usdPerMillionTokens < answer.point.usdPerMillionTokens) {
            answer.found = true;
            answer.optionId = curve.optionId;
            answer.optionName = curve.optionName;
            answer.point = candidate;
        }
    }
    if (!answer.found) {
        answer.outsideRange = true;
        answer.note = fastest > 0 ? u"no option reaches %1 tokens/s per user; the fastest computed "
                                    u"point gives %2"_s.arg(minUserTokensPerSecond)
                                        .arg(fastest, 0, 'f', 1)
                                  : u"no option has a cost–speed frontier"_s;
    }
    return answer;
}

FrontierAnswer fastestUnderCost(const QList<FrontierCurve> &curves, double maxUsdPerMillionTokens)
{
    FrontierAnswer answer;
    double cheapest = -1;
    for (const FrontierCurve &curve : curves) {
        const QList<FrontierPoint> &front = curve.front;
        if (front.isEmpty())
            continue;
        if (cheapest < 0 || front.first().usdPerMillionTokens < cheapest)
            cheapest = front.first().usdPerMillionTokens;
        // The last point within the bound is the fastest of this option's computed points.
        qsizetype last = -1;
        for (qsizetype i = 0; i < front.size(); ++i) {
            if (front[i].usdPerMillionTokens <= maxUsdPerMillionTokens)
                last = i;
        }
        if (last < 0)
            continue;
        FrontierPoint candidate = front[last];
        if (last + 1 < front.size() && sameLayout(front[last], front[last + 1]) &&
            maxUsdPerMillionTokens > 0) {
            const FrontierPoint &a = front[last];
            const FrontierPoint &b = front[last + 1];
            const double tokensPerSecond =
                a.usdPerHour * 1e6 / (kSecondsPerHour * maxUsdPerMillionTokens);
            const double t = (tokensPerSecond - a.replicaTokensPerSecond) /
                             (b.replicaTokensPerSecond - a.replicaTokensPerSecond);
            if (t > 0 && t < 1)
                candidate = between(a, b,
                                    a.userTokensPerSecond +
                                        t * (b.userTokensPerSecond - a.userTokensPerSecond));
        }
        if (!answer.found || candidate.userTokensPerSecond > answer.point.userTokensPerSecond) {
            answer.found = true;
            answer.optionId = curve.optionId;
            answer.optionName = curve.optionName;
            answer.point = candidate;
        }
    }
    if (!answer.found) {
        answer.outsideRange = true;
        answer.note = cheapest >= 0
                          ? u"no option costs %1 USD per million tokens or less; the cheapest "
                            u"computed point costs %2"_s.arg(maxUsdPerMillionTokens)
                                .arg(cheapest, 0, 'f', 4)
                          : u"no option has a cost–speed frontier"_s;
    }
    return answer;
}

} // namespace pertoken
