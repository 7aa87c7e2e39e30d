// The obligation as Z3 formulas (internal to backends): the goal's antecedents, ASSUME/PROVE
// and leading \A move into the context, integer-typed symbols are inferred, and the
// encoded hypotheses, the negated goal and the axioms they need become the assertions.
// The Z3 backend solves them; the cvc5 backend converts the same terms (one encoding).
#pragma once

#include <string>
#include <vector>

#include "backends/z3/translator.hpp"
#include "prover/obligation.hpp"

namespace tlapx::z3enc {

// The obligation as a flat context: declarations (with optional domain), facts, and the
// symbols of the goal's leading \A, which become Skolem constants.
struct Context {
  struct Item {
    const Decl* decl = nullptr;    // declaration or Skolem constant
    const Expr* domain = nullptr;  // its domain, if any
    bool skolem = false;
    const Expr* fact = nullptr;    // or a fact
  };
  std::vector<Item> items;
  const Expr* goal = nullptr;
};

Context flatten(const Obligation& ob);

// The obligation encoded in one context: the hypotheses, the negated goal and the axioms
// they need. Throws EncodeError when the goal cannot be encoded.
struct Encoding {
  Exprs assertions;
  bool ground = true;  // no quantifier anywhere: a model is a genuine counter-example
  std::string note;    // hypotheses left out
  // When the encoded goal is a conjunction: the negations of its conjuncts, each of which
  // may stand in for the negated goal, assertions[negatedGoal]. Each conjunct proved from
  // the other assertions proves the goal (conjunction introduction).
  Exprs negatedConjuncts;
  std::size_t negatedGoal = 0;
};

Encoding encode(const Obligation& ob, const Context& flat, Signature& sig);

}  // namespace tlapx::z3enc
