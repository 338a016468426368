#pragma once

#include <QFont>

namespace pertoken::ui {

/// The font every export is drawn with: DejaVu Sans from the application's resources
/// (":/fonts/DejaVuSans.ttf" and the bold face), so files look the same whatever fonts the machine
/// has. When the resource is missing, the application's default font, with one warning logged.
QFont exportFont(int pointSize = 9);

} // namespace pertoken::ui
