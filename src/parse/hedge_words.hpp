// Hedge words shared by the quantity and duration grammars.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse::grammar {

// Hedges before a number (docs/values.md, "Hedges and bounds").
inline x3::symbols<ast::Hedge> const hedge_pre = [] {
  using H = ast::Hedge;
  x3::symbols<H> s(std::string("hedge"));
  const std::pair<const char*, H> entries[] = {
      {"less than", H::lt},          {"fewer than", H::lt},          {"under", H::lt},
      {"below", H::lt},              {"lower than", H::lt},          {"just under", H::just_under},
      {"just below", H::just_under}, {"just shy of", H::just_under}, {"slightly less than", H::just_under},
      {"more than", H::gt},          {"over", H::gt},                {"exceeding", H::gt},
      {"above", H::gt},              {"greater than", H::gt},        {"higher than", H::gt},
      {"in excess of", H::gt},       {"upwards of", H::gt},          {"exceed", H::gt},
      {"exceeds", H::gt},            {"exceeded", H::gt},            {"surpass", H::gt},
      {"surpassed", H::gt},          {"well over", H::gt},
      {"well above", H::gt},         {"just over", H::just_over},    {"just above", H::just_over},
      {"slightly more than", H::just_over}, {"at least", H::ge},     {"no fewer than", H::ge},
      {"no less than", H::ge},       {"not less than", H::ge},       {"not fewer than", H::ge},
      {"a minimum of", H::ge},       {"up to", H::le},               {"at most", H::le},
      {"no more than", H::le},       {"not more than", H::le},       {"as many as", H::le},
      {"as much as", H::le},         {"as long as", H::le},          {"a maximum of", H::le},
      {"about", H::about},           {"around", H::about},           {"roughly", H::about},
      {"some", H::about},            {"approximately", H::about},    {"an estimated", H::about},
      {"estimated", H::about},       {"estimated at", H::about},     {"circa", H::about},
      {"approx.", H::about},
      {"more or less", H::about},    {"just about", H::about},       {"nearly", H::nearly},
      {"almost", H::nearly},         {"close to", H::nearly},        {"closer to", H::nearly},
  };
  for (const auto& [text, h] : entries) {
    s.add(text, h);
  }
  return s;
}();

// Hedges after a number: "300 or more", "50 or so".
inline x3::symbols<ast::Hedge> const hedge_post(
    {{"or more", ast::Hedge::ge},  {"or greater", ast::Hedge::ge}, {"or higher", ast::Hedge::ge},
     {"or above", ast::Hedge::ge}, {"or over", ast::Hedge::ge},    {"or fewer", ast::Hedge::le},
     {"or less", ast::Hedge::le},  {"or lower", ast::Hedge::le},   {"or below", ast::Hedge::le},
     {"or under", ast::Hedge::le}, {"or so", ast::Hedge::about}},
    "hedge");

}  // namespace cc::parse::grammar
