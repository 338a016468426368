// Build-time tool: renders the SVG application icon to PNG files of the sizes desktops ask for.
// Usage: render_icon ICON.svg OUTPUT_DIR SIZE...

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        QTextStream(stderr) << "usage: render_icon ICON.svg OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        QTextStream(stderr) << "render_icon: cannot read " << arguments[1] << '\n';
        return 2;
    }
    const QDir output(arguments[2]);
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
        painter.end();
        const QString path = output.filePath(QStringLiteral("pertoken-%1.png").arg(size));
        if (!image.save(path, "PNG")) {
            QTextStream(stderr) << "render_icon: cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
