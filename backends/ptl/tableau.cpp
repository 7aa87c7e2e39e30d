// The symbolic tableau (see tableau.hpp).
//
// Every atom and every "elementary" formula gets a tableau variable: Next f gets one
// meaning "f holds at the next position"; Always f and Eventually f get one meaning
// "Always f (Eventually f) holds at the next position". A tableau state assigns all of
// them; sat(g) is the set of states in which g holds given that reading:
//   sat(Always f) = sat(f) /\ v,   sat(Eventually f) = sat(f) \/ v,   sat(Next f) = v.
// The transition relation makes each variable's reading true (v <-> sat(body)' ), keeps
// rigid atoms constant and the invariants true in both states. The readings of Always and
// Eventually are greatest/least fixpoints: a path must not postpone an eventuality forever,
// hence one fairness constraint per Eventually f (pending => fulfilled: ~sat(F f) \/ sat(f))
// and per Always f (its negation is the eventuality "eventually ~f": sat(G f) \/ ~sat(f)).
// A formula is satisfiable iff a state satisfying it starts a path visiting every
// fairness constraint infinitely often (CGH 1994, Theorem 1), computed by the Emerson-Lei
// greatest fixpoint  Z = nu Z. /\_k EX E[Z U (Z /\ F_k)].
#include "backends/ptl/tableau.hpp"

#include <cstdint>
#include <optional>

namespace tlapx::ptl {

namespace {

class Tableau {
 public:
  Tableau(const TemporalProblem& problem, Bdd& bdd)
      : problem_(problem), bdd_(bdd), elementVar_(problem.store.size()), atomVar_(problem.rigid.size()),
        sat_(problem.store.size()) {}

  bool satisfiable();

 private:
  void assignVariables(FormulaId f);
  Bdd::Ref current(std::uint32_t k) { return bdd_.var(2 * k); }
  Bdd::Ref sat(FormulaId f);
  Bdd::Ref ex(Bdd::Ref q) { return bdd_.relProd(relation_, bdd_.prime(q), nextCube_); }
  Bdd::Ref existsUntil(Bdd::Ref stay, Bdd::Ref goal);

  const TemporalProblem& problem_;
  Bdd& bdd_;
  std::vector<std::optional<std::uint32_t>> elementVar_;  // per formula: Next/Always/Eventually
  std::vector<std::optional<std::uint32_t>> atomVar_;     // per atom
  std::vector<std::optional<Bdd::Ref>> sat_;
  std::vector<FormulaId> elements_;
  std::uint32_t variables_ = 0;
  Bdd::Ref relation_ = Bdd::kTrue;
  Bdd::Ref nextCube_ = Bdd::kTrue;
};

// Depth-first, first occurrence first: related atoms end up close in the variable order.
void Tableau::assignVariables(FormulaId f) {
  const LtlNode& n = problem_.store.node(f);
  switch (n.kind) {
    case LtlKind::True:
    case LtlKind::False:
      return;
    case LtlKind::Atom:
      if (!atomVar_.at(n.atom)) atomVar_[n.atom] = variables_++;
      return;
    case LtlKind::Not:
      assignVariables(n.lhs);
      return;
    case LtlKind::And:
    case LtlKind::Or:
    case LtlKind::Iff:
      assignVariables(n.lhs);
      assignVariables(n.rhs);
      return;
    case LtlKind::Next:
    case LtlKind::Always:
    case LtlKind::Eventually:
      if (elementVar_[f]) return;
      elementVar_[f] = variables_++;
      elements_.push_back(f);
      assignVariables(n.lhs);
      return;
  }
}

Bdd::Ref Tableau::sat(FormulaId f) {
  if (sat_[f]) return *sat_[f];
  const LtlNode& n = problem_.store.node(f);
  Bdd::Ref r = Bdd::kFalse;
  switch (n.kind) {
    case LtlKind::True: r = Bdd::kTrue; break;
    case LtlKind::False: r = Bdd::kFalse; break;
    case LtlKind::Atom: r = current(*atomVar_[n.atom]); break;
    case LtlKind::Not: r = bdd_.neg(sat(n.lhs)); break;
    case LtlKind::And: r = bdd_.conj(sat(n.lhs), sat(n.rhs)); break;
    case LtlKind::Or: r = bdd_.disj(sat(n.lhs), sat(n.rhs)); break;
    case LtlKind::Iff: r = bdd_.iff(sat(n.lhs), sat(n.rhs)); break;
    case LtlKind::Next: r = current(*elementVar_[f]); break;
    case LtlKind::Always: r = bdd_.conj(sat(n.lhs), current(*elementVar_[f])); break;
    case LtlKind::Eventually: r = bdd_.disj(sat(n.lhs), current(*elementVar_[f])); break;
  }
  sat_[f] = r;
  return r;
}

// E[stay U goal]: least fixpoint of  goal \/ (stay /\ EX Y).
Bdd::Ref Tableau::existsUntil(Bdd::Ref stay, Bdd::Ref goal) {
  for (Bdd::Ref y = goal;;) {
    const Bdd::Ref next = bdd_.disj(y, bdd_.conj(stay, ex(y)));
    if (next == y) return y;
    y = next;
  }
}

bool Tableau::satisfiable() {
  assignVariables(problem_.initial);
  for (FormulaId inv : problem_.invariants) assignVariables(inv);

  Bdd::Ref invariant = Bdd::kTrue;
  for (FormulaId inv : problem_.invariants) invariant = bdd_.conj(invariant, sat(inv));
  std::vector<Bdd::Ref> fairness;
  relation_ = bdd_.conj(invariant, bdd_.prime(invariant));
  for (FormulaId e : elements_) {
    const LtlNode& n = problem_.store.node(e);
    const Bdd::Ref reading = current(*elementVar_[e]);
    const Bdd::Ref body = n.kind == LtlKind::Next ? sat(n.lhs) : sat(e);
    relation_ = bdd_.conj(relation_, bdd_.iff(reading, bdd_.prime(body)));
    if (n.kind == LtlKind::Eventually) fairness.push_back(bdd_.disj(bdd_.neg(sat(e)), sat(n.lhs)));
    if (n.kind == LtlKind::Always) fairness.push_back(bdd_.disj(sat(e), bdd_.neg(sat(n.lhs))));
  }
  for (std::size_t a = 0; a < atomVar_.size(); ++a) {
    if (atomVar_[a] && problem_.rigid[a]) {
      const Bdd::Ref v = current(*atomVar_[a]);
      relation_ = bdd_.conj(relation_, bdd_.iff(v, bdd_.prime(v)));
    }
  }
  for (std::uint32_t k = variables_; k-- > 0;) nextCube_ = bdd_.conj(bdd_.prime(current(k)), nextCube_);
  if (fairness.empty()) fairness.push_back(Bdd::kTrue);

  // Z: the states from which a path visits every fairness constraint infinitely often.
  Bdd::Ref z = invariant;
  for (bool changed = true; changed;) {
    changed = false;
    for (Bdd::Ref constraint : fairness) {
      const Bdd::Ref narrowed = bdd_.conj(z, ex(existsUntil(z, bdd_.conj(z, constraint))));
      changed = changed || narrowed != z;
      z = narrowed;
    }
  }
  return bdd_.conj(sat(problem_.initial), z) != Bdd::kFalse;
}

}  // namespace

bool satisfiable(const TemporalProblem& problem, Bdd& bdd) { return Tableau(problem, bdd).satisfiable(); }

}  // namespace tlapx::ptl
