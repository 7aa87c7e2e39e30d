// The symbolic tableau (see tableau.hpp).
//
// Every atom and every "elementary" formula gets a tableau variable: Next f gets one
// meaning "f holds at the next position"; Always f and Eventually f get one meaning
// "Always f (Eventually f) holds at the next position". A tableau state assigns all of
// them; sat(g) is the set of states in which g holds given that reading:
//   sat(Always f) = sat(f) /\ v,   sat(Eventually f) = sat(f) \/ v,   sat(Next f) = v.
// The transition relation makes each reading true (v <-> sat(body)') and keeps rigid atoms
// constant. The readings of Always and Eventually are greatest/least fixpoints: a path must
// not postpone an eventuality forever, hence one fairness constraint per Eventually f
// (pending => fulfilled: ~sat(F f) \/ sat(f)) and per Always f (its negation is the
// eventuality "eventually ~f": sat(G f) \/ ~sat(f)). A formula is satisfiable iff a state
// satisfying it starts a path visiting every fairness constraint infinitely often
// (Clarke, Grumberg, Hamaguchi 1994, Theorem 1), computed by the Emerson-Lei greatest
// fixpoint  Z = nu Z. /\_k EX E[Z U (Z /\ F_k)].
//
// Two standard reductions keep the BDDs small; both only drop constraints, so they can
// only add paths and never turn a satisfiable problem into an unsatisfiable one (the
// direction a proof relies on); by monotonicity (a subformula read too weakly where it
// occurs only positively only makes the whole weaker) they keep the procedure complete:
//  * polarity: a subformula occurring only positively needs just v -> sat(body)' (and, for
//    Eventually, its fairness constraint), one occurring only negatively just
//    sat(body)' -> v (and, for Always, its fairness constraint);
//  * invariants are not part of the relation (I(V) /\ I(V') would be large): the
//    fixpoints start from the invariant states and only shrink, so EX is only applied to
//    sets of invariant states and its results are only used intersected with them.
#include "backends/ptl/tableau.hpp"

#include <cstdint>
#include <optional>

namespace tlapx::ptl {

namespace {

constexpr std::uint8_t kPositive = 1;
constexpr std::uint8_t kNegative = 2;

class Tableau {
 public:
  Tableau(const TemporalProblem& problem, Bdd& bdd)
      : problem_(problem), bdd_(bdd), elementVar_(problem.store.size()), atomVar_(problem.rigid.size()),
        sat_(problem.store.size()), visited_(problem.store.size()) {
    roots_.push_back(problem.initial);
    roots_.insert(roots_.end(), problem.invariants.begin(), problem.invariants.end());
  }

  bool satisfiable();

 private:
  void collect(FormulaId f);
  void assignVariables();
  void computePolarities();
  Bdd::Ref current(std::uint32_t k) { return bdd_.var(2 * k); }
  Bdd::Ref sat(FormulaId f);
  // The predecessors of q (a set of invariant states) along the relation.
  Bdd::Ref ex(Bdd::Ref q) { return bdd_.relProd(relation_, bdd_.prime(q), nextCube_); }
  Bdd::Ref existsUntil(Bdd::Ref stay, Bdd::Ref goal);

  const TemporalProblem& problem_;
  Bdd& bdd_;
  std::vector<std::optional<std::uint32_t>> elementVar_;  // per formula: Next/Always/Eventually
  std::vector<std::optional<std::uint32_t>> atomVar_;     // per atom
  std::vector<std::optional<Bdd::Ref>> sat_;
  std::vector<FormulaId> roots_;     // the initial formula and the invariants
  std::vector<bool> visited_;
  std::vector<std::uint32_t> atoms_;  // in order of first occurrence
  std::vector<FormulaId> elements_;   // Next/Always/Eventually subformulas, likewise
  std::vector<std::uint8_t> polarity_;  // per formula: kPositive | kNegative occurrences
  std::uint32_t variables_ = 0;
  Bdd::Ref relation_ = Bdd::kTrue;
  Bdd::Ref nextCube_ = Bdd::kTrue;
};

// Collects atoms and elementary formulas depth-first, in order of first occurrence.
void Tableau::collect(FormulaId f) {
  if (visited_[f]) return;
  visited_[f] = true;
  const LtlNode& n = problem_.store.node(f);
  switch (n.kind) {
    case LtlKind::True:
    case LtlKind::False:
      return;
    case LtlKind::Atom:
      atoms_.push_back(n.atom);
      return;
    case LtlKind::And:
    case LtlKind::Or:
    case LtlKind::Iff:
      collect(n.lhs);
      collect(n.rhs);
      return;
    case LtlKind::Next:
    case LtlKind::Always:
    case LtlKind::Eventually:
      elements_.push_back(f);
      [[fallthrough]];
    case LtlKind::Not:
      collect(n.lhs);
      return;
  }
}

// Variable order: atoms in order of first occurrence, each followed by the elementary
// formulas about it (Next a right after a, and so on), so that the transition relation's
// conjuncts v <-> sat(body)' stay local.
void Tableau::assignVariables() {
  for (FormulaId root : roots_) collect(root);
  // The first atom of each formula, depth-first: operands have smaller ids than the
  // formulas built from them, so one pass in id order suffices.
  const LtlStore& store = problem_.store;
  std::vector<std::optional<std::uint32_t>> firstAtom(store.size());
  for (FormulaId f = 0; f < store.size(); ++f) {
    const LtlNode& n = store.node(f);
    if (n.kind == LtlKind::Atom) {
      firstAtom[f] = n.atom;
    } else if (n.kind != LtlKind::True && n.kind != LtlKind::False) {
      firstAtom[f] = firstAtom[n.lhs];
      if (!firstAtom[f] && (n.kind == LtlKind::And || n.kind == LtlKind::Or || n.kind == LtlKind::Iff)) {
        firstAtom[f] = firstAtom[n.rhs];
      }
    }
  }
  std::vector<std::vector<FormulaId>> anchored(atomVar_.size());
  std::vector<FormulaId> unanchored;
  for (FormulaId e : elements_) (firstAtom[e] ? anchored[*firstAtom[e]] : unanchored).push_back(e);
  for (std::uint32_t a : atoms_) {
    atomVar_[a] = variables_++;
    for (FormulaId e : anchored[a]) elementVar_[e] = variables_++;
  }
  for (FormulaId e : unanchored) elementVar_[e] = variables_++;
}

// Whether each subformula occurs positively and/or negatively in the roots. Formulas are
// built from smaller ids, so one pass in decreasing id order reaches parents first.
void Tableau::computePolarities() {
  const LtlStore& store = problem_.store;
  polarity_.assign(store.size(), 0);
  for (FormulaId root : roots_) polarity_[root] |= kPositive;
  for (FormulaId f = static_cast<FormulaId>(store.size()); f-- > 0;) {
    const std::uint8_t p = polarity_[f];
    const LtlNode& n = store.node(f);
    switch (n.kind) {
      case LtlKind::True:
      case LtlKind::False:
      case LtlKind::Atom:
        break;
      case LtlKind::Not:
        polarity_[n.lhs] |= static_cast<std::uint8_t>(((p & kPositive) ? kNegative : 0) | ((p & kNegative) ? kPositive : 0));
        break;
      case LtlKind::Iff:
        if (p != 0) {
          polarity_[n.lhs] |= kPositive | kNegative;
          polarity_[n.rhs] |= kPositive | kNegative;
        }
        break;
      case LtlKind::And:
      case LtlKind::Or:
        polarity_[n.rhs] |= p;
        [[fallthrough]];
      default:
        polarity_[n.lhs] |= p;
        break;
    }
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
  assignVariables();

  Bdd::Ref invariant = Bdd::kTrue;
  for (FormulaId inv : problem_.invariants) invariant = bdd_.conj(invariant, sat(inv));
  std::vector<Bdd::Ref> fairness;
  computePolarities();
  for (FormulaId e : elements_) {
    const LtlNode& n = problem_.store.node(e);
    const Bdd::Ref reading = current(*elementVar_[e]);
    const Bdd::Ref body = bdd_.prime(n.kind == LtlKind::Next ? sat(n.lhs) : sat(e));
    const bool positive = (polarity_[e] & kPositive) != 0, negative = (polarity_[e] & kNegative) != 0;
    if (positive) relation_ = bdd_.conj(relation_, bdd_.disj(bdd_.neg(reading), body));
    if (negative) relation_ = bdd_.conj(relation_, bdd_.disj(reading, bdd_.neg(body)));
    if (n.kind == LtlKind::Eventually && positive) fairness.push_back(bdd_.disj(bdd_.neg(sat(e)), sat(n.lhs)));
    if (n.kind == LtlKind::Always && negative) fairness.push_back(bdd_.disj(sat(e), bdd_.neg(sat(n.lhs))));
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
