// Propositional linear temporal logic formulas for the PTL backend: a hash-consed store
// (equal formulas get equal ids, so every subformula has one tableau variable) with the
// connectives of the abstraction: atoms, boolean connectives, next, always, eventually.
#pragma once

#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace tlapx::ptl {

using FormulaId = std::uint32_t;

enum class LtlKind : std::uint8_t { True, False, Atom, Not, And, Or, Iff, Next, Always, Eventually };

struct LtlNode {
  LtlKind kind;
  std::uint32_t atom = 0;  // Atom: the atom's index
  FormulaId lhs = 0;       // Not, Next, Always, Eventually: the operand; And, Or, Iff: left
  FormulaId rhs = 0;       // And, Or, Iff: right
};

class LtlStore {
 public:
  LtlStore();

  FormulaId truth() const { return 0; }
  FormulaId falsity() const { return 1; }
  FormulaId atom(std::uint32_t index) { return intern({LtlKind::Atom, index, 0, 0}); }
  FormulaId neg(FormulaId f);
  FormulaId conj(FormulaId a, FormulaId b);
  FormulaId disj(FormulaId a, FormulaId b);
  FormulaId implies(FormulaId a, FormulaId b) { return disj(neg(a), b); }
  FormulaId iff(FormulaId a, FormulaId b);
  FormulaId next(FormulaId f) { return intern({LtlKind::Next, 0, f, 0}); }
  FormulaId always(FormulaId f);
  FormulaId eventually(FormulaId f);

  const LtlNode& node(FormulaId f) const { return nodes_[f]; }
  std::size_t size() const { return nodes_.size(); }

 private:
  FormulaId intern(const LtlNode& n);

  std::vector<LtlNode> nodes_;
  std::map<std::tuple<LtlKind, std::uint32_t, FormulaId, FormulaId>, FormulaId> index_;
};

}  // namespace tlapx::ptl
