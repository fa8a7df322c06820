#pragma once
// One rendering of typed report cells as text, shared by the CSV file and the
// PDF tables so both show the same figures: money in yuan from integer fen
// (domain::Money, no floating point), dates and times in office time.
#include "reports/report_source.h"

#include <QString>
#include <QVariant>

namespace doorstep::reports {

// For files: "1234.50", "2026-01-31", "2026-01-31 14:05:00", "0.1250".
QString cellFileText(const QVariant &value, ColumnType type);
// For people (PDF): "¥1,234.50", "2026-01-31 14:05", "12.5%".
QString cellDisplayText(const QVariant &value, ColumnType type);

// Text that a spreadsheet would take for a formula (= + - @ TAB CR first)
// gets a leading apostrophe (OWASP's advice for CSV injection).
bool needsNeutralising(QStringView text);
QString neutralised(const QString &text);

// Excel's serial day number (days since 1899-12-30) of an office day, and of
// a UTC moment in office time (fraction = time of day).
double excelSerial(const QDate &day);
double excelSerialOfUtc(qint64 utcSecs);

bool isNumeric(ColumnType type); // written as numbers (everything but Text)
// A text value in a typed column: the label of a total row ("Total" under a
// Day column). Shown and written as text, never read as a date or number.
bool isLabel(const QVariant &value, ColumnType type);

} // namespace doorstep::reports
