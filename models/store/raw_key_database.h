#pragma once
// A SQLCipher database keyed directly with a raw 256-bit key: no store
// header, no key slots. For programs that keep the key elsewhere (the sync
// server reads it from an owner-only key file or stdin) but want the same
// cipher format, pragmas and error wording as a console store.

#include "store/key_crypto.h"
#include "store/sqlite.h"

#include <QString>

namespace doorstep::store {

// Opens (create: makes an owner-only file, refusing an existing one) and
// keys `db`. A wrong key or a foreign file is StoreError::WrongPassword;
// other failures as Store::open reports them.
void openWithRawKey(Database &db, const QString &path, const SecretBytes &key, bool create);

} // namespace doorstep::store
