#pragma once
// Secrets in memory: passwords, the data key and its hex form are wiped as
// soon as they have been used. Qt's implicitly shared containers make that
// subtle: a copy shares the buffer, and clearing one owner frees nothing. So
// a buffer is wiped only by its sole owner (wipe() below), and secrets travel
// in types that never share (SecretBytes, key_crypto.h) or are moved.
//
// What stays out of reach: the copy a QLineEdit keeps while the user types
// (the dialogs clear their fields after use) and what SQLCipher holds, which
// wipes its own key material and, with cipher_memory_security, freed memory.

#include <QByteArray>
#include <QString>

#include <string>
#include <utility>

namespace doorstep::store {

// Overwrites the buffer when this is its only owner, then empties it.
void wipe(QByteArray &bytes);
void wipe(QString &text);
void wipe(std::string &text);

// A password (or any secret text) that wipes itself when it goes out of scope.
class SecretText
{
public:
    SecretText() = default;
    explicit SecretText(QString text) : m_text(std::move(text)) {}
    SecretText(const SecretText &) = delete;
    SecretText &operator=(const SecretText &) = delete;
    SecretText(SecretText &&other) noexcept : m_text(std::exchange(other.m_text, QString())) {}
    SecretText &operator=(SecretText &&other) noexcept
    {
        if (this != &other) {
            wipe(m_text);
            m_text = std::exchange(other.m_text, QString());
        }
        return *this;
    }
    ~SecretText() { wipe(m_text); }
    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QString m_text;
};

// The "x'…'" literal SQLCipher takes for a raw key, built in one buffer that
// the caller wipes (no intermediate hex copies are left behind).
QByteArray rawKeyLiteral(QByteArrayView key);

// Core dumps would write the data key and passwords to disk: the console and
// the CLI switch them off first thing. Linux: RLIMIT_CORE = 0 and
// PR_SET_DUMPABLE = 0 (which also keeps other processes of the same user from
// attaching a debugger). Windows writes no core files by itself; Windows
// Error Reporting's LocalDumps is off unless an administrator configures it
// (see ARCHITECTURE.md). Sanitizer builds keep the process dumpable (LeakSanitizer
// needs it) but still set RLIMIT_CORE = 0. Returns false when the system refused.
bool disableCoreDumps();

} // namespace doorstep::store
