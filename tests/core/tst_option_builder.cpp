// Building deployment options from catalog records, and the rule that names follow their
// hardware, model and quantization until the user renames them. The expected names are built
// from the built-in catalog's own records (resources/catalog/hardware.json).

#include "cost/option_builder.h"
#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"
#include "scenario/scenario.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestOptionBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newOptionsStartFromTheCatalog();
    void hardwareBringsItsPricesAndTheName();
    void renamedOptionsKeepTheirName();
    void measuredMachineIsOwnedAndNamed();
    void hardwareSuitsItsKind();
    void builtInScenarioNamesFollowTheirOptions();
};

void TestOptionBuilder::newOptionsStartFromTheCatalog()
{
    // The smallest catalog model is Qwen2.5 7B (7.6e9 parameters, below Llama 3.1 8B's 8.0e9);
    // servers start at 16-bit weights (BF16), devices at the first 4-to-5.5-bit format (Q4_K_M).
    const std::optional<DeploymentOption> hosted = newOption(OptionKind::SelfHosted);
    QVERIFY(hosted);
    QCOMPARE(hosted->kind(), OptionKind::SelfHosted);
    const auto &spec = std::get<SelfHostedOption>(hosted->spec);
    QCOMPARE(spec.model.id, u"qwen2.5-7b"_s);
    QCOMPARE(spec.quantization.id, u"bf16"_s);
    // The first data-centre GPU with a rental price: the H100 SXM at $2.99 per GPU-hour.
    QCOMPARE(spec.accelerator.id, u"h100-sxm"_s);
    QCOMPARE(spec.acquisition, Acquisition::Rent);
    QCOMPARE(spec.rentalUsdPerGpuHour, 2.99);
    QCOMPARE(hosted->name, u"Qwen2.5 7B BF16 on rented H100 SXM"_s);

    const std::optional<DeploymentOption> device = newOption(OptionKind::OnDevice);
    QVERIFY(device);
    const auto &onDevice = std::get<OnDeviceOption>(device->spec);
    QCOMPARE(onDevice.quantization.id, u"q4_k_m"_s);
    QCOMPARE(device->name, u"Qwen2.5 7B Q4_K_M on %1"_s.arg(onDevice.device.shortName));

    const std::optional<DeploymentOption> api = newOption(OptionKind::CloudApi);
    QVERIFY(api);
    QCOMPARE(api->name, std::get<CloudApiOption>(api->spec).price.model);
}

void TestOptionBuilder::hardwareBringsItsPricesAndTheName()
{
    DeploymentOption option = *newOption(OptionKind::SelfHosted);
    const Accelerator *h200 = findAccelerator(u"h200"_s);
    QVERIFY(h200);
    QVERIFY(applyHardware(option, *h200));
    const auto &spec = std::get<SelfHostedOption>(option.spec);
    QCOMPARE(spec.rentalUsdPerGpuHour, h200->rentalUsdPerHour);
    QCOMPARE(spec.powerWattsPerGpu, h200->powerWatts);
    QCOMPARE(option.name, u"Qwen2.5 7B BF16 on rented H200 SXM"_s);

    const Quantization *fp8 = findQuantization(u"fp8"_s);
    const ModelArchitecture *llama = findModel(u"llama-3.1-8b"_s);
    QVERIFY(fp8 && llama);
    QVERIFY(applyQuantization(option, *fp8));
    QVERIFY(applyModel(option, *llama));
    QCOMPARE(option.name, u"Llama 3.1 8B FP8 on rented H200 SXM"_s);

    // A device does not go on a self-hosted option, and nothing changes.
    const Accelerator *laptop = findAccelerator(u"m4-max-64gb"_s);
    QVERIFY(laptop);
    const DeploymentOption before = option;
    QVERIFY(!applyHardware(option, *laptop));
    QCOMPARE(option, before);
}

void TestOptionBuilder::renamedOptionsKeepTheirName()
{
    DeploymentOption option = *newOption(OptionKind::SelfHosted);
    option.name = u"Support bot, primary"_s;
    QVERIFY(!nameFollowsSpec(option));
    QVERIFY(applyHardware(option, *findAccelerator(u"h200"_s)));
    QCOMPARE(option.name, u"Support bot, primary"_s);

    // Renamed back to what the builder would call it, the name follows again.
    option.name = defaultOptionName(option);
    QVERIFY(applyHardware(option, *findAccelerator(u"a100-80gb"_s)));
    QCOMPARE(option.name, u"Qwen2.5 7B BF16 on rented A100 80GB"_s);

    // Switching to bought GPUs renames a following name through keepNameInStep.
    DeploymentOption bought = option;
    std::get<SelfHostedOption>(bought.spec).acquisition = Acquisition::Buy;
    keepNameInStep(option, bought);
    QCOMPARE(bought.name, u"Qwen2.5 7B BF16 on bought A100 80GB"_s);
}

void TestOptionBuilder::measuredMachineIsOwnedAndNamed()
{
    DeploymentOption option = *newOption(OptionKind::SelfHosted);
    Accelerator machine;
    machine.id = u"measured-2026-11-24"_s;
    machine.name = u"This machine, measured 2026-11-24"_s;
    machine.shortName = u"this machine (measured 2026-11-24)"_s;
    machine.deviceClass = DeviceClass::Desktop;
    machine.memoryGB = 64;
    machine.bandwidthGBps = 22.4;
    machine.bf16Tflops = 0.5;
    machine.measured = true;
    QVERIFY(accepts(option, machine));
    const double rentalBefore = std::get<SelfHostedOption>(option.spec).rentalUsdPerGpuHour;
    QVERIFY(applyHardware(option, machine));
    const auto &spec = std::get<SelfHostedOption>(option.spec);
    // A machine one has measured is owned: no rental rate applies to it any more.
    QCOMPARE(spec.acquisition, Acquisition::Buy);
    QCOMPARE(spec.rentalUsdPerGpuHour, rentalBefore); // kept for switching back, unused
    QCOMPARE(option.name, u"Qwen2.5 7B BF16 on this machine (measured 2026-11-24)"_s);
    // A measured machine suits an on-device option too.
    QVERIFY(accepts(*newOption(OptionKind::OnDevice), machine));
}

void TestOptionBuilder::hardwareSuitsItsKind()
{
    for (const Accelerator &accelerator : builtinAccelerators()) {
        const bool device = accelerator.deviceClass == DeviceClass::Laptop ||
                            accelerator.deviceClass == DeviceClass::Desktop;
        QCOMPARE(isOnDeviceHardware(accelerator), device);
        QCOMPARE(suitsOptionKind(accelerator, OptionKind::OnDevice), device);
        QCOMPARE(suitsOptionKind(accelerator, OptionKind::SelfHosted), !device);
        QVERIFY(!suitsOptionKind(accelerator, OptionKind::CloudApi));
        const DeploymentOption option = hardwareOption(accelerator);
        QCOMPARE(option.kind(), device ? OptionKind::OnDevice : OptionKind::SelfHosted);
        QVERIFY(nameFollowsSpec(option));
        QVERIFY(!accelerator.shortName.isEmpty()); // every catalog entry has a short name
    }
}

void TestOptionBuilder::builtInScenarioNamesFollowTheirOptions()
{
    const Scenario scenario = defaultScenario();
    for (const DeploymentOption &option : scenario.options)
        QVERIFY2(nameFollowsSpec(option), qPrintable(option.name));
    QCOMPARE(scenario.option(u"llama-8b-h100-rented"_s)->name,
             u"Llama 3.1 8B FP8 on rented H100 SXM"_s);
    QCOMPARE(scenario.option(u"llama-70b-q4-laptop"_s)->name,
             u"Llama 3.3 70B Q4_K_M on M4 Max 64 GB laptop"_s);
}

QTEST_APPLESS_MAIN(TestOptionBuilder)
#include "tst_option_builder.moc"
