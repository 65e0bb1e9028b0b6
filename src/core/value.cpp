#include "core/value.hpp"

namespace cc {

std::string_view to_string(Granularity g) {
  switch (g) {
    case Granularity::none: return "none";
    case Granularity::time: return "time";
    case Granularity::day: return "day";
    case Granularity::weekend: return "weekend";
    case Granularity::week: return "week";
    case Granularity::month: return "month";
    case Granularity::quarter: return "quarter";
    case Granularity::half: return "half";
    case Granularity::season: return "season";
    case Granularity::year: return "year";
    case Granularity::decade: return "decade";
    case Granularity::century: return "century";
    case Granularity::reference: return "reference";
  }
  return "none";
}

std::string_view to_string(MentionType t) {
  switch (t) {
    case MentionType::quantity: return "quantity";
    case MentionType::money: return "money";
    case MentionType::percent: return "percent";
    case MentionType::date: return "date";
    case MentionType::time: return "time";
    case MentionType::duration: return "duration";
    case MentionType::set: return "set";
    case MentionType::ordinal: return "ordinal";
  }
  return "quantity";
}

}  // namespace cc

#include "core/claim.hpp"

namespace cc {

std::string_view to_string(ValueKind k) {
  switch (k) {
    case ValueKind::quantity: return "quantity";
    case ValueKind::money: return "money";
    case ValueKind::percent: return "percent";
    case ValueKind::date: return "date";
    case ValueKind::duration: return "duration";
    case ValueKind::ordinal: return "ordinal";
    case ValueKind::set: return "set";
    case ValueKind::place: return "place";
    case ValueKind::status: return "status";
    case ValueKind::text: return "text";
  }
  return "text";
}

std::string_view to_string(FindingKind k) {
  switch (k) {
    case FindingKind::agreement: return "agreement";
    case FindingKind::partial_agreement: return "partial_agreement";
    case FindingKind::update: return "update";
    case FindingKind::contradiction: return "contradiction";
    case FindingKind::scope_differs: return "scope_differs";
  }
  return "agreement";
}

}  // namespace cc
