// Focused printer tests on hand-built trees: parentheses, layout, names, declarations,
// sequents, proofs, modules; and the equality rule of ast_equal.hpp.
#include "frontend/printer.hpp"

#include <gtest/gtest.h>

#include "frontend/ast_equal.hpp"
#include "tests/frontend/ast_builders.hpp"

namespace tlapx::test {
namespace {

ExprPtr a() { return id("a"); }
ExprPtr b() { return id("b"); }
ExprPtr c() { return id("c"); }
ExprPtr plus(ExprPtr x, ExprPtr y) { return app("+", {std::move(x), std::move(y)}); }
ExprPtr minus(ExprPtr x, ExprPtr y) { return app("-", {std::move(x), std::move(y)}); }
ExprPtr times(ExprPtr x, ExprPtr y) { return app("*", {std::move(x), std::move(y)}); }
ExprPtr neg(ExprPtr x) { return app("-.", {std::move(x)}); }
ExprPtr eq(ExprPtr x, ExprPtr y) { return bi(BuiltinOp::Eq, {std::move(x), std::move(y)}); }
ExprPtr conj(std::vector<ExprPtr> xs) { return bi(BuiltinOp::And, std::move(xs)); }
ExprPtr implies(ExprPtr x, ExprPtr y) { return bi(BuiltinOp::Implies, {std::move(x), std::move(y)}); }
ExprPtr ifte(ExprPtr x, ExprPtr y, ExprPtr z) {
  return node(ExprKind::If, {std::move(x), std::move(y), std::move(z)});
}

std::string p(const ExprPtr& e) { return printExpr(*e); }

TEST(Printer, ArithmeticPrecedence) {
  EXPECT_EQ(p(times(plus(a(), b()), c())), "(a + b) * c");
  EXPECT_EQ(p(plus(a(), times(b(), c()))), "a + b * c");
  EXPECT_EQ(p(times(a(), plus(b(), c()))), "a * (b + c)");
  EXPECT_EQ(p(minus(minus(a(), b()), c())), "a - b - c");
  EXPECT_EQ(p(minus(a(), minus(b(), c()))), "a - (b - c)");
  // `-` (11-11) binds tighter than `+` (10-10).
  EXPECT_EQ(p(plus(a(), minus(b(), c()))), "a + b - c");
  EXPECT_EQ(p(minus(plus(a(), b()), c())), "(a + b) - c");
  EXPECT_EQ(p(app("^", {app("^", {a(), b()}), c()})), "(a ^ b) ^ c");
  EXPECT_EQ(p(app("..", {num("1"), plus(id("N"), num("1"))})), "1 .. N + 1");
  EXPECT_EQ(p(app("\\prec", {a(), b()})), "a \\prec b");
}

TEST(Printer, PrefixAndPostfix) {
  EXPECT_EQ(p(neg(a())), "-a");
  EXPECT_EQ(p(neg(neg(a()))), "- -a");
  EXPECT_EQ(p(times(a(), neg(b()))), "a * (-b)");
  EXPECT_EQ(p(plus(neg(a()), b())), "-a + b");
  EXPECT_EQ(p(neg(times(a(), b()))), "-a * b");
  EXPECT_EQ(p(neg(plus(a(), b()))), "-(a + b)");
  EXPECT_EQ(p(bi(BuiltinOp::Prime, {id("x")})), "x'");
  EXPECT_EQ(p(bi(BuiltinOp::Prime, {plus(id("x"), num("1"))})), "(x + 1)'");
  EXPECT_EQ(p(bi(BuiltinOp::Prime, {bi(BuiltinOp::Prime, {id("x")})})), "x''");
  EXPECT_EQ(p(node(ExprKind::FuncApp, {bi(BuiltinOp::Prime, {id("x")}), num("1")})), "(x')[1]");
  EXPECT_EQ(p(bi(BuiltinOp::Prime, {node(ExprKind::FuncApp, {id("f"), id("i")})})), "f[i]'");
  EXPECT_EQ(p(app("^+", {id("R")})), "R^+");
  EXPECT_EQ(p(bi(BuiltinOp::Subset, {bi(BuiltinOp::Cup, {a(), b()})})), "SUBSET (a \\cup b)");
  EXPECT_EQ(p(bi(BuiltinOp::Domain, {id("f")})), "DOMAIN f");
  EXPECT_EQ(p(bi(BuiltinOp::Unchanged, {node(ExprKind::Tuple, {id("x"), id("y")})})),
            "UNCHANGED <<x, y>>");
  EXPECT_EQ(p(bi(BuiltinOp::Enabled, {bi(BuiltinOp::Prime, {id("x")})})), "ENABLED (x')");
}

TEST(Printer, Logic) {
  EXPECT_EQ(p(bi(BuiltinOp::Not, {conj({a(), b()})})), "~(a /\\ b)");
  EXPECT_EQ(p(conj({bi(BuiltinOp::Not, {a()}), b()})), "~a /\\ b");
  EXPECT_EQ(p(bi(BuiltinOp::Not, {eq(a(), b())})), "~a = b");
  EXPECT_EQ(p(eq(bi(BuiltinOp::Not, {a()}), b())), "(~a) = b");
  EXPECT_EQ(p(eq(a(), bi(BuiltinOp::Not, {b()}))), "a = (~b)");
  EXPECT_EQ(p(bi(BuiltinOp::Not, {bi(BuiltinOp::Not, {a()})})), "~ ~a");
  EXPECT_EQ(p(conj({a(), b(), c()})), "a /\\ b /\\ c");
  EXPECT_EQ(p(conj({a(), conj({b(), c()})})), "a /\\ (b /\\ c)");
  EXPECT_EQ(p(conj({conj({a(), b()}), c()})), "(a /\\ b) /\\ c");
  EXPECT_EQ(p(bi(BuiltinOp::Or, {conj({a(), b()}), c()})), "(a /\\ b) \\/ c");
  EXPECT_EQ(p(implies(implies(a(), b()), c())), "(a => b) => c");
  EXPECT_EQ(p(implies(a(), implies(b(), c()))), "a => (b => c)");
  EXPECT_EQ(p(implies(conj({a(), b()}), c())), "a /\\ b => c");
  EXPECT_EQ(p(bi(BuiltinOp::Always, {bi(BuiltinOp::Eventually, {a()})})), "[]<>a");
  EXPECT_EQ(p(bi(BuiltinOp::Always, {implies(a(), b())})), "[](a => b)");
  EXPECT_EQ(p(bi(BuiltinOp::LeadsTo, {a(), b()})), "a ~> b");
  EXPECT_EQ(p(bi(BuiltinOp::In, {id("x"), bi(BuiltinOp::SetMinus, {id("S"), id("T")})})),
            "x \\in S \\ T");
  EXPECT_EQ(p(node(ExprKind::Times, {id("S"), id("T"), id("U")})), "S \\X T \\X U");
  EXPECT_EQ(p(node(ExprKind::Times, {node(ExprKind::Times, {id("S"), id("T")}), id("U")})),
            "(S \\X T) \\X U");
  EXPECT_EQ(p(bi(BuiltinOp::True)), "TRUE");
}

TEST(Printer, QuantifierScope) {
  auto x = var("x");
  auto body = implies(app("P", {use(x)}), app("Q", {use(x)}));
  EXPECT_EQ(p(forall(x, body)), "\\A x : P(x) => Q(x)");
  EXPECT_EQ(p(implies(forall(x, app("P", {use(x)})), c())), "(\\A x : P(x)) => c");
  EXPECT_EQ(p(implies(c(), forall(x, app("P", {use(x)})))), "c => \\A x : P(x)");
  EXPECT_EQ(p(conj({forall(x, use(x)), c()})), "(\\A x : x) /\\ c");
  // An operand that ends in a quantifier is closed off when something follows.
  EXPECT_EQ(p(conj({implies(a(), forall(x, use(x))), c()})), "(a => \\A x : x) /\\ c");
  EXPECT_EQ(p(bi(BuiltinOp::Not, {exists(x, use(x))})), "~\\E x : x");
  EXPECT_EQ(p(conj({bi(BuiltinOp::Not, {exists(x, use(x))}), c()})), "~(\\E x : x) /\\ c");

  auto y = var("y");
  auto z = var("z");
  auto nested = binding(ExprKind::Quant, {binder({x, y}, id("S")), binder({z}, id("T"))},
                        exists(var("w"), eq(use(x), use(z)), id("U")));
  EXPECT_EQ(p(nested), "\\A x, y \\in S, z \\in T : \\E w \\in U : x = z");
  auto tuple = binding(ExprKind::Quant, {binder({x, y}, id("S"), true)}, eq(use(x), use(y)),
                       QuantOp::Exists);
  EXPECT_EQ(p(tuple), "\\E <<x, y>> \\in S : x = y");
  auto temporal = binding(ExprKind::TempQuant, {binder({x})}, bi(BuiltinOp::Always, {use(x)}));
  EXPECT_EQ(p(temporal), "\\AA x : []x");
  auto choose = binding(ExprKind::Choose, {binder({x}, id("S"))}, eq(use(x), num("1")));
  EXPECT_EQ(p(plus(choose, num("1"))), "(CHOOSE x \\in S : x = 1) + 1");
  // A quantifier as a binder domain is parenthesized (a `:` follows it).
  EXPECT_EQ(p(forall(y, use(y), forall(x, use(x)))), "\\A y \\in (\\A x : x) : y");
}

TEST(Printer, IfCaseLet) {
  auto cond = ifte(c(), a(), b());
  EXPECT_EQ(p(plus(num("1"), cond)), "1 + IF c THEN a ELSE b");
  EXPECT_EQ(p(plus(cond, num("1"))), "(IF c THEN a ELSE b) + 1");
  EXPECT_EQ(p(eq(plus(num("1"), cond), num("2"))), "1 + (IF c THEN a ELSE b) = 2");
  EXPECT_EQ(p(eq(id("x"), plus(num("1"), cond))), "x = 1 + IF c THEN a ELSE b");
  EXPECT_EQ(p(ifte(cond, cond, cond)),
            "IF IF c THEN a ELSE b THEN IF c THEN a ELSE b ELSE IF c THEN a ELSE b");

  auto x = var("x");
  auto cs = node(ExprKind::Case, {eq(id("n"), num("1")), a(), forall(x, use(x)), exists(x, use(x))});
  EXPECT_EQ(p(cs), "CASE n = 1 -> a [] \\A x : x -> \\E x : x");
  auto other = node(ExprKind::Case, {c(), forall(x, use(x)), b()});
  other->hasOther = true;
  EXPECT_EQ(p(other), "CASE c -> (\\A x : x) [] OTHER -> b");
  EXPECT_EQ(p(conj({other, c()})), "(CASE c -> (\\A x : x) [] OTHER -> b) /\\ c");

  auto fp = param("x");
  auto f = opDef("f", {fp}, plus(use(fp), num("1")));
  auto g = opDef("g", {}, num("2"));
  auto let = node(ExprKind::Let, {app("f", {use(g)}, f.get())});
  let->letDefs = {f, g};
  EXPECT_EQ(p(let), "LET f(x) == x + 1\n    g == 2\nIN  f(g)");
  EXPECT_EQ(p(conj({let, c()})), "(LET f(x) == x + 1\n     g == 2\n IN  f(g)) /\\ c");
}

TEST(Printer, SetsFunctionsRecords) {
  auto x = var("x");
  EXPECT_EQ(p(node(ExprKind::SetEnum, {})), "{}");
  EXPECT_EQ(p(node(ExprKind::SetEnum, {a(), b()})), "{a, b}");
  EXPECT_EQ(p(node(ExprKind::Tuple, {})), "<<>>");
  EXPECT_EQ(p(binding(ExprKind::SetFilter, {binder({x}, id("S"))}, bi(BuiltinOp::In, {use(x), id("T")}))),
            "{x \\in S : x \\in T}");
  EXPECT_EQ(p(binding(ExprKind::SetMap, {binder({x}, id("S"))}, plus(use(x), num("1")))),
            "{x + 1 : x \\in S}");
  // An element of the form `y \in T` would read as a filter.
  EXPECT_EQ(p(binding(ExprKind::SetMap, {binder({x}, id("S"))}, bi(BuiltinOp::In, {use(x), id("T")}))),
            "{(x \\in T) : x \\in S}");
  auto y = var("y");
  EXPECT_EQ(p(binding(ExprKind::FuncCons, {binder({x}, id("S")), binder({y}, id("T"))},
                      plus(use(x), use(y)))),
            "[x \\in S, y \\in T |-> x + y]");
  EXPECT_EQ(p(node(ExprKind::FuncSet, {id("S"), node(ExprKind::FuncSet, {id("T"), id("U")})})),
            "[S -> [T -> U]]");
  EXPECT_EQ(p(node(ExprKind::FuncApp, {id("f"), a(), b()})), "f[a, b]");
  EXPECT_EQ(p(node(ExprKind::FuncApp, {plus(id("f"), id("g")), a()})), "(f + g)[a]");

  auto rec = node(ExprKind::RecordCons, {num("1"), str("s")});
  rec->fields = {"a", "b"};
  EXPECT_EQ(p(rec), "[a |-> 1, b |-> \"s\"]");
  auto rset = node(ExprKind::RecordSet, {id("Nat"), id("STRING")});
  rset->fields = {"a", "b"};
  EXPECT_EQ(p(rset), "[a : Nat, b : STRING]");
  auto dot = node(ExprKind::Dot, {node(ExprKind::FuncApp, {id("r"), num("1")})});
  dot->text = "fld";
  EXPECT_EQ(p(dot), "r[1].fld");
  auto dotSum = node(ExprKind::Dot, {plus(a(), b())});
  dotSum->text = "f";
  EXPECT_EQ(p(dotSum), "(a + b).f");

  EXPECT_EQ(p(str("a\"b\\c\nd")), "\"a\\\"b\\\\c\\nd\"");
  EXPECT_EQ(p(num("3.25")), "3.25");
}

TEST(Printer, ExceptWithAt) {
  auto e = node(ExprKind::Except, {id("f")});
  ExceptClause first;
  first.path.push_back({false, "", {num("1")}});
  first.value = plus(makeExpr(ExprKind::ExceptAt), num("1"));
  ExceptClause second;
  second.path.push_back({true, "a", {}});
  second.path.push_back({false, "", {id("i"), id("j")}});
  second.value = makeExpr(ExprKind::ExceptAt);
  e->excepts = {first, second};
  EXPECT_EQ(p(e), "[f EXCEPT ![1] = @ + 1, !.a[i, j] = @]");
}

TEST(Printer, ActionsAndFairness) {
  auto box = node(ExprKind::BoxAction, {id("Next"), id("vars")});
  EXPECT_EQ(p(bi(BuiltinOp::Always, {box})), "[][Next]_vars");
  auto angle = node(ExprKind::AngleAction, {conj({a(), b()}), node(ExprKind::Tuple, {id("x"), id("y")})});
  EXPECT_EQ(p(angle), "<<a /\\ b>>_<<x, y>>");
  auto wf = node(ExprKind::Fairness, {id("vars"), id("Next")});
  EXPECT_EQ(p(wf), "WF_vars(Next)");
  auto sf = node(ExprKind::Fairness, {plus(id("x"), id("y")), app("A", {num("1")})});
  sf->fairnessStrong = true;
  EXPECT_EQ(p(sf), "SF_(x + y)(A(1))");
}

TEST(Printer, LabelsLambdaAndRefs) {
  auto lab = node(ExprKind::Label, {conj({a(), b()})});
  lab->text = "lab";
  EXPECT_EQ(p(lab), "lab :: a /\\ b");
  EXPECT_EQ(p(implies(lab, c())), "(lab :: a /\\ b) => c");
  auto x = param("x");
  auto lam = node(ExprKind::Lambda, {plus(use(x), num("1"))});
  lam->params = {x};
  EXPECT_EQ(p(app("F", {lam, num("2")})), "F(LAMBDA x : x + 1, 2)");

  auto r = makeExpr(ExprKind::Ref);
  RefSegment inst;
  inst.name = "I";
  RefSegment op;
  op.name = "Op";
  op.args = {num("1")};
  RefSegment second;
  second.kind = RefSegment::Kind::Number;
  second.number = 2;
  RefSegment args;
  args.kind = RefSegment::Kind::Args;
  args.args = {a(), b()};
  RefSegment left;
  left.kind = RefSegment::Kind::First;
  RefSegment colon;
  colon.kind = RefSegment::Kind::Colon;
  RefSegment at;
  at.kind = RefSegment::Kind::At;
  r->path = {inst, op, second, args, left, colon, at};
  EXPECT_EQ(p(r), "I!Op(1)!2!(a, b)!<<!:!@");
  auto step = makeExpr(ExprKind::StepRef);
  step->name = "<1>3";
  EXPECT_EQ(p(step), "<1>3");
}

TEST(Printer, BulletedLists) {
  auto list = bulleted(BuiltinOp::And, {eq(id("x"), num("0")), bi(BuiltinOp::Or, {a(), b()}),
                                        bulleted(BuiltinOp::Or, {a(), b()})});
  EXPECT_EQ(p(list), "/\\ x = 0\n/\\ a \\/ b\n/\\ \\/ a\n   \\/ b");
  EXPECT_EQ(p(implies(c(), list)), "c => /\\ x = 0\n     /\\ a \\/ b\n     /\\ \\/ a\n        \\/ b");
  EXPECT_EQ(p(implies(bulleted(BuiltinOp::And, {a(), b()}), c())), "(/\\ a\n /\\ b) => c");
  EXPECT_EQ(p(conj({a(), bulleted(BuiltinOp::And, {b(), c()})})), "a /\\ (/\\ b\n      /\\ c)");
  auto x = var("x");
  EXPECT_EQ(p(bulleted(BuiltinOp::And, {forall(x, use(x)), a()})), "/\\ \\A x : x\n/\\ a");
  auto def = opDef("Init", {}, bulleted(BuiltinOp::And, {a(), b()}));
  EXPECT_EQ(printDecl(*def), "Init == /\\ a\n        /\\ b");
}

TEST(Printer, CaptureAvoidance) {
  // \A x : \E x' : P(x, x') with two different decls named x: the inner one is renamed.
  auto outer = var("x");
  auto inner = var("x");
  auto e = forall(outer, exists(inner, app("P", {use(outer), use(inner)})));
  EXPECT_EQ(p(e), "\\A x : \\E x_1 : P(x, x_1)");
  // A free constant x substituted under a binder x.
  auto constant = makeDecl(DeclKind::Constant, "x");
  auto y = var("x");
  EXPECT_EQ(p(forall(y, eq(use(y), use(constant)))), "\\A x_1 : x_1 = x");
  // x_1 is taken as well: the next free suffix is used.
  auto taken = var("x_1");
  auto z = var("x");
  EXPECT_EQ(p(forall(taken, forall(z, app("P", {use(taken), use(z), use(constant)})))),
            "\\A x_1 : \\A x_2 : P(x_1, x_2, x)");
  // Sibling scopes reuse the plain name.
  auto s1 = var("x");
  auto s2 = var("x");
  EXPECT_EQ(p(conj({forall(s1, use(s1)), forall(s2, use(s2))})), "(\\A x : x) /\\ \\A x : x");
  // Unresolved trees refer by name and are printed as they are.
  auto u1 = var("x");
  auto u2 = var("x");
  EXPECT_EQ(p(forall(u1, exists(u2, id("x")))), "\\A x : \\E x : x");
  // Operator parameters and NEW symbols take part too.
  auto prm = param("x");
  auto bound = var("x");
  auto def = opDef("Op", {prm}, forall(bound, eq(use(bound), use(prm))));
  EXPECT_EQ(printDecl(*def), "Op(x) == \\A x_1 : x_1 = x");
}

TEST(Printer, InstantiatedCopies) {
  Module m;
  m.name = "Main";
  auto origin = opDef("Op", {param("p")}, num("1"));
  auto copy = opDef("Op", {param("p")}, num("1"));
  copy->origin = origin.get();
  copy->owner = &m;
  auto plusOrigin = opDef("+", {param("a"), param("b")}, num("1"));
  auto plusCopy = opDef("+", {param("a"), param("b")}, num("1"));
  plusCopy->origin = plusOrigin.get();
  plusCopy->owner = &m;
  auto unnamedOrigin = opDef("Other", {}, num("2"));
  auto unnamedCopy = opDef("Other", {}, num("1"));
  unnamedCopy->origin = unnamedOrigin.get();
  unnamedCopy->owner = &m;

  auto inst = makeDecl(DeclKind::Instance, "I");
  inst->instance = std::make_shared<Instance>();
  inst->instance->moduleName = "M";
  inst->instance->copies = {copy, plusCopy};
  Unit named(UnitKind::Instance);
  named.decls = {inst};
  named.instance = inst->instance;
  Unit unnamed(UnitKind::Instance);
  unnamed.instance = std::make_shared<Instance>();
  unnamed.instance->copies = {unnamedCopy};
  m.units.push_back(named);
  m.units.push_back(unnamed);

  EXPECT_EQ(p(app("Op", {num("1")}, copy.get())), "I!Op(1)");
  EXPECT_EQ(p(app("+", {a(), b()}, plusCopy.get())), "I!+(a, b)");
  EXPECT_EQ(p(id("Other", unnamedCopy.get())), "Other");

  // A parameterized instance I(x): the leading arguments instantiate x.
  inst->params = {param("x")};
  EXPECT_EQ(p(app("Op", {num("7"), num("1")}, copy.get())), "I(7)!Op(1)");
}

TEST(Printer, Declarations) {
  auto x = param("x");
  auto y = param("y");
  EXPECT_EQ(printDecl(*opDef("\\prec", {x, y}, bi(BuiltinOp::In, {use(x), use(y)}))), "x \\prec y == x \\in y");
  EXPECT_EQ(printDecl(*opDef("-.", {x}, minus(num("0"), use(x)))), "-. x == 0 - x");
  EXPECT_EQ(printDecl(*opDef("^+", {x}, use(x))), "x ^+ == x");
  auto f = param("F", 1);
  EXPECT_EQ(printDecl(*opDef("Op", {f, x}, app("F", {use(x)}, f.get()))), "Op(F(_), x) == F(x)");
  auto plusParam = param("+", 2);
  EXPECT_EQ(printDecl(*opDef("Op", {plusParam}, num("1"))), "Op(_ + _) == 1");

  auto n = var("n");
  auto fn = makeDecl(DeclKind::Function, "fact");
  fn->body = binding(ExprKind::FuncCons, {binder({n}, id("Nat"))},
                     ifte(eq(use(n), num("0")), num("1"),
                          times(use(n), node(ExprKind::FuncApp, {id("fact", fn.get()), minus(use(n), num("1"))}))));
  EXPECT_EQ(printDecl(*fn), "fact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]");

  auto k = makeDecl(DeclKind::Constant, "F");
  k->arity = 2;
  EXPECT_EQ(printDecl(*k), "CONSTANT F(_, _)");
  EXPECT_EQ(printDecl(*makeDecl(DeclKind::Variable, "v")), "VARIABLE v");
  auto rec = makeDecl(DeclKind::Recursive, "R");
  rec->arity = 1;
  EXPECT_EQ(printDecl(*rec), "RECURSIVE R(_)");
  auto local = opDef("L", {}, num("1"));
  local->local = true;
  EXPECT_EQ(printDecl(*local), "LOCAL L == 1");

  auto inst = makeDecl(DeclKind::Instance, "I");
  inst->params = {param("p")};
  inst->instance = std::make_shared<Instance>();
  inst->instance->moduleName = "M";
  inst->instance->with = {{"c", {}, num("1"), nullptr}, {"v", {}, id("x"), nullptr}};
  EXPECT_EQ(printDecl(*inst), "I(p) == INSTANCE M WITH c <- 1, v <- x");

  auto nw = makeDecl(DeclKind::NewSymbol, "S");
  nw->body = id("T");
  EXPECT_EQ(printDecl(*nw), "NEW S \\in T");
  auto act = makeDecl(DeclKind::NewSymbol, "A");
  act->newKind = NewKind::Action;
  EXPECT_EQ(printDecl(*act), "NEW ACTION A");
}

// ASSUME NEW x \in S, P(x) PROVE Q(x)
ExprPtr sampleSequent() {
  auto x = makeDecl(DeclKind::NewSymbol, "x");
  x->body = id("S");
  auto s = node(ExprKind::Sequent, {app("Q", {use(x)})});
  s->hyps = {{x, nullptr}, {nullptr, app("P", {use(x)})}};
  return s;
}

TEST(Printer, Sequents) {
  auto s = sampleSequent();
  EXPECT_EQ(p(s), "ASSUME NEW x \\in S, P(x) PROVE Q(x)");
  EXPECT_EQ(printSequent(*s), "ASSUME NEW x \\in S,\n       P(x)\nPROVE  Q(x)");
  EXPECT_EQ(printSequent(*a()), "a");

  auto v = makeDecl(DeclKind::Variable, "v");
  auto k = makeDecl(DeclKind::Constant, "k");
  auto goal = eq(use(v), use(k));
  std::vector<SequentLine> lines{{v.get(), nullptr, nullptr}, {k.get(), id("Nat").get(), nullptr}};
  auto dom = id("Nat");
  lines[1].domain = dom.get();
  auto nested = sampleSequent();
  lines.push_back({nullptr, nullptr, nested.get()});
  EXPECT_EQ(printSequent(lines, *goal),
            "ASSUME NEW VARIABLE v,\n       NEW k \\in Nat,\n       ASSUME NEW x \\in S, P(x) PROVE Q(x)\n"
            "PROVE  v = k");
}

StepPtr makeStep(StepKind kind, std::string label, ExprPtr e = nullptr, ProofPtr proof = nullptr) {
  auto s = std::make_shared<ProofStep>();
  s->kind = kind;
  s->level = 1;
  s->levelText = "<1>";
  s->label = label;
  s->name = label.empty() ? "" : "<1>" + label;
  s->expr = std::move(e);
  s->proof = std::move(proof);
  return s;
}

ProofPtr leaf(ProofKind kind) {
  auto pr = std::make_shared<Proof>();
  pr->kind = kind;
  return pr;
}

TEST(Printer, EveryProofStepKind) {
  auto by = leaf(ProofKind::By);
  auto cite = makeExpr(ExprKind::StepRef);
  cite->name = "<1>1";
  by->by.facts = {cite, a()};
  by->by.defs = {id("Op")};
  auto onlyBy = leaf(ProofKind::By);
  onlyBy->by.only = true;
  onlyBy->by.defs = {id("Op"), id("Other")};

  auto pr = std::make_shared<Proof>();
  pr->kind = ProofKind::Steps;
  pr->steps.push_back(makeStep(StepKind::Assert, "1", a(), leaf(ProofKind::Obvious)));
  pr->steps.push_back(makeStep(StepKind::Assert, "2", sampleSequent(), leaf(ProofKind::Omitted)));
  pr->steps.push_back(makeStep(StepKind::Suffices, "3", sampleSequent()));
  pr->steps.push_back(makeStep(StepKind::Case, "4", eq(a(), b()), by));
  auto x = var("x");
  auto pick = makeStep(StepKind::Pick, "5", app("P", {use(x)}), onlyBy);
  pick->binders = {binder({x}, id("S"))};
  pr->steps.push_back(pick);
  auto y = var("y");
  auto take = makeStep(StepKind::Take, "");
  take->binders = {binder({y}, id("S"))};
  pr->steps.push_back(take);
  auto witness = makeStep(StepKind::Witness, "");
  witness->exprs = {num("1"), num("2")};
  pr->steps.push_back(witness);
  pr->steps.push_back(makeStep(StepKind::Have, "", b()));
  auto define = makeStep(StepKind::Define, "");
  define->defs = {opDef("D", {}, num("1")), opDef("E", {}, num("2"))};
  pr->steps.push_back(define);
  auto useStep = makeStep(StepKind::Use, "");
  useStep->use.facts = {cite};
  pr->steps.push_back(useStep);
  auto hide = makeStep(StepKind::Hide, "");
  hide->use.defs = {id("D")};
  pr->steps.push_back(hide);
  auto inst = makeStep(StepKind::Instance, "");
  inst->instanceDecl = makeDecl(DeclKind::Instance, "");
  inst->instanceDecl->instance = std::make_shared<Instance>();
  inst->instanceDecl->instance->moduleName = "M";
  pr->steps.push_back(inst);

  auto sub = std::make_shared<Proof>();
  sub->kind = ProofKind::Steps;
  sub->proofKeyword = true;
  auto subQed = makeStep(StepKind::Qed, "", nullptr, leaf(ProofKind::Obvious));
  subQed->level = 2;
  subQed->levelText = "<2>";
  sub->steps.push_back(subQed);
  pr->steps.push_back(makeStep(StepKind::Qed, "", nullptr, sub));

  EXPECT_EQ(printProof(*pr),
            "<1>1. a\n"
            "  OBVIOUS\n"
            "<1>2. ASSUME NEW x \\in S,\n"
            "             P(x)\n"
            "      PROVE  Q(x)\n"
            "  OMITTED\n"
            "<1>3. SUFFICES ASSUME NEW x \\in S,\n"
            "                      P(x)\n"
            "               PROVE  Q(x)\n"
            "<1>4. CASE a = b\n"
            "  BY <1>1, a DEF Op\n"
            "<1>5. PICK x \\in S : P(x)\n"
            "  BY ONLY DEF Op, Other\n"
            "<1> TAKE y \\in S\n"
            "<1> WITNESS 1, 2\n"
            "<1> HAVE b\n"
            "<1> DEFINE D == 1\n"
            "           E == 2\n"
            "<1> USE <1>1\n"
            "<1> HIDE DEF D\n"
            "<1> INSTANCE M\n"
            "<1> QED\n"
            "  PROOF\n"
            "  <2> QED\n"
            "    OBVIOUS");
  EXPECT_EQ(printProof(*by, 4), "    BY <1>1, a DEF Op");
}

TEST(Printer, Module) {
  Module m;
  m.name = "Spec";
  m.extends = {{"Naturals", {}}, {"Sequences", {}}};
  Unit consts(UnitKind::Constants);
  auto n = makeDecl(DeclKind::Constant, "N");
  consts.decls = {n, makeDecl(DeclKind::Constant, "M")};
  Unit vars(UnitKind::Variables);
  auto x = makeDecl(DeclKind::Variable, "x");
  vars.decls = {x};
  Unit init(UnitKind::Definition);
  init.decls = {opDef("Init", {}, eq(use(x), num("0")))};
  Unit sep(UnitKind::Separator);
  Unit assume(UnitKind::Assumption);
  auto asm_ = makeDecl(DeclKind::Assumption, "");
  asm_->body = bi(BuiltinOp::In, {use(n), id("Nat")});
  assume.decls = {asm_};
  Unit thm(UnitKind::Theorem);
  auto t = makeDecl(DeclKind::Theorem, "T");
  t->theoremKeyword = "LEMMA";
  t->body = sampleSequent();
  t->proof = leaf(ProofKind::Obvious);
  thm.decls = {t};
  Unit useUnit(UnitKind::Use);
  useUnit.use.defs = {id("Init")};
  auto subm = std::make_shared<Module>();
  subm->name = "Inner";
  Unit inner(UnitKind::Submodule);
  inner.submodule = subm;
  m.units = {consts, vars, init, sep, assume, thm, useUnit, inner};
  EXPECT_EQ(printModule(m),
            "---- MODULE Spec ----\n"
            "EXTENDS Naturals, Sequences\n"
            "CONSTANT N, M\n"
            "VARIABLE x\n"
            "Init == x = 0\n"
            "----\n"
            "ASSUME N \\in Nat\n"
            "LEMMA T == ASSUME NEW x \\in S,\n"
            "                  P(x)\n"
            "           PROVE  Q(x)\n"
            "  OBVIOUS\n"
            "USE DEF Init\n"
            "---- MODULE Inner ----\n"
            "====\n"
            "====\n");
}

TEST(AstEqual, IgnoresRangesComparesStructure) {
  auto e1 = plus(a(), b());
  auto e2 = plus(a(), b());
  e2->range.begin.line = 7;
  EXPECT_TRUE(equalExpr(*e1, *e2));
  std::string why;
  EXPECT_FALSE(equalExpr(*e1, *plus(a(), c()), &why));
  EXPECT_NE(why.find("reference"), std::string::npos) << why;
  EXPECT_FALSE(equalExpr(*conj({a(), b()}), *bulleted(BuiltinOp::And, {a(), b()})));
  EXPECT_FALSE(equalExpr(*plus(a(), b()), *minus(a(), b())));
}

TEST(AstEqual, ResolvedReferencesFollowBinders) {
  auto x1 = var("x");
  auto x2 = var("x");
  // Same shape, each body refers to its own binder.
  EXPECT_TRUE(equalExpr(*forall(x1, use(x1)), *forall(x2, use(x2))));
  // Inner body refers to the outer binder on one side only.
  auto o1 = var("x");
  auto i1 = var("x");
  auto o2 = var("x");
  auto i2 = var("x");
  EXPECT_FALSE(equalExpr(*forall(o1, forall(i1, use(o1))), *forall(o2, forall(i2, use(i2)))));
  EXPECT_TRUE(equalExpr(*forall(o1, forall(i1, use(o1))), *forall(o2, forall(i2, use(o2)))));
  // Free symbols: the same decl, or the same name in a module of the same name.
  Module m1;
  m1.name = "M";
  Module m2;
  m2.name = "M";
  auto k1 = makeDecl(DeclKind::Constant, "k");
  auto k2 = makeDecl(DeclKind::Constant, "k");
  EXPECT_FALSE(equalExpr(*use(k1), *use(k2)));
  k1->owner = &m1;
  k2->owner = &m2;
  EXPECT_TRUE(equalExpr(*use(k1), *use(k2)));
  // One side unresolved: names decide.
  EXPECT_TRUE(equalExpr(*use(k1), *id("k")));
}

TEST(AstEqual, DeclarationsAndProofs) {
  auto p1 = param("x");
  auto p2 = param("x");
  EXPECT_TRUE(equalDecl(*opDef("Op", {p1}, use(p1)), *opDef("Op", {p2}, use(p2))));
  EXPECT_FALSE(equalDecl(*opDef("Op", {p1}, use(p1)), *opDef("Op2", {p2}, use(p2))));
  auto pr1 = leaf(ProofKind::By);
  pr1->by.facts = {a()};
  auto pr2 = leaf(ProofKind::By);
  pr2->by.facts = {a()};
  EXPECT_TRUE(equalProof(*pr1, *pr2));
  pr2->by.only = true;
  EXPECT_FALSE(equalProof(*pr1, *pr2));
}

}  // namespace
}  // namespace tlapx::test
