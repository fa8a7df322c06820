#pragma once
// The provider pages name the parts of a provider's record (read in
// models: itemmodels/provider_record.h) by their short names.
#include "itemmodels/catalogue_choices.h"
#include "itemmodels/provider_record.h"

namespace doorstep::ui {

using itemmodels::Choice;
using itemmodels::CredentialInfo;
using itemmodels::FlagInfo;
using itemmodels::HoursInfo;
using itemmodels::LedgerInfo;
using itemmodels::ProviderRecord;
using itemmodels::ScanInfo;
using itemmodels::SkillInfo;
using itemmodels::TrainingInfo;

} // namespace doorstep::ui
