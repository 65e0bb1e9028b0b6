#include "values/quantity.hpp"

#include <cmath>

#include "parse/tables.hpp"

namespace cc::values {

using parse::ast::Amount;
using parse::ast::Hedge;
using parse::ast::Quantity;

NumRange hedged(Hedge h, double v) {
  const double lo = v >= 0 ? v * (1 - k_about_tolerance) : v * (1 + k_about_tolerance);
  const double hi = v >= 0 ? v * (1 + k_about_tolerance) : v * (1 - k_about_tolerance);
  const double near = v >= 0 ? v * (1 - k_nearly_tolerance) : v * (1 + k_nearly_tolerance);
  switch (h) {
    case Hedge::none: return NumRange::point(v);
    case Hedge::lt: return NumRange{std::nullopt, v, true, false, false};
    case Hedge::le: return NumRange{std::nullopt, v, true, true, false};
    case Hedge::gt: return NumRange{v, std::nullopt, false, true, false};
    case Hedge::ge: return NumRange{v, std::nullopt, true, true, false};
    case Hedge::about: return NumRange{lo, hi, true, true, true};
    case Hedge::nearly: return NumRange{near, v, true, true, true};
    case Hedge::just_under: return NumRange{near, v, true, false, true};
    case Hedge::just_over: return NumRange{v, hi, false, true, true};
  }
  return NumRange::point(v);
}

namespace {

double amount_value(const Amount& a) {
  double v = a.num.value * a.multiplier;
  if (a.num.share) {
    v *= 100;
  }
  return v;
}

// "$40-50 million": the first number borrows the second's scale.
void borrow_scale(Amount& a, const Amount& b) {
  if (a.num.scaled || !b.num.scaled || a.num.value <= 0 || a.num.vague) {
    return;
  }
  for (const double s : {1e12, 1e9, 1e6, 1e3}) {
    if (b.num.value >= s && a.num.value * s < b.num.value && b.num.value / s < 1000) {
      a.num.value *= s;
      a.num.high = a.num.value;
      a.num.scaled = true;
      return;
    }
  }
}

// Interval of a vague amount under a hedge.
NumRange vague_range(Hedge h, const parse::ast::Number& n) {
  NumRange r{n.value, n.high, true, false, true};
  switch (h) {
    case Hedge::gt:
    case Hedge::ge:
    case Hedge::just_over: r.high.reset(); break;
    case Hedge::lt:
    case Hedge::le:
    case Hedge::just_under:
    case Hedge::nearly: r.low.reset(); break;
    default: break;
  }
  return r;
}

}  // namespace

bool resolve_quantity(const Quantity& q_in, Mention& m) {
  Quantity q = q_in;
  Amount& a = q.a;
  Amount& b = q.b;
  const auto year_like = [](const Amount& x) {
    return !x.currency && !x.unit && !x.percent && x.num.int_digits == 4 && !x.num.grouped && !x.num.decimal &&
           x.num.value >= 1000 && x.num.value < 2200;
  };
  if (q.range) {
    if (a.num.vague || b.num.vague || (year_like(a) && year_like(b))) {
      return false;  // "from 1991 to 1997" names two years
    }
    borrow_scale(a, b);
    // Units written once apply to both ends: "20-30%", "$5-6bn", "3 to 4 km".
    if (!a.currency) {
      a.currency = b.currency;
      a.multiplier = b.multiplier;
    }
    if (!b.currency) {
      b.currency = a.currency;
      b.multiplier = a.multiplier;
    }
    a.percent = a.percent || b.percent;
    b.percent = a.percent;
    a.num.share = a.num.share || b.num.share;
    if (!a.unit) {
      a.unit = b.unit;
    }
    if (!b.unit) {
      b.unit = a.unit;
    }
    if (a.currency != b.currency || a.unit != b.unit) {
      return false;
    }
  }

  if (a.currency) {
    m.type = MentionType::money;
    m.unit = std::string(parse::currencies()[a.currency].code);
  } else if (a.percent || a.num.share) {
    m.type = MentionType::percent;
    m.unit = a.points ? "pp" : "%";
  } else {
    m.type = MentionType::quantity;
    if (a.unit) {
      const auto& u = parse::units()[a.unit];
      m.unit = std::string(u.symbol);
      m.dimension = std::string(u.dimension);
      m.si_unit = std::string(u.si_symbol);
    }
  }

  if (q.range) {
    const double lo = amount_value(a);
    const double hi = amount_value(b);
    if (!(lo < hi)) {
      return false;
    }
    m.num = NumRange{lo, hi, true, true, false};
    if (q.hedge == Hedge::about || q.post == Hedge::about) {
      m.num = NumRange{lo * (1 - k_about_tolerance), hi * (1 + k_about_tolerance), true, true, true};
    }
  } else if (a.num.vague) {
    parse::ast::Number n = a.num;
    n.value *= a.multiplier;
    n.high *= a.multiplier;
    m.num = vague_range(q.hedge, n);
  } else {
    const double v = amount_value(a);
    m.num = hedged(q.hedge, v);
    if (q.hedge == Hedge::none && q.post != Hedge::none) {
      m.num = hedged(q.post, v);
    }
    if (a.num.fraction && q.hedge == Hedge::none) {
      // Fractions are stated loosely; "a quarter" of something is not 25.000%.
      m.num.approximate = false;
    }
  }

  if (a.unit) {
    const auto& u = parse::units()[a.unit];
    NumRange si = m.num;
    if (si.low) {
      si.low = (*si.low + u.offset) * u.factor;
    }
    if (si.high) {
      si.high = (*si.high + u.offset) * u.factor;
    }
    m.si = si;
  }
  return true;
}

}  // namespace cc::values
