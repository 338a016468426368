#pragma once

#include "charts/dashboard_chart.h"

#include <QList>

#include <memory>

namespace pertoken::ui {

/// A tornado for one option: for each of its most influential inputs, bars from the option's
/// cost per million tokens to the cost with that input at −20% and at +20%, ranked by swing,
/// the largest at the top (eight at most). The option is the cheapest unless one is chosen.
class SensitivityChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitivityChart)

public:
    explicit SensitivityChart(QWidget *parent = nullptr);
    ~SensitivityChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;
    /// Shows this option's tornado; empty (or an id without rows) means the cheapest option.
    void setOptionId(const QString &optionId);
    QString optionId() const { return m_optionId; }
    /// The option actually shown.
    QString shownOptionId() const { return m_plot.optionId; }

    static QString chartTitle();
    static constexpr int kMaxRows = 8;

    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation, const ChartStyle &style,
                                              const QString &optionId = QString());
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style,
                          const QString &optionId = QString());
    /// The numbers drawn: one row per input, with its base value and both costs.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation,
                          const QString &optionId = QString());

    /// Object names of the two bar sets.
    static QString lowerSetName();
    static QString higherSetName();

    struct Row {
        SensitivityRow row;
        QString label;      ///< translated parameter label with its unit
        QString valueLabel; ///< the same with the input's value
        QString unit;
    };
    struct Plot {
        QString optionId;
        QString optionName;
        double baseUsdPerMillionTokens = 0;
        QList<Row> rows; ///< largest swing first
    };
    static Plot plot(const Evaluation &evaluation, const QString &optionId);

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    QString barToolTip(int category) const;
    static void keepRowOrder(Plot &next, const Plot &shown);

    QString m_optionId;
    Plot m_plot;
};

} // namespace pertoken::ui
