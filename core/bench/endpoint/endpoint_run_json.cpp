#include "bench/endpoint/endpoint_benchmark.h"

#include "bench/endpoint/repeat_statistics.h"
#include "common/json_reader.h"

#include <QJsonArray>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// Published beside the numbers, since "TPOT" and "ITL" mean different things in different tools
// (benchmark-metrics.md §2.7).
QJsonObject definitions()
{
    return QJsonObject{
        {u"ttftMs"_s,
         u"first chunk carrying generated text (content or reasoning) - request start"_s},
        {u"tpotMs"_s, u"(e2e - ttft) / (outputTokens - 1), requests with at least 2 tokens"_s},
        {u"itlMs"_s, u"every gap between consecutive chunks carrying generated text"_s},
        {u"e2eMs"_s, u"last chunk carrying generated text - request start"_s},
        {u"queueMs"_s, u"request start - time the request was ready (waiting for a free slot); "
                       "open loop: request start - scheduled send time, the schedule lag"_s},
        {u"openLoop"_s, u"levels with ratePerSecond: ttftMs and e2eMs count from each "
                        "request's scheduled send time; ttftFromSendMs from its actual send"_s},
        {u"repeatStatistics"_s, u"per level over its repeats: mean +- t(0.975, n-1) * s / "
                                "sqrt(n), Student t (NIST/SEMATECH e-Handbook 1.3.6.7.2)"_s},
        {u"outputTokensPerSecond"_s, u"sum of output tokens / (last end - first start)"_s},
        {u"requestsPerSecond"_s, u"completed requests / (last end - first start)"_s},
        {u"percentiles"_s, u"linear interpolation between order statistics (numpy default)"_s},
    };
}

// The URL as written to files: no user info and no query, where credentials could hide.
QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

QJsonObject endpointSettingsToJson(const EndpointConfig &c)
{
    QJsonArray concurrency;
    for (int level : c.concurrencyLevels)
        concurrency.append(level);
    QJsonObject settings{{u"concurrency"_s, concurrency},
                         {u"requestsPerLevel"_s, c.requestsPerLevel},
                         {u"promptTokens"_s, c.promptTokens},
                         {u"maxTokens"_s, c.maxTokens},
                         {u"warmupRequests"_s, c.warmupRequests},
                         {u"ignoreEos"_s, c.ignoreEos},
                         {u"charsPerToken"_s, c.charsPerToken},
                         {u"ttftTargetMs"_s, c.targets.ttftMs},
                         {u"tpotTargetMs"_s, c.targets.tpotMs},
                         {u"connectTimeoutMs"_s, c.connectTimeoutMs},
                         {u"firstTokenTimeoutMs"_s, c.firstTokenTimeoutMs},
                         {u"idleTimeoutMs"_s, c.idleTimeoutMs},
                         {u"totalTimeoutMs"_s, c.totalTimeoutMs},
                         {u"runTimeoutMs"_s, c.runTimeoutMs},
                         {u"repeats"_s, c.repeats}};
    if (c.openLoop()) {
        QJsonArray rates;
        for (double rate : c.ratePerSecondLevels)
            rates.append(rate);
        settings.insert(u"ratePerSecond"_s, rates);
        settings.insert(u"arrivals"_s, arrivalProcessId(c.arrivals));
        settings.insert(u"seed"_s, QString::number(c.seed)); // 64 bits do not fit a JSON double
        settings.insert(u"maxConcurrency"_s, c.maxConcurrency);
    }
    if (c.shardCount > 1)
        settings.insert(u"shardCount"_s, c.shardCount);
    if (c.startAt.isValid())
        settings.insert(u"startAt"_s, c.startAt.toUTC().toString(Qt::ISODateWithMs));
    return settings;
}

QJsonObject endpointRunToJson(const EndpointRun &run)
{
    const EndpointConfig &c = run.config;
    QJsonArray levels;
    for (const LevelSummary &level : run.levels)
        levels.append(levelSummaryToJson(level));
    QJsonArray requests;
    for (const RequestRecord &record : run.records)
        requests.append(requestRecordToJson(record, run.originNs));
    QJsonObject object{
        {u"endpoint"_s, QJsonObject{{u"url"_s, safeUrl(run.endpointUrl)},
                                    {u"api"_s, streamApiId(c.api)},
                                    {u"model"_s, c.model}}},
        {u"settings"_s, endpointSettingsToJson(c)},
        // Only whether a key was sent: the key itself never reaches a file.
        {u"apiKeyUsed"_s, run.apiKeyUsed},
        {u"startedAt"_s, run.startedAt.toString(Qt::ISODateWithMs)},
        {u"cancelled"_s, run.cancelled},
        {u"deadlineReached"_s, run.deadlineReached},
        {u"definitions"_s, definitions()},
        {u"levels"_s, levels},
        {u"requests"_s, requests},
    };
    if (!run.fatalError.isEmpty())
        object.insert(u"error"_s, run.fatalError);
    if (c.shardCount > 1)
        object.insert(u"shardIndex"_s, c.shardIndex);
    if (run.scheduleStartedAt.isValid())
        object.insert(u"scheduleStartedAt"_s, run.scheduleStartedAt.toString(Qt::ISODateWithMs));
    if (c.repeats > 1)
        object.insert(u"repeatStatistics"_s, repeatStatisticsToJson(repeatStatistics(run.levels)));
    return object;
}

Result<EndpointRun> endpointRunFromJson(const QJsonObject &o, const QString &source)
{
    JsonReader reader(source);
    EndpointRun run;
    const QJsonObject endpoint = reader.object(o, {}, u"endpoint"_s);
    const QJsonObject settings = reader.object(o, {}, u"settings"_s);
    if (reader.failed())
        return reader.error();
    run.endpointUrl = QUrl(reader.string(endpoint, u"endpoint"_s, u"url"_s));
    run.config.url = run.endpointUrl;
    const QString api = reader.string(endpoint, u"endpoint"_s, u"api"_s);
    if (!reader.failed() && !streamApiFromId(api, &run.config.api))
        reader.fail(u"endpoint.api"_s, u"must be openai-chat, openai-completions or "
                                       "ollama-generate (got \"%1\")"_s.arg(api));
    run.config.model = reader.string(endpoint, u"endpoint"_s, u"model"_s);
    run.config.concurrencyLevels.clear();
    const QJsonArray concurrency = reader.array(settings, u"settings"_s, u"concurrency"_s);
    for (const QJsonValue &level : concurrency)
        run.config.concurrencyLevels.append(level.toInt());
    const auto integer = [&](const QString &key) {
        return int(reader.number(settings, u"settings"_s, key, 0, 1e9));
    };
    run.config.requestsPerLevel = integer(u"requestsPerLevel"_s);
    run.config.promptTokens = integer(u"promptTokens"_s);
    run.config.maxTokens = integer(u"maxTokens"_s);
    run.config.warmupRequests = integer(u"warmupRequests"_s);
    run.config.connectTimeoutMs = integer(u"connectTimeoutMs"_s);
    run.config.firstTokenTimeoutMs = integer(u"firstTokenTimeoutMs"_s);
    run.config.idleTimeoutMs = integer(u"idleTimeoutMs"_s);
    run.config.totalTimeoutMs = integer(u"totalTimeoutMs"_s);
    run.config.runTimeoutMs =
        int(reader.optionalNumber(settings, u"settings"_s, u"runTimeoutMs"_s, 0, 1e9).value_or(0));
    run.config.ignoreEos = reader.optionalBoolean(settings, u"settings"_s, u"ignoreEos"_s, true);
    run.config.charsPerToken =
        reader.optionalNumber(settings, u"settings"_s, u"charsPerToken"_s, 0.1, 100)
            .value_or(kDefaultCharsPerToken);
    run.config.targets.ttftMs =
        reader.optionalNumber(settings, u"settings"_s, u"ttftTargetMs"_s, 0).value_or(0);
    run.config.targets.tpotMs =
        reader.optionalNumber(settings, u"settings"_s, u"tpotTargetMs"_s, 0).value_or(0);
    run.config.repeats =
        int(reader.optionalNumber(settings, u"settings"_s, u"repeats"_s, 1, 1e6).value_or(1));
    const QJsonArray rates = settings.value(u"ratePerSecond"_s).toArray();
    for (const QJsonValue &rate : rates)
        run.config.ratePerSecondLevels.append(rate.toDouble());
    const QString arrivals = reader.optionalString(settings, u"settings"_s, u"arrivals"_s);
    if (!arrivals.isEmpty() && !arrivalProcessFromId(arrivals, &run.config.arrivals))
        reader.fail(u"settings.arrivals"_s,
                    u"must be poisson or constant (got \"%1\")"_s.arg(arrivals));
    run.config.seed = reader.optionalString(settings, u"settings"_s, u"seed"_s).toULongLong();
    run.config.maxConcurrency = int(
        reader.optionalNumber(settings, u"settings"_s, u"maxConcurrency"_s, 0, 1e6).value_or(0));
    run.config.shardCount =
        int(reader.optionalNumber(settings, u"settings"_s, u"shardCount"_s, 1, 1e6).value_or(1));
    run.config.shardIndex = int(reader.optionalNumber(o, {}, u"shardIndex"_s, 0, 1e6).value_or(0));
    run.config.startAt = QDateTime::fromString(
        reader.optionalString(settings, u"settings"_s, u"startAt"_s), Qt::ISODateWithMs);
    run.scheduleStartedAt = QDateTime::fromString(
        reader.optionalString(o, {}, u"scheduleStartedAt"_s), Qt::ISODateWithMs);
    run.apiKeyUsed = reader.optionalBoolean(o, {}, u"apiKeyUsed"_s, false);
    run.startedAt =
        QDateTime::fromString(reader.optionalString(o, {}, u"startedAt"_s), Qt::ISODateWithMs);
    run.cancelled = reader.optionalBoolean(o, {}, u"cancelled"_s, false);
    run.deadlineReached = reader.optionalBoolean(o, {}, u"deadlineReached"_s, false);
    run.fatalError = reader.optionalString(o, {}, u"error"_s);
    const QJsonArray levels = reader.array(o, {}, u"levels"_s);
    if (reader.failed())
        return reader.error();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        Result<LevelSummary> level =
            levelSummaryFromJson(levels[i].toObject(), source, JsonReader::join(u"levels"_s, i));
        if (!level)
            return level.error();
        run.levels.append(std::move(level).value());
    }
    const QJsonArray requests = o.value(u"requests"_s).toArray();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Result<RequestRecord> record = requestRecordFromJson(requests[i].toObject(), source,
                                                             JsonReader::join(u"requests"_s, i));
        if (!record)
            return record.error();
        run.records.append(std::move(record).value());
    }
    return run;
}

} // namespace pertoken
