// Owns structural AST equality (see ast_equal.hpp for the rule).
#include "frontend/ast_equal.hpp"

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "frontend/printer.hpp"

namespace tlapx {
namespace {

class Comparer {
 public:
  explicit Comparer(std::string* why, bool sameSymbols = false) : why_(why), sameSymbols_(sameSymbols) {}

  bool expr(const Expr& a, const Expr& b);
  bool decl(const Decl& a, const Decl& b, bool bound = false);
  bool proof(const Proof& a, const Proof& b);
  bool module(const Module& a, const Module& b);
  void pair(const Decl& a, const Decl& b);

 private:
  bool fail(std::string message);
  bool failExpr(const Expr& a, const Expr& b, std::string_view what);

  template <class T, class F>
  bool each(const std::vector<T>& a, const std::vector<T>& b, std::string_view what, F same) {
    if (a.size() != b.size()) {
      return fail(std::string(what) + ": " + std::to_string(a.size()) + " vs " +
                  std::to_string(b.size()));
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  }

  bool exprs(const std::vector<ExprPtr>& a, const std::vector<ExprPtr>& b, std::string_view what) {
    return each(a, b, what, [this](const ExprPtr& x, const ExprPtr& y) { return expr(*x, *y); });
  }
  bool optExpr(const ExprPtr& a, const ExprPtr& b, std::string_view what);
  bool optDecl(const DeclPtr& a, const DeclPtr& b, std::string_view what);
  bool optProof(const ProofPtr& a, const ProofPtr& b);
  bool decls(const std::vector<DeclPtr>& a, const std::vector<DeclPtr>& b, std::string_view what);
  bool sameTarget(const Decl& a, const Decl& b) const;
  bool sameStep(const ProofStep& a, const ProofStep& b) const;
  bool binder(const Binder& a, const Binder& b);
  bool instance(const Instance& a, const Instance& b);
  bool useBy(const UseBy& a, const UseBy& b);
  bool step(const ProofStep& a, const ProofStep& b);
  bool unit(const Unit& a, const Unit& b);

  std::string* why_;
  bool sameSymbols_;  // symbols declared outside the trees: the same Decl, never by name
  std::unordered_map<const Decl*, const Decl*> aToB_;
  std::unordered_map<const Decl*, const Decl*> bToA_;
  std::unordered_map<const ProofStep*, const ProofStep*> stepAToB_;
  std::unordered_map<const ProofStep*, const ProofStep*> stepBToA_;
};

bool Comparer::fail(std::string message) {
  if (why_ && why_->empty()) *why_ = std::move(message);
  return false;
}

bool Comparer::failExpr(const Expr& a, const Expr& b, std::string_view what) {
  return fail(std::string(what) + " differs:\n  " + printExpr(a) + "\n  " + printExpr(b));
}

bool Comparer::optExpr(const ExprPtr& a, const ExprPtr& b, std::string_view what) {
  if (!a || !b) return (!a && !b) || fail(std::string(what) + ": present on one side only");
  return expr(*a, *b);
}

bool Comparer::optDecl(const DeclPtr& a, const DeclPtr& b, std::string_view what) {
  if (!a || !b) return (!a && !b) || fail(std::string(what) + ": present on one side only");
  pair(*a, *b);
  return decl(*a, *b, true);
}

bool Comparer::optProof(const ProofPtr& a, const ProofPtr& b) {
  if (!a || !b) return (!a && !b) || fail("proof present on one side only");
  return proof(*a, *b);
}

// Declarations at the same place: paired first (so references inside may name them),
// then compared.
bool Comparer::decls(const std::vector<DeclPtr>& a, const std::vector<DeclPtr>& b,
                     std::string_view what) {
  auto pairUp = [this](const DeclPtr& x, const DeclPtr& y) {
    pair(*x, *y);
    return true;
  };
  return each(a, b, what, pairUp) &&
         each(a, b, what, [this](const DeclPtr& x, const DeclPtr& y) { return decl(*x, *y, true); });
}

// A pairing holds from the binding site on; a later binding site of the same Decl (a
// resolved tree may share a subtree, e.g. a substituted definition body) re-pairs it.
void Comparer::pair(const Decl& a, const Decl& b) {
  aToB_[&a] = &b;
  bToA_[&b] = &a;
}

bool Comparer::sameTarget(const Decl& a, const Decl& b) const {
  auto ia = aToB_.find(&a);
  auto ib = bToA_.find(&b);
  if (ia != aToB_.end() || ib != bToA_.end()) return ia != aToB_.end() && ia->second == &b;
  if (&a == &b) return true;
  return !sameSymbols_ && a.kind == b.kind && a.name == b.name && a.owner && b.owner && a.owner->name == b.owner->name;
}

bool Comparer::sameStep(const ProofStep& a, const ProofStep& b) const {
  auto ia = stepAToB_.find(&a);
  auto ib = stepBToA_.find(&b);
  if (ia != stepAToB_.end() || ib != stepBToA_.end()) {
    return ia != stepAToB_.end() && ia->second == &b;
  }
  return &a == &b;
}

bool Comparer::binder(const Binder& a, const Binder& b) {
  if (a.tuple != b.tuple) return fail("binder tuple pattern differs");
  return optExpr(a.domain, b.domain, "binder domain") && decls(a.vars, b.vars, "bound variables");
}

bool Comparer::expr(const Expr& a, const Expr& b) {
  if (a.kind != b.kind) return failExpr(a, b, "expression kind");
  if (a.op != b.op || a.quantOp != b.quantOp || a.bulleted != b.bulleted ||
      a.hasOther != b.hasOther || a.fairnessStrong != b.fairnessStrong) {
    return failExpr(a, b, "operator");
  }
  if (a.text != b.text || a.fields != b.fields) return failExpr(a, b, "literal or field");
  bool refSame = a.decl && b.decl   ? sameTarget(*a.decl, *b.decl)
                 : a.step && b.step ? sameStep(*a.step, *b.step)
                 : sameSymbols_ && (a.decl || b.decl || a.step || b.step) ? false
                                                                         : a.name == b.name;
  if (!refSame) return failExpr(a, b, "reference");

  // Binding sites before the subexpressions in their scope. Label parameters are not
  // binding sites: they name bound variables in scope.
  auto labelParam = [this](const DeclPtr& x, const DeclPtr& y) {
    return (x->owner && y->owner ? sameTarget(*x, *y) : x->name == y->name) ||
           fail("label parameter " + x->name + " vs " + y->name);
  };
  bool params = a.kind == ExprKind::Label ? each(a.params, b.params, "label parameters", labelParam)
                                          : decls(a.params, b.params, "parameters");
  if (!each(a.binders, b.binders, "binders",
            [this](const Binder& x, const Binder& y) { return binder(x, y); }) ||
      !params || !decls(a.letDefs, b.letDefs, "LET definitions")) {
    return false;
  }
  auto hyp = [this](const SequentHyp& x, const SequentHyp& y) {
    return optDecl(x.newDecl, y.newDecl, "NEW") && optExpr(x.fact, y.fact, "hypothesis");
  };
  auto exceptStep = [this](const ExceptPathElem& x, const ExceptPathElem& y) {
    if (x.isField != y.isField || x.field != y.field) return fail("EXCEPT path differs");
    return exprs(x.index, y.index, "EXCEPT index");
  };
  auto clause = [&](const ExceptClause& x, const ExceptClause& y) {
    return each(x.path, y.path, "EXCEPT path", exceptStep) && expr(*x.value, *y.value);
  };
  auto segment = [this](const RefSegment& x, const RefSegment& y) {
    if (x.kind != y.kind || x.name != y.name || x.number != y.number) return fail("`!` path differs");
    return exprs(x.args, y.args, "`!` path arguments");
  };
  if (!each(a.hyps, b.hyps, "hypotheses", hyp) || !each(a.excepts, b.excepts, "EXCEPT", clause) ||
      !each(a.path, b.path, "`!` path", segment)) {
    return false;
  }
  if (a.args.size() != b.args.size()) return failExpr(a, b, "number of operands");
  return exprs(a.args, b.args, "operands");
}

bool Comparer::instance(const Instance& a, const Instance& b) {
  if (a.moduleName != b.moduleName) return fail("INSTANCE " + a.moduleName + " vs " + b.moduleName);
  return each(a.with, b.with, "WITH", [this](const Substitution& x, const Substitution& y) {
    if (x.name != y.name) return fail("WITH " + x.name + " vs " + y.name);
    return expr(*x.value, *y.value);
  });
}

// `bound`: a locally bound symbol, whose name matters only in unresolved trees.
bool Comparer::decl(const Decl& a, const Decl& b, bool bound) {
  bool sameName = a.name == b.name || (bound && a.owner && b.owner);
  if (a.kind != b.kind || !sameName || a.local != b.local || a.arity != b.arity ||
      a.newKind != b.newKind || a.recursive != b.recursive || a.theoremKeyword != b.theoremKeyword) {
    return fail("declaration `" + a.name + "` vs `" + b.name + "` differs");
  }
  if (!decls(a.params, b.params, "parameters of " + a.name) ||
      !optExpr(a.body, b.body, "body of " + a.name) || !optProof(a.proof, b.proof)) {
    return false;
  }
  if (!a.instance || !b.instance) {
    return (!a.instance && !b.instance) || fail("instance of " + a.name + " on one side only");
  }
  return instance(*a.instance, *b.instance);
}

bool Comparer::useBy(const UseBy& a, const UseBy& b) {
  if (a.only != b.only) return fail("ONLY differs");
  return exprs(a.facts, b.facts, "facts") && exprs(a.defs, b.defs, "DEF list");
}

bool Comparer::proof(const Proof& a, const Proof& b) {
  if (a.kind != b.kind || a.proofKeyword != b.proofKeyword) return fail("proof kind differs");
  return useBy(a.by, b.by) && each(a.steps, b.steps, "proof steps", [this](const StepPtr& x, const StepPtr& y) {
           return step(*x, *y);
         });
}

bool Comparer::step(const ProofStep& a, const ProofStep& b) {
  if (a.kind != b.kind || a.level != b.level || a.levelText != b.levelText || a.label != b.label ||
      a.name != b.name) {
    return fail("step " + a.levelText + a.label + " vs " + b.levelText + b.label);
  }
  stepAToB_[&a] = &b;
  stepBToA_[&b] = &a;
  return each(a.binders, b.binders, "step binders",
              [this](const Binder& x, const Binder& y) { return binder(x, y); }) &&
         optExpr(a.expr, b.expr, "step statement") && exprs(a.exprs, b.exprs, "WITNESS") &&
         decls(a.defs, b.defs, "DEFINE") && useBy(a.use, b.use) &&
         optDecl(a.instanceDecl, b.instanceDecl, "INSTANCE step") && optProof(a.proof, b.proof);
}

bool Comparer::unit(const Unit& a, const Unit& b) {
  if (a.kind != b.kind || a.local != b.local) return fail("unit kind differs");
  if (!each(a.decls, b.decls, "unit", [this](const DeclPtr& x, const DeclPtr& y) { return decl(*x, *y); }) ||
      !useBy(a.use, b.use)) {
    return false;
  }
  if (!a.instance || !b.instance) {
    if (a.instance || b.instance) return fail("INSTANCE unit on one side only");
  } else if (!instance(*a.instance, *b.instance)) {
    return false;
  }
  if (!a.submodule || !b.submodule) {
    return (!a.submodule && !b.submodule) || fail("submodule on one side only");
  }
  return module(*a.submodule, *b.submodule);
}

bool Comparer::module(const Module& a, const Module& b) {
  if (a.name != b.name) return fail("module " + a.name + " vs " + b.name);
  if (!each(a.extends, b.extends, "EXTENDS", [this](const NameRef& x, const NameRef& y) {
        return x.name == y.name || fail("EXTENDS " + x.name + " vs " + y.name);
      })) {
    return false;
  }
  if (a.units.size() != b.units.size()) {
    return fail("module " + a.name + ": " + std::to_string(a.units.size()) + " vs " +
                std::to_string(b.units.size()) + " units");
  }
  for (std::size_t i = 0; i < a.units.size(); ++i) {
    if (a.units[i].decls.size() != b.units[i].decls.size()) return fail("unit declarations differ");
    for (std::size_t j = 0; j < a.units[i].decls.size(); ++j) pair(*a.units[i].decls[j], *b.units[i].decls[j]);
  }
  for (std::size_t i = 0; i < a.units.size(); ++i) {
    if (!unit(a.units[i], b.units[i])) return false;
  }
  return true;
}

}  // namespace

bool equalExpr(const Expr& a, const Expr& b, std::string* why) { return Comparer(why).expr(a, b); }

bool sameFormula(const Expr& a, const Expr& b) { return Comparer(nullptr, true).expr(a, b); }

bool equalDecl(const Decl& a, const Decl& b, std::string* why) {
  Comparer c(why);
  c.pair(a, b);
  return c.decl(a, b);
}

bool equalProof(const Proof& a, const Proof& b, std::string* why) { return Comparer(why).proof(a, b); }

bool equalModule(const Module& a, const Module& b, std::string* why) {
  return Comparer(why).module(a, b);
}

}  // namespace tlapx
