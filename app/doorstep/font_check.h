#pragma once
#include <QString>

namespace doorstep::app {
// True when some installed font can show Simplified Chinese. Without one,
// every Chinese name and address would render as boxes.
bool hasChineseFont();
QString chineseFontAdvice();
} // namespace doorstep::app
