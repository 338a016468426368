#include "export/export_font.h"

#include <QFontDatabase>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Registers the bundled faces once and returns their family, empty when none could be loaded.
QString bundledFamily()
{
    static const QString family = [] {
        QString name;
        for (const QString &path :
             {u":/fonts/DejaVuSans.ttf"_s, u":/fonts/DejaVuSans-Bold.ttf"_s}) {
            const int id = QFontDatabase::addApplicationFont(path);
            const QStringList families =
                id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.first();
        }
        if (name.isEmpty())
            qWarning("pertoken: the bundled export font (:/fonts/DejaVuSans.ttf) is missing; "
                     "exports use the default font");
        return name;
    }();
    return family;
}

} // namespace

QFont exportFont(int pointSize)
{
    QFont font;
    const QString family = bundledFamily();
    if (!family.isEmpty())
        font = QFont(family);
    font.setPointSize(pointSize);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace pertoken::ui
