#pragma once
// The decrypted copies of credential scans that the system's viewer opens
// (it needs a file). They are the only plain copies of personal data the
// console writes, so they live in one owner-only directory the console owns,
// QStandardPaths::TempLocation/doorstep-scans-<user> (0700, files 0600), are
// named by the format their bytes show (never by the uploaded name: a scan
// called "id.exe" or "x.html" opens as the PNG it is), and are deleted on
// lock, logout and exit; a crash's leftovers go at the next start.
// No widgets: ConsoleFlow and the scan viewer share these functions.
#include <QByteArray>
#include <QString>

namespace doorstep::ui::scan_temp_files {

// The directory (not created).
QString directory();
// Writes `bytes` to a new file in the directory, creating and securing the
// directory first. Returns the file's path; on failure an empty string and
// the reason in `error` (translated).
QString write(const QByteArray &bytes, QString *error);
// Deletes every file in the directory; returns how many could not be deleted
// (a viewer on Windows may still hold one: the next purge tries again).
int purge();

} // namespace doorstep::ui::scan_temp_files
