#pragma once

#include <QTableView>

class QAbstractItemModel;

namespace pertoken::ui {

/// A read-only table of a chart's numbers. Ctrl+C (the platform's copy shortcut) copies the
/// selected cells, or the whole table when nothing is selected, as tab-separated text with a
/// header row.
class DataTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTableView)

public:
    explicit DataTableView(QWidget *parent = nullptr);
    ~DataTableView() override;

    /// Copies the selection, or everything when nothing is selected.
    void copySelection();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

/// Puts the whole of `model` on the clipboard as tab-separated text with a header row.
void copyTableToClipboard(const QAbstractItemModel &model);

} // namespace pertoken::ui
