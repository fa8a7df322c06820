// libFuzzer harness for the store header parser (store/key_slots.h).
// The header is not secret and anyone holding the file can rewrite it, so
// parseHeader() must survive any 64 KiB. An area's checksum is a plain
// SHA-256 that random bytes never match, so besides raw headers the first
// input byte chooses a mode in which the harness writes valid checksums
// around the fuzzed slot payloads, reaching the slot parser behind them.
// Whatever parses must serialise and parse back to the same slot set, and
// parseSlotSet() (the database's copy, meta.key_slots) must read a payload
// exactly as the header parser does.
#include "store/header_vfs.h"
#include "store/key_slots.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cstdlib>

using namespace doorstep::store;

namespace {

constexpr qint64 kAreaStart = 4096; // the layout of key_slots.h
constexpr qint64 kAreaSize = (kHeaderSize - kAreaStart) / 2;
constexpr qint64 kMaxPayload = kAreaSize - 12 - 32;
const QByteArray kUid(16, '\x5a');

// Area `area` holding `payload` with sequence `seq` and a correct checksum.
void writeArea(QByteArray &header, int area, quint64 seq, QByteArray payload)
{
    payload.truncate(kMaxPayload);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << seq << quint32(payload.size());
    bytes += payload;
    QByteArray summed = kUid;
    summed += bytes.first(12);
    summed += payload;
    bytes += crypto::sha256(summed);
    header.replace(kAreaStart + area * kAreaSize, bytes.size(), bytes);
}

QByteArray emptyHeader()
{
    QByteArray header = headerPrefix(kUid);
    header.append(kHeaderSize - header.size(), '\0');
    return header;
}

bool sameSlots(const StoreHeader &a, const StoreHeader &b)
{
    if (a.keySlots.size() != b.keySlots.size())
        return false;
    return a.keySlots == b.keySlots;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray in(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray header;
    switch (data[0] % 3) {
    case 0: // the raw header, as read from a file (short ones too)
        header = in;
        break;
    case 1: // one valid area around the payload
        header = emptyHeader();
        writeArea(header, data[0] & 0x80 ? 1 : 0, 1 + (data[0] >> 2), in);
        break;
    default: // both areas valid, sequences from the mode byte: which one wins?
        header = emptyHeader();
        writeArea(header, 0, 1 + ((data[0] >> 2) & 7), in.first(in.size() / 2));
        writeArea(header, 1, 1 + (data[0] >> 5), in.sliced(in.size() / 2));
        break;
    }
    // The database's copy of the slot set (meta.key_slots) has the same form as an area's payload.
    const std::optional<QList<KeySlot>> slotSet = parseSlotSet(in.first(std::min<qsizetype>(in.size(), kMaxPayload)));
    const HeaderParse parsed = parseHeader(header);
    if (parsed.problem != HeaderProblem::None)
        return 0;
    if (data[0] % 3 == 1 && (!slotSet || !sameSlots(StoreHeader{kUid, 0, *slotSet}, parsed.header)))
        std::abort(); // the header and the database must read one payload alike
    for (const KeySlot &slot : parsed.header.keySlots)
        (void)parsed.header.slotFor(slot.username);
    // Round trip: what parsed serialises into the other area and parses back equal.
    StoreHeader next = parsed.header;
    ++next.sequence;
    const std::optional<AreaWrite> area = serializeArea(next, 1 - parsed.activeArea);
    if (!area)
        return 0;
    header.replace(area->offset, area->bytes.size(), area->bytes);
    const HeaderParse again = parseHeader(header);
    if (again.problem != HeaderProblem::None || again.activeArea != 1 - parsed.activeArea
        || !sameSlots(again.header, parsed.header))
        std::abort();
    return 0;
}
