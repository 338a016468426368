#include "bench/endpoint/endpoint_options.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

struct IntOption {
    const char16_t *name;
    int EndpointConfig::*field;
    int min;
    int max;
};

constexpr IntOption kIntOptions[] = {
    {u"requests", &EndpointConfig::requestsPerLevel, 1, 1000000},
    {u"prompt-tokens", &EndpointConfig::promptTokens, 1, 10000000},
    {u"max-tokens", &EndpointConfig::maxTokens, 1, 10000000},
    {u"warmup", &EndpointConfig::warmupRequests, 0, 100000},
    {u"connect-timeout-ms", &EndpointConfig::connectTimeoutMs, 1, 3600000},
    {u"first-token-timeout-ms", &EndpointConfig::firstTokenTimeoutMs, 1, 86400000},
    {u"idle-timeout-ms", &EndpointConfig::idleTimeoutMs, 1, 86400000},
    {u"total-timeout-ms", &EndpointConfig::totalTimeoutMs, 1, 86400000},
    {u"run-timeout-ms", &EndpointConfig::runTimeoutMs, 0, 604800000},
    {u"max-concurrency", &EndpointConfig::maxConcurrency, 0, 4096},
    {u"repeat", &EndpointConfig::repeats, 1, 1000},
};

// "2/8": shard 2 of 8, counted from 0 as Slurm array and Kubernetes Indexed Job indices are.
bool parseShard(const QString &text, int *index, int *count)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return false;
    bool indexOk = false, countOk = false;
    *index = parts[0].trimmed().toInt(&indexOk);
    *count = parts[1].trimmed().toInt(&countOk);
    return indexOk && countOk && *count >= 1 && *count <= 100000 && *index >= 0 && *index < *count;
}

// ISO 8601 ("2026-12-04T22:00:00Z"; local time without an offset) or seconds since 1970.
QDateTime parseStartAt(const QString &text)
{
    bool isNumber = false;
    const qint64 seconds = text.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QStringList endpointOptionNames()
{
    QStringList names{u"url"_s,
                      u"model"_s,
                      u"api"_s,
                      u"endpoint"_s,
                      u"concurrency"_s,
                      u"ttft-target-ms"_s,
                      u"tpot-target-ms"_s,
                      u"rate"_s,
                      u"arrivals"_s,
                      u"seed"_s,
                      u"shard"_s,
                      u"start-at"_s};
    for (const IntOption &option : kIntOptions)
        names.append(QString::fromUtf16(option.name));
    return names;
}

Result<EndpointConfig> endpointConfigFromOptions(const QHash<QString, QString> &options,
                                                 const QString &sourcePrefix)
{
    EndpointConfig c;
    const auto fail = [&](const QString &option, const QString &message) {
        return InputError{sourcePrefix + option, {}, message};
    };
    const QString url = options.value(u"url"_s);
    c.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || !c.url.isValid() ||
        (c.url.scheme() != u"http" && c.url.scheme() != u"https") || c.url.host().isEmpty())
        return fail(u"url"_s, u"must be an http:// or https:// URL (got \"%1\")"_s.arg(url));
    c.model = options.value(u"model"_s).trimmed();
    if (c.model.isEmpty())
        return fail(u"model"_s, u"is required: the model name the server serves"_s);
    const QString api = options.value(u"api"_s, u"openai"_s);
    const QString kind = options.value(u"endpoint"_s, u"chat"_s);
    if (api == u"ollama")
        c.api = StreamApi::OllamaGenerate;
    else if (api != u"openai")
        return fail(u"api"_s, u"must be openai or ollama (got \"%1\")"_s.arg(api));
    else if (kind == u"completions")
        c.api = StreamApi::OpenAiCompletions;
    else if (kind != u"chat")
        return fail(u"endpoint"_s, u"must be chat or completions (got \"%1\")"_s.arg(kind));
    if (options.contains(u"concurrency"_s)) {
        const QString text = options.value(u"concurrency"_s);
        c.concurrencyLevels.clear();
        const QStringList levels = text.split(u',', Qt::SkipEmptyParts);
        for (const QString &level : levels) {
            bool ok = false;
            const int value = level.trimmed().toInt(&ok);
            if (!ok || value < 1 || value > 4096)
                return fail(
                    u"concurrency"_s,
                    u"must be a list of numbers 1..4096 like 1,4,16 (got \"%1\")"_s.arg(text));
            c.concurrencyLevels.append(value);
        }
        if (c.concurrencyLevels.isEmpty())
            return fail(u"concurrency"_s, u"must name at least one level, like 1,4,16"_s);
    }
    for (const IntOption &option : kIntOptions) {
        const QString name = QString::fromUtf16(option.name);
        if (!options.contains(name))
            continue;
        bool ok = false;
        const int value = options.value(name).toInt(&ok);
        if (!ok || value < option.min || value > option.max)
            return fail(name, u"must be a whole number from %1 to %2 (got \"%3\")"_s.arg(option.min)
                                  .arg(option.max)
                                  .arg(options.value(name)));
        c.*option.field = value;
    }
    for (const auto &[name, target] : {std::pair{u"ttft-target-ms"_s, &c.targets.ttftMs},
                                       std::pair{u"tpot-target-ms"_s, &c.targets.tpotMs}}) {
        if (!options.contains(name))
            continue;
        bool ok = false;
        *target = options.value(name).toDouble(&ok);
        if (!ok || *target <= 0)
            return fail(name, u"must be a positive number of milliseconds (got \"%1\")"_s.arg(
                                  options.value(name)));
    }
    if (options.contains(u"rate"_s)) {
        const QString text = options.value(u"rate"_s);
        const QStringList rates = text.split(u',', Qt::SkipEmptyParts);
        for (const QString &rate : rates) {
            bool ok = false;
            const double value = rate.trimmed().toDouble(&ok);
            if (!ok || !(value > 0) || value > 1e6)
                return fail(u"rate"_s,
                            u"must be a list of request rates per second above 0 and at most "
                            "1000000, like 10,20,50: \"%1\" is not one (got \"%2\")"_s.arg(
                                rate.trimmed(), text));
            c.ratePerSecondLevels.append(value);
        }
        if (c.ratePerSecondLevels.isEmpty())
            return fail(u"rate"_s, u"must name at least one rate, like 10,20,50"_s);
    }
    const QString arrivals = options.value(u"arrivals"_s, u"poisson"_s);
    if (!arrivalProcessFromId(arrivals, &c.arrivals))
        return fail(u"arrivals"_s, u"must be poisson or constant (got \"%1\")"_s.arg(arrivals));
    if (options.contains(u"seed"_s)) {
        bool ok = false;
        c.seed = options.value(u"seed"_s).trimmed().toULongLong(&ok);
        if (!ok)
            return fail(u"seed"_s, u"must be a whole number from 0 to 2^64 - 1 (got \"%1\")"_s.arg(
                                       options.value(u"seed"_s)));
    }
    if (options.contains(u"shard"_s)) {
        if (!parseShard(options.value(u"shard"_s), &c.shardIndex, &c.shardCount))
            return fail(u"shard"_s, u"must be INDEX/COUNT with 0 <= INDEX < COUNT, like 0/4 "
                                    "(got \"%1\")"_s.arg(options.value(u"shard"_s)));
        if (!c.openLoop())
            return fail(u"shard"_s, u"needs --rate: shards divide an open-loop schedule"_s);
    }
    if (options.contains(u"start-at"_s)) {
        c.startAt = parseStartAt(options.value(u"start-at"_s));
        if (!c.startAt.isValid())
            return fail(u"start-at"_s,
                        u"must be an ISO 8601 time like 2026-12-04T22:00:00Z or "
                        "seconds since 1970 (got \"%1\")"_s.arg(options.value(u"start-at"_s)));
    }
    if (c.openLoop() && options.contains(u"concurrency"_s))
        return fail(u"concurrency"_s, u"does not apply to an open-loop run (--rate); "
                                      "--max-concurrency caps the requests in flight"_s);
    return c;
}

} // namespace pertoken
