#include "panels/summary_panel.h"

#include "panels/number_format.h"
#include "scenario/headline.h"
#include "widgets/live_label.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

enum OptionColumn { Name, CostPerMillion, Monthly, Basis, Throughput, Notes, OptionColumns };
enum PairColumn { Pair, Volume, CostAtVolume, PairColumns };
constexpr int kLeftOutRole = Qt::UserRole;
constexpr int kMinimumNotesWidth = 80; // pixels

QString basisText(const OptionResult &result)
{
    if (result.kind == OptionKind::CloudApi)
        return SummaryPanel::tr("list price");
    switch (result.basis) {
    case ThroughputBasis::Measured:
        return SummaryPanel::tr("measured");
    case ThroughputBasis::Calibrated:
        //: Basis of an estimate: the roofline over this machine's measured bandwidth and compute.
        return SummaryPanel::tr("calibrated");
    case ThroughputBasis::Roofline:
        break;
    }
    return SummaryPanel::tr("roofline");
}

QString notesText(const OptionResult &result)
{
    if (!result.enabled)
        return SummaryPanel::tr("left out of the comparison");
    if (!result.feasible)
        return result.infeasibleReason;
    QStringList notes;
    if (!result.meetsTtftTarget)
        notes << SummaryPanel::tr("misses the time-to-first-token target");
    if (!result.meetsTpotTarget)
        notes << SummaryPanel::tr("misses the time-per-token target");
    if (result.errorBandCases > 0)
        //: Error band of an estimated throughput: %1 percent, %2 published cases of its class.
        notes << SummaryPanel::tr("throughput ±%1% (90% of %2 published cases)")
                     .arg(std::lround(result.errorBandPercent))
                     .arg(result.errorBandCases);
    if (result.kind != OptionKind::CloudApi)
        //: %1 share of provisioned time spent serving, %2 cost per million tokens when paying
        //: only for busy hours.
        notes << SummaryPanel::tr("%1% busy; usage-based %2")
                     .arg(std::round(result.busyFraction * 100))
                     .arg(NumberFormat::usdPerMillionTokens(result.usageBasedUsdPerMillionTokens));
    //: Separates the notes about one option ("misses the time-per-token target; 16% busy").
    return notes.join(SummaryPanel::tr("; "));
}

// What break-even volumes hold fixed as volume varies (core/cost/break_even.h).
QString ruleText(const Evaluation &evaluation)
{
    if (evaluation.breakEvenPeak == BreakEvenPeak::Proportional)
        return SummaryPanel::tr("peak concurrency in proportion to volume");
    //: %1 the workload's peak concurrent requests.
    return SummaryPanel::tr("peak concurrency fixed at %1 requests")
        .arg(NumberFormat::compact(evaluation.peakConcurrentRequests));
}

// Resizes the columns (but `stretch`) to their contents when the longest text of one changed
// length since the last fit; `fitted` keeps those lengths.
void fitColumns(QTreeWidget *table, int stretch, QList<int> &fitted)
{
    QList<int> longest(table->columnCount(), 0);
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        for (int column = 0; column < table->columnCount(); ++column)
            longest[column] =
                std::max(longest[column], int(table->topLevelItem(i)->text(column).size()));
    }
    if (longest == fitted)
        return;
    fitted = longest;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (column != stretch)
            table->resizeColumnToContents(column);
    }
}

// Gives the option names what the figures leave, keeping `minimumNotes` pixels for the notes:
// long names ("Llama 3.3 70B Q4_K_M on M4 Max 64 GB laptop") are shortened in the middle, with
// the whole name in the tooltip, rather than pushing the basis, throughput and notes out of view.
void capNameColumn(QTreeWidget *table, int minimumNotes)
{
    const int margin =
        2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 8;
    int figures = 0;
    for (int column = CostPerMillion; column < Notes; ++column)
        figures += table->header()->sectionSize(column);
    int longest = 0;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = table->topLevelItem(i);
        longest =
            std::max(longest, QFontMetrics(item->font(Name)).horizontalAdvance(item->text(Name)));
    }
    longest += margin;
    const QString notesTitle = table->headerItem()->text(Notes);
    minimumNotes = std::max(minimumNotes,
                            table->header()->fontMetrics().horizontalAdvance(notesTitle) + margin);
    const int available = table->viewport()->width() - figures - minimumNotes;
    table->header()->resizeSection(Name, std::clamp(available, 80, std::max(80, longest)));
}

// Numbers take the width they need; the named column (`stretch`) takes the rest and elides.
QTreeWidget *makeTable(const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab reaches the table; the arrow keys then move along its rows.
    table->setFocusPolicy(Qt::StrongFocus);
    // Where even the figures do not fit, the table scrolls rather than cut them off.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->header()->setStretchLastSection(false);
    // Sized by fitColumns(): ResizeToContents would measure every cell on every update.
    table->header()->setSectionResizeMode(QHeaderView::Interactive);
    table->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_options(makeTable({tr("Option"), tr("$ / M tokens"), tr("$ / month"), tr("Basis"),
                           tr("Output tok/s"), tr("Notes")},
                          Notes, this))
    , m_pairs(
          makeTable({tr("Break-even between"), tr("Tokens/month"), tr("$ / month")}, Pair, this))
    , m_rule(new QLabel(this))
{
    setObjectName(u"summaryPanel"_s);
    m_rule->setObjectName(u"breakEvenRule"_s);
    m_rule->setWordWrap(true);
    m_options->setObjectName(u"summaryOptions"_s);
    m_pairs->setObjectName(u"summaryBreakEven"_s);
    m_pairs->setTextElideMode(Qt::ElideMiddle); // both names stay recognisable
    m_options->setTextElideMode(Qt::ElideMiddle);
    m_options->viewport()->installEventFilter(this);
    // The columns that give up room first keep their whole title in a tooltip.
    m_pairs->headerItem()->setToolTip(Pair, m_pairs->headerItem()->text(Pair));
    m_options->headerItem()->setToolTip(Notes, m_options->headerItem()->text(Notes));
    m_options->setAccessibleName(tr("Cost of each option"));
    m_pairs->setAccessibleName(tr("Break-even volumes"));
    for (int column : {CostPerMillion, Monthly, Throughput})
        m_options->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    for (int column : {Volume, CostAtVolume})
        m_pairs->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);

    auto *cards = new QHBoxLayout;
    m_cheapest = addCard(cards, tr("Cheapest"), u"cheapest"_s);
    m_breakEven = addCard(cards, tr("Break-even"), u"breakEven"_s);
    m_volume = addCard(cards, tr("Workload"), u"volume"_s);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_options, 5);
    auto *pairs = new QVBoxLayout;
    pairs->addWidget(m_pairs, 1);
    pairs->addWidget(m_rule);
    tables->addLayout(pairs, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(cards);
    layout->addLayout(tables, 1);
}

SummaryPanel::~SummaryPanel() = default;

SummaryPanel::Card SummaryPanel::addCard(QHBoxLayout *row, const QString &title,
                                         const QString &objectName)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *heading = new QLabel(title, frame);
    heading->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new LiveLabel(frame);
    value->setObjectName(objectName + u"Value"_s);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setShrinkToFit(true); // a figure: never cut off where a smaller font would fit
    auto *caption = new LiveLabel(frame);
    caption->setObjectName(objectName + u"Caption"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(caption);
    layout->addStretch(1);
    row->addWidget(frame, 1);
    return {value, caption};
}

void SummaryPanel::setEvaluation(const Evaluation &evaluation)
{
    retitleMoneyColumns();
    const Headline head = headline(evaluation);
    if (const OptionResult *cheapest = evaluation.option(head.cheapestId)) {
        m_cheapest.value->setText(
            NumberFormat::usdPerMillionTokens(head.cheapestUsdPerMillionTokens));
        const QString monthly = NumberFormat::usdPerMonth(head.cheapestUsdPerMonth);
        m_cheapest.caption->setText(
            head.cheapestMissesTargets
                //: %1 the cheapest option's name, %2 its monthly cost; no option meets the
                //: latency targets, so this one is named but not recommended.
                ? tr("%1, %2 — cheapest, misses targets").arg(cheapest->name, monthly)
                //: %1 the cheapest option's name, %2 its monthly cost.
                : tr("%1, %2").arg(cheapest->name, monthly));
    } else {
        m_cheapest.value->setText(tr("none"));
        m_cheapest.caption->setText(tr("No enabled option can serve this workload."));
    }
    // With a task defined (Scenario ▸ Task), the cheapest option per solved task among those that
    // solve the task's least share, as `pertoken eval` names it.
    // One line, as the card has room for; the whole text is in the tooltip where it is cut.
    if (const OptionResult *solving = evaluation.option(head.cheapestSolvingId)) {
        //: Added to the Cheapest card: %1 the option's name, %2 its cost per solved task.
        const QString solved =
            tr("per solved task: %1, %2")
                .arg(solving->name, NumberFormat::usd(head.cheapestSolvingUsdPerSolvedTask));
        m_cheapest.caption->setText(m_cheapest.caption->text() + u" · "_s + solved);
        m_cheapest.caption->setToolTip(m_cheapest.caption->text());
    } else {
        m_cheapest.caption->setToolTip({});
    }

    if (const std::optional<BreakEven> &crossing = head.breakEven) {
        const OptionResult *a = evaluation.option(crossing->a);
        const OptionResult *b = evaluation.option(crossing->b);
        m_breakEven.value->setText(NumberFormat::tokensPerMonth(*crossing->tokensPerMonth));
        //: %1 and %2 are the two options whose monthly costs cross at this volume.
        m_breakEven.caption->setText(
            tr("%1 vs %2").arg(a ? a->name : crossing->a, b ? b->name : crossing->b));
        //: %1 both options' monthly cost at the break-even volume, %2 the rule it follows.
        m_breakEven.caption->setToolTip(
            tr("Each costs %1 at that volume; %2")
                .arg(NumberFormat::usdPerMonth(crossing->usdPerMonth), ruleText(evaluation)));
    } else {
        m_breakEven.value->setText(tr("none"));
        m_breakEven.caption->setText(
            tr("The cheapest option stays cheapest from 1 K to 1,000 T tokens/month."));
    }

    m_volume.value->setText(NumberFormat::tokensPerMonth(evaluation.tokensPerMonth));
    //: %1 options that can serve the workload within its latency targets, %n enabled options.
    m_volume.caption->setText(
        tr("%1 of %n options meet the latency targets", nullptr, head.enabledOptions)
            .arg(head.meetingTargets));

    showOptions(evaluation);
    showBreakEven(evaluation);
    setAccessibleDescription(plainText());
}

void SummaryPanel::showOptions(const Evaluation &evaluation)
{
    const auto fit = qScopeGuard([this] {
        fitColumns(m_options, Notes, m_optionsFitted);
        capNameColumn(m_options, kMinimumNotesWidth);
    });
    const int count = int(evaluation.options.size());
    while (m_options->topLevelItemCount() > count)
        delete m_options->takeTopLevelItem(m_options->topLevelItemCount() - 1);
    for (int i = 0; i < count; ++i) {
        const OptionResult &result = evaluation.options.at(i);
        QTreeWidgetItem *item = m_options->topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(m_options);
            for (int column : {CostPerMillion, Monthly, Throughput})
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        const bool priced = result.enabled && result.feasible;
        item->setText(Name, result.name);
        item->setToolTip(Name, result.name);
        item->setText(CostPerMillion,
                      priced ? NumberFormat::usd(result.usdPerMillionTokens) : u"—"_s);
        item->setText(Monthly, priced ? NumberFormat::usd(result.monthlyUsd) : u"—"_s);
        item->setText(Basis, basisText(result));
        item->setToolTip(Basis, result.basisNote);
        item->setText(Throughput, result.kind != OptionKind::CloudApi && priced
                                      ? NumberFormat::compact(result.outputTokensPerSecond)
                                      : u"—"_s);
        item->setText(Notes, notesText(result));
        item->setToolTip(Notes, item->text(Notes));
        const bool cheapest = result.id == evaluation.cheapestId;
        QFont font = m_options->font();
        font.setBold(cheapest);
        item->setData(Name, kLeftOutRole, !result.enabled);
        for (int column = 0; column < OptionColumns; ++column)
            item->setFont(column, font);
        applyRowColour(item);
    }
}

void SummaryPanel::showBreakEven(const Evaluation &evaluation)
{
    const auto fit = qScopeGuard([this] { fitColumns(m_pairs, Pair, m_pairsFitted); });
    //: Under the break-even table: %1 what break-even volumes hold fixed as volume varies.
    m_rule->setText(tr("As volume varies: %1.").arg(ruleText(evaluation)));
    QList<const BreakEven *> crossings;
    for (const BreakEven &pair : evaluation.breakEven) {
        if (pair.tokensPerMonth || !pair.bothServe)
            crossings.append(&pair);
    }
    while (m_pairs->topLevelItemCount() > crossings.size())
        delete m_pairs->takeTopLevelItem(m_pairs->topLevelItemCount() - 1);
    for (int i = 0; i < crossings.size(); ++i) {
        const BreakEven &pair = *crossings.at(i);
        QTreeWidgetItem *item = m_pairs->topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(m_pairs);
            item->setTextAlignment(Volume, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(CostAtVolume, Qt::AlignRight | Qt::AlignVCenter);
        }
        const OptionResult *a = evaluation.option(pair.a);
        const OptionResult *b = evaluation.option(pair.b);
        item->setText(Pair, tr("%1 vs %2").arg(a ? a->name : pair.a, b ? b->name : pair.b));
        item->setToolTip(Pair, item->text(Pair));
        if (!pair.tokensPerMonth) {
            //: Break-even volume of a pair where one option misses a latency target.
            item->setText(Volume, tr("none"));
            item->setToolTip(Volume, tr("No break-even where both can serve: one of the two "
                                        "misses a latency target."));
            item->setText(CostAtVolume, u"—"_s);
            continue;
        }
        item->setText(Volume, NumberFormat::compact(*pair.tokensPerMonth));
        item->setToolTip(Volume, {});
        item->setText(CostAtVolume, NumberFormat::usd(pair.usdPerMonth));
    }
}

// Options left out of the comparison are greyed; the others keep the view's own text colour, so
// they follow a switch between light and dark palettes.
void SummaryPanel::applyRowColour(QTreeWidgetItem *item) const
{
    const bool leftOut = item->data(Name, kLeftOutRole).toBool();
    for (int column = 0; column < OptionColumns; ++column) {
        if (leftOut)
            item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        else
            item->setData(column, Qt::ForegroundRole, QVariant());
    }
}

bool SummaryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_options->viewport() && event->type() == QEvent::Resize)
        capNameColumn(m_options, kMinimumNotesWidth);
    return QWidget::eventFilter(watched, event);
}

void SummaryPanel::retitleMoneyColumns()
{
    // The money columns name the display currency: "$ / M tokens", "€ / month".
    const QString symbol = currencySymbol(NumberFormat::displayCurrency().code);
    if (symbol == m_moneySymbol)
        return;
    m_moneySymbol = symbol;
    //: Column title: %1 the currency symbol ("$", "€").
    m_options->headerItem()->setText(CostPerMillion, tr("%1 / M tokens").arg(symbol));
    //: Column title: %1 the currency symbol ("$", "€").
    const QString perMonth = tr("%1 / month").arg(symbol);
    m_options->headerItem()->setText(Monthly, perMonth);
    m_pairs->headerItem()->setText(CostAtVolume, perMonth);
}

void SummaryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_options->topLevelItemCount(); ++i)
            applyRowColour(m_options->topLevelItem(i));
    }
}

QString SummaryPanel::plainText() const
{
    QStringList lines;
    for (const Card &card : {m_cheapest, m_breakEven, m_volume})
        lines << card.value->text() + u" — "_s + card.caption->text();
    for (QTreeWidget *table : {m_options, m_pairs}) {
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->topLevelItem(i)->text(column);
            lines << cells.join(u" · "_s);
        }
    }
    lines << m_rule->text();
    return lines.join(u'\n');
}

} // namespace pertoken::ui
