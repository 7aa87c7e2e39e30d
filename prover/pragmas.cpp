// Recognises TLAPS backend pragmas and maps them onto MethodRequest (see pragmas.hpp).
#include "prover/pragmas.hpp"

#include <array>
#include <string>
#include <string_view>

#include "frontend/printer.hpp"

namespace tlapx::prover {

namespace {

struct PragmaInfo {
  std::string_view name;
  Method method;
  double fixedTimeout;  // 0: none (or taken from the argument)
};

// Pragmas of TLAPS.tla. Operators not listed (Spass, Zipper, AllProvers, Trivial, ...)
// keep the default chain but are still recorded by name.
constexpr std::array kPragmas{
    PragmaInfo{"SMT", Method::Smt, 0},          PragmaInfo{"SMTT", Method::Smt, 0},
    PragmaInfo{"SimpleArithmetic", Method::Smt, 0},
    PragmaInfo{"Z3", Method::Smt, 0},           PragmaInfo{"Z3T", Method::Smt, 0},
    PragmaInfo{"CVC3", Method::Smt, 0},         PragmaInfo{"CVC3T", Method::Smt, 0},
    PragmaInfo{"CVC4", Method::Smt, 0},         PragmaInfo{"CVC4T", Method::Smt, 0},
    PragmaInfo{"Yices", Method::Smt, 0},        PragmaInfo{"YicesT", Method::Smt, 0},
    PragmaInfo{"veriT", Method::Smt, 0},        PragmaInfo{"veriTT", Method::Smt, 0},
    PragmaInfo{"AllSMT", Method::Smt, 0},       PragmaInfo{"AllSMTT", Method::Smt, 0},
    PragmaInfo{"Zenon", Method::Zenon, 0},      PragmaInfo{"ZenonT", Method::Zenon, 0},
    PragmaInfo{"SlowZenon", Method::Zenon, 20}, PragmaInfo{"SlowerZenon", Method::Zenon, 40},
    PragmaInfo{"VerySlowZenon", Method::Zenon, 80},
    PragmaInfo{"SlowestZenon", Method::Zenon, 160},
    PragmaInfo{"Isa", Method::Isabelle, 0},     PragmaInfo{"IsaT", Method::Isabelle, 0},
    PragmaInfo{"IsaM", Method::Isabelle, 0},    PragmaInfo{"IsaMT", Method::Isabelle, 0},
    PragmaInfo{"IsaWithSetExtensionality", Method::Isabelle, 0},
    PragmaInfo{"AllIsa", Method::Isabelle, 0},  PragmaInfo{"AllIsaT", Method::Isabelle, 0},
    PragmaInfo{"Auto", Method::Isabelle, 0},    PragmaInfo{"SlowAuto", Method::Isabelle, 120},
    PragmaInfo{"SlowerAuto", Method::Isabelle, 480},
    PragmaInfo{"SlowestAuto", Method::Isabelle, 960},
    PragmaInfo{"Force", Method::Isabelle, 0},   PragmaInfo{"SlowForce", Method::Isabelle, 120},
    PragmaInfo{"SlowerForce", Method::Isabelle, 480},
    PragmaInfo{"SlowestForce", Method::Isabelle, 960},
    PragmaInfo{"Blast", Method::Isabelle, 0},   PragmaInfo{"SlowBlast", Method::Isabelle, 120},
    PragmaInfo{"SlowerBlast", Method::Isabelle, 480},
    PragmaInfo{"SlowestBlast", Method::Isabelle, 960},
    PragmaInfo{"AutoBlast", Method::Isabelle, 0},
    PragmaInfo{"SimplifyAndSolve", Method::Isabelle, 0},
    PragmaInfo{"SlowSimplifyAndSolve", Method::Isabelle, 120},
    PragmaInfo{"SlowerSimplifyAndSolve", Method::Isabelle, 480},
    PragmaInfo{"SlowestSimplifyAndSolve", Method::Isabelle, 960},
    PragmaInfo{"Simplification", Method::Isabelle, 0},
    PragmaInfo{"SlowSimplification", Method::Isabelle, 120},
    PragmaInfo{"SlowerSimplification", Method::Isabelle, 480},
    PragmaInfo{"SlowestSimplification", Method::Isabelle, 960},
    PragmaInfo{"PTL", Method::Ptl, 0},
    PragmaInfo{"PropositionalTemporalLogic", Method::Ptl, 0},
};

const PragmaInfo* infoOf(std::string_view name) {
  for (const auto& p : kPragmas)
    if (p.name == name) return &p;
  return nullptr;
}

std::string argumentText(const Expr& arg) {
  if (arg.kind == ExprKind::String) return "\"" + arg.text + "\"";
  if (arg.kind == ExprKind::Number) return arg.text;
  return arg.name.empty() ? std::string("?") : arg.name;
}

// SMTT("r5"): a deterministic Z3 resource budget rather than a timeout.
std::optional<std::uint64_t> rlimitOf(const std::string& text) {
  if (text.size() < 2 || (text[0] != 'r' && text[0] != 'R')) return std::nullopt;
  try {
    return static_cast<std::uint64_t>(std::stoull(text.substr(1)));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Timed pragmas end in T and take their budget as their last argument.
bool timed(const Decl& pragma, const Expr& fact) {
  return pragma.name.size() > 1 && pragma.name.back() == 'T' && !fact.args.empty();
}

bool smtPragma(const Decl& pragma) {
  const PragmaInfo* info = infoOf(pragma.name);
  return info != nullptr && info->method == Method::Smt;
}

}  // namespace

const Decl* pragmaOf(const Expr& fact) {
  if (fact.kind != ExprKind::Ident && fact.kind != ExprKind::OpApp) return nullptr;
  const Decl* d = fact.decl;
  while (d != nullptr && d->origin != nullptr) d = d->origin;  // instantiated copies
  if (d == nullptr || d->kind != DeclKind::Operator || d->owner == nullptr ||
      d->owner->name != "TLAPS" || !d->body)
    return nullptr;
  const bool isTrue = d->body->kind == ExprKind::Builtin && d->body->op == BuiltinOp::True;
  return isTrue ? d : nullptr;
}

MethodRequest methodRequestOf(const Expr& fact, const Decl& pragma) {
  MethodRequest request;
  request.pragma = pragma.name;
  if (!fact.args.empty()) {
    request.pragma += "(";
    for (std::size_t i = 0; i < fact.args.size(); ++i) {
      if (i != 0) request.pragma += ", ";
      request.pragma += argumentText(*fact.args[i]);
    }
    request.pragma += ")";
  }
  const PragmaInfo* info = infoOf(pragma.name);
  if (info == nullptr) return request;
  request.method = info->method;
  if (pragma.name.starts_with("Z3")) request.solver = SmtSolver::Z3;
  if (pragma.name.starts_with("CVC")) request.solver = SmtSolver::Cvc5;
  if (info->fixedTimeout > 0) request.timeoutSeconds = info->fixedTimeout;
  // The timeout is the last argument of the ...T pragmas (IsaMT(tactic, timeout)).
  if (timed(pragma, fact)) {
    const Expr& arg = *fact.args.back();
    if (arg.kind == ExprKind::Number) {
      try {
        request.timeoutSeconds = std::stod(arg.text);
      } catch (const std::exception&) {
      }
    } else if (arg.kind == ExprKind::String) {
      request.rlimitUnits = rlimitOf(arg.text);
    }
  }
  return request;
}

std::optional<std::string> budgetError(const Expr& fact, const Decl& pragma) {
  if (!timed(pragma, fact)) return std::nullopt;
  const Expr& arg = *fact.args.back();
  const std::string cited = pragma.name + "(" + printExpr(arg) + ")";
  if (arg.kind == ExprKind::String) {
    if (!smtPragma(pragma))
      return "Invalid budget in " + cited + ": the timeout must be a positive number of seconds";
    const std::optional<std::uint64_t> units = rlimitOf(arg.text);
    const bool digitsOnly = arg.text.size() > 1 && arg.text.find_first_not_of("0123456789", 1) == std::string::npos;
    if (!units || *units == 0 || !digitsOnly)
      return "Invalid SMT budget in " + cited +
             ": expected a positive number of seconds or a string \"rN\" with a positive N";
    return std::nullopt;
  }
  if (arg.kind != ExprKind::Number)
    return "Invalid budget in " + cited + ": the timeout must be a positive number literal";
  try {
    if (std::stod(arg.text) > 0) return std::nullopt;
  } catch (const std::exception&) {
  }
  return "Invalid budget in " + cited + ": the timeout must be positive";
}

bool expandsEnabled(const Decl& pragma) { return pragma.name == "ExpandENABLED"; }

bool autoUses(const Decl& pragma) { return pragma.name == "AutoUSE"; }

bool usesEnabledRules(const Decl& pragma) {
  return pragma.name == "ENABLEDaxioms" || pragma.name == "ENABLEDrules";
}

bool selectsBackend(const Decl& pragma) {
  constexpr std::array<std::string_view, 8> kPreprocessing{
      "ExpandENABLED", "ExpandCdot",      "AutoUSE",      "Lambdify",
      "ENABLEDaxioms", "ENABLEDrewrites", "ENABLEDrules", "LevelComparison"};
  for (auto name : kPreprocessing)
    if (pragma.name == name) return false;
  return true;
}

}  // namespace tlapx::prover
