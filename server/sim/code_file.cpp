#include "sim/code_file.h"

#include <QFile>

namespace doorstep::server::sim {

QString CodeFileReader::codeFor(const QString &phone)
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) && file.seek(m_offset)) {
        // Whole lines only: a line being written stays for the next read.
        const QByteArray text = file.readAll();
        const qsizetype end = text.lastIndexOf('\n') + 1;
        for (const QByteArray &line : text.left(end).split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() == 2)
                m_codes.insert(QString::fromLatin1(words[0]), QString::fromLatin1(words[1]));
        }
        m_offset += end;
    }
    return m_codes.value(phone);
}

} // namespace doorstep::server::sim
