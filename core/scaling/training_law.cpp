#include "scaling/training_law.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

QString lawFormId(LawForm form)
{
    return form == LawForm::Kaplan ? u"kaplan"_s : u"chinchilla"_s;
}

std::optional<LawForm> lawFormFromId(const QString &id)
{
    if (id == u"chinchilla")
        return LawForm::Chinchilla;
    if (id == u"kaplan")
        return LawForm::Kaplan;
    return std::nullopt;
}

TrainingLaw epochRefitLaw()
{
    return {u"epoch"_s,
            LawForm::Chinchilla,
            1.8172,
            482.01,
            2085.43,
            0.3478,
            0.3658,
            u"Besiroglu, Erdil, Barnett, You 2024, \"Chinchilla Scaling: A replication "
            "attempt\", arXiv:2404.10102 (refit of Hoffmann et al. Approach 3)"_s};
}

TrainingLaw hoffmannLaw()
{
    return {u"hoffmann"_s,
            LawForm::Chinchilla,
            1.69,
            406.4,
            410.7,
            0.34,
            0.28,
            u"Hoffmann et al. 2022, \"Training Compute-Optimal Large Language Models\", "
            "arXiv:2203.15556, Approach 3 (rounded constants of the paper body)"_s};
}

TrainingLaw kaplanLaw()
{
    return {u"kaplan"_s,
            LawForm::Kaplan,
            0.0,
            8.8e13,
            5.4e13,
            0.076,
            0.095,
            u"Kaplan et al. 2020, \"Scaling Laws for Neural Language Models\", arXiv:2001.08361, "
            "eq. 1.5 (A = N_c, B = D_c, alpha = alpha_N, beta = alpha_D; non-embedding "
            "parameters)"_s};
}

QStringList namedLawIds()
{
    return {u"epoch"_s, u"hoffmann"_s, u"kaplan"_s};
}

std::optional<TrainingLaw> namedLaw(const QString &id)
{
    if (id == u"epoch")
        return epochRefitLaw();
    if (id == u"hoffmann")
        return hoffmannLaw();
    if (id == u"kaplan")
        return kaplanLaw();
    return std::nullopt;
}

namespace {

// Kaplan form: X = (A/N)^(α/β) + B/D and L = E + X^β.
double kaplanParamsTerm(const TrainingLaw &law, double params)
{
    return std::pow(law.A / params, law.alpha / law.beta);
}

} // namespace

double trainingLoss(const TrainingLaw &law, double params, double tokens)
{
    if (law.form == LawForm::Kaplan)
        return law.E + std::pow(kaplanParamsTerm(law, params) + law.B / tokens, law.beta);
    return law.E + law.A * std::pow(params, -law.alpha) + law.B * std::pow(tokens, -law.beta);
}

double lossSlopeLogParams(const TrainingLaw &law, double params, double tokens)
{
    if (law.form == LawForm::Kaplan) {
        const double paramsTerm = kaplanParamsTerm(law, params);
        const double x = paramsTerm + law.B / tokens;
        return -law.alpha * std::pow(x, law.beta - 1.0) * paramsTerm;
    }
    return -law.alpha * law.A * std::pow(params, -law.alpha);
}

double lossSlopeLogTokens(const TrainingLaw &law, double params, double tokens)
{
    if (law.form == LawForm::Kaplan) {
        const double tokensTerm = law.B / tokens;
        const double x = kaplanParamsTerm(law, params) + tokensTerm;
        return -law.beta * std::pow(x, law.beta - 1.0) * tokensTerm;
    }
    return -law.beta * law.B * std::pow(tokens, -law.beta);
}

LossSlopes lossSlopesAtLogs(const TrainingLaw &law, double logParams, double logTokens)
{
    if (law.form == LawForm::Kaplan) {
        const double paramsTerm = std::exp(law.alpha / law.beta * (std::log(law.A) - logParams));
        const double tokensTerm = law.B * std::exp(-logTokens);
        const double x = paramsTerm + tokensTerm;
        const double common = std::exp((law.beta - 1.0) * std::log(x));
        return {-law.alpha * common * paramsTerm, -law.beta * common * tokensTerm};
    }
    return {-law.alpha * law.A * std::exp(-law.alpha * logParams),
            -law.beta * law.B * std::exp(-law.beta * logTokens)};
}

std::optional<double> tokensForLoss(const TrainingLaw &law, double params, double loss)
{
    if (!(params > 0) || !(loss > law.E))
        return std::nullopt;
    if (law.form == LawForm::Kaplan) {
        const double left = std::pow(loss - law.E, 1.0 / law.beta) - kaplanParamsTerm(law, params);
        if (!(left > 0))
            return std::nullopt;
        return law.B / left;
    }
    const double left = loss - law.E - law.A * std::pow(params, -law.alpha);
    if (!(left > 0))
        return std::nullopt;
    return std::pow(law.B / left, 1.0 / law.beta);
}

std::optional<double> paramsForLoss(const TrainingLaw &law, double tokens, double loss)
{
    if (!(tokens > 0) || !(loss > law.E))
        return std::nullopt;
    if (law.form == LawForm::Kaplan) {
        const double left = std::pow(loss - law.E, 1.0 / law.beta) - law.B / tokens;
        if (!(left > 0))
            return std::nullopt;
        return law.A * std::pow(left, -law.beta / law.alpha);
    }
    const double left = loss - law.E - law.B * std::pow(tokens, -law.beta);
    if (!(left > 0))
        return std::nullopt;
    return std::pow(law.A / left, 1.0 / law.alpha);
}

std::optional<InputError> validateTrainingLaw(const TrainingLaw &law, const QString &path)
{
    const auto field = [&](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
    if (!namedLawIds().contains(law.id) && law.id != u"custom")
        return InputError{
            {},
            field(u"id"_s),
            u"must be one of epoch, hoffmann, kaplan, custom (got \"%1\")"_s.arg(law.id)};
    struct Check {
        const char *key;
        double value;
        double min;
        bool minExclusive;
        double max;
    };
    const Check checks[] = {
        {"E", law.E, 0.0, false, 100.0},    {"A", law.A, 0.0, true, 1e30},
        {"B", law.B, 0.0, true, 1e30},      {"alpha", law.alpha, 0.0, true, 3.0},
        {"beta", law.beta, 0.0, true, 3.0},
    };
    for (const Check &check : checks) {
        const bool ok = std::isfinite(check.value) &&
                        (check.minExclusive ? check.value > check.min : check.value >= check.min) &&
                        check.value <= check.max;
        if (!ok)
            return InputError{{},
                              field(QString::fromLatin1(check.key)),
                              u"must be %1 %2 and at most %3 (got %4)"_s
                                  .arg(check.minExclusive ? u"above"_s : u"at least"_s)
                                  .arg(check.min, 0, 'g', 6)
                                  .arg(check.max, 0, 'g', 6)
                                  .arg(check.value, 0, 'g', 6)};
    }
    return std::nullopt;
}

} // namespace pertoken
