#pragma once

// Filling forms in UI tests as a user would: find a field by its object name, type into it.

#include <QLineEdit>
#include <QSpinBox>
#include <QString>
#include <QTest>
#include <QWidget>

namespace pertoken::testing {

/// The child named `name`; the test stops when there is none.
template <typename T> T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

/// Replaces the edit's text by typing `text`.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Replaces the spin box's value by typing `text` over the selected value.
inline void typeInto(QSpinBox *spin, const QString &text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace pertoken::testing
