// The window that tests/ui/tst_screen_fit.cpp inspects on a real X server: it opens the
// dashboard's MainWindow in one language, as the application does (no saved geometry), lets it
// lay out, reports whether it fits the screen, then fills the screen's available area and reports
// every text that does not fit where it is drawn. Usage:
//   pertoken_layout_probe LANG [SCREENSHOT.png]
//   pertoken_layout_probe LANG --model-import MODEL_FILE SCREENSHOT.png
//   pertoken_layout_probe LANG --inventory SCREENSHOT.png
// Each finding is one line on stdout: "FIT ok|FAIL ...", "ELIDED kind where: text", and at the
// end "DONE". The test runs it with its own HOME, so no user setting or autosave is read.
// With --model-import the model file is dropped on the window, as a user drags it there; the
// Catalogs dialog that opens on its Models tab is reported ("IMPORTED name", "ELIDED ...") and
// its picture saved.
// With --inventory, Benchmark ▸ Local AI Inventory opens and scans model stores written in a
// temporary folder (Ollama, Hugging Face, LM Studio) and an Ollama stand-in bound to 0.0.0.0;
// the window is reported ("INVENTORY models servers", "ELIDED ...") and its picture saved.

#include "catalog/catalog_dialog.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "hardware/hardware_catalog.h"
#include "language.h"
#include "local_inventory/inventory_window.h"
#include "main_window.h"
#include "widgets/live_label.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QBuffer>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QImageWriter>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cstdio>

#include "inventory_fixtures.h"
#include "ollama_stand_in.h"

using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

void report(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// "MainWindow/QDockWidget(optionDock)/…/QLabel": where a finding is, for a person to look.
QString where(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            parts.prepend(w->objectName());
        if (qobject_cast<const QDockWidget *>(w))
            break;
    }
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + parts.join(u'/');
}

// Shown to the user now: visible (so on the current tab) and of some size. A widget scrolled out
// of view vertically counts: the user scrolls to it.
bool isShown(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

// A part of `widget` that the user cannot scroll to: cut off sideways by a scroll area without a
// horizontal scroll bar, or by the window's edge.
bool isClippedSideways(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(w);
        if (!area || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        const QWidget *viewport = area->viewport();
        const QPoint left = widget->mapTo(w, QPoint(0, 0));
        const QPoint viewportLeft = viewport->mapTo(w, QPoint(0, 0));
        if (left.x() + widget->width() > viewportLeft.x() + viewport->width() + 1)
            return true;
    }
    const QWidget *window = widget->window();
    return widget->mapTo(window, QPoint(widget->width(), 0)).x() > window->width() + 1;
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

void inspectLabels(const QWidget &window, int &findings)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!isShown(label) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QString text = plainText(label);
        const QFontMetrics metrics = label->fontMetrics();
        const QRect room = label->contentsRect();
        bool fits = true;
        if (label->wordWrap()) {
            fits = label->heightForWidth(label->width()) <= label->height() + 1;
        } else {
            const QStringList lines = text.split(u'\n');
            for (const QString &line : lines)
                fits = fits && metrics.horizontalAdvance(line) <= room.width() + 1;
        }
        if (text.contains(u'…') && !label->toolTip().isEmpty())
            continue; // elided on purpose, whole text in the tooltip
        if (!fits || text.contains(u'…') || isClippedSideways(label)) {
            report(u"ELIDED label %1: %2"_s.arg(where(label), text.simplified()));
            ++findings;
        }
    }
}

// Figures that change every frame (the summary cards): drawn smaller before they are elided,
// never elided. Names in them may be elided, with the whole text in the tooltip.
void inspectLiveLabels(const QWidget &window, int &findings)
{
    const QList<LiveLabel *> labels = window.findChildren<LiveLabel *>();
    for (const LiveLabel *label : labels) {
        if (isShown(label) && label->shrinksToFit() && label->isElided()) {
            report(u"ELIDED figure %1: %2"_s.arg(where(label), label->text()));
            ++findings;
        }
    }
}

void inspectButtons(const QWidget &window, int &findings)
{
    const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!isShown(button) || button->text().isEmpty())
            continue;
        if (qobject_cast<const QTabBar *>(button->parentWidget()))
            continue; // the tab bar's scroll buttons
        const bool fits = button->sizeHint().width() <= button->width() + 1;
        if (!fits || isClippedSideways(button)) {
            report(u"ELIDED button %1: %2 (needs %3 px, has %4)"_s.arg(
                where(button), button->text(), QString::number(button->sizeHint().width()),
                QString::number(button->width())));
            ++findings;
        }
    }
}

void inspectTables(const QWidget &window, int &findings)
{
    const QList<QAbstractItemView *> tables = window.findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *table : tables) {
        const auto *tableView = qobject_cast<const QTableView *>(table);
        const auto *treeView = qobject_cast<const QTreeView *>(table);
        if (!isShown(table) || !table->model() || (!tableView && !treeView))
            continue;
        const QAbstractItemModel *model = table->model();
        const QHeaderView *header = tableView ? tableView->horizontalHeader() : treeView->header();
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int viewportWidth = table->viewport()->width();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int width = header->sectionSize(column);
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            if (header->sectionViewportPosition(column) + width > viewportWidth + 1) {
                report(u"ELIDED column %1: \"%2\" is outside the visible table"_s.arg(where(table),
                                                                                      title));
                ++findings;
                continue;
            }
            const bool titleInTip =
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() == title;
            if (header->isVisible() && !titleInTip &&
                header->fontMetrics().horizontalAdvance(title) + margin > width + 1) {
                report(u"ELIDED header %1: %2"_s.arg(where(table), title));
                ++findings;
            }
            for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                const int needed = table->fontMetrics().horizontalAdvance(text) + margin;
                if (needed <= width + 1)
                    continue;
                // Names and notes may be shortened when the tooltip holds the whole text.
                if (index.data(Qt::ToolTipRole).toString().contains(text))
                    continue;
                report(u"ELIDED cell %1 [%2, %3]: %4"_s.arg(where(table), QString::number(row),
                                                            title, text));
                ++findings;
            }
        }
    }
}

void inspectCharts(const MainWindow &window, int &findings)
{
    const QList<DashboardChart *> charts = window.findChildren<DashboardChart *>();
    for (const DashboardChart *chart : charts) {
        if (!isShown(chart))
            continue;
        const QStringList labels = chart->drawnAxisLabels();
        for (const QString &label : labels) {
            // Qt Charts cuts a label that does not fit off with "..."; an option name shortened
            // in the middle ("Llama 3.3…laptop") is whole in the tooltips and the data table.
            if (label.contains(u"..."_s) || label.endsWith(u'…')) {
                report(u"ELIDED axis %1 (%2): %3"_s.arg(chart->chartId(),
                                                        QString::number(chart->width()), label));
                ++findings;
            }
        }
        const QStringList titles = chart->drawnAxisTitles();
        for (const QString &title : titles) {
            if (title.contains(u"..."_s)) {
                report(u"ELIDED axis-title %1 (%2x%3): %4"_s.arg(chart->chartId())
                           .arg(chart->width())
                           .arg(chart->height())
                           .arg(title));
                ++findings;
            }
        }
    }
}

int inspect(MainWindow &window)
{
    int findings = 0;
    inspectLabels(window, findings);
    inspectLiveLabels(window, findings);
    inspectButtons(window, findings);
    inspectTables(window, findings);
    inspectCharts(window, findings);
    return findings;
}

// The screenshots are kept in the repository (docs/screenshots): compressed as far as PNG goes,
// and where that is still over 300 KB (a 1920×1080 screen) in 256 colours.
bool saveScreenshot(const QImage &image, const QString &path)
{
    constexpr qint64 kMostBytes = 300 * 1024;
    QBuffer full;
    full.open(QIODevice::WriteOnly);
    QImageWriter writer(&full, "png");
    writer.setQuality(0);
    if (!writer.write(image))
        return false;
    QByteArray bytes = full.data();
    if (bytes.size() > kMostBytes) {
        QBuffer reduced;
        reduced.open(QIODevice::WriteOnly);
        QImageWriter small(&reduced, "png");
        small.setQuality(0);
        if (!small.write(image.convertToFormat(QImage::Format_Indexed8,
                                               Qt::ThresholdDither | Qt::AvoidDither)))
            return false;
        bytes = reduced.data();
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Lets the window lay out and the dashboard evaluate.
void settle(int milliseconds)
{
    QTest::qWait(milliseconds);
    QApplication::processEvents();
}

int probeModelImport(const QString &language, const QString &modelFile, const QString &screenshot)
{
    const Language::Choice choice = Language::choose(language, QString(), QLocale::system());
    if (!choice.warning.isEmpty() || !Language::install(choice))
        return 2;
    MainWindow window([](const RecoveryCandidate &) { return RecoveryChoice::Discard; });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        report(u"FIT FAIL the window was never shown"_s);
        return 1;
    }
    settle(300);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(modelFile)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    settle(300);
    auto *dialog = window.findChild<CatalogDialog *>();
    if (!enter.isAccepted() || dialog == nullptr || !QTest::qWaitForWindowExposed(dialog) ||
        dialog->customCatalog().models.isEmpty()) {
        report(u"IMPORT FAIL %1"_s.arg(dialog ? dialog->statusText() : u"no dialog"_s));
        return 1;
    }
    report(u"IMPORTED "_s + dialog->customCatalog().models.first().name);
    dialog->resize(1560, 540);
    settle(500);
    // The dialog scrolled the imported row into view at import; the resize above moved it.
    const QList<QTableView *> tables = dialog->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (table->isVisible() && table->selectionModel()->hasSelection())
            table->scrollTo(table->selectionModel()->selectedRows().value(0));
    }
    settle(200);
    int findings = 0;
    inspectLabels(*dialog, findings);
    inspectButtons(*dialog, findings);
    if (!saveScreenshot(dialog->grab().toImage(), screenshot))
        return 1;
    report(u"DONE"_s);
    return 0;
}

int probeInventory(const QString &language, const QString &screenshot)
{
    const Language::Choice choice = Language::choose(language, QString(), QLocale::system());
    if (!choice.warning.isEmpty() || !Language::install(choice))
        return 2;
    QTemporaryDir home;
    if (!home.isValid() || !pertoken::testing::writeStores(home.path()))
        return 2;
    pertoken::testing::OllamaStandIn ollama(QHostAddress::AnyIPv4);
    if (!ollama.start())
        return 2;
    MainWindow window([](const RecoveryCandidate &) { return RecoveryChoice::Discard; });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        report(u"FIT FAIL the window was never shown"_s);
        return 1;
    }
    settle(300);
    auto *action = window.findChild<QAction *>(u"showInventory"_s);
    if (!action)
        return 1;
    action->trigger();
    auto *inventory = window.findChild<InventoryWindow *>();
    if (!inventory || !QTest::qWaitForWindowExposed(inventory))
        return 1;
    QList<pertoken::ModelStoreRoot> roots =
        pertoken::defaultModelStores(home.path(), QProcessEnvironment());
    roots.removeIf(
        [&](const pertoken::ModelStoreRoot &root) { return !root.path.startsWith(home.path()); });
    inventory->setScanOptions(roots, true, {ollama.port()});
    auto *hardware = inventory->findChild<QComboBox *>(u"inventoryHardware"_s);
    for (int i = 0; i < hardware->count(); ++i) {
        const pertoken::Accelerator *a =
            pertoken::findAccelerator(hardware->itemData(i).toString());
        if (a && a->deviceClass == pertoken::DeviceClass::Laptop) {
            hardware->setCurrentIndex(i);
            break;
        }
    }
    QSignalSpy finished(inventory, &InventoryWindow::scanFinished);
    inventory->startScan();
    if (!finished.wait(60000))
        return 1;
    inventory->resize(1320, 560);
    auto *models = inventory->findChild<QTableWidget *>(u"inventoryModels"_s);
    models->selectRow(0);
    settle(400);
    report(u"INVENTORY %1 %2"_s.arg(inventory->inventory().scan.models.size())
               .arg(inventory->inventory().servers.size()));
    int findings = 0;
    inspectLabels(*inventory, findings);
    inspectButtons(*inventory, findings);
    if (!saveScreenshot(inventory->grab().toImage(), screenshot))
        return 1;
    report(u"DONE"_s);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PerTokenLayoutProbe"_s);
    QCoreApplication::setApplicationName(u"PerTokenLayoutProbe"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args[2] == u"--model-import")
        return probeModelImport(args[1], args[3], args[4]);
    if (args.size() == 4 && args[2] == u"--inventory")
        return probeInventory(args[1], args[3]);
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: pertoken_layout_probe LANG [SCREENSHOT.png]\n");
        return 2;
    }
    const Language::Choice choice = Language::choose(args[1], QString(), QLocale::system());
    if (!choice.warning.isEmpty() || !Language::install(choice)) {
        std::fprintf(stderr, "pertoken_layout_probe: cannot install language %s\n",
                     qPrintable(args[1]));
        return 2;
    }
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    report(u"SCREEN %1x%2"_s.arg(available.width()).arg(available.height()));

    MainWindow window([](const RecoveryCandidate &) { return RecoveryChoice::Discard; });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        report(u"FIT FAIL the window was never shown"_s);
        return 1;
    }
    settle(300);
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    const QRect opened = window.frameGeometry();
    report(u"MINIMUM %1x%2"_s.arg(minimum.width()).arg(minimum.height()));
    report(u"OPENED %1,%2 %3x%4"_s.arg(opened.x())
               .arg(opened.y())
               .arg(opened.width())
               .arg(opened.height()));
    int failures = 0;
    if (!available.contains(opened)) {
        report(u"FIT FAIL the window opens at %1,%2 %3x%4, outside the available %5x%6"_s
                   .arg(opened.x())
                   .arg(opened.y())
                   .arg(opened.width())
                   .arg(opened.height())
                   .arg(available.width())
                   .arg(available.height()));
        ++failures;
    }
    if (minimum.width() > available.width() || minimum.height() > available.height()) {
        report(u"FIT FAIL the minimum size %1x%2 is larger than the screen"_s.arg(minimum.width())
                   .arg(minimum.height()));
        ++failures;
    }

    // As maximised: the whole available area.
    window.setGeometry(available);
    settle(500);
    if (window.width() > available.width() || window.height() > available.height()) {
        report(u"FIT FAIL the window is %1x%2 when given %3x%4"_s.arg(window.width())
                   .arg(window.height())
                   .arg(available.width())
                   .arg(available.height()));
        ++failures;
    }
    if (failures == 0)
        report(u"FIT ok"_s);
    inspect(window);
    if (args.size() == 3) {
        if (!saveScreenshot(window.grab().toImage(), args[2])) {
            std::fprintf(stderr, "pertoken_layout_probe: cannot write %s\n", qPrintable(args[2]));
            return 1;
        }
    }
    // The other chart tabs, one by one, at the same size.
    QTabWidget *tabs = window.chartsView()->tabWidget();
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle(200);
        inspect(window);
    }
    report(u"DONE"_s);
    return 0;
}
