// Internal interface of the recursive-descent / Pratt parser shared by parser.cpp
// (token stream, modules, units, definitions), parser_expr.cpp (expressions) and
// parser_proof.cpp (theorems, sequents, proofs). Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/lexer.hpp"
#include "frontend/operators.hpp"
#include "frontend/token.hpp"

namespace tlapx::parser_detail {

// Thrown after an error has been reported; caught at the recovery points.
struct ParseError {};
// Thrown when a file has produced too many errors: parsing stops.
struct TooManyErrors {};

// Nesting limits: recursion depth of the parser, and height of expression trees
// (left-associative chains such as `a + b + ...` grow without recursion).
inline constexpr int kMaxDepth = 300;
inline constexpr int kMaxHeight = 2000;
inline constexpr std::size_t kMaxErrors = 25;

// Concatenation for diagnostics (avoids GCC 12's -Wrestrict false positive on
// `"literal" + std::string`).
inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view p : parts) s.append(p);
  return s;
}

enum class BinderMode { BoundedOnly, UnboundedOnly, Any };

class Parser {
 public:
  Parser(const SourceFile& file, Diagnostics& diags, LexMode mode);

  ModulePtr parseFile();
  ExprPtr parseStandaloneExpression();

 private:
  friend class DepthGuard;
  friend class JunctionScope;

  // ---- token stream (parser.cpp)
  const Token& peek() const;                  // current token, Offside if left of the bullet
  const Token& raw(std::size_t k = 0) const;  // lookahead ignoring the junction column
  const Token& advance();
  bool at(Tok kind) const { return peek().kind == kind; }
  bool atOp(Sym sym) const { return peek().kind == Tok::Op && peek().sym == sym; }
  bool accept(Tok kind);
  const Token& expect(Tok kind, std::string_view context = {});
  const Token& expectClose(Tok closer, const Token& opener);
  const Token& expectIdent(std::string_view what);
  [[noreturn]] void fail(const Token& at, const std::string& message);
  [[noreturn]] void failExpected(std::string_view what);
  std::string describe(const Token& t) const;
  std::string_view text(const Token& t) const;
  SourceLoc loc(const Token& t) const;
  SourceLoc endOf(const Token& t) const;
  SourceRange rangeFrom(const Token& start) const { return {loc(start), lastEnd_}; }
  std::string where(const Token& t) const;  // "12:5"
  void report(SourceLoc loc, std::string message);

  // ---- lookahead patterns (parser.cpp)
  std::size_t matchClose(std::size_t k) const;  // index after the bracket closing raw(k), or 0
  bool definitionAhead() const;
  bool binderAhead(bool singleVar) const;
  bool isUnitStart(std::size_t index) const;
  void recoverToUnit(std::size_t unitStart);

  // ---- modules and units (parser.cpp)
  ModulePtr parseModule(const Module* parent);
  void parseModuleHeader(Module& m);
  void parseUnit(Module& m);
  void parseConstants(Unit& u);
  void parseVariables(Unit& u);
  DeclPtr parseRecursiveDecl();
  DeclPtr parseOpDeclarator(DeclKind kind);  // c, F(_, _), _ + _, -. _, _ ^+
  DeclPtr parseDefinition(bool local);
  std::vector<DeclPtr> parseParams();
  std::shared_ptr<Instance> parseInstance();
  void parseAssumption(Unit& u);

  // ---- expressions (parser_expr.cpp)
  ExprPtr parseExpr(int minPrec = 0);
  ExprPtr parseUnary();
  ExprPtr parseInfixLoop(ExprPtr lhs, int minPrec, const Token& start, int& height);
  ExprPtr parsePrimary();
  ExprPtr parseJunctionList();
  ExprPtr parseIdentExpr();
  ExprPtr parseRefPath(const Token& start, RefSegment first, bool allowArgs = true);
  ExprPtr parseStepRef();
  std::vector<ExprPtr> parseArgs(Tok closer, const Token& opener, bool operatorArgs = false);
  ExprPtr parseArgument();
  ExprPtr parseParen();
  ExprPtr parseBracket();
  ExprPtr finishBracket(const Token& open, ExprPtr first);
  ExprPtr parseBrace();
  ExprPtr parseAngle();
  ExprPtr parseSubscript(bool fairness);
  ExprPtr parseFairness();
  ExprPtr parseIf();
  ExprPtr parseCase();
  ExprPtr parseLet();
  ExprPtr parseChoose();
  ExprPtr parseLambda();
  ExprPtr parseQuantifier();
  std::vector<Binder> parseBinders(BinderMode mode, std::string_view construct);
  Binder parseBinderGroup();
  ExprPtr parseExcept(const Token& open, ExprPtr fn);
  ExprPtr operatorAsName(const Token& t);
  void checkHeight(int height, const Token& start);

  // ---- proofs (parser_proof.cpp)
  void parseTheorem(Unit& u);
  ExprPtr parseSequent();
  SequentHyp parseHypothesis();
  DeclPtr parseNewDecl();
  ProofPtr parseOptionalProof(int ownerLevel);
  ProofPtr parseTerminalProof(const Token& start, bool keyword);
  ProofPtr parseSteps(int parentLevel, const Token& start, bool keyword);
  // Numeric level of a step token; `<*>` and `<+>` get the given levels.
  int stepLevel(const Token& t, int star, int plus) const;
  StepPtr parseStep(int level);
  void parseStepBody(ProofStep& step);
  UseBy parseUseBody(const Token& start);
  ExprPtr parseDefName();
  void recoverToStep(int level, std::size_t stepStart);

  const SourceFile& file_;
  Diagnostics& diags_;
  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  SourceLoc lastEnd_;
  std::size_t errors_ = 0;
  bool lexErrors_ = false;

  // Junction-list column rule: tokens at or left of jcol_ read as Tok::Offside.
  std::uint32_t jcol_ = 0;
  SourceLoc jbullet_;
  mutable Token offside_;  // what peek() returns for an offside token

  ModulePtr root_;  // the outermost module, kept when parsing is abandoned

  int depth_ = 0;     // recursion depth
  int childMax_ = 0;  // height of the tallest expression completed in the current frame
};

// RAII recursion-depth counter; reports and throws past kMaxDepth.
class DepthGuard {
 public:
  DepthGuard(Parser& p, const Token& at);
  ~DepthGuard() { --p_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Parser& p_;
};

// RAII change of the junction column: a new bullet column, or 0 inside brackets.
class JunctionScope {
 public:
  JunctionScope(Parser& p, std::uint32_t col, SourceLoc bullet)
      : p_(p), savedCol_(p.jcol_), savedBullet_(p.jbullet_) {
    p.jcol_ = col;
    p.jbullet_ = bullet;
  }
  ~JunctionScope() {
    p_.jcol_ = savedCol_;
    p_.jbullet_ = savedBullet_;
  }
  JunctionScope(const JunctionScope&) = delete;
  JunctionScope& operator=(const JunctionScope&) = delete;

 private:
  Parser& p_;
  std::uint32_t savedCol_;
  SourceLoc savedBullet_;
};

}  // namespace tlapx::parser_detail
