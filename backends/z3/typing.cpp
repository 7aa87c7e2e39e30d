// Type-based optimisation: finds the symbols an obligation's hypotheses make integers
// (x \in Nat, NEW n \in 1..k, ...) so that they are encoded as SMT integers. Only
// unconditional hypotheses count, and the hypotheses themselves are still asserted, so
// this changes the encoding, never what is assumed.
#include "backends/z3/translator.hpp"

namespace tlapx::z3enc {

namespace {

bool isIntLiteral(const Expr& e) {
  if (e.kind == ExprKind::Number) return e.text.find('.') == std::string::npos;
  return isPrimitiveNamed(e, {"-", "-."}) && e.args.size() == 1 && isIntLiteral(*e.args[0]);
}

// A symbol that can carry an Int-sorted constant: (declaration, primed).
std::optional<std::pair<const Decl*, bool>> symbolOf(const Expr& e) {
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::Prime) {
    auto inner = symbolOf(*e.args[0]);
    if (inner && !inner->second) return std::make_pair(inner->first, true);
    return std::nullopt;
  }
  if (e.kind != ExprKind::Ident || e.decl == nullptr || !e.args.empty()) return std::nullopt;
  switch (e.decl->kind) {
    case DeclKind::Constant:
    case DeclKind::Variable:
    case DeclKind::NewSymbol:
    case DeclKind::BoundVar:  // bound variables of the goal, turned into Skolem constants
      if (e.decl->arity == 0) return std::make_pair(e.decl, false);
      return std::nullopt;
    default: return std::nullopt;
  }
}

void scanFact(const Expr& e, IntDecls& ints) {
  if (e.kind == ExprKind::Label) {
    scanFact(*e.args[0], ints);
    return;
  }
  if (e.kind != ExprKind::Builtin) return;
  if (e.op == BuiltinOp::And) {
    for (const auto& a : e.args) scanFact(*a, ints);
  } else if (e.op == BuiltinOp::In && isIntDomain(*e.args[1])) {
    if (auto s = symbolOf(*e.args[0])) ints.insert(*s);
  }
}

}  // namespace

bool isIntDomain(const Expr& s) {
  if (isPrimitiveNamed(s, {"Nat", "Int", ".."})) return true;
  switch (s.kind) {
    case ExprKind::Builtin:
      switch (s.op) {
        case BuiltinOp::Cup: return isIntDomain(*s.args[0]) && isIntDomain(*s.args[1]);
        case BuiltinOp::Cap: return isIntDomain(*s.args[0]) || isIntDomain(*s.args[1]);
        case BuiltinOp::SetMinus: return isIntDomain(*s.args[0]);
        default: return false;
      }
    case ExprKind::SetEnum:
      if (s.args.empty()) return false;
      for (const auto& a : s.args) {
        if (!isIntLiteral(*a)) return false;
      }
      return true;
    case ExprKind::SetFilter: return !s.binders[0].tuple && isIntDomain(*s.binders[0].domain);
    case ExprKind::Label: return isIntDomain(*s.args[0]);
    default: return false;
  }
}

bool isBooleanValued(const Expr& e, int depth) {
  switch (e.kind) {
    case ExprKind::Quant:
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: return true;
    case ExprKind::Label:
    case ExprKind::Let: return isBooleanValued(*e.args[0], depth);
    case ExprKind::If: return isBooleanValued(*e.args[1], depth) && isBooleanValued(*e.args[2], depth);
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::True:
        case BuiltinOp::False:
        case BuiltinOp::And:
        case BuiltinOp::Or:
        case BuiltinOp::Not:
        case BuiltinOp::Implies:
        case BuiltinOp::Equiv:
        case BuiltinOp::Eq:
        case BuiltinOp::Neq:
        case BuiltinOp::In:
        case BuiltinOp::NotIn:
        case BuiltinOp::Subseteq:
        case BuiltinOp::Unchanged:
        case BuiltinOp::Enabled:
        case BuiltinOp::Always:
        case BuiltinOp::Eventually:
        case BuiltinOp::LeadsTo: return true;
        case BuiltinOp::Prime: return isBooleanValued(*e.args[0], depth);
        default: return false;
      }
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      const Decl* d = e.decl;
      if (d == nullptr || d->kind != DeclKind::Operator || d->primitive || d->body == nullptr ||
          depth <= 0) {
        return false;
      }
      return isBooleanValued(*d->body, depth - 1);
    }
    default: return false;
  }
}

IntDecls inferIntDecls(const std::vector<const Expr*>& facts,
                       const std::vector<std::pair<const Decl*, const Expr*>>& declarations) {
  IntDecls ints;
  for (const auto& [decl, domain] : declarations) {
    if (domain != nullptr && decl->arity == 0 && isIntDomain(*domain)) ints.insert({decl, false});
  }
  for (const Expr* f : facts) scanFact(*f, ints);
  return ints;
}

}  // namespace tlapx::z3enc
