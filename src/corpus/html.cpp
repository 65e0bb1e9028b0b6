#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "corpus/document.hpp"

namespace cc::corpus {

namespace {

bool skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

void append_text(std::string& out, const char* text) {
  // Collapse runs of whitespace to one space, as a browser would.
  for (const char* p = text; *p != '\0'; ++p) {
    const char c = *p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') {
        out += ' ';
      }
    } else {
      out += c;
    }
  }
}

void end_block(std::string& out) {
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (out.empty()) {
    return;
  }
  if (out.back() != '\n') {
    out += '\n';
  }
  if (out.size() < 2 || out[out.size() - 2] != '\n') {
    out += '\n';
  }
}

// Iterative walk: deeply nested documents must not exhaust the stack.
void walk(GumboNode* root, std::string& out) {
  struct Frame {
    GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    GumboNode* n = f.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      append_text(out, n->v.text.text);
      stack.pop_back();
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      append_text(out, " ");
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) {
      stack.pop_back();
      continue;
    }
    const GumboVector* children = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = n->v.element.tag;
      if (f.next == 0) {
        if (skipped(tag)) {
          stack.pop_back();
          continue;
        }
        if (tag == GUMBO_TAG_BR) {
          out += '\n';
        }
        if (block(tag)) {
          end_block(out);
        }
      }
      if (f.next >= children->length) {
        if (block(tag)) {
          end_block(out);
        }
        stack.pop_back();
        continue;
      }
    } else if (f.next >= children->length) {
      stack.pop_back();
      continue;
    }
    GumboNode* child = static_cast<GumboNode*>(children->data[f.next++]);
    stack.push_back(Frame{child, 0});
  }
}

const char* attribute(GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

void metadata(GumboNode* root, HtmlText& h) {
  std::vector<GumboNode*> stack{root};
  while (!stack.empty()) {
    GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
      continue;
    }
    const GumboVector* children = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_TITLE && h.title.empty() && children->length > 0) {
        auto* t = static_cast<GumboNode*>(children->data[0]);
        if (t->type == GUMBO_NODE_TEXT) {
          append_text(h.title, t->v.text.text);
        }
      } else if (tag == GUMBO_TAG_META) {
        const char* prop = attribute(n, "property");
        if (prop == nullptr) {
          prop = attribute(n, "name");
        }
        const char* content = attribute(n, "content");
        if (prop != nullptr && content != nullptr) {
          const std::string p = prop;
          if ((p == "article:published_time" || p == "date" || p == "pubdate" || p == "dc.date") &&
              h.published.empty()) {
            h.published = content;
          } else if (p == "og:url" && h.url.empty()) {
            h.url = content;
          } else if (p == "og:title" && h.title.empty()) {
            h.title = content;
          }
        }
      } else if (tag == GUMBO_TAG_LINK) {
        const char* rel = attribute(n, "rel");
        const char* href = attribute(n, "href");
        if (rel != nullptr && href != nullptr && std::string(rel) == "canonical" && h.url.empty()) {
          h.url = href;
        }
      } else if (tag == GUMBO_TAG_TIME && h.published.empty()) {
        if (const char* dt = attribute(n, "datetime")) {
          h.published = dt;
        }
      }
    }
    for (unsigned i = 0; i < children->length; ++i) {
      stack.push_back(static_cast<GumboNode*>(children->data[i]));
    }
  }
}

}  // namespace

std::size_t html_depth(const std::string& html) {
  // Elements that never nest, or whose end tag is implied by the next one.
  static const char* const k_flat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                       "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                                       "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
                                       "!doctype"};
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t i = 0;
  const std::size_t n = html.size();
  while ((i = html.find('<', i)) != std::string::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t e = html.find("-->", i + 4);
      i = e == std::string::npos ? n : e + 3;
      continue;
    }
    const bool closing = i + 1 < n && html[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < n && name.size() < 16 && (std::isalnum(static_cast<unsigned char>(html[j])) != 0 || html[j] == '!')) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
      ++j;
    }
    i = j;
    if (name.empty()) {
      continue;
    }
    const std::size_t gt = html.find('>', j);
    const bool self_closing = gt != std::string::npos && gt > j && html[gt - 1] == '/';
    bool flat = self_closing;
    for (const char* f : k_flat) {
      flat = flat || name == f;
    }
    if (flat) {
      continue;
    }
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
    } else {
      deepest = std::max(deepest, ++depth);
    }
    if ((name == "script" || name == "style") && !closing) {
      // raw text: skip to its end tag
      const std::size_t e = html.find("</" + name, j);
      i = e == std::string::npos ? n : e;
    }
  }
  return deepest;
}

HtmlText html_to_text(const std::string& html) {
  HtmlText h;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) {
    return h;
  }
  metadata(output->document, h);
  walk(output->root, h.text);
  gumbo_destroy_output(&options, output);
  while (!h.text.empty() && (h.text.back() == '\n' || h.text.back() == ' ')) {
    h.text.pop_back();
  }
  if (!h.text.empty()) {
    h.text += '\n';
  }
  if (h.published.size() > 10) {
    h.published.resize(10);  // "2017-09-12T08:00:00Z"
  }
  return h;
}

}  // namespace cc::corpus
