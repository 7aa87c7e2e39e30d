// Capture-free substitution on resolved expression trees, where every symbol is a Decl
// pointer: definition expansion (beta reduction), subexpression instantiation and
// INSTANCE copies all go through the Substituter below.
#pragma once

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx {

using DeclValueMap = std::unordered_map<const Decl*, ExprPtr>;

// A simultaneous substitution built from two kinds of entries:
//
// * bind(d, e): every free occurrence of `d` is replaced by `e`. When `d` is
//   operator-valued (arity > 0: an operator parameter `F(_)` or a `CONSTANT F(_)`), `e`
//   must denote an operator: a Lambda, in which case an application `d(a, b)` is
//   beta-reduced, or an Ident whose decl is an operator, in which case `d(a, b)` becomes
//   an OpApp of that operator. A bare `d` (an operator argument) becomes `e` itself.
// * rename(d, to, leading): every occurrence of `d` refers to `to` instead. An
//   application `d(a)` becomes `to(leading..., a)`; a bare 0-ary `d` becomes
//   `to(leading...)` (an OpApp when `leading` is non-empty); a bare operator-valued `d`
//   becomes `LAMBDA x1, ..., xk : to(leading..., x1, ..., xk)`.
//
// Guarantees:
// * Only the nodes on a path to a replaced occurrence are copied; untouched subtrees are
//   shared with the input (pointer-equal), and an input without any occurrence is
//   returned as is.
// * No capture: a binder (quantifier, CHOOSE, set/function constructor, LAMBDA, LET
//   definition parameter, NEW of an ASSUME/PROVE) whose variable is referenced by an
//   inserted value is given a fresh Decl in the result. A binder that rebinds a
//   substituted decl shadows it.
// * LET definitions whose bodies change (directly, or by referring to another changed
//   definition of the same LET) get fresh Decls, and the rest of the LET refers to them;
//   the same holds for the copies of an INSTANCE inside a LET.
// * Values are inserted as they are, not substituted again, so a value may appear
//   several times in the result, sharing its nodes (and its binder Decls) between the
//   occurrences. Consumers must therefore scope bound variables by position, not assume
//   that each binder Decl is bound at a single place.
class Substituter {
 public:
  Substituter& bind(const Decl* decl, ExprPtr value);
  Substituter& rename(const Decl* decl, DeclPtr to, std::vector<ExprPtr> leadingArgs = {});
  bool empty() const { return values_.empty() && renames_.empty(); }

  ExprPtr apply(const ExprPtr& expr);

 private:
  struct Renaming {
    DeclPtr to;
    std::vector<ExprPtr> leading;
  };

  bool isKey(const Decl* d) const { return values_.count(d) != 0 || renames_.count(d) != 0; }
  bool mentions(const Expr& e);
  bool captures(const Decl* d);
  void forget(const Decl* d);

  ExprPtr walk(const ExprPtr& e);
  std::vector<ExprPtr> walkAll(const std::vector<ExprPtr>& es);
  ExprPtr replaceReference(const ExprPtr& e, std::vector<ExprPtr> args);
  ExprPtr walkBinding(const ExprPtr& e);
  ExprPtr walkLambdaOrLabel(const ExprPtr& e);
  ExprPtr walkLet(const ExprPtr& e);
  ExprPtr walkSequent(const ExprPtr& e);
  ExprPtr walkExcept(const ExprPtr& e);
  // Applies this substitution to `body` under binders `vars` (replaced in place by fresh
  // Decls where needed); `vars` are shadowed keys or fresh copies in the nested scope.
  ExprPtr walkUnder(std::vector<DeclPtr>& vars, const ExprPtr& body);

  std::unordered_map<const Decl*, ExprPtr> values_;
  std::unordered_map<const Decl*, Renaming> renames_;
  // Decls referenced by the inserted values and leading arguments (capture candidates).
  std::unordered_set<const Decl*> valueDecls_;
  bool valueDeclsDirty_ = false;
  std::unordered_map<const Expr*, bool> memo_;
};

// substitute(e, {d1 -> v1, ...}): Substituter with bind(di, vi) for every entry.
ExprPtr substitute(const ExprPtr& expr, const DeclValueMap& map);

// The body of `LAMBDA params : body` (or of a definition with these parameters) applied
// to `args`, one per parameter.
ExprPtr betaReduce(const std::vector<DeclPtr>& params, const ExprPtr& body,
                   const std::vector<ExprPtr>& args);

// `LAMBDA x1, ..., xk : body(x1, ..., xk)` with fresh parameters x1, ..., xk.
ExprPtr makeLambda(int arity, SourceRange range, const std::function<ExprPtr(std::vector<ExprPtr>)>& body);

// `LAMBDA x1, ..., xk : op(leading..., x1, ..., xk)` for k = arity: the operator
// argument that stands for `op` with its first arguments already supplied.
ExprPtr partialApplication(const Decl& op, std::vector<ExprPtr> leading, int arity, SourceRange range);

}  // namespace tlapx
