// Finite TLA+ values for counter-model checking: Booleans, integers, strings, finite sets
// and finite functions (tuples, sequences and records are functions, as in TLA+), with
// the equality TLA+ determines and their TLA+ (and TLC) notation.
//
// TLA+ leaves many equalities open: whether 1 = "a", 1 = TRUE or {} = <<>> holds is not
// specified. Such comparisons answer "undetermined" here (std::nullopt), and a set is
// only built when its elements are pairwise determined to differ, so that its size and
// membership are facts of TLA+, not guesses.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tlapx::countermodel {

class Value {
 public:
  enum class Kind : std::uint8_t { Bool, Int, String, Set, Function };
  using Elements = std::vector<Value>;                   // a set: sorted, no duplicates
  using Mapping = std::vector<std::pair<Value, Value>>;  // a function: sorted by argument

  static Value boolean(bool b);
  static Value integer(std::int64_t i);
  static Value string(std::string s);
  // The set of `elements`, or nullopt when TLA+ does not determine which of them differ.
  static std::optional<Value> set(Elements elements);
  // The function of `mapping`, or nullopt when its arguments are not a set (see set()).
  static std::optional<Value> function(Mapping mapping);
  static Value tuple(Elements components);  // <<c1, ..., cn>>: the function on 1..n

  Kind kind() const { return kind_; }
  bool asBool() const { return int_ != 0; }
  std::int64_t asInt() const { return int_; }
  const std::string& asString() const { return *string_; }
  const Elements& elements() const { return *elements_; }  // Set
  const Mapping& mapping() const { return *mapping_; }     // Function
  // Function: its domain is 1..n for some n >= 0 (a tuple / sequence).
  bool isTuple() const;

  std::string text() const;  // TLA+ notation; functions not tuples or records as TLC's :> @@

 private:
  Kind kind_ = Kind::Bool;
  std::int64_t int_ = 0;  // Bool (0/1) or Int
  std::shared_ptr<const std::string> string_;
  std::shared_ptr<const Elements> elements_;
  std::shared_ptr<const Mapping> mapping_;
};

// A total order on representations (kind first): equal representations are equal values.
int compare(const Value& a, const Value& b);
inline bool operator<(const Value& a, const Value& b) { return compare(a, b) < 0; }
inline bool operator==(const Value& a, const Value& b) { return compare(a, b) == 0; }

// Whether a = b in TLA+: nullopt when TLA+ leaves it open (values of different kinds).
std::optional<bool> equal(const Value& a, const Value& b);
// Whether x \in s for a set s: nullopt when undetermined.
std::optional<bool> member(const Value& x, const Value& s);
// f[x] for a function f: nullopt when x is not (determined to be) in its domain.
std::optional<Value> apply(const Value& f, const Value& x);
Value domain(const Value& f);

}  // namespace tlapx::countermodel
