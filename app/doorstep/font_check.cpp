#include "font_check.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace doorstep::app {

bool hasChineseFont()
{
    return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
}

QString chineseFontAdvice()
{
#if defined(Q_OS_LINUX)
    return QCoreApplication::translate("FontCheck", "No font for Chinese text is installed, so Chinese names will show as boxes. "
                                                    "Install one, e.g.: sudo apt-get install fonts-noto-cjk");
#else
    return QCoreApplication::translate("FontCheck", "No font for Chinese text is installed, so Chinese names will show as boxes. "
                                                    "Install a Chinese font (e.g. Noto Sans CJK SC or Microsoft YaHei).");
#endif
}

} // namespace doorstep::app
