// Parser tests: the AST shape of every construct, operator precedence and
// associativity, junction lists and the column rule, modules and proofs.
#include <gtest/gtest.h>

#include <string>

#include "frontend/operators.hpp"
#include "tests/frontend/ast_sexpr.hpp"

namespace tlapx::test {
namespace {

// The S-expression of a standalone expression; fails the test on parse errors.
std::string E(std::string text) {
  ParsedExpr p(std::move(text));
  EXPECT_FALSE(p.diags.hasErrors()) << p.diags.renderAll();
  return p.expr ? sexpr(*p.expr) : "<null>";
}

// Parses a module; fails the test on parse errors.
ModulePtr M(ParsedModule& p) {
  EXPECT_FALSE(p.diags.hasErrors()) << p.diags.renderAll();
  EXPECT_TRUE(p.module != nullptr);
  return p.module;
}

// Body of the definition named `name` in a module.
std::string defBody(const Module& m, const std::string& name) {
  for (const auto& u : m.units)
    for (const auto& d : u.decls)
      if (d->name == name && d->body) return sexpr(*d->body);
  return "<missing " + name + ">";
}

std::string wrapModule(const std::string& body) {
  return "---- MODULE T ----\n" + body + "\n====\n";
}

// ------------------------------------------------------------- precedence ---

TEST(ParserPrecedence, Arithmetic) {
  EXPECT_EQ(E("a + b * c"), "(+ a (* b c))");
  EXPECT_EQ(E("a * b + c"), "(+ (* a b) c)");
  EXPECT_EQ(E("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(E("a + b + c"), "(+ (+ a b) c)");
  EXPECT_EQ(E("a * (b + c)"), "(* a (+ b c))");
  EXPECT_EQ(E("a ^ b * c"), "(* (^ a b) c)");
  EXPECT_EQ(E("(a % b) + c"), "(+ (% a b) c)");  // % (10-11) and + (10-10) overlap
  EXPECT_EQ(E("a \\div b"), "(\\div a b)");
}

TEST(ParserPrecedence, UnaryMinus) {
  EXPECT_EQ(E("-a + b"), "(+ (-. a) b)");
  EXPECT_EQ(E("-a * b"), "(-. (* a b))");
  EXPECT_EQ(E("-a ^ 2"), "(-. (^ a 2))");
  EXPECT_EQ(E("a - -b"), "(- a (-. b))");
  EXPECT_EQ(E("-.a"), "(-. a)");
}

TEST(ParserPrecedence, LogicAndRelations) {
  EXPECT_EQ(E("a + b = c"), "(= (+ a b) c)");
  EXPECT_EQ(E("a = b /\\ c"), "(and (= a b) c)");
  EXPECT_EQ(E("a /\\ b /\\ c"), "(and a b c)");
  EXPECT_EQ(E("(a /\\ b) /\\ c"), "(and (and a b) c)");
  EXPECT_EQ(E("a \\/ b \\/ c"), "(or a b c)");
  EXPECT_EQ(E("a \\/ b => c"), "(=> (or a b) c)");
  EXPECT_EQ(E("a => b <=> c"), "(=> a (<=> b c))");
  EXPECT_EQ(E("~ a = b"), "(not (= a b))");
  EXPECT_EQ(E("~a /\\ b"), "(and (not a) b)");
  EXPECT_EQ(E("~ ~ a"), "(not (not a))");
  EXPECT_EQ(E("x \\in S \\cup T"), "(in x (cup S T))");
  EXPECT_EQ(E("x \\notin S"), "(notin x S)");
  EXPECT_EQ(E("S \\subseteq T"), "(subseteq S T)");
  EXPECT_EQ(E("S \\ T"), "(setminus S T)");
  EXPECT_EQ(E("a # b"), "(# a b)");
  EXPECT_EQ(E("P ~> Q"), "(~> P Q)");
  EXPECT_EQ(E("P -+-> Q"), "(-+-> P Q)");
}

TEST(ParserPrecedence, SetsAndRanges) {
  EXPECT_EQ(E("1..N"), "(.. 1 N)");
  EXPECT_EQ(E("1 .. N + 1"), "(.. 1 (+ N 1))");
  EXPECT_EQ(E("x \\in 1..N"), "(in x (.. 1 N))");
  EXPECT_EQ(E("S \\cup T \\cup U"), "(cup (cup S T) U)");
  EXPECT_EQ(E("SUBSET S \\X T"), "(SUBSET (X S T))");
  EXPECT_EQ(E("DOMAIN f \\cup g"), "(cup (DOMAIN f) g)");
  EXPECT_EQ(E("UNION {S, T}"), "(UNION (set S T))");
  EXPECT_EQ(E("DOMAIN f[x]"), "(DOMAIN (app f x))");
}

TEST(ParserPrecedence, CartesianProductIsNary) {
  EXPECT_EQ(E("A \\X B"), "(X A B)");
  EXPECT_EQ(E("A \\X B \\X C"), "(X A B C)");
  EXPECT_EQ(E("(A \\X B) \\X C"), "(X (X A B) C)");
  EXPECT_EQ(E("A \\X (B \\X C)"), "(X A (X B C))");
  EXPECT_EQ(E("x \\in A \\X B"), "(in x (X A B))");
  EXPECT_EQ(E("A \\times B"), "(X A B)");
}

TEST(ParserPrecedence, UserOperators) {
  EXPECT_EQ(E("a \\o b \\o c"), "(\\o (\\o a b) c)");
  EXPECT_EQ(E("f @@ a :> b"), "(@@ f (:> a b))");
  EXPECT_EQ(E("a :> 1 @@ b :> 2"), "(@@ (:> a 1) (:> b 2))");
  EXPECT_EQ(E("a \\prec b"), "(\\prec a b)");
  EXPECT_EQ(E("s \\o t = u"), "(= (\\o s t) u)");
  EXPECT_EQ(E("a ++ b ** c"), "(++ a (** b c))");
  EXPECT_EQ(E("a | b"), "(| a b)");
  EXPECT_EQ(E("a || b"), "(|| a b)");
  EXPECT_EQ(E("a && b"), "(&& a b)");
  EXPECT_EQ(E("a $$ b"), "($$ a b)");
  EXPECT_EQ(E("a ?? b"), "(?? a b)");
  EXPECT_EQ(E("a !! b"), "(!! a b)");
  EXPECT_EQ(E("a ## b"), "(## a b)");
  EXPECT_EQ(E("a := b"), "(:= a b)");
  EXPECT_EQ(E("a ::= b"), "(::= a b)");
  EXPECT_EQ(E("a |- b"), "(|- a b)");
  EXPECT_EQ(E("a -| b"), "(-| a b)");
  EXPECT_EQ(E("a |= b"), "(|= a b)");
  EXPECT_EQ(E("a =| b"), "(=| a b)");
  EXPECT_EQ(E("a <: b"), "(<: a b)");
  EXPECT_EQ(E("a ... b"), "(... a b)");
  EXPECT_EQ(E("a \\sqcup b"), "(\\sqcup a b)");
  EXPECT_EQ(E("a \\uplus b"), "(\\uplus a b)");
  EXPECT_EQ(E("a \\wr b"), "(\\wr a b)");
  EXPECT_EQ(E("a \\star b"), "(\\star a b)");
  EXPECT_EQ(E("a \\bullet b"), "(\\bullet a b)");
  EXPECT_EQ(E("a \\bigcirc b"), "(\\bigcirc a b)");
  EXPECT_EQ(E("a \\approx b"), "(\\approx a b)");
  EXPECT_EQ(E("a \\sqsubseteq b"), "(\\sqsubseteq a b)");
  EXPECT_EQ(E("a ^^ b"), "(^^ a b)");
  EXPECT_EQ(E("a & b"), "(& a b)");
  EXPECT_EQ(E("a // b"), "(// a b)");
  EXPECT_EQ(E("a -- b"), "(-- a b)");
  EXPECT_EQ(E("a %% b"), "(%% a b)");
  EXPECT_EQ(E("a $ b"), "($ a b)");
}

TEST(ParserPrecedence, PostfixAndApplication) {
  EXPECT_EQ(E("x' = x + 1"), "(= (prime x) (+ x 1))");
  EXPECT_EQ(E("f'[x]"), "(app (prime f) x)");
  EXPECT_EQ(E("f[x]'"), "(prime (app f x))");
  EXPECT_EQ(E("x''"), "(prime (prime x))");
  EXPECT_EQ(E("r.a.b"), "(. (. r a) b)");
  EXPECT_EQ(E("f[x][y]"), "(app (app f x) y)");
  EXPECT_EQ(E("f[x, y]"), "(app f x y)");
  EXPECT_EQ(E("r.a[1]"), "(app (. r a) 1)");
  EXPECT_EQ(E("R^+"), "(^+ R)");
  EXPECT_EQ(E("R^*"), "(^* R)");
  EXPECT_EQ(E("R^#"), "(^# R)");
  EXPECT_EQ(E("-x'"), "(-. (prime x))");
}

TEST(ParserPrecedence, TemporalAndActions) {
  EXPECT_EQ(E("[]P => Q"), "(=> ([] P) Q)");
  EXPECT_EQ(E("[][Next]_vars"), "([] ([]_ Next vars))");
  EXPECT_EQ(E("<>[]P"), "(<> ([] P))");
  EXPECT_EQ(E("[]<>P ~> Q"), "(~> ([] (<> P)) Q)");
  EXPECT_EQ(E("ENABLED A /\\ B"), "(and (ENABLED A) B)");
  EXPECT_EQ(E("UNCHANGED <<x, y>>"), "(UNCHANGED (tuple x y))");
  EXPECT_EQ(E("UNCHANGED x /\\ y' = 1"), "(and (UNCHANGED x) (= (prime y) 1))");
  EXPECT_EQ(E("A \\cdot B"), "(cdot A B)");
  EXPECT_EQ(E("~ENABLED A"), "(not (ENABLED A))");
  EXPECT_EQ(E("[][Next]_vars /\\ WF_vars(Next)"), "(and ([] ([]_ Next vars)) (WF vars Next))");
}

TEST(ParserPrecedence, Synonyms) {
  EXPECT_EQ(E("a \\leq b"), "(=< a b)");
  EXPECT_EQ(E("a <= b"), "(=< a b)");
  EXPECT_EQ(E("a =< b"), "(=< a b)");
  EXPECT_EQ(E("a \\geq b"), "(>= a b)");
  EXPECT_EQ(E("a /= b"), "(# a b)");
  EXPECT_EQ(E("a \\circ b"), "(\\o a b)");
  EXPECT_EQ(E("a (+) b"), "(\\oplus a b)");
  EXPECT_EQ(E("a (-) b"), "(\\ominus a b)");
  EXPECT_EQ(E("a (.) b"), "(\\odot a b)");
  EXPECT_EQ(E("a (/) b"), "(\\oslash a b)");
  EXPECT_EQ(E("a (\\X) b"), "(\\otimes a b)");
  EXPECT_EQ(E("S \\union T"), "(cup S T)");
  EXPECT_EQ(E("S \\intersect T"), "(cap S T)");
  EXPECT_EQ(E("\\lnot a"), "(not a)");
  EXPECT_EQ(E("\\neg a"), "(not a)");
  EXPECT_EQ(E("a \\land b"), "(and a b)");
  EXPECT_EQ(E("a \\lor b"), "(or a b)");
  EXPECT_EQ(E("a \\equiv b"), "(<=> a b)");
}

TEST(ParserPrecedence, Unicode) {
  EXPECT_EQ(E("\u2200 x \u2208 S : x \u2264 y"), "(A [x in S] (=< x y))");
  EXPECT_EQ(E("\u2203 x : x \u2260 y"), "(E [x] (# x y))");
  EXPECT_EQ(E("a \u2227 b \u21D2 \u00ACc"), "(=> (and a b) (not c))");
  EXPECT_EQ(E("a \u2228 b \u21D4 c"), "(<=> (or a b) c)");
  EXPECT_EQ(E("\u27E8a, b\u27E9"), "(tuple a b)");
  EXPECT_EQ(E("\u25A1P \u2227 \u25C7Q"), "(and ([] P) (<> Q))");
  EXPECT_EQ(E("(S \u222A T) \u2229 U"), "(cap (cup S T) U)");
  EXPECT_EQ(E("S \u00D7 T"), "(X S T)");
  EXPECT_EQ(E("a \u2218 b"), "(\\o a b)");
  EXPECT_EQ(E("a \u2295 b"), "(\\oplus a b)");
  EXPECT_EQ(E("a \u227A b"), "(\\prec a b)");
  EXPECT_EQ(E("S \u2286 T"), "(subseteq S T)");
  EXPECT_EQ(E("x \u2209 S"), "(notin x S)");
  EXPECT_EQ(E("[x \u2208 S \u21A6 x]"), "(fn [x in S] x)");
  EXPECT_EQ(E("[S \u2192 T]"), "(funset S T)");
  EXPECT_EQ(E("a \u2265 b"), "(>= a b)");
  EXPECT_EQ(E("\u27E8A\u27E9_v"), "(<>_ A v)");
  EXPECT_EQ(E("P \u219D Q"), "(~> P Q)");
  EXPECT_EQ(E("a \u2261 b"), "(<=> a b)");
  EXPECT_EQ(E("x\u2032"), "(prime x)");
  EXPECT_EQ(E("1 \u2025 2"), "(.. 1 2)");
  EXPECT_EQ(E("a \u25CF b"), "(\\bullet a b)");
}

TEST(ParserOperators, CanonicalNames) {
  EXPECT_EQ(canonicalOperatorName("\\leq", Fixity::Infix), "=<");
  EXPECT_EQ(canonicalOperatorName("<=", Fixity::Infix), "=<");
  EXPECT_EQ(canonicalOperatorName("\u2264", Fixity::Infix), "=<");
  EXPECT_EQ(canonicalOperatorName("-", Fixity::Prefix), "-.");
  EXPECT_EQ(canonicalOperatorName("-", Fixity::Infix), "-");
  EXPECT_EQ(canonicalOperatorName("\\times", Fixity::Infix), "\\X");
  EXPECT_EQ(canonicalOperatorName("(+)", Fixity::Infix), "\\oplus");
  EXPECT_EQ(canonicalOperatorName("\\circ", Fixity::Infix), "\\o");
  EXPECT_EQ(canonicalOperatorName("foo", Fixity::Infix), "");
  const OperatorInfo* cdot = findOperatorByName("\\cdot", Fixity::Infix);
  ASSERT_NE(cdot, nullptr);
  EXPECT_EQ(cdot->low, 5);
  EXPECT_EQ(cdot->high, 14);
  EXPECT_TRUE(cdot->builtin.has_value());
  const OperatorInfo* plus = findOperatorByName("+", Fixity::Infix);
  ASSERT_NE(plus, nullptr);
  EXPECT_FALSE(plus->builtin.has_value());
  EXPECT_EQ(plus->assoc, Assoc::Left);
}

// ------------------------------------------------------------- literals ---

TEST(ParserLiterals, Numbers) {
  EXPECT_EQ(E("42"), "42");
  EXPECT_EQ(E("\\b101"), "5");
  EXPECT_EQ(E("\\B11"), "3");
  EXPECT_EQ(E("\\o17"), "15");
  EXPECT_EQ(E("\\O777"), "511");
  EXPECT_EQ(E("\\h1F"), "31");
  EXPECT_EQ(E("\\Hff"), "255");
  EXPECT_EQ(E("\\h123456789ABCDEF0123"), "5373003642731685151011");
  EXPECT_EQ(E("3.14"), "3.14");
  EXPECT_EQ(E("1..2"), "(.. 1 2)");
}

TEST(ParserLiterals, StringsAndConstants) {
  EXPECT_EQ(E("\"abc\""), "\"abc\"");
  EXPECT_EQ(E("\"a\\\"b\\\\c\\td\""), "\"a\"b\\c\td\"");
  EXPECT_EQ(E("\"x\\ny\""), "\"x\ny\"");
  EXPECT_EQ(E("TRUE /\\ FALSE"), "(and TRUE FALSE)");
  EXPECT_EQ(E("x \\in BOOLEAN"), "(in x BOOLEAN)");
  EXPECT_EQ(E("s \\in STRING"), "(in s STRING)");
}

TEST(ParserLiterals, Comments) {
  EXPECT_EQ(E("a (* c (* nested *) *) + b \\* line\n"), "(+ a b)");
  EXPECT_EQ(E("(* lead *) x"), "x");
}

// ------------------------------------------------------- junction lists ---

TEST(ParserJunctions, SimpleLists) {
  EXPECT_EQ(E("/\\ a\n/\\ b\n/\\ c"), "(and* a b c)");
  EXPECT_EQ(E("\\/ a\n\\/ b"), "(or* a b)");
  EXPECT_EQ(E("/\\ a"), "(and* a)");
}

TEST(ParserJunctions, NestedLists) {
  EXPECT_EQ(E("/\\ a\n/\\ \\/ b\n   \\/ c\n/\\ d"), "(and* a (or* b c) d)");
  EXPECT_EQ(E("/\\ /\\ a\n   /\\ b\n/\\ c"), "(and* (and* a b) c)");
  EXPECT_EQ(E("  \\/ /\\ a\n     /\\ b\n  \\/ c"), "(or* (and* a b) c)");
}

TEST(ParserJunctions, ColumnRule) {
  // An infix /\ right of the bullet column belongs to the item.
  EXPECT_EQ(E("/\\ a\n   /\\ b"), "(and* (and a b))");
  // A token left of the bullets ends the list.
  EXPECT_EQ(E("  /\\ a\n  /\\ b\n=> c"), "(=> (and* a b) c)");
  // An item may continue on the next lines, right of the bullet.
  EXPECT_EQ(E("/\\ x =\n     1\n/\\ y"), "(and* (= x 1) y)");
  // A different bullet at the same column ends the list; it is then infix.
  EXPECT_EQ(E(" /\\ a\n /\\ b\n \\/ c"), "(or (and* a b) c)");
  // The items' quantifier bodies stop at the next bullet.
  EXPECT_EQ(E("/\\ \\A x : P(x)\n/\\ Q"), "(and* (A [x] (P x)) Q)");
  // Parentheses suspend the rule.
  EXPECT_EQ(E("/\\ (a +\nb)\n/\\ c"), "(and* (+ a b) c)");
  // IF/THEN/ELSE inside an item.
  EXPECT_EQ(E("/\\ IF a\n   THEN b\n   ELSE c\n/\\ d"), "(and* (if a b c) d)");
}

TEST(ParserJunctions, ListAsOperand) {
  EXPECT_EQ(E("x = /\\ a\n    /\\ b"), "(= x (and* a b))");
  EXPECT_EQ(E("\\A x : /\\ a\n       /\\ b"), "(A [x] (and* a b))");
  EXPECT_EQ(E("~ /\\ a\n  /\\ b"), "(not (and* a b))");
}

TEST(ParserJunctions, ListInModuleDefinition) {
  ParsedModule p(wrapModule("Next == /\\ x' = x + 1\n        /\\ y' = y\nInit == x = 0"));
  auto m = M(p);
  ASSERT_TRUE(m);
  EXPECT_EQ(defBody(*m, "Next"), "(and* (= (prime x) (+ x 1)) (= (prime y) y))");
  EXPECT_EQ(defBody(*m, "Init"), "(= x 0)");
}

// ------------------------------------------------------ binding constructs ---

TEST(ParserBinders, Quantifiers) {
  EXPECT_EQ(E("\\A x, y \\in S, z \\in T : P"), "(A [x y in S] [z in T] P)");
  EXPECT_EQ(E("\\E x : P"), "(E [x] P)");
  EXPECT_EQ(E("\\E x, y : P"), "(E [x y] P)");
  EXPECT_EQ(E("\\E <<x, y>> \\in S : P"), "(E [<<x y>> in S] P)");
  EXPECT_EQ(E("\\AA x, y : P"), "(AA [x y] P)");
  EXPECT_EQ(E("\\EE x : P"), "(EE [x] P)");
  EXPECT_EQ(E("\\A x : P /\\ Q"), "(A [x] (and P Q))");
  EXPECT_EQ(E("\\A x \\in S \\cup T : P"), "(A [x in (cup S T)] P)");
  EXPECT_EQ(E("a /\\ \\E x : P"), "(and a (E [x] P))");
}

TEST(ParserBinders, Choose) {
  EXPECT_EQ(E("CHOOSE x \\in S : P"), "(choose [x in S] P)");
  EXPECT_EQ(E("CHOOSE x : P"), "(choose [x] P)");
  EXPECT_EQ(E("CHOOSE <<a, b>> : P"), "(choose [<<a b>>] P)");
  EXPECT_EQ(E("CHOOSE <<a, b>> \\in S : P"), "(choose [<<a b>> in S] P)");
}

TEST(ParserBinders, Sets) {
  EXPECT_EQ(E("{}"), "(set)");
  EXPECT_EQ(E("{a, b}"), "(set a b)");
  EXPECT_EQ(E("{x \\in S : P(x)}"), "(filter [x in S] (P x))");
  EXPECT_EQ(E("{<<x, y>> \\in S : x = y}"), "(filter [<<x y>> in S] (= x y))");
  EXPECT_EQ(E("{f(x) : x \\in S, y \\in T}"), "(map (f x) [x in S] [y in T])");
  EXPECT_EQ(E("{x + y : x, y \\in S}"), "(map (+ x y) [x y in S])");
  EXPECT_EQ(E("{<<x, y>> : <<x, y>> \\in S}"), "(map (tuple x y) [<<x y>> in S])");
  EXPECT_EQ(E("{x \\in S}"), "(set (in x S))");
  EXPECT_EQ(E("{a, b \\in S}"), "(set a (in b S))");
}

TEST(ParserBinders, Functions) {
  EXPECT_EQ(E("[x \\in S |-> x + 1]"), "(fn [x in S] (+ x 1))");
  EXPECT_EQ(E("[x, y \\in S, z \\in T |-> e]"), "(fn [x y in S] [z in T] e)");
  EXPECT_EQ(E("[<<a, b>> \\in S |-> a]"), "(fn [<<a b>> in S] a)");
  EXPECT_EQ(E("[S -> T]"), "(funset S T)");
  EXPECT_EQ(E("[S -> [T -> U]]"), "(funset S (funset T U))");
  EXPECT_EQ(E("LAMBDA x, y : x + y"), "(lambda (x y) (+ x y))");
}

// --------------------------------------------------------- constructors ---

TEST(ParserConstructors, RecordsAndTuples) {
  EXPECT_EQ(E("[a |-> 1, b |-> 2]"), "(record (a 1) (b 2))");
  EXPECT_EQ(E("[a : S, b : T]"), "(recset (a S) (b T))");
  EXPECT_EQ(E("<<>>"), "(tuple)");
  EXPECT_EQ(E("<<a, b>>"), "(tuple a b)");
  EXPECT_EQ(E("<<a, <<b, c>>>>"), "(tuple a (tuple b c))");
  EXPECT_EQ(E("r.type"), "(. r type)");
}

TEST(ParserConstructors, Except) {
  EXPECT_EQ(E("[f EXCEPT ![a][b].c = @ + 1, !.d = 2]"),
            "(except f (![a][b].c (+ @ 1)) (!.d 2))");
  EXPECT_EQ(E("[f EXCEPT ![a, b] = 1]"), "(except f (![a b] 1))");
  EXPECT_EQ(E("[r EXCEPT !.x = @ \\cup {1}]"), "(except r (!.x (cup @ (set 1))))");
  EXPECT_EQ(E("[f' EXCEPT ![i] = 0]"), "(except (prime f) (![i] 0))");
}

TEST(ParserConstructors, ActionsAndFairness) {
  EXPECT_EQ(E("[A]_v"), "([]_ A v)");
  EXPECT_EQ(E("<<A>>_v"), "(<>_ A v)");
  EXPECT_EQ(E("[A]_<<x, y>>"), "([]_ A (tuple x y))");
  EXPECT_EQ(E("[A]_(x + y)"), "([]_ A (+ x y))");
  EXPECT_EQ(E("<<A /\\ B>>_<<x>>"), "(<>_ (and A B) (tuple x))");
  EXPECT_EQ(E("WF_vars(A)"), "(WF vars A)");
  EXPECT_EQ(E("SF_<<x, y>>(A)"), "(SF (tuple x y) A)");
  EXPECT_EQ(E("WF_vars(Next(self))"), "(WF vars (Next self))");
  EXPECT_EQ(E("WF_I!vars(I!Next)"), "(WF (ref I vars) (ref I Next))");
  EXPECT_EQ(E("WF_TRUE(TRUE)"), "(WF TRUE TRUE)");
  EXPECT_EQ(E("ENABLED <<A>>_v"), "(ENABLED (<>_ A v))");
}

TEST(ParserConstructors, Conditionals) {
  EXPECT_EQ(E("IF a THEN b ELSE c + 1"), "(if a b (+ c 1))");
  EXPECT_EQ(E("IF a THEN IF b THEN c ELSE d ELSE e"), "(if a (if b c d) e)");
  EXPECT_EQ(E("CASE a -> 1 [] b -> 2 [] OTHER -> 3"), "(case+other a 1 b 2 3)");
  EXPECT_EQ(E("CASE a -> 1 [] b -> 2"), "(case a 1 b 2)");
  EXPECT_EQ(E("CASE x = 1 -> y + 1"), "(case (= x 1) (+ y 1))");
}

TEST(ParserConstructors, Let) {
  EXPECT_EQ(E("LET f(x) == x + 1\n    g[y \\in S] == y\nIN f(2)"),
            "(let ((def f (x) (+ x 1)) (fndef g (fn [y in S] y))) (f 2))");
  EXPECT_EQ(E("LET RECURSIVE F(_) F(n) == F(n - 1) IN F(3)"),
            "(let ((recursive F/1) (def F (n) (F (- n 1)))) (F 3))");
  EXPECT_EQ(E("LET a \\prec b == a < b IN 1 \\prec 2"),
            "(let ((def \\prec (a b) (< a b))) (\\prec 1 2))");
  EXPECT_EQ(E("LET I == INSTANCE M WITH x <- 1 IN I!y"),
            "(let ((instance I M (x <- 1))) (ref I y))");
}

TEST(ParserConstructors, ApplicationsAndOperatorArguments) {
  EXPECT_EQ(E("Op(a, b)"), "(Op a b)");
  EXPECT_EQ(E("Op(+, \\cup, -.)"), "(Op + \\cup -.)");
  EXPECT_EQ(E("Op(LAMBDA x : x)"), "(Op (lambda (x) x))");
  EXPECT_EQ(E("Foo(-x)"), "(Foo (-. x))");
}

TEST(ParserConstructors, LabelsAndReferences) {
  EXPECT_EQ(E("lab :: x > 0"), "(label lab (> x 0))");
  EXPECT_EQ(E("lab(a, b) :: P"), "(label lab(a b) P)");
  EXPECT_EQ(E("Op(a)!2!(m)"), "(ref Op(a) 2 ()(m))");
  EXPECT_EQ(E("Inv!2"), "(ref Inv 2)");
  EXPECT_EQ(E("I!J!Op(x)"), "(ref I J Op(x))");
  EXPECT_EQ(E("Op!<<"), "(ref Op <<)");
  EXPECT_EQ(E("Op!>>"), "(ref Op >>)");
  EXPECT_EQ(E("Op!:"), "(ref Op :)");
  EXPECT_EQ(E("Op!@"), "(ref Op @)");
  EXPECT_EQ(E("Op(a)!lab"), "(ref Op(a) lab)");
  EXPECT_EQ(E("<1>3!1"), "(ref <1>3 1)");
  EXPECT_EQ(E("I!+(a, b)"), "(ref I +(a b))");
  EXPECT_EQ(E("F!<< = x"), "(= (ref F <<) x)");
  EXPECT_EQ(E("<1>2"), "<1>2");
  EXPECT_EQ(E("@"), "@");
}

TEST(ParserConstructors, SourceRanges) {
  ParsedExpr p("  a +\n  bc");
  ASSERT_TRUE(p.expr);
  EXPECT_EQ(p.expr->range.begin.line, 1u);
  EXPECT_EQ(p.expr->range.begin.col, 3u);
  EXPECT_EQ(p.expr->range.end.line, 2u);
  EXPECT_EQ(p.expr->range.end.col, 5u);
  EXPECT_NE(p.expr->range.begin.file, 0u);
  EXPECT_EQ(p.expr->args[1]->range.begin.col, 3u);
}

// ------------------------------------------------------------------ modules ---

const char* kModule = R"(This text before the header is ignored.
------------------------------ MODULE Main ------------------------------
EXTENDS Naturals, Sequences
CONSTANTS N, F(_, _), _ \prec _, -. _, _ ^+
VARIABLE x
VARIABLES y, z
-----------------------------------------------------------------------------
-. a == 0 - a
a \prec b == a < b
a ^+ == a
Op(G(_), _ \odot _, p) == G(p)
f[i \in Nat, j \in Nat] == i + j
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
LOCAL Hidden == 1
INSTANCE Foo WITH a <- 1, + <- Plus, b <- \cup
I(p) == INSTANCE Bar WITH c <- p
LOCAL INSTANCE Baz
ASSUME NPos == N > 0
AXIOM N \in Nat
ASSUMPTION N # 1
THEOREM Thm == N > 0
LEMMA N >= 0
USE NPos DEF Op
HIDE DEF Op
---- MODULE Inner ----
EXTENDS Naturals
G == 1
====
Last == Inner!G
=============================================================================
Trailing text is ignored: ) ] "unterminated
)";

TEST(ParserModule, AllUnitKinds) {
  ParsedModule p(kModule);
  auto m = M(p);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->name, "Main");
  ASSERT_EQ(m->extends.size(), 2u);
  EXPECT_EQ(m->extends[1].name, "Sequences");
  EXPECT_EQ(m->extends[1].loc.line, 3u);
  ASSERT_TRUE(m->self);
  EXPECT_EQ(m->self->kind, DeclKind::ModuleName);

  std::vector<UnitKind> kinds;
  for (const auto& u : m->units) kinds.push_back(u.kind);
  const std::vector<UnitKind> expected = {
      UnitKind::Constants, UnitKind::Variables, UnitKind::Variables, UnitKind::Separator,
      UnitKind::Definition, UnitKind::Definition, UnitKind::Definition, UnitKind::Definition,
      UnitKind::Definition, UnitKind::Recursive, UnitKind::Definition, UnitKind::Definition,
      UnitKind::Instance, UnitKind::Instance, UnitKind::Instance, UnitKind::Assumption,
      UnitKind::Assumption, UnitKind::Assumption, UnitKind::Theorem, UnitKind::Theorem,
      UnitKind::Use, UnitKind::Hide, UnitKind::Submodule, UnitKind::Definition};
  ASSERT_EQ(kinds, expected);

  const auto& consts = m->units[0].decls;
  ASSERT_EQ(consts.size(), 5u);
  EXPECT_EQ(sexpr(*consts[1]), "F/2");
  EXPECT_EQ(sexpr(*consts[2]), "\\prec/2");
  EXPECT_EQ(sexpr(*consts[3]), "-./1");
  EXPECT_EQ(sexpr(*consts[4]), "^+/1");

  EXPECT_EQ(sexpr(*m->units[4].decls[0]), "(def -. (a) (- 0 a))");
  EXPECT_EQ(sexpr(*m->units[5].decls[0]), "(def \\prec (a b) (< a b))");
  EXPECT_EQ(sexpr(*m->units[6].decls[0]), "(def ^+ (a) a)");
  EXPECT_EQ(sexpr(*m->units[7].decls[0]), "(def Op (G/1 \\odot/2 p) (G p))");
  EXPECT_EQ(m->units[8].decls[0]->kind, DeclKind::Function);
  EXPECT_EQ(sexpr(*m->units[8].decls[0]), "(fndef f (fn [i in Nat] [j in Nat] (+ i j)))");
  EXPECT_EQ(sexpr(*m->units[9].decls[0]), "(recursive Fact/1)");
  EXPECT_TRUE(m->units[11].local);
  EXPECT_TRUE(m->units[11].decls[0]->local);

  const Unit& inst = m->units[12];
  ASSERT_TRUE(inst.instance);
  EXPECT_TRUE(inst.decls.empty());
  EXPECT_EQ(inst.instance->moduleName, "Foo");
  ASSERT_EQ(inst.instance->with.size(), 3u);
  EXPECT_EQ(inst.instance->with[1].name, "+");
  EXPECT_EQ(sexpr(*inst.instance->with[1].value), "Plus");
  EXPECT_EQ(sexpr(*inst.instance->with[2].value), "\\cup");
  EXPECT_EQ(sexpr(*m->units[13].decls[0]), "(instance I (p) Bar (c <- p))");
  EXPECT_EQ(m->units[13].instance, m->units[13].decls[0]->instance);
  EXPECT_TRUE(m->units[14].local);

  EXPECT_EQ(m->units[15].decls[0]->name, "NPos");
  EXPECT_EQ(m->units[15].decls[0]->kind, DeclKind::Assumption);
  EXPECT_EQ(m->units[16].decls[0]->name, "");
  EXPECT_EQ(m->units[18].decls[0]->name, "Thm");
  EXPECT_EQ(m->units[18].decls[0]->theoremKeyword, "THEOREM");
  EXPECT_EQ(m->units[19].decls[0]->theoremKeyword, "LEMMA");
  EXPECT_EQ(m->units[20].use.facts.size(), 1u);
  EXPECT_EQ(m->units[20].use.defs.size(), 1u);
  EXPECT_EQ(m->units[21].use.facts.size(), 0u);

  const ModulePtr& inner = m->units[22].submodule;
  ASSERT_TRUE(inner);
  EXPECT_EQ(inner->name, "Inner");
  EXPECT_EQ(inner->parent, m.get());
  EXPECT_EQ(inner->extends.size(), 1u);
  EXPECT_EQ(defBody(*m, "Last"), "(ref Inner G)");
  EXPECT_EQ(m->range.begin.line, 2u);
}

TEST(ParserModule, DefinitionsFollowingEachOther) {
  // Expressions end where the next definition begins, whatever its form.
  ParsedModule p(wrapModule("A == B\nf[x \\in S] == x\nC == f\na (+) b == a\nD == 1"));
  auto m = M(p);
  ASSERT_TRUE(m);
  EXPECT_EQ(defBody(*m, "A"), "B");
  EXPECT_EQ(defBody(*m, "C"), "f");
  EXPECT_EQ(defBody(*m, "\\oplus"), "a");
  EXPECT_EQ(defBody(*m, "D"), "1");
}

TEST(ParserModule, ParseExpressionRejectsTrailingTokens) {
  ParsedExpr p("a + b )");
  EXPECT_TRUE(p.diags.hasErrors());
  EXPECT_EQ(p.expr, nullptr);
}

// ------------------------------------------------------------------- proofs ---

std::string useBy(const UseBy& u) {
  std::string s = u.only ? "ONLY " : "";
  for (std::size_t i = 0; i < u.facts.size(); ++i) s += (i ? ", " : "") + sexpr(*u.facts[i]);
  if (!u.defs.empty()) {
    s += " DEF ";
    for (std::size_t i = 0; i < u.defs.size(); ++i) s += (i ? ", " : "") + sexpr(*u.defs[i]);
  }
  return s;
}

std::string proofText(const Proof& p);

std::string stepText(const ProofStep& s) {
  static const char* kinds[] = {"assert", "suffices", "case", "pick", "take", "witness",
                                "have", "define", "use", "hide", "instance", "qed"};
  std::string t = "<" + std::to_string(s.level) + ">" + s.label + " " +
                  kinds[static_cast<int>(s.kind)];
  if (!s.binders.empty()) t += binders(s.binders);
  if (s.expr) t.append(" ").append(sexpr(*s.expr));
  for (const auto& e : s.exprs) t.append(" ").append(sexpr(*e));
  for (const auto& d : s.defs) t.append(" ").append(sexpr(*d));
  if (s.kind == StepKind::Use || s.kind == StepKind::Hide) t.append(" ").append(useBy(s.use));
  if (s.instanceDecl) t.append(" ").append(sexpr(*s.instanceDecl));
  if (s.proof) t.append(" ").append(proofText(*s.proof));
  return t;
}

std::string proofText(const Proof& p) {
  std::string s = p.proofKeyword ? "PROOF " : "";
  switch (p.kind) {
    case ProofKind::Obvious: return s + "OBVIOUS";
    case ProofKind::Omitted: return s + "OMITTED";
    case ProofKind::By: return s + "BY " + useBy(p.by);
    case ProofKind::Steps: break;
  }
  s += "{";
  for (std::size_t i = 0; i < p.steps.size(); ++i)
    s.append(i ? "; " : "").append(stepText(*p.steps[i]));
  return s + "}";
}

// The theorem of a module with one theorem, rendered with its proof.
std::string theorem(const std::string& text) {
  ParsedModule p(wrapModule(text));
  auto m = M(p);
  if (!m) return "<no module>";
  for (const auto& u : m->units)
    if (u.kind == UnitKind::Theorem) {
      const Decl& d = *u.decls[0];
      return sexpr(*d.body) + (d.proof ? " " + proofText(*d.proof) : "");
    }
  return "<no theorem>";
}

TEST(ParserProof, TerminalProofs) {
  EXPECT_EQ(theorem("THEOREM P OBVIOUS"), "P OBVIOUS");
  EXPECT_EQ(theorem("THEOREM P PROOF OBVIOUS"), "P PROOF OBVIOUS");
  EXPECT_EQ(theorem("THEOREM P OMITTED"), "P OMITTED");
  EXPECT_EQ(theorem("THEOREM P BY A, B DEF C, D"), "P BY A, B DEF C, D");
  EXPECT_EQ(theorem("THEOREM P BY ONLY A DEFS C"), "P BY ONLY A DEF C");
  EXPECT_EQ(theorem("THEOREM P BY DEF C"), "P BY  DEF C");
  EXPECT_EQ(theorem("THEOREM P BY MODULE M, x > 0 DEF MODULE N, I!Op, +"),
            "P BY (module M), (> x 0) DEF (module N), (ref I Op), +");
  EXPECT_EQ(theorem("THEOREM P"), "P");
}

TEST(ParserProof, StepsAndLevels) {
  EXPECT_EQ(theorem("THEOREM P\n<1>1. A\n  BY B\n<1>2. QED\n  BY <1>1"),
            "P {<1>1 assert A BY B; <1>2 qed BY <1>1}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. A\n  <2>1. B OBVIOUS\n  <2>2. QED\n<1> QED OBVIOUS"),
            "P {<1>1 assert A {<2>1 assert B OBVIOUS; <2>2 qed}; <1> qed OBVIOUS}");
  EXPECT_EQ(theorem("THEOREM P\nPROOF\n<1>a. A\n<1>b QED"), "P PROOF {<1>a assert A; <1>b qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>. A\n  <+>. B\n    <+> C\n    <*>. QED\n  <*>. QED\n<*>. QED"),
            "P {<1> assert A {<2> assert B {<3> assert C; <3> qed}; <2> qed}; <1> qed}");
  EXPECT_EQ(theorem("THEOREM P\n<*>1. A\n<*>2. QED BY <*>1"),
            "P {<1>1 assert A; <1>2 qed BY <*>1}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. A\n  PROOF <*>1. B\n        <*>2. QED\n<1>2. QED"),
            "P {<1>1 assert A PROOF {<2>1 assert B; <2>2 qed}; <1>2 qed}");
  // A deeper step after a QED-less sub-proof returns to the outer level.
  EXPECT_EQ(theorem("THEOREM P\n<1>1. A\n  <3>1. B\n<1>2. QED"),
            "P {<1>1 assert A {<3>1 assert B}; <1>2 qed}");
}

TEST(ParserProof, StepNames) {
  ParsedModule p(wrapModule("THEOREM P\n<1>1a. A\n<1>. B\n<+>x. C\n<1>2 QED"));
  auto m = M(p);
  ASSERT_TRUE(m);
  const Proof& proof = *m->units[0].decls[0]->proof;
  ASSERT_EQ(proof.steps.size(), 3u);
  EXPECT_EQ(proof.steps[0]->name, "<1>1a");
  EXPECT_EQ(proof.steps[0]->label, "1a");
  EXPECT_EQ(proof.steps[0]->levelText, "<1>");
  EXPECT_EQ(proof.steps[1]->name, "");
  const Proof& sub = *proof.steps[1]->proof;
  EXPECT_EQ(sub.steps[0]->name, "<2>x");
  EXPECT_EQ(sub.steps[0]->levelText, "<+>");
  EXPECT_EQ(proof.steps[2]->name, "<1>2");
}

TEST(ParserProof, StepKinds) {
  EXPECT_EQ(theorem("THEOREM P\n<1>1. SUFFICES A OBVIOUS\n<1>2. QED"),
            "P {<1>1 suffices A OBVIOUS; <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. SUFFICES ASSUME NEW x PROVE A\n<1>2. QED"),
            "P {<1>1 suffices (sequent ((new constant x)) A); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. CASE x = 1\n<1>2. QED"),
            "P {<1>1 case (= x 1); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. PICK x \\in S, y \\in T : x = y\n<1>2. QED"),
            "P {<1>1 pick [x in S] [y in T] (= x y); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. TAKE x, y \\in S\n<1>2. TAKE z\n<1>3. QED"),
            "P {<1>1 take [x y in S]; <1>2 take [z]; <1>3 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. WITNESS 1, 2\n<1>2. QED"),
            "P {<1>1 witness 1 2; <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. HAVE x > 0\n<1>2. QED"),
            "P {<1>1 have (> x 0); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1> DEFINE F(a) == a  G == 2\n<1>2. QED"),
            "P {<1> define (def F (a) a) (def G 2); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1> F == 1\n    G[x \\in S] == x\n<1>2. QED"),
            "P {<1> define (def F 1) (fndef G (fn [x in S] x)); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1> USE A, <1>1 DEF F\n<1> HIDE DEF F\n<1>2. QED"),
            "P {<1> use A, <1>1 DEF F; <1> hide  DEF F; <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1> USE ONLY A\n<1>2. QED"),
            "P {<1> use ONLY A; <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1> INSTANCE M WITH x <- 1\n<1> I == INSTANCE M\n<1>2. QED"),
            "P {<1> instance (instance  M (x <- 1)); <1> instance (instance I M); <1>2 qed}");
  EXPECT_EQ(theorem("THEOREM P\n<1>1. ASSUME NEW x \\in S PROVE x = x\n<1>2. QED"),
            "P {<1>1 assert (sequent ((new constant x in S)) (= x x)); <1>2 qed}");
}

TEST(ParserProof, Sequents) {
  EXPECT_EQ(theorem("THEOREM ASSUME NEW CONSTANT c, NEW VARIABLE v, NEW STATE s, NEW ACTION a,\n"
                    "  NEW TEMPORAL t, NEW P(_), CONSTANT d, STATE e, x > 0\n"
                    "PROVE c = c"),
            "(sequent ((new constant c) (new variable v) (new state s) (new action a) "
            "(new temporal t) (new constant P/1) (new constant d) (new state e) (> x 0)) (= c c))");
  EXPECT_EQ(theorem("THEOREM T == ASSUME ASSUME P PROVE Q, NEW _ \\prec _ PROVE R"),
            "(sequent ((sequent (P) Q) (new constant \\prec/2)) R)");
}

TEST(ParserProof, FactsStopAtNextStep) {
  EXPECT_EQ(theorem("THEOREM P\n<1>1. A\n  BY <1>0\n<1>2 B\n  BY <1>1\n<1>3 QED"),
            "P {<1>1 assert A BY <1>0; <1>2 assert B BY <1>1; <1>3 qed}");
  // A BY at the end of a theorem is followed by a definition.
  ParsedModule p(wrapModule("THEOREM P BY A\nFoo == 1"));
  auto m = M(p);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->units.size(), 2u);
}

}  // namespace
}  // namespace tlapx::test
