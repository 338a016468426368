#include "scenario/scenario_plan.h"

#include "scenario/flop_price.h"

namespace pertoken {

using namespace Qt::StringLiterals;

ScenarioPlannerInputs plannerInputsFor(const Scenario &scenario)
{
    ScenarioPlannerInputs result{scenario.planner, {}};
    if (!scenario.plannerPricesFromScenario)
        return result;
    PlannerInputs &planner = result.inputs;
    if (const std::optional<FlopPrices> prices = scenarioFlopPrices(scenario, planner.prices)) {
        planner.prices = *prices;
        if (planner.budgetUsd <= 0)
            planner.budgetUsd = planner.budgetFlops * prices->trainingUsdPerModelFlop();
    } else {
        result.warning = u"the planner prices FLOPs from a self-hosted option, and none is "
                         "enabled; it plans in FLOPs"_s;
    }
    return result;
}

} // namespace pertoken
