#include "services/service_error.h"

#include "store/store_error.h"

namespace doorstep::services {

ErrorCategory errorCategory(const std::exception &e)
{
    if (const auto *se = dynamic_cast<const ServiceError *>(&e)) {
        switch (se->kind()) {
        case ServiceError::Kind::PermissionDenied:
            return ErrorCategory::NotAllowed;
        case ServiceError::Kind::Invalid:
            return ErrorCategory::BadInput;
        case ServiceError::Kind::Store:
            return ErrorCategory::Store;
        case ServiceError::Kind::Busy:
            return ErrorCategory::Busy;
        case ServiceError::Kind::NotFound:
        case ServiceError::Kind::Conflict:
            return ErrorCategory::Other;
        }
    }
    if (const auto *st = dynamic_cast<const store::StoreError *>(&e))
        return st->kind() == store::StoreError::Kind::Busy ? ErrorCategory::Busy : ErrorCategory::Store;
    return ErrorCategory::Other;
}

} // namespace doorstep::services
