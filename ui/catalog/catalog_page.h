#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pertoken::ui {

class CatalogFilterProxy;

/// One tab of the catalog dialog: a search box, a provider or vendor filter, the table and the
/// buttons acting on the selected row. Built-in rows can be duplicated or used, not edited or
/// removed; the page only reports requests, CatalogDialog carries them out.
class CatalogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    /// `name` prefixes the child widgets' object names ("prices" → "pricesSearch",
    /// "pricesFilter", "pricesTable", "pricesAdd", "pricesEdit", "pricesDuplicate",
    /// "pricesRemove", "pricesUse").
    CatalogPage(QAbstractItemModel *model, const QString &name, const QString &allGroupsLabel,
                QWidget *parent = nullptr);

    /// The selected row in the source model, -1 when none.
    int currentSourceRow() const;
    void selectSourceRow(int row);
    /// Refills the filter from the model's groups, keeping the current choice when it remains.
    void refreshGroups();
    void addButton(QPushButton *button);

Q_SIGNALS:
    void addRequested();
    void editRequested(int sourceRow);
    void duplicateRequested(int sourceRow);
    void removeRequested(int sourceRow);
    void useRequested(int sourceRow);

private:
    void updateButtons();
    bool currentIsCustom() const;

    QAbstractItemModel *m_model;
    CatalogFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_group;
    QTableView *m_table;
    QHBoxLayout *m_buttons;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_use;
    QString m_allGroupsLabel;
};

} // namespace pertoken::ui
