// A model imported in the dashboard (Catalogs ▸ Models, or dropped on the window) is the model
// `pertoken models inspect` reads from the same file: the same parameters, the same KV bytes per
// token, the same SHA-256. Chosen for an option, saved and reopened, it prices the same in the
// dashboard and in `pertoken eval`. An unknown architecture opens the by-hand form with what was
// read and the missing key named.

#include "../support/cli_run.h"
#include "catalog/catalog_dialog.h"
#include "catalog/model_editor.h"
#include "cost/deployment_option.h"
#include "inference/kv_cache.h"
#include "main_window.h"
#include "panels/options_panel.h"
#include "pricing/custom_catalog.h"
#include "scenario/evaluate.h"
#include "scenario_document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

// Meta's config.json (https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json).
QString llamaConfig()
{
    return QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/models/llama-3.1-8b/config.json"_s;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject json(const testing::CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The self-hosted option of the default scenario (an 8B model on a rented H100).
QString selfHostedOption(const Scenario &scenario)
{
    for (const DeploymentOption &option : scenario.options) {
        if (std::holds_alternative<SelfHostedOption>(option.spec))
            return option.id;
    }
    return {};
}

const OptionResult *resultOf(const Evaluation &evaluation, const QString &id)
{
    for (const OptionResult &result : evaluation.options) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

void drop(QWidget *target, const QString &path, bool *enterAccepted)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    *enterAccepted = enter.isAccepted();
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

} // namespace

class TestModelImportAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dropImportPriceSaveReopen();
    void unknownArchitectureOpensTheForm();
    void menuOpensTheForm();

private:
    std::unique_ptr<MainWindow> showWindow();

    QTemporaryDir m_dir;
};

void TestModelImportAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_model_import_agree"_s);
    QVERIFY(m_dir.isValid());
}

void TestModelImportAgree::init()
{
    QFile::remove(defaultCustomCatalogPath());
}

std::unique_ptr<MainWindow> TestModelImportAgree::showWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestModelImportAgree::dropImportPriceSaveReopen()
{
    auto window = showWindow();
    QVERIFY(window);
    const QString optionId = selfHostedOption(window->document()->scenario());
    QVERIFY(!optionId.isEmpty());
    window->optionsPanel()->setCurrentOptionId(optionId);

    // Dropped on the window, config.json lands in the model catalog.
    bool accepted = false;
    drop(window.get(), llamaConfig(), &accepted);
    QVERIFY(accepted);
    CatalogDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CatalogDialog *>()) != nullptr);
    QTRY_COMPARE(dialog->customCatalog().models.size(), 1);
    const ModelArchitecture imported = dialog->customCatalog().models.first();
    // Named by its folder (the config has no _name_or_path); the built-in llama-3.1-8b keeps its
    // id, so options and combo boxes never mistake one record for the other.
    QCOMPARE(imported.name, u"llama-3.1-8b"_s);
    QCOMPARE(imported.id, u"llama-3.1-8b-imported"_s);
    QCOMPARE(imported.sourceFile, u"config.json"_s);
    QCOMPARE(imported.sourceSha256, sha256Of(llamaConfig()));
    QCOMPARE(imported.sourceSha256Scope, u"file"_s);
    QVERIFY2(dialog->statusText().contains(u"config.json"_s), qPrintable(dialog->statusText()));

    // The catalog file the dialog saved holds it, origin included.
    const Result<CustomCatalog> saved = loadCustomCatalog(defaultCustomCatalogPath());
    QVERIFY(saved);
    QCOMPARE(saved->models, QList<ModelArchitecture>{imported});

    // The command line reads the same file into the same numbers.
    const testing::CliRun run =
        testing::runPertoken({u"models"_s, u"inspect"_s, llamaConfig(), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject inspected = json(run);
    QCOMPARE(imported.totalParams, inspected[u"parametersTotal"_s].toDouble());
    QCOMPARE(imported.activeParams, inspected[u"parametersActive"_s].toDouble());
    QCOMPARE(kvCacheBytesPerToken(imported, 16), inspected[u"kvBytesPerToken16Bit"_s].toDouble());
    // 2 (K and V) × 32 layers × 8 KV heads × 128 head dim × 2 bytes = 131,072 (the issue's
    // hand calculation for Llama 3.1 8B).
    QCOMPARE(kvCacheBytesPerToken(imported, 16), 131072.0);
    QCOMPARE(inspected[u"sourceSha256"_s].toString(), imported.sourceSha256);

    // "Use in scenario" puts it in the selected self-hosted option, as one undo step.
    auto *use = dialog->findChild<QPushButton *>(u"modelsUse"_s);
    QVERIFY(use);
    QVERIFY(use->isEnabled());
    const int undoBefore = window->document()->undoStack()->count();
    use->click();
    QCOMPARE(window->document()->undoStack()->count(), undoBefore + 1);
    const DeploymentOption *option = window->document()->scenario().option(optionId);
    QVERIFY(option);
    QCOMPARE(std::get<SelfHostedOption>(option->spec).model, imported);

    const Evaluation before = evaluate(window->document()->scenario());
    const OptionResult *priced = resultOf(before, optionId);
    QVERIFY(priced && priced->feasible);
    QVERIFY(priced->usdPerMillionTokens > 0);

    const QString path = m_dir.filePath(u"imported.pertoken"_s);
    QVERIFY(window->saveFile(path));
    dialog->close();
    window.reset();

    auto reopened = showWindow();
    QVERIFY(reopened);
    QVERIFY(reopened->openFile(path));
    const DeploymentOption *read = reopened->document()->scenario().option(optionId);
    QVERIFY(read);
    QCOMPARE(std::get<SelfHostedOption>(read->spec).model, imported);
    const Evaluation after = evaluate(reopened->document()->scenario());
    const OptionResult *again = resultOf(after, optionId);
    QVERIFY(again);
    QCOMPARE(again->usdPerMillionTokens, priced->usdPerMillionTokens);
    QCOMPARE(again->monthlyUsd, priced->monthlyUsd);
    QCOMPARE(again->outputTokensPerSecond, priced->outputTokensPerSecond);

    // And `pertoken eval` of the saved file gives the dashboard's cost per million tokens.
    const testing::CliRun eval =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, path, u"--json"_s});
    QVERIFY2(eval.exitCode == 0, eval.err);
    bool found = false;
    for (const QJsonValue &value : json(eval)[u"options"_s].toArray()) {
        if (value[u"id"_s].toString() == optionId) {
            found = true;
            QCOMPARE(value[u"usdPerMillionTokens"_s].toDouble(), priced->usdPerMillionTokens);
        }
    }
    QVERIFY(found);
}

void TestModelImportAgree::unknownArchitectureOpensTheForm()
{
    // A config.json of a family PerToken has no reader for (a state-space model): the common
    // keys are there, model_type is not one PerToken knows.
    QTemporaryDir folder;
    const QString config = folder.filePath(u"config.json"_s);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"_name_or_path": "example/hybrid-9b", "model_type": "hybrid_ssm",
                       "num_hidden_layers": 24, "num_attention_heads": 16,
                       "num_key_value_heads": 4, "hidden_size": 2048,
                       "max_position_embeddings": 32768})");
    }
    auto window = showWindow();
    QVERIFY(window);
    bool accepted = false;
    drop(window.get(), config, &accepted);
    QVERIFY(accepted);
    ModelEditor *editor = nullptr;
    QTRY_VERIFY((editor = window->findChild<ModelEditor *>()) != nullptr);
    auto *dialog = window->findChild<CatalogDialog *>();
    QVERIFY(dialog);
    // The message names the key that decided it: model_type.
    QVERIFY2(dialog->statusText().contains(u"model_type"_s), qPrintable(dialog->statusText()));
    QVERIFY(editor->findChild<QLabel *>(u"problem"_s)->text().contains(u"model_type"_s));
    // What was read is filled in: 24 layers, 16 heads, 4 KV heads, 2048 / 16 = 128 head dim.
    QCOMPARE(editor->findChild<QLineEdit *>(u"layers"_s)->text(), u"24"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"attentionHeads"_s)->text(), u"16"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"kvHeads"_s)->text(), u"4"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"headDim"_s)->text(), u"128"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"contextLength"_s)->text(), u"32768"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"name"_s)->text(), u"hybrid-9b"_s);
    QCOMPARE(dialog->customCatalog().models.size(), 0);

    // Nothing is added until the person supplies the count the file lacks.
    editor->accept();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->findChild<QLabel *>(u"error"_s)->text().contains(u"Parameters"_s));
    editor->findChild<QLineEdit *>(u"totalParams"_s)->setText(u"9000000000"_s);
    editor->accept();
    QTRY_COMPARE(dialog->customCatalog().models.size(), 1);
    const ModelArchitecture model = dialog->customCatalog().models.first();
    QCOMPARE(model.totalParams, 9e9);
    QCOMPARE(model.layers, 24);
    QCOMPARE(model.sourceFile, u"config.json"_s);
    QCOMPARE(model.sourceSha256, sha256Of(config));
    dialog->close();
}

void TestModelImportAgree::menuOpensTheForm()
{
    auto window = showWindow();
    QVERIFY(window);
    auto *add = window->findChild<QAction *>(u"addModelByHand"_s);
    QVERIFY(add);
    add->trigger();
    QTRY_VERIFY(window->findChild<ModelEditor *>() != nullptr);
    QVERIFY(window->findChild<QAction *>(u"importModelFile"_s));
    QVERIFY(window->findChild<QAction *>(u"importModelFolder"_s));
    window->findChild<CatalogDialog *>()->close();
}

QTEST_MAIN(TestModelImportAgree)
#include "tst_model_import_agree.moc"
