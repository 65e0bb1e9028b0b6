// Pattern-language grammar definitions. Include only from pattern.cpp.
#pragma once

#include "parse/pattern.hpp"

namespace cc::parse::grammar {

namespace pa = pattern_ast;
using x3::_attr;
using x3::_val;
using x3::_where;
// ASCII letters and digits as explicit sets: x3::alpha and x3::alnum call
// std::isalpha on a plain char, which is undefined for UTF-8 bytes (and
// trips Boost's assertion).
auto const alpha = x3::char_("a-zA-Z");
auto const alnum = x3::char_("a-zA-Z0-9");
using x3::char_;
using x3::lexeme;
using x3::lit;
using x3::uint_;

// --- Rules (each has a human name for "expected ..." messages) ---

pattern_file_type const pattern_file_rule = "pattern file";
x3::rule<struct prule_class, pa::Rule> const prule = "rule";
x3::rule<struct rule_name_class, std::string> const rule_name = "rule name";
x3::rule<struct ident_class, std::string> const ident = "name";
x3::rule<struct word_class, std::string> const word = "word";
x3::rule<struct quoted_class, std::string> const quoted = "quoted text";
x3::rule<struct element_class, pa::Element> const element = "pattern element";
x3::rule<struct primary_class, pa::Element> const primary = "pattern element";
x3::rule<struct alternative_class, std::vector<pa::Element>> const alternative = "pattern elements";
x3::rule<struct group_class, pa::Element> const group = "group";
x3::rule<struct slot_class, pa::Element> const slot = "slot";
x3::rule<struct field_class, pa::Field> const field = "field";
x3::rule<struct field_name_class, std::string> const field_name =
    "field name (attribute, value, subject, kind, certainty, scope, time, changing)";
x3::rule<struct field_value_class, pa::Field> const field_value = "field value ({capture}, \"text\" or a word)";
x3::rule<struct match_class, std::vector<pa::Element>> const match_list = "pattern elements";

// Keywords that end a rule's match list or start a field.
auto const keyword = lexeme[(lit("attribute") | "value" | "subject" | "kind" | "certainty" | "scope" | "time" |
                             "changing" | "end" | "rule" | "match") >>
                            !(alnum | '_' | '-' | '.')];

auto const ident_def = lexeme[(alpha | char_('_')) >> *(alnum | char_('_') | char_('-') | char_('.'))];
auto const rule_name_def = ident;
// A word is lower case; "'s" and single punctuation marks (, ; : & - $ %)
// are words too. Anything else is written in double quotes.
auto const word_def = lexeme[(char_("a-z") | char_('$') | char_('%')) >> *(char_("a-z0-9") | char_('\'') | char_('-') | char_('.'))] |
                      lexeme[char_("0-9") >> *char_("a-z0-9")] | lexeme[char_('\'') >> +char_("a-z")] |
                      x3::raw[lexeme[char_(",;:&-")]];
auto const quoted_def = lexeme['"' > *(char_ - '"' - x3::eol) > '"'];

// The position of the next token (after skipping spaces and comments),
// consuming nothing. X3's _where() gives the input after a match, not its
// start, so the AST records positions with this.
struct position_parser : x3::parser<position_parser> {
  using attribute_type = const char*;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    const char* p = first;
    x3::traits::move_to(p, attr);
    return true;
  }
};
position_parser const position{};

auto const slot_def =
    (lit('{') > -(ident >> ':') > ((lit('@') > ident)[([](auto& ctx) {
                                     _val(ctx).text = "@" + _attr(ctx);
                                   })] |
                                   ident[([](auto& ctx) { _val(ctx).text = _attr(ctx); })]) > '}')[([](auto& ctx) {
      auto& e = _val(ctx);
      e.kind = pa::ElementKind::slot;
      if (const auto& cap = boost::fusion::at_c<0>(_attr(ctx))) {
        e.capture = *cap;
      }
      e.where = &*_where(ctx).begin();
    })];

auto const alternative_def = +element;

auto const group_def = (lit('(') > (alternative % '|') > ')')[([](auto& ctx) {
  auto& e = _val(ctx);
  e.kind = pa::ElementKind::group;
  e.alternatives = _attr(ctx);
  e.where = &*_where(ctx).begin();
})];

auto const make = [](pa::ElementKind k) {
  return [k](auto& ctx) {
    auto& e = _val(ctx);
    e.kind = k;
    e.text = _attr(ctx);
    e.where = &*_where(ctx).begin();
  };
};

auto const primary_def =
    slot[([](auto& ctx) { _val(ctx) = _attr(ctx); })] | group[([](auto& ctx) { _val(ctx) = _attr(ctx); })] |
    (lit("...") >> -lexeme[uint_])[([](auto& ctx) {
      auto& e = _val(ctx);
      e.kind = pa::ElementKind::gap;
      e.max_gap = _attr(ctx) ? static_cast<int>(*_attr(ctx)) : 6;
      e.where = &*_where(ctx).begin();
    })] |
    (lit('~') > word)[make(pa::ElementKind::lemma)] | (lit('@') > ident)[make(pa::ElementKind::cls)] |
    quoted[([](auto& ctx) {
      // "shut down": a phrase is a group of one alternative of words.
      auto& e = _val(ctx);
      e.kind = pa::ElementKind::group;
      e.where = &*_where(ctx).begin();
      std::vector<pa::Element> words;
      const std::string& s = _attr(ctx);
      std::size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') {
          ++i;
        }
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') {
          ++j;
        }
        if (j > i) {
          pa::Element w;
          w.kind = pa::ElementKind::word;
          w.text = s.substr(i, j - i);
          w.where = e.where;
          words.push_back(std::move(w));
        }
        i = j;
      }
      e.alternatives.push_back(std::move(words));
    })] |
    (!keyword >> word)[make(pa::ElementKind::word)];

auto const element_def =
    (position >> x3::matches[lit('!')] >> primary >> x3::matches[lit('?')])[([](auto& ctx) {
      auto& a = _attr(ctx);
      pa::Element e = boost::fusion::at_c<2>(a);
      e.negated = static_cast<bool>(boost::fusion::at_c<1>(a));
      e.optional = static_cast<bool>(boost::fusion::at_c<3>(a));
      const char* at = boost::fusion::at_c<0>(a);
      e.where = at;
      _val(ctx) = std::move(e);
    })];

auto const match_list_def = +element;

auto const field_name_def = lexeme[(x3::string("attribute") | x3::string("value") | x3::string("subject") |
                                    x3::string("kind") | x3::string("certainty") | x3::string("scope") |
                                    x3::string("time") | x3::string("changing")) >>
                                   !(alnum | '_')];

auto const field_value_def =
    (lit('{') > ident > '}')[([](auto& ctx) {
      _val(ctx).text = _attr(ctx);
      _val(ctx).capture = true;
    })] |
    quoted[([](auto& ctx) { _val(ctx).text = _attr(ctx); })] | ident[([](auto& ctx) { _val(ctx).text = _attr(ctx); })];

auto const field_def = (position >> field_name > position > field_value)[([](auto& ctx) {
  pa::Field f = boost::fusion::at_c<3>(_attr(ctx));
  f.name = boost::fusion::at_c<1>(_attr(ctx));
  f.where = boost::fusion::at_c<2>(_attr(ctx));  // the value, where errors are
  _val(ctx) = std::move(f);
})];

auto const prule_def =
    (position >> lit("rule") > rule_name > lit("match") > match_list > *field > lit("end"))[([](auto& ctx) {
      auto& a = _attr(ctx);
      pa::Rule r;
      r.where = boost::fusion::at_c<0>(a);
      r.name = boost::fusion::at_c<1>(a);
      r.match = boost::fusion::at_c<2>(a);
      r.fields = boost::fusion::at_c<3>(a);
      _val(ctx) = std::move(r);
    })];

auto const pattern_file_rule_def = *prule > x3::eoi;

BOOST_SPIRIT_DEFINE(pattern_file_rule, prule, rule_name, ident, word, quoted, element, primary, alternative, group,
                    slot, field, field_name, field_value, match_list)

}  // namespace cc::parse::grammar
