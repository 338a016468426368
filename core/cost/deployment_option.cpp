#include "cost/deployment_option.h"
#include "cost/option_result.h"

namespace pertoken {

using namespace Qt::StringLiterals;

QString optionKindId(OptionKind kind)
{
    switch (kind) {
    case OptionKind::CloudApi:
        return u"cloud-api"_s;
    case OptionKind::SelfHosted:
        return u"self-hosted"_s;
    case OptionKind::OnDevice:
        break;
    }
    return u"on-device"_s;
}

QString basisId(ThroughputBasis basis)
{
    switch (basis) {
    case ThroughputBasis::Roofline:
        return u"roofline"_s;
    case ThroughputBasis::Measured:
        return u"measured"_s;
    case ThroughputBasis::Calibrated:
        break;
    }
    return u"calibrated"_s;
}

} // namespace pertoken
