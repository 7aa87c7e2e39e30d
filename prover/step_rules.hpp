// The TLAPS proof-language rules: how BY / OBVIOUS / OMITTED, each kind of step, USE and
// HIDE change the context and goal, and which obligations they emit (after tlapm's
// Proof.Simplify / Proof.Gen semantics: a BY is "USE DEF defs, USE f1, ..., USE fn, [ONLY],
// then prove the goal"; every cited fact is itself an obligation, trivial for names).
#pragma once

#include "frontend/ast.hpp"
#include "prover/context.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::prover {

// A fact cited by an implicit proof: names are trivial citations, expressions must be proved.
struct CitedFact {
  ExprPtr fact;
  bool trivial = true;
};

class StepRules {
 public:
  explicit StepRules(ObligationSink& sink) : sink_(sink) {}

  // Emits the obligations of `proof` (null: a missing proof) proving context.goal.
  // `at` is the statement the proof belongs to.
  void prove(const Proof* proof, const Context& context, SourceRange at);
  // USE [ONLY] facts DEF defs: each fact is proved (trivially when it is a name), then
  // becomes usable; the definitions become usable.
  void use(const UseBy& use, Context& context, SourceRange at);
  // HIDE facts DEF defs.
  void hide(const UseBy& use, Context& context);
  // The hypotheses of an ASSUME (theorem or step) enter the context: NEW symbols are
  // declared, facts added (usable when `visible`), the time flag updated. Returns the
  // conjunction of the facts (what the step name denotes inside its proof).
  ExprPtr assume(const std::vector<SequentHyp>& hyps, Context& context, bool visible);
  // Declares a NEW / PICK / TAKE symbol with its domain; a domain that is not constant-level
  // (or box-closed) makes later facts hold only in the current state.
  void declare(const Decl* decl, const ExprPtr& domain, Context& context);

 private:
  void steps(const Proof& proof, Context context);
  void step(const ProofStep& s, Context& context);
  void assertion(const ProofStep& s, const std::vector<SequentHyp>& hyps, ExprPtr goal,
                 ExprPtr statement, Context& context);
  void suffices(const ProofStep& s, Context& context);
  void pick(const ProofStep& s, Context& context);
  void take(const ProofStep& s, Context& context);
  void witness(const ProofStep& s, Context& context);
  void have(const ProofStep& s, Context& context);
  // Cites one fact of a BY/USE: emits its (support or trivial) obligation and adds it.
  void cite(const ExprPtr& fact, Context& context, SourceRange stepRange);
  void setDefinitions(const std::vector<ExprPtr>& defs, Context& context, bool usable);
  // Proves `goal` from the context extended with `facts` only (ONLY), as tlapm does for
  // the implicit proofs of TAKE, WITNESS and HAVE.
  void proveFromOnly(const std::vector<CitedFact>& facts, const ExprPtr& goal, Context context,
                     SourceRange range);
  ExprPtr expandGoal(const Context& context, const ExprPtr& goal);

  ObligationSink& sink_;
};

}  // namespace tlapx::prover
