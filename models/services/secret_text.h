#pragma once
// Passwords on their way into the services (rotating the data key, logging
// in again) are held in the store's wiped string type; ui/ names it here, as
// it names nothing of the store itself.
#include "store/secret_memory.h"

namespace doorstep::services {
using SecretText = store::SecretText;
}
