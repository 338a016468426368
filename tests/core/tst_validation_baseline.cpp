// The performance model against the committed baseline of the validation suite: fails when the
// median |error| of all cases or of any subset gets worse than resources/validation/baseline.json
// by more than half a percentage point, or when more cases cannot be predicted. Prints the
// table either way. After a change that improves the model, regenerate the baseline as
// resources/validation/README.md says.

#include "validation/validation_baseline.h"
#include "validation/validation_case.h"
#include "validation/validation_markdown.h"
#include "validation/validation_run.h"

#include <QFile>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

// The tolerance the issue sets for the regression check: 0.5 percentage points.
constexpr double kTolerancePoints = 0.5;

} // namespace

class TestValidationBaseline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSubsetWorseThanTheBaseline();
};

void TestValidationBaseline::noSubsetWorseThanTheBaseline()
{
    const ValidationSuite &suite = builtinValidationSuite();
    QVERIFY(!suite.cases.isEmpty());
    const ValidationReport report = runValidation(suite);
    qInfo().noquote() << validationMarkdown(report, u"tst_validation_baseline"_s);

    QFile file(QStringLiteral(PERTOKEN_VALIDATION_BASELINE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Result<QStringList> regressions =
        baselineRegressions(report, file.readAll(), file.fileName(), kTolerancePoints);
    QVERIFY2(regressions.ok(),
             qPrintable(regressions ? QString() : regressions.error().toString()));
    QVERIFY2(regressions->isEmpty(), qPrintable(regressions->join(u"\n"_s)));
}

QTEST_APPLESS_MAIN(TestValidationBaseline)
#include "tst_validation_baseline.moc"
