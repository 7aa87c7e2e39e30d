// Constructors for AST nodes.
#include "frontend/ast.hpp"

namespace tlapx {

ExprPtr makeExpr(ExprKind kind, SourceRange range) { return std::make_shared<Expr>(kind, range); }

ExprPtr makeBuiltin(BuiltinOp op, std::vector<ExprPtr> args, SourceRange range) {
  auto e = makeExpr(ExprKind::Builtin, range);
  e->op = op;
  e->args = std::move(args);
  return e;
}

DeclPtr makeDecl(DeclKind kind, std::string name, SourceRange range) {
  return std::make_shared<Decl>(kind, std::move(name), range);
}

}  // namespace tlapx
