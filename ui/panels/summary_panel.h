#pragma once

#include "scenario/evaluation.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pertoken::ui {

class LiveLabel;

/// The answer before any chart is read: the headline figures (core/scenario/headline.h, the same
/// the command line and the memo state): the cheapest option's cost per million tokens, the
/// headline break-even volume, the workload's volume; then every option's cost per
/// million tokens with its unit, monthly cost, basis (list price, roofline or measured) and
/// throughput, and the break-even volume of every pair. Renders an Evaluation; computes nothing.
class SummaryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    explicit SummaryPanel(QWidget *parent = nullptr);
    ~SummaryPanel() override;

    void setEvaluation(const pertoken::Evaluation &evaluation);

    /// Everything the panel shows, as plain text (for copying and for screen readers).
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card {
        LiveLabel *value;
        LiveLabel *caption;
    };
    Card addCard(QHBoxLayout *row, const QString &title, const QString &objectName);
    void showOptions(const Evaluation &evaluation);
    void retitleMoneyColumns();
    void showBreakEven(const Evaluation &evaluation);
    void applyRowColour(QTreeWidgetItem *item) const;

    Card m_cheapest;
    Card m_breakEven;
    Card m_volume;
    QTreeWidget *m_options;
    QTreeWidget *m_pairs;
    QLabel *m_rule; ///< what break-even volumes hold fixed
    QList<int> m_optionsFitted;
    QList<int> m_pairsFitted;
    QString m_moneySymbol = QStringLiteral("$"); ///< the currency the money columns name
};

} // namespace pertoken::ui
