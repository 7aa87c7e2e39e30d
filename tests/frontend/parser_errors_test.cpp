// Parser error tests: malformed input gives errors at the right line:col, recovery
// continues at the next unit or step, and no input crashes, hangs or overflows.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/frontend/ast_sexpr.hpp"

namespace tlapx::test {
namespace {

std::string wrap(const std::string& body) { return "---- MODULE T ----\n" + body + "\n====\n"; }

struct Err {
  std::uint32_t line;
  std::uint32_t col;
  std::string fragment;  // expected part of the message
};

// Parses `text` and checks its errors against `expected`, in order.
void expectErrors(const std::string& text, const std::vector<Err>& expected) {
  ParsedModule p(text);
  const auto& all = p.diags.all();
  ASSERT_EQ(all.size(), expected.size()) << p.diags.renderAll();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(all[i].loc.line, expected[i].line) << p.diags.render(all[i]);
    EXPECT_EQ(all[i].loc.col, expected[i].col) << p.diags.render(all[i]);
    EXPECT_NE(all[i].message.find(expected[i].fragment), std::string::npos)
        << "message: " << all[i].message << "\nwanted: " << expected[i].fragment;
  }
}

TEST(ParserErrors, NoModuleHeader) {
  ParsedModule p("Foo == 1\n");
  EXPECT_EQ(p.module, nullptr);
  ASSERT_EQ(p.diags.errorCount(), 1u);
  EXPECT_NE(p.diags.all()[0].message.find("no module header"), std::string::npos);
}

TEST(ParserErrors, TruncatedFile) {
  expectErrors("---- MODULE T ----\nFoo == 1 +\n",
               {{3, 1, "expected an expression, found end of input"},
                {3, 1, "missing '====' at the end of module 'T' (begun at 1:1)"}});
  expectErrors("---- MODULE T ----\nFoo == 1\n", {{3, 1, "missing '===='"}});
  expectErrors("---- MODULE T ----\nTHEOREM X\n<1>1. A\n  <2>1. B",
               {{4, 10, "missing '===='"}});
}

TEST(ParserErrors, PrecedenceConflictsNeedParentheses) {
  expectErrors(wrap("Foo == a /\\ b \\/ c"),
               {{2, 15, "precedence conflict between '/\\' and '\\/': add parentheses"}});
  expectErrors(wrap("Foo == a = b = c"), {{2, 14, "precedence conflict between '=' and '='"}});
  expectErrors(wrap("Foo == a => b <=> c"), {});  // 1-1 and 2-2 do not overlap
  expectErrors(wrap("Foo == a /\\ b /\\ c"), {});  // one left-associative operator
  expectErrors(wrap("Foo == (a /\\ b) \\/ c"), {});
  expectErrors(wrap("Foo == a + b - c * d"), {});
}

TEST(ParserErrors, UnbalancedBrackets) {
  expectErrors(wrap("Foo == (a + b\nBar == 2"),
               {{3, 1, "expected ')' to close '(' at 2:8, found identifier 'Bar'"}});
  expectErrors(wrap("Foo == [x \\in S |-> x\nBar == 2"),
               {{3, 1, "expected ']' to close '[' at 2:8"}});
  expectErrors(wrap("Foo == {1, 2\nBar == 2"), {{3, 1, "expected '}' to close '{' at 2:8"}});
  expectErrors(wrap("Foo == <<1, 2\nBar == 2"), {{3, 1, "expected '>>' to close '<<' at 2:8"}});
  expectErrors(wrap("Foo == f(a, b]\nBar == 2"), {{2, 14, "expected ')' to close '(' at 2:9"}});
  expectErrors(wrap("Foo == a + b)\nBar == 2"),
               {{2, 13, "expected a declaration, definition, theorem or '===='"}});
}

TEST(ParserErrors, MisalignedJunctionList) {
  // `1` is left of the bullet, so the item `a =` is incomplete.
  expectErrors(wrap("Foo == /\\ a =\n      1\n       /\\ b"),
               {{3, 7, "which is not to the right of the junction bullet at 2:8"}});
  // A list item's expression cannot continue at the bullet's column.
  expectErrors(wrap("Foo == /\\ x \\in\n       S"),
               {{3, 8, "expected an expression, found 'S' at 3:8"}});
}

TEST(ParserErrors, GarbageTokens) {
  expectErrors(wrap("Foo == ) ]\nBar == 1"), {{2, 8, "expected an expression, found ')'"}});
  expectErrors(wrap("blah blah\nFoo == 1"),
               {{2, 1, "expected a declaration, definition, theorem or '====', found identifier"}});
  expectErrors(wrap("Foo == 1 ? 2\nBar == 1"), {{2, 10, "unexpected character '?'"}});
  expectErrors(wrap("Foo == IF a b ELSE c"), {{2, 13, "expected 'THEN' in IF begun at 2:8"}});
  expectErrors(wrap("Foo == [f EXCEPT [1] = 2]"), {{2, 18, "expected '!' to begin an EXCEPT"}});
  expectErrors(wrap("Foo == <<a, b>>_v"), {{2, 14, "exactly one expression"}});
  expectErrors(wrap("Foo == \\A x \\in S, y : P"), {{2, 11, "cannot be mixed"}});
  expectErrors(wrap("Foo == [A]"), {{2, 10, "expected '->', 'EXCEPT' or ']_'"}});
  expectErrors(wrap("Foo == LET IN 1"), {{2, 12, "expected a definition in the LET"}});
  expectErrors(wrap("Foo == 1\nEXTENDS Naturals"), {{3, 1, "EXTENDS must come directly after"}});
  expectErrors(wrap("CONSTANT F(x)"), {{2, 12, "expected '_'"}});
  expectErrors(wrap("Foo == \\AA x \\in S : P"), {{2, 12, "cannot have bounded variables"}});
}

TEST(ParserErrors, UnterminatedCommentAndString) {
  expectErrors(wrap("Foo == 1\n(* never closed\nBar == 2"), {{3, 1, "unterminated comment"}});
  expectErrors(wrap("Foo == \"abc\nBar == 1"), {{2, 8, "unterminated string"}});
}

TEST(ParserErrors, SeveralErrorsInOneFile) {
  expectErrors(wrap("A == (1\nB == 2\nC == 3 +\nD == 4\nE == ]\nF == 5"),
               {{3, 1, "to close '('"},
                {5, 1, "expected an expression, found the definition of 'D'"},
                {6, 6, "expected an expression"}});
  ParsedModule p(wrap("A == (1\nB == 2\nC == 3 +\nD == 4\nE == ]\nF == 5"));
  ASSERT_TRUE(p.module);
  std::vector<std::string> names;
  for (const auto& u : p.module->units)
    for (const auto& d : u.decls) names.push_back(d->name);
  EXPECT_EQ(names, (std::vector<std::string>{"B", "D", "F"}));
}

TEST(ParserErrors, RecoveryInsideProofs) {
  const std::string text = wrap(
      "THEOREM T\n<1>1. (A\n  OBVIOUS\n<1>2. B\n  <2>1. C +\n  <2>2. QED\n<1>3. QED\nFoo == 1");
  ParsedModule p(text);
  ASSERT_EQ(p.diags.errorCount(), 2u) << p.diags.renderAll();
  EXPECT_EQ(p.diags.all()[0].loc.line, 4u);
  EXPECT_EQ(p.diags.all()[1].loc.line, 7u);
  ASSERT_TRUE(p.module);
  ASSERT_EQ(p.module->units.size(), 2u);
  const Proof& proof = *p.module->units[0].decls[0]->proof;
  ASSERT_EQ(proof.steps.size(), 2u);  // <1>1 was dropped
  EXPECT_EQ(proof.steps[0]->name, "<1>2");
  EXPECT_EQ(proof.steps[0]->proof->steps.size(), 1u);
  EXPECT_EQ(proof.steps[1]->kind, StepKind::Qed);
}

TEST(ParserErrors, StrayProofStep) {
  expectErrors(wrap("THEOREM T\n<2>1. A\n<1>2. QED\n<1>3. X\nFoo == 1"),
               {{4, 1, "does not fit the proof structure"}});
  ParsedModule p(wrap("THEOREM T\n<2>1. A\n<1>2. QED\nFoo == 1"));
  ASSERT_TRUE(p.module);
  ASSERT_EQ(p.module->units.size(), 2u);
  EXPECT_EQ(p.module->units[0].decls[0]->proof->steps.size(), 1u);
}

TEST(ParserErrors, TooManyErrorsStops) {
  std::string body;
  for (int i = 0; i < 200; ++i) body.append("X").append(std::to_string(i)).append(" == )\n");
  ParsedModule p(wrap(body));
  EXPECT_GT(p.diags.errorCount(), 5u);
  EXPECT_LE(p.diags.errorCount(), 30u);
  EXPECT_NE(p.diags.all().back().message.find("too many errors"), std::string::npos);
  EXPECT_TRUE(p.module);
}

// ------------------------------------------------------------- robustness ---

void expectParsesWithError(const std::string& text) {
  ParsedModule p(text);
  EXPECT_TRUE(p.diags.hasErrors());
}

TEST(ParserRobustness, DeepNesting) {
  const int n = 100000;
  expectParsesWithError(wrap("Foo == " + std::string(n, '(') + "1" + std::string(n, ')')));
  expectParsesWithError(wrap("Foo == " + std::string(n, '[')));
  expectParsesWithError(wrap("Foo == " + std::string(n, '{')));
  std::string angles, negs, ifs, lets, quants, bullets, cases, minus, assumes, subsets;
  for (int i = 0; i < n; ++i) {
    angles += "<< ";
    negs += "~ ";
    ifs += "IF a THEN ";
    lets += "LET x == ";
    quants += "\\A x : ";
    bullets += "/\\ ";
    cases += "CASE a -> ";
    minus += "- ";
    assumes += "ASSUME ";
    subsets += "SUBSET ";
  }
  for (const std::string* s : {&angles, &negs, &ifs, &lets, &quants, &bullets, &cases, &minus,
                               &subsets})
    expectParsesWithError(wrap("Foo == " + *s + "x"));
  expectParsesWithError(wrap("THEOREM " + assumes + "P"));
  std::string steps = "THEOREM T\n";
  for (int i = 1; i < 5000; ++i) steps.append("<").append(std::to_string(i)).append(">1. P\n");
  expectParsesWithError(wrap(steps));
}

TEST(ParserRobustness, LongChains) {
  const int n = 100000;
  std::string plus = "Foo == 1", app = "Foo == f", primes = "Foo == x", dots = "Foo == r";
  std::string conj = "Foo == a", times = "Foo == S", bullets = "Foo ==\n";
  for (int i = 0; i < n; ++i) {
    plus += " + 1";
    app += "[1]";
    primes += "'";
    dots += ".a";
    conj += " /\\ a";
    times += " \\X S";
    bullets += "  /\\ a\n";
  }
  for (const std::string* s : {&plus, &app, &primes, &dots}) expectParsesWithError(wrap(*s));
  // Flat n-ary constructs are not deep: they parse.
  for (const std::string* s : {&conj, &times, &bullets}) {
    ParsedModule p(wrap(*s));
    EXPECT_FALSE(p.diags.hasErrors()) << p.diags.renderAll().substr(0, 300);
  }
}

// Large pathological inputs finish quickly (no quadratic behaviour).
TEST(ParserRobustness, PathologicalInputsAreFast) {
  const int n = 100000;
  std::string unclosed, setEnum = "Foo == {x", steps = "THEOREM T\n", strings, idents;
  for (int i = 0; i < n; ++i) {
    unclosed += "F((\n";
    setEnum += ", x";
    steps += "<1>1. P\n";
    strings += "\"a\" ";
    idents += "x ";
  }
  setEnum += "}";
  const auto start = std::chrono::steady_clock::now();
  expectParsesWithError(wrap(unclosed));
  { ParsedModule p(wrap(setEnum)); EXPECT_FALSE(p.diags.hasErrors()); }
  { ParsedModule p(wrap(steps)); EXPECT_FALSE(p.diags.hasErrors()); }
  expectParsesWithError(wrap("Foo == \\h" + std::string(n, 'F')));
  expectParsesWithError(wrap(std::string(n, '(') + std::string(n, '*')));
  expectParsesWithError(wrap("Foo == " + strings));
  expectParsesWithError(wrap("Foo == " + idents));
  expectParsesWithError(wrap(std::string(n, '-') + " MODULE"));
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 10.0);
}

// Random token soups and byte strings: no crash, no hang.
TEST(ParserRobustness, RandomInput) {
  static const char* kVocab[] = {
      "==", "(", ")", "[", "]", "{", "}", "<<", ">>", ">>_", "]_", ",", ":", "::", "!", "@",
      ".", "->", "|->", "<-", "/\\", "\\/", "~", "=>", "\\A", "\\E", "x", "y", "F", "1", "\"s\"",
      "IF", "THEN", "ELSE", "CASE", "[]", "OTHER", "LET", "IN", "CHOOSE", "LAMBDA", "EXCEPT",
      "WF_", "SF_", "ASSUME", "PROVE", "NEW", "THEOREM", "PROOF", "BY", "DEF", "OBVIOUS", "QED",
      "<1>1.", "<2>", "<+>", "<*>.", "<1>1", "CONSTANT", "VARIABLE", "INSTANCE", "WITH",
      "LOCAL", "RECURSIVE", "_", "+", "-", "'", "\\in", "\\X", "SUBSET", "----", "====",
      "---- MODULE M ----", "\n", "\n  ", "\n    ", "(*", "*)", "\\*", "USE", "HIDE", "SUFFICES",
      "PICK", "TAKE", "WITNESS", "HAVE", "DEFINE", "ENABLED", "UNCHANGED", "\\cdot", "..."};
  std::mt19937 rng(12345);
  const auto start = std::chrono::steady_clock::now();
  for (int iter = 0; iter < 3000; ++iter) {
    std::string text = "---- MODULE R ----\n";
    const int len = static_cast<int>(rng() % 200);
    for (int i = 0; i < len; ++i) {
      text += kVocab[rng() % std::size(kVocab)];
      text += ' ';
    }
    if (rng() % 2) text += "\n====\n";
    ParsedModule p(text);
    std::string bytes = "---- MODULE B ----\n";
    for (int i = 0; i < len; ++i) bytes += static_cast<char>(rng() % 256);
    ParsedModule q(bytes);
    ParsedExpr e(text.substr(19));
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 30.0);
}

// Random edits of real specifications: no crash, no hang.
TEST(ParserRobustness, MutatedCorpusFiles) {
  namespace fs = std::filesystem;
  const fs::path root(TLAPX_CORPUS_DIR);
  if (!fs::exists(root)) GTEST_SKIP() << "corpus not found";
  std::vector<std::string> texts;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".tla") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (ss.str().size() < 20000) texts.push_back(ss.str());
    if (texts.size() == 60) break;
  }
  std::mt19937 rng(777);
  for (int iter = 0; iter < 600; ++iter) {
    std::string t = texts[rng() % texts.size()];
    for (int edits = 1 + static_cast<int>(rng() % 4); edits > 0 && !t.empty(); --edits) {
      const std::size_t at = rng() % t.size();
      switch (rng() % 3) {
        case 0: t.erase(at, rng() % 40); break;
        case 1: t.insert(at, t.substr(rng() % t.size(), rng() % 40)); break;
        default: {
          static constexpr std::string_view kChars = "()[]{}<>/\\=-:,!'\"\n ";
          t[at] = kChars[rng() % kChars.size()];
          break;
        }
      }
    }
    ParsedModule p(t);
  }
  SUCCEED();
}

}  // namespace
}  // namespace tlapx::test
