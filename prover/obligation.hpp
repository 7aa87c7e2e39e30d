// A proof obligation: the sequent a backend must prove, with where it came from, how the
// user asked for it to be proved, and its fingerprint. This is the contract between the
// obligation generator (prover/) and every backend and report.
//
// Obligations are self-contained: usable definitions are already expanded in `hyps` and
// `goal` (the generator substitutes their bodies), primes are pushed down to state
// variables wherever a definition body allowed it, and every remaining OpApp/Ident of a
// user operator denotes a HIDDEN definition, to be treated as an opaque symbol. Backends
// never look at proof structure, visibility or DEF lists.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx {

enum class ObligationKind : std::uint8_t {
  Main,     // the goal of a leaf proof (BY / OBVIOUS)
  Support,  // an expression cited as a fact in BY must itself be proved
  Trivial,  // citing a step or theorem name: true by construction, never sent to a solver
  Omitted,  // OMITTED proof: reported, not proved
  Missing,  // no proof given: reported, not proved
};

// The backend (and budget) a proof asked for through pragmas cited in BY.
enum class Method : std::uint8_t {
  Default,  // no pragma: the default chain
  Smt,      // SMT, SMTT(n), Z3, Z3T(n), CVC4..., Yices..., veriT..., SimpleArithmetic
  Zenon,    // Zenon, ZenonT(n), SlowZenon: mapped onto the default chain (noted in results)
  Isabelle, // Isa, IsaT(n), IsaM(...), Auto, Force, Blast, ...: mapped onto the default chain
  Ptl,      // PTL: the built-in propositional temporal logic procedure
};

// The SMT solver a pragma names (Z3, Z3T: Z3; CVC3, CVC4, CVC4T: cvc5): it goes first in
// the portfolio and gets the larger share of the budget. Any: the portfolio's own order.
enum class SmtSolver : std::uint8_t { Any, Z3, Cvc5 };

struct MethodRequest {
  Method method = Method::Default;
  SmtSolver solver = SmtSolver::Any;
  std::string pragma;                   // the pragma as cited, e.g. "SMTT(30)"; empty if none
  std::optional<double> timeoutSeconds; // SMTT(n), Z3T(n), ZenonT(n), IsaT(n)
  std::optional<std::uint64_t> rlimitUnits;  // SMTT("rN")
};

// One hypothesis of an obligation's context, in order.
struct ObligationHyp {
  enum class Kind : std::uint8_t {
    Declaration,  // a symbol in scope: module CONSTANT/VARIABLE or NEW x [\in S] (decl)
    Fact,         // a usable fact: an expression or a Sequent (ASSUME ... PROVE ...)
  };
  Kind kind = Kind::Fact;
  const Decl* decl = nullptr;  // Declaration: the constant/variable/NEW symbol
  ExprPtr domain;              // Declaration with `\in S`: S (expanded like facts)
  ExprPtr fact;                // Fact
  // Fact: established in a context without temporal hypotheses, so it holds in every
  // state of every behavior and the PTL backend may use it under [] (TLAPS semantics).
  bool holdsAlways = false;
};

struct Obligation {
  std::uint32_t id = 0;        // 1-based, in source order within one module
  ObligationKind kind = ObligationKind::Main;
  SourceRange range;           // the leaf proof (Main), the cited fact (Support/Trivial), or step
  const Module* module = nullptr;
  MethodRequest method;
  std::vector<ObligationHyp> hyps;
  ExprPtr goal;
  // Definitions of user operators that stay opaque (hidden) yet occur in hyps/goal; backends
  // declare them as uninterpreted symbols of the right arity.
  std::vector<const Decl*> opaque;
  std::string fingerprint;     // hex digest of the canonical obligation (see fingerprint.hpp)
};

}  // namespace tlapx
