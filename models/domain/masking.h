#pragma once
// Masking personal data for roles without the permission to see it (PIPL
// minimisation). Never reveals more than the rule, whatever the input.
#include <QString>

namespace doorstep::domain {

QString maskPhone(QStringView phone);      // 13812345678 -> 138****5678
QString maskIdNumber(QStringView id);      // 310104199001011234 -> 310104********1234
QString maskName(QStringView name);        // 张三丰 -> 张**

} // namespace doorstep::domain
