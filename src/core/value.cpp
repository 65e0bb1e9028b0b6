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
