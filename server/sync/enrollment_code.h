#pragma once
// One-time enrollment codes: 125 random bits in Crockford's base32 (no I, L,
// O, U), five groups of five, e.g. "7K3QM-XW9TB-…". Typed by a person, so
// reading is forgiving: case, dashes and spaces do not matter, and I/L read
// as 1, O as 0. The server keeps only the SHA-256 of the normalised code.

#include <QByteArray>
#include <QString>

namespace doorstep::server::sync {

QString newEnrollmentCode();
// Upper case, no separators, look-alikes folded; empty when it holds a
// character no code has.
QString normaliseEnrollmentCode(const QString &typed);
QByteArray enrollmentCodeHash(const QString &typed);

} // namespace doorstep::server::sync
