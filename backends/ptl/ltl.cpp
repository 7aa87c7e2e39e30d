// The LTL formula store (see ltl.hpp). Constructors apply only equivalences that hold in
// every model (constant folding, double negation, idempotence), never anything weaker.
#include "backends/ptl/ltl.hpp"

namespace tlapx::ptl {

LtlStore::LtlStore() {
  intern({LtlKind::True, 0, 0, 0});
  intern({LtlKind::False, 0, 0, 0});
}

FormulaId LtlStore::intern(const LtlNode& n) {
  const auto key = std::make_tuple(n.kind, n.atom, n.lhs, n.rhs);
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  const auto id = static_cast<FormulaId>(nodes_.size());
  nodes_.push_back(n);
  index_.emplace(key, id);
  return id;
}

FormulaId LtlStore::neg(FormulaId f) {
  if (f == truth()) return falsity();
  if (f == falsity()) return truth();
  if (nodes_[f].kind == LtlKind::Not) return nodes_[f].lhs;
  return intern({LtlKind::Not, 0, f, 0});
}

FormulaId LtlStore::conj(FormulaId a, FormulaId b) {
  if (a == falsity() || b == falsity()) return falsity();
  if (a == truth() || a == b) return b;
  if (b == truth()) return a;
  return intern({LtlKind::And, 0, a, b});
}

FormulaId LtlStore::disj(FormulaId a, FormulaId b) {
  if (a == truth() || b == truth()) return truth();
  if (a == falsity() || a == b) return b;
  if (b == falsity()) return a;
  return intern({LtlKind::Or, 0, a, b});
}

FormulaId LtlStore::iff(FormulaId a, FormulaId b) {
  if (a == b) return truth();
  if (a == truth()) return b;
  if (b == truth()) return a;
  if (a == falsity()) return neg(b);
  if (b == falsity()) return neg(a);
  return intern({LtlKind::Iff, 0, a, b});
}

FormulaId LtlStore::always(FormulaId f) {
  if (f == truth() || f == falsity() || nodes_[f].kind == LtlKind::Always) return f;
  return intern({LtlKind::Always, 0, f, 0});
}

FormulaId LtlStore::eventually(FormulaId f) {
  if (f == truth() || f == falsity() || nodes_[f].kind == LtlKind::Eventually) return f;
  return intern({LtlKind::Eventually, 0, f, 0});
}

}  // namespace tlapx::ptl
