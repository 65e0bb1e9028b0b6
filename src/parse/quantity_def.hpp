// Quantity grammar definitions. Include only from quantity.cpp.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "parse/hedge_words.hpp"
#include "parse/number.hpp"
#include "parse/primitives.hpp"
#include "parse/quantity.hpp"
#include "parse/tables.hpp"

namespace cc::parse::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::attr;
using x3::lit;
using ast::Hedge;

template <typename T>
x3::symbols<T> symbols_from(std::span<const Spelling> spellings, const char* name) {
  x3::symbols<T> s{std::string(name)};
  for (const auto& sp : spellings) {
    s.add(sp.text, static_cast<T>(sp.id));
  }
  return s;
}

x3::symbols<std::uint8_t> const currency_prefix =
    symbols_from<std::uint8_t>(currency_prefix_spellings(), "currency");
x3::symbols<std::uint8_t> const currency_word =
    symbols_from<std::uint8_t>(currency_word_spellings(), "currency");
x3::symbols<std::uint16_t> const unit_word = symbols_from<std::uint16_t>(unit_spellings(), "unit");

// --- Rules ---

quantity_type const quantity_rule = "quantity";
x3::rule<struct amount_class, ast::Amount> const amount = "amount";

auto const set_num = [](auto& ctx) { _val(ctx).num = _attr(ctx); };

// Percent sign or word after a number.
auto const percent_sfx = (-ws >> lit('%')) | (ws >> (lit("percent") | lit("per cent") |
                                                     lit("per-cent") | lit("pct")) >> wb);
auto const points_sfx = ws >> lit("percentage point") >> -lit('s') >> wb;
// "25 basis points", "a 50bp cut": hundredths of a percentage point
auto const basis_sfx = (ws >> lit("basis point") >> -lit('s') >> wb) | (-ws >> lit("bp") >> -lit('s') >> wb);

// A unit after a number. Single-letter symbols ("m", "g", "l") need a
// space; "45m" attached is a scale suffix handled by number().
auto const unit_sfx = ((ws | hyphen) >> unit_word >> wb)[([](auto& ctx) {
                        const std::uint16_t id = _attr(ctx);
                        _val(ctx).unit = id;
                      })] |
                      (unit_word >> wb)[([](auto& ctx) {
                        const std::uint16_t id = _attr(ctx);
                        if (units()[id].symbol.size() < 2) {
                          _pass(ctx) = false;
                          return;
                        }
                        _val(ctx).unit = id;
                      })];

auto const amount_def =
    // $600 million, US$5, \$600 million (escaped dollar in markdown), EUR 3bn
    (-lit('\\') >> currency_prefix >> -ws >> number())[([](auto& ctx) {
      auto& a = _val(ctx);
      a.currency = at_c<0>(_attr(ctx));
      a.num = at_c<1>(_attr(ctx));
      if (a.num.share || a.num.value < 0) {
        _pass(ctx) = false;
      }
    })] |
    (number()[set_num] >>
     -((ws >> currency_word >> wb)[([](auto& ctx) { _val(ctx).currency = _attr(ctx); })] |
       (ws >> lit("pounds") >> wb)[([](auto& ctx) {
         // "pounds" is money after a scale word ("5 million pounds"),
         // otherwise weight ("a 300-pound man" is handled as a unit).
         if (!_val(ctx).num.scaled) {
           _pass(ctx) = false;
           return;
         }
         _val(ctx).currency = currency_index("GBP");
       })] |
       (ws >> lit("cents") >> wb)[([](auto& ctx) {
         _val(ctx).currency = currency_index("USD");
         _val(ctx).multiplier = 0.01;
       })] |
       (ws >> lit("pence") >> wb)[([](auto& ctx) {
         _val(ctx).currency = currency_index("GBP");
         _val(ctx).multiplier = 0.01;
       })] |
       // "410p a share": pence written after the digits
       (lit('p') >> wb)[([](auto& ctx) {
         if (_val(ctx).num.scaled || _val(ctx).num.value != static_cast<double>(static_cast<long long>(_val(ctx).num.value))) {
           _pass(ctx) = false;
           return;
         }
         _val(ctx).currency = currency_index("GBP");
         _val(ctx).multiplier = 0.01;
       })] |
       points_sfx[([](auto& ctx) {
         _val(ctx).percent = true;
         _val(ctx).points = true;
       })] |
       // "a quarter of a percentage point", "half a percentage point"
       (ws >> -(lit("of") >> ws) >> lit("a") >> ws >> lit("percentage point") >> wb)[([](auto& ctx) {
         if (!_val(ctx).num.share) {
           _pass(ctx) = false;
           return;
         }
         _val(ctx).num.share = false;
         _val(ctx).percent = true;
         _val(ctx).points = true;
       })] |
       basis_sfx[([](auto& ctx) {
         _val(ctx).percent = true;
         _val(ctx).points = true;
         _val(ctx).multiplier = 0.01;
       })] |
       percent_sfx[([](auto& ctx) { _val(ctx).percent = true; })] | unit_sfx |
       // "46.8C", "116F": a temperature written the newspaper way, the
       // letter right after the digits
       (lit('c') >> wb)[([](auto& ctx) { _val(ctx).unit = unit_index("degC"); })] |
       (lit('f') >> wb)[([](auto& ctx) { _val(ctx).unit = unit_index("degF"); })]));

auto const range_sep = (-ws >> dash >> -ws) | (ws >> (lit("to") | lit("or")) >> ws);

auto const quantity_rule_def =
    // between 40 and 50
    (-(hedge_pre >> ws) >> lit("between") >> ws >> amount >> ws >> lit("and") >> ws >>
     amount)[([](auto& ctx) {
      auto& q = _val(ctx);
      q = ast::Quantity{};
      q.hedge = at_c<0>(_attr(ctx)) ? *at_c<0>(_attr(ctx)) : Hedge::none;
      q.a = at_c<1>(_attr(ctx));
      q.b = at_c<2>(_attr(ctx));
      q.range = true;
    })] |
    // less than 50, about 300, 40-50, 40 to 50, 300 or more, 300+
    (-(hedge_pre >> ws) >> amount >> -(range_sep >> amount) >>
     -as<Hedge>((ws >> hedge_post >> wb) | (lit('+') >> !x3::char_('0', '9') >> attr(Hedge::ge)) |
                (hyphen >> lit("plus") >> wb >> attr(Hedge::ge))))[([](auto& ctx) {
      auto& q = _val(ctx);
      q = ast::Quantity{};
      q.hedge = at_c<0>(_attr(ctx)) ? *at_c<0>(_attr(ctx)) : Hedge::none;
      q.a = at_c<1>(_attr(ctx));
      if (at_c<2>(_attr(ctx))) {
        q.b = *at_c<2>(_attr(ctx));
        q.range = true;
        // Not one range: "10 km or 6 miles" (two units), "$5 or EUR 4",
        // "from 50 to 40" (falling). The next alternative takes the first
        // amount alone.
        const auto& a = q.a;
        const auto& b = q.b;
        // Nor "rose 12% to $8.4 billion" (a change, then the new figure).
        const bool kinds_differ = (a.percent && !b.percent) || a.points != b.points || (b.percent && (a.currency != 0 || a.unit != 0)) ||
                                  (a.currency != 0 && b.unit != 0) || (a.unit != 0 && b.currency != 0);
        if ((a.unit != 0 && b.unit != 0 && a.unit != b.unit) ||
            (a.currency != 0 && b.currency != 0 && a.currency != b.currency) || b.num.value < a.num.value ||
            kinds_differ) {
          _pass(ctx) = false;
          return;
        }
      }
      q.post = at_c<3>(_attr(ctx)) ? *at_c<3>(_attr(ctx)) : Hedge::none;
    })] |
    // the first of two amounts that are not one range: "10 km or 6 miles"
    (-(hedge_pre >> ws) >> amount >> &(ws >> (lit("to") | lit("or")) >> ws))[([](auto& ctx) {
      auto& q = _val(ctx);
      q = ast::Quantity{};
      q.hedge = at_c<0>(_attr(ctx)) ? *at_c<0>(_attr(ctx)) : Hedge::none;
      q.a = at_c<1>(_attr(ctx));
    })];

BOOST_SPIRIT_DEFINE(amount, quantity_rule)

}  // namespace cc::parse::grammar
