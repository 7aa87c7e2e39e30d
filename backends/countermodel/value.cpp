// Finite TLA+ values (see value.hpp).
#include "backends/countermodel/value.hpp"

#include <algorithm>

namespace tlapx::countermodel {

namespace {

// Beyond this size, sets of compound values are not checked pair by pair: not built.
constexpr std::size_t kMaxCompoundSet = 512;

bool isAtomic(Value::Kind k) {
  return k == Value::Kind::Bool || k == Value::Kind::Int || k == Value::Kind::String;
}

// Elements of one atomic kind differ exactly when their representations do; otherwise
// every pair must be determined to differ.
bool pairwiseDistinct(const Value::Elements& elements) {
  if (elements.empty()) return true;
  const Value::Kind first = elements.front().kind();
  if (isAtomic(first) && std::all_of(elements.begin(), elements.end(),
                                     [first](const Value& v) { return v.kind() == first; })) {
    return true;
  }
  if (elements.size() > kMaxCompoundSet) return false;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    for (std::size_t j = i + 1; j < elements.size(); ++j) {
      if (equal(elements[i], elements[j]) != false) return false;
    }
  }
  return true;
}

bool isIdentifier(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
         }) && std::any_of(s.begin(), s.end(), [](char c) { return !(c >= '0' && c <= '9') && c != '_'; });
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

template <class Items, class Text>
std::string joined(const Items& items, const char* separator, Text text) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += text(item);
  }
  return out;
}

}  // namespace

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.int_ = b ? 1 : 0;
  return v;
}

Value Value::integer(std::int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.int_ = i;
  return v;
}

Value Value::string(std::string s) {
  Value v;
  v.kind_ = Kind::String;
  v.string_ = std::make_shared<const std::string>(std::move(s));
  return v;
}

std::optional<Value> Value::set(Elements elements) {
  std::sort(elements.begin(), elements.end());
  elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
  if (!pairwiseDistinct(elements)) return std::nullopt;
  Value v;
  v.kind_ = Kind::Set;
  v.elements_ = std::make_shared<const Elements>(std::move(elements));
  return v;
}

std::optional<Value> Value::function(Mapping mapping) {
  std::sort(mapping.begin(), mapping.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  Elements arguments;
  for (std::size_t i = 0; i < mapping.size(); ++i) {
    if (i > 0 && mapping[i].first == mapping[i - 1].first) {
      if (!(mapping[i].second == mapping[i - 1].second)) return std::nullopt;  // not a function
      continue;
    }
    arguments.push_back(mapping[i].first);
  }
  mapping.erase(std::unique(mapping.begin(), mapping.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                mapping.end());
  if (!pairwiseDistinct(arguments)) return std::nullopt;
  Value v;
  v.kind_ = Kind::Function;
  v.mapping_ = std::make_shared<const Mapping>(std::move(mapping));
  return v;
}

Value Value::tuple(Elements components) {
  Value v;
  v.kind_ = Kind::Function;
  Mapping mapping;
  for (std::size_t i = 0; i < components.size(); ++i) {
    mapping.emplace_back(integer(static_cast<std::int64_t>(i + 1)), std::move(components[i]));
  }
  v.mapping_ = std::make_shared<const Mapping>(std::move(mapping));
  return v;
}

bool Value::isTuple() const {
  if (kind_ != Kind::Function) return false;
  for (std::size_t i = 0; i < mapping_->size(); ++i) {
    const Value& k = (*mapping_)[i].first;
    if (k.kind() != Kind::Int || k.asInt() != static_cast<std::int64_t>(i + 1)) return false;
  }
  return true;
}

std::string Value::text() const {
  switch (kind_) {
    case Kind::Bool: return int_ != 0 ? "TRUE" : "FALSE";
    case Kind::Int: return std::to_string(int_);
    case Kind::String: return quoted(*string_);
    case Kind::Set:
      return "{" + joined(*elements_, ", ", [](const Value& e) { return e.text(); }) + "}";
    case Kind::Function: break;
  }
  if (isTuple()) {
    return "<<" + joined(*mapping_, ", ", [](const auto& kv) { return kv.second.text(); }) + ">>";
  }
  if (std::all_of(mapping_->begin(), mapping_->end(), [](const auto& kv) {
        return kv.first.kind() == Kind::String && isIdentifier(kv.first.asString());
      })) {
    return "[" + joined(*mapping_, ", ", [](const auto& kv) {
             return kv.first.asString() + " |-> " + kv.second.text();
           }) + "]";
  }
  return "(" + joined(*mapping_, " @@ ", [](const auto& kv) {
           return kv.first.text() + " :> " + kv.second.text();
         }) + ")";
}

int compare(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return a.kind() < b.kind() ? -1 : 1;
  switch (a.kind()) {
    case Value::Kind::Bool:
    case Value::Kind::Int: return a.asInt() < b.asInt() ? -1 : (a.asInt() > b.asInt() ? 1 : 0);
    case Value::Kind::String: return a.asString().compare(b.asString()) < 0 ? -1 : (a.asString() == b.asString() ? 0 : 1);
    case Value::Kind::Set: {
      const auto& x = a.elements();
      const auto& y = b.elements();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = compare(x[i], y[i]); c != 0) return c;
      }
      return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    case Value::Kind::Function: {
      const auto& x = a.mapping();
      const auto& y = b.mapping();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = compare(x[i].first, y[i].first); c != 0) return c;
        if (int c = compare(x[i].second, y[i].second); c != 0) return c;
      }
      return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
  }
  return 0;
}

std::optional<bool> member(const Value& x, const Value& s) {
  if (s.kind() != Value::Kind::Set) return std::nullopt;
  bool undetermined = false;
  for (const Value& e : s.elements()) {
    const auto eq = equal(x, e);
    if (eq == true) return true;
    if (!eq) undetermined = true;
  }
  if (undetermined) return std::nullopt;
  return false;
}

std::optional<bool> equal(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case Value::Kind::Bool:
    case Value::Kind::Int:
    case Value::Kind::String: return a == b;
    case Value::Kind::Set: {
      // The elements of each set pairwise differ: equal iff every element of a is in b
      // and the sizes agree.
      bool undetermined = false;
      for (const Value& e : a.elements()) {
        const auto in = member(e, b);
        if (in == false) return false;
        if (!in) undetermined = true;
      }
      if (undetermined) return std::nullopt;
      return a.elements().size() == b.elements().size();
    }
    case Value::Kind::Function: {
      const auto sameDomain = equal(domain(a), domain(b));
      if (sameDomain != true) return sameDomain;
      // Equal domains have identical representations: compare argument by argument.
      bool undetermined = false;
      for (std::size_t i = 0; i < a.mapping().size(); ++i) {
        const auto eq = equal(a.mapping()[i].second, b.mapping()[i].second);
        if (eq == false) return false;
        if (!eq) undetermined = true;
      }
      if (undetermined) return std::nullopt;
      return true;
    }
  }
  return std::nullopt;
}

std::optional<Value> apply(const Value& f, const Value& x) {
  if (f.kind() != Value::Kind::Function) return std::nullopt;
  for (const auto& [k, v] : f.mapping()) {
    if (k == x) return v;
  }
  return std::nullopt;
}

Value domain(const Value& f) {
  Value::Elements keys;
  for (const auto& kv : f.mapping()) keys.push_back(kv.first);
  return *Value::set(std::move(keys));  // the arguments of a function pairwise differ
}

}  // namespace tlapx::countermodel
