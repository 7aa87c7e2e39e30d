// Parser entry points, token-stream helpers and error recovery, and the module
// level: headers, EXTENDS, declarations, definitions, instances, assumptions,
// submodules. Expressions live in parser_expr.cpp, proofs in parser_proof.cpp.
#include "frontend/parser.hpp"

#include <algorithm>
#include <string>

#include "frontend/parser_internal.hpp"

namespace tlapx {

namespace parser_detail {

Parser::Parser(const SourceFile& file, Diagnostics& diags, LexMode mode)
    : file_(file), diags_(diags) {
  const std::size_t before = diags.errorCount();
  toks_ = lex(file, diags, mode);
  lexErrors_ = diags.errorCount() != before;
  offside_.kind = Tok::Offside;
}

// ------------------------------------------------------------ token stream ---

const Token& Parser::peek() const {
  const Token& t = toks_[pos_];
  if (jcol_ != 0 && t.acol <= jcol_ && t.kind != Tok::End) {
    offside_ = t;
    offside_.kind = Tok::Offside;
    return offside_;
  }
  return t;
}

const Token& Parser::raw(std::size_t k) const {
  return toks_[std::min(pos_ + k, toks_.size() - 1)];
}

const Token& Parser::advance() {
  const Token& t = toks_[pos_];
  if (pos_ + 1 < toks_.size()) ++pos_;
  lastEnd_ = endOf(t);
  return t;
}

bool Parser::accept(Tok kind) {
  if (peek().kind != kind) return false;
  advance();
  return true;
}

namespace {

// "')'", "identifier", "'THEN'".
std::string kindName(Tok kind) {
  std::string_view name = tokenKindName(kind);
  return kind >= Tok::KwACTION ? cat({"'", name, "'"}) : std::string(name);
}

}  // namespace

const Token& Parser::expect(Tok kind, std::string_view context) {
  if (peek().kind == kind) return advance();
  failExpected(cat({kindName(kind), context}));
}

const Token& Parser::expectClose(Tok closer, const Token& opener) {
  if (peek().kind == closer) return advance();
  failExpected(cat({kindName(closer), " to close '", text(opener), "' at ", where(opener)}));
}

const Token& Parser::expectIdent(std::string_view what) {
  if (peek().kind == Tok::Ident) return advance();
  failExpected(what);
}

std::string_view Parser::text(const Token& t) const {
  return std::string_view(file_.text).substr(t.offset, t.length);
}

SourceLoc Parser::loc(const Token& t) const { return {file_.id, t.line, t.col}; }

SourceLoc Parser::endOf(const Token& t) const { return {file_.id, t.line, t.col + t.length}; }

std::string Parser::where(const Token& t) const {
  return cat({std::to_string(t.line), ":", std::to_string(t.col)});
}

std::string Parser::describe(const Token& t) const {
  switch (t.kind) {
    case Tok::End:
      return "end of input";
    case Tok::Offside:
      return cat({"'", text(t), "' at ", where(t),
                  ", which is not to the right of the junction bullet at ",
                  std::to_string(jbullet_.line), ":", std::to_string(jbullet_.col)});
    case Tok::Ident:
      return cat({"identifier '", text(t), "'"});
    default:
      return cat({"'", text(t), "'"});
  }
}

void Parser::report(SourceLoc at, std::string message) {
  if (errors_ >= kMaxErrors) throw TooManyErrors{};
  diags_.error(at, std::move(message));
  if (++errors_ == kMaxErrors) {
    diags_.error(at, "too many errors; giving up on this file");
    throw TooManyErrors{};
  }
}

void Parser::fail(const Token& at, const std::string& message) {
  // A lexical error token was already reported by the lexer.
  if (at.kind != Tok::Error && !(at.kind == Tok::End && lexErrors_)) report(loc(at), message);
  throw ParseError{};
}

void Parser::failExpected(std::string_view what) {
  const Token& t = peek();
  fail(t, cat({"expected ", what, ", found ", describe(t)}));
}

DepthGuard::DepthGuard(Parser& p, const Token& at) : p_(p) {
  if (++p.depth_ > kMaxDepth) {
    --p.depth_;
    p.fail(at, cat({"expression or proof nested too deeply (more than ",
                    std::to_string(kMaxDepth), " levels)"}));
  }
}

// ------------------------------------------------------- lookahead patterns ---

std::size_t Parser::matchClose(std::size_t k) const {
  int depth = 0;
  for (std::size_t i = pos_ + k; i < toks_.size(); ++i) {
    switch (toks_[i].kind) {
      case Tok::LParen: case Tok::LBracket: case Tok::LBrace: case Tok::LAngle:
        ++depth;
        break;
      case Tok::RParen: case Tok::RBracket: case Tok::RBracketUnder: case Tok::RBrace:
      case Tok::RAngle: case Tok::RAngleUnder:
        if (--depth == 0) return i + 1 - pos_;
        if (depth < 0) return 0;
        break;
      case Tok::End: case Tok::EqLine: case Tok::DashLine: case Tok::DefEq:
        return 0;
      default:
        break;
    }
  }
  return 0;
}

bool Parser::definitionAhead() const {
  const Token& t0 = peek();
  const Token& t1 = raw(1);
  if (t0.kind == Tok::Op)
    return operatorOf(t0.sym, Fixity::Prefix) && t1.kind == Tok::Ident && raw(2).kind == Tok::DefEq;
  if (t0.kind != Tok::Ident) return false;
  switch (t1.kind) {
    case Tok::DefEq:
      return true;
    case Tok::LParen:
    case Tok::LBracket: {
      std::size_t k = matchClose(1);
      return k != 0 && raw(k).kind == Tok::DefEq;
    }
    case Tok::Op:
      if (operatorOf(t1.sym, Fixity::Postfix) && raw(2).kind == Tok::DefEq) return true;
      return operatorOf(t1.sym, Fixity::Infix) && raw(2).kind == Tok::Ident &&
             raw(3).kind == Tok::DefEq;
    default:
      return false;
  }
}

bool Parser::binderAhead(bool singleVar) const {
  std::size_t k = 0;
  if (peek().kind == Tok::LAngle) {
    k = 1;
    if (raw(k).kind != Tok::Ident) return false;
    ++k;
    while (raw(k).kind == Tok::Comma && raw(k + 1).kind == Tok::Ident) k += 2;
    if (raw(k).kind != Tok::RAngle) return false;
    ++k;
  } else if (peek().kind == Tok::Ident) {
    k = 1;
    if (!singleVar)
      while (raw(k).kind == Tok::Comma && raw(k + 1).kind == Tok::Ident) k += 2;
  } else {
    return false;
  }
  return raw(k).kind == Tok::Op && raw(k).sym == Sym::In;
}

bool Parser::isUnitStart(std::size_t index) const {
  const Token& t = toks_[index];
  if (t.kind == Tok::DashLine || t.kind == Tok::EqLine || t.kind == Tok::End) return true;
  if (t.acol != 1) return false;
  const Token& next = toks_[std::min(index + 1, toks_.size() - 1)];
  switch (t.kind) {
    case Tok::KwCONSTANT: case Tok::KwCONSTANTS: case Tok::KwVARIABLE: case Tok::KwVARIABLES:
    case Tok::KwRECURSIVE: case Tok::KwLOCAL: case Tok::KwINSTANCE: case Tok::KwASSUME:
    case Tok::KwASSUMPTION: case Tok::KwAXIOM: case Tok::KwTHEOREM: case Tok::KwLEMMA:
    case Tok::KwPROPOSITION: case Tok::KwCOROLLARY: case Tok::KwUSE: case Tok::KwHIDE:
      return true;
    case Tok::Ident:
      return next.kind == Tok::DefEq || next.kind == Tok::LParen || next.kind == Tok::LBracket ||
             next.kind == Tok::Op;
    case Tok::Op:
      return next.kind == Tok::Ident && operatorOf(t.sym, Fixity::Prefix);
    default:
      return false;
  }
}

void Parser::recoverToUnit(std::size_t unitStart) {
  if (pos_ == unitStart && !at(Tok::End) && !at(Tok::EqLine)) advance();
  while (!isUnitStart(pos_)) advance();
}

// ----------------------------------------------------------------- modules ---

ModulePtr Parser::parseFile() {
  if (toks_.front().kind == Tok::End) {
    report({file_.id, 1, 1}, "no module header ('---- MODULE Name ----') found");
    return nullptr;
  }
  ModulePtr root;
  try {
    root = parseModule(nullptr);
  } catch (const TooManyErrors&) {
  } catch (const ParseError&) {
  }
  return root ? root : root_;
}

ExprPtr Parser::parseStandaloneExpression() {
  try {
    ExprPtr e = parseExpr();
    if (!at(Tok::End)) failExpected("end of expression");
    return e;
  } catch (const ParseError&) {
  } catch (const TooManyErrors&) {
  }
  return nullptr;
}

void Parser::parseModuleHeader(Module& m) {
  expect(Tok::DashLine);
  expect(Tok::KwMODULE);
  m.name = std::string(text(expectIdent("a module name after MODULE")));
  expect(Tok::DashLine, " after the module name");
  if (accept(Tok::KwEXTENDS)) {
    do {
      const Token& t = expectIdent("a module name in EXTENDS");
      m.extends.push_back({std::string(text(t)), loc(t)});
    } while (accept(Tok::Comma));
  }
}

ModulePtr Parser::parseModule(const Module* parent) {
  const Token start = peek();
  DepthGuard guard(*this, start);
  auto m = std::make_shared<Module>();
  m->file = file_.id;
  m->parent = parent;
  if (!parent) root_ = m;
  try {
    parseModuleHeader(*m);
  } catch (const ParseError&) {
    recoverToUnit(pos_);
  }
  while (true) {
    const Token& t = peek();
    if (t.kind == Tok::EqLine) {
      advance();
      break;
    }
    if (t.kind == Tok::End) {
      if (!lexErrors_)
        report(loc(t), cat({"missing '====' at the end of module '", m->name, "' (begun at ",
                            where(start), ")"}));
      break;
    }
    const std::size_t unitStart = pos_;
    try {
      parseUnit(*m);
    } catch (const ParseError&) {
      childMax_ = 0;
      recoverToUnit(unitStart);
    }
  }
  m->range = rangeFrom(start);
  m->self = makeDecl(DeclKind::ModuleName, m->name, m->range);
  return m;
}

void Parser::parseUnit(Module& m) {
  const Token start = peek();
  auto finish = [&](Unit u) {
    u.range = rangeFrom(start);
    m.units.push_back(std::move(u));
  };
  switch (start.kind) {
    case Tok::KwCONSTANT:
    case Tok::KwCONSTANTS: {
      advance();
      Unit u(UnitKind::Constants);
      parseConstants(u);
      return finish(std::move(u));
    }
    case Tok::KwVARIABLE:
    case Tok::KwVARIABLES: {
      advance();
      Unit u(UnitKind::Variables);
      parseVariables(u);
      return finish(std::move(u));
    }
    case Tok::KwRECURSIVE: {
      advance();
      Unit u(UnitKind::Recursive);
      do u.decls.push_back(parseRecursiveDecl());
      while (accept(Tok::Comma));
      return finish(std::move(u));
    }
    case Tok::KwINSTANCE: {
      Unit u(UnitKind::Instance);
      u.instance = parseInstance();
      return finish(std::move(u));
    }
    case Tok::KwLOCAL: {
      advance();
      if (at(Tok::KwINSTANCE)) {
        Unit u(UnitKind::Instance);
        u.local = true;
        u.instance = parseInstance();
        return finish(std::move(u));
      }
      if (!definitionAhead()) failExpected("a definition or INSTANCE after LOCAL");
      DeclPtr d = parseDefinition(true);
      Unit u(d->kind == DeclKind::Instance ? UnitKind::Instance : UnitKind::Definition);
      u.local = true;
      u.instance = d->instance;
      u.decls.push_back(std::move(d));
      return finish(std::move(u));
    }
    case Tok::KwASSUME:
    case Tok::KwASSUMPTION:
    case Tok::KwAXIOM: {
      Unit u(UnitKind::Assumption);
      parseAssumption(u);
      return finish(std::move(u));
    }
    case Tok::KwTHEOREM:
    case Tok::KwLEMMA:
    case Tok::KwPROPOSITION:
    case Tok::KwCOROLLARY: {
      Unit u(UnitKind::Theorem);
      parseTheorem(u);
      return finish(std::move(u));
    }
    case Tok::KwUSE:
    case Tok::KwHIDE: {
      advance();
      Unit u(start.kind == Tok::KwUSE ? UnitKind::Use : UnitKind::Hide);
      u.use = parseUseBody(start);
      return finish(std::move(u));
    }
    case Tok::DashLine: {
      if (raw(1).kind == Tok::KwMODULE) {
        Unit u(UnitKind::Submodule);
        u.submodule = parseModule(&m);
        return finish(std::move(u));
      }
      advance();
      return finish(Unit(UnitKind::Separator));
    }
    case Tok::KwEXTENDS:
      fail(start, "EXTENDS must come directly after the module header");
    default:
      break;
  }
  if (!definitionAhead())
    fail(start, cat({"expected a declaration, definition, theorem or '====', found ",
                     describe(start)}));
  DeclPtr d = parseDefinition(false);
  Unit u(d->kind == DeclKind::Instance ? UnitKind::Instance : UnitKind::Definition);
  u.instance = d->instance;
  u.decls.push_back(std::move(d));
  finish(std::move(u));
}

void Parser::parseConstants(Unit& u) {
  do u.decls.push_back(parseOpDeclarator(DeclKind::Constant));
  while (accept(Tok::Comma));
}

void Parser::parseVariables(Unit& u) {
  do {
    const Token& t = expectIdent("a variable name");
    u.decls.push_back(makeDecl(DeclKind::Variable, std::string(text(t)), {loc(t), endOf(t)}));
  } while (accept(Tok::Comma));
}

DeclPtr Parser::parseRecursiveDecl() {
  DeclPtr d = parseOpDeclarator(DeclKind::Recursive);
  d->recursive = true;
  return d;
}

DeclPtr Parser::parseOpDeclarator(DeclKind kind) {
  const Token start = peek();
  std::string name;
  int arity = 0;
  if (start.kind == Tok::Ident) {
    advance();
    name = std::string(text(start));
    if (at(Tok::LParen)) {
      const Token open = advance();
      do {
        expect(Tok::Underscore, " (an operator parameter is declared as F(_, _))");
        ++arity;
      } while (accept(Tok::Comma));
      expectClose(Tok::RParen, open);
    }
  } else if (start.kind == Tok::Underscore) {
    advance();
    const Token op = peek();
    if (op.kind == Tok::Op && operatorOf(op.sym, Fixity::Infix) &&
        raw(1).kind == Tok::Underscore) {
      advance();
      advance();
      name = std::string(operatorOf(op.sym, Fixity::Infix)->name);
      arity = 2;
    } else if (op.kind == Tok::Op && operatorOf(op.sym, Fixity::Postfix)) {
      advance();
      name = std::string(operatorOf(op.sym, Fixity::Postfix)->name);
      arity = 1;
    } else {
      failExpected("an infix or postfix operator after '_'");
    }
  } else if (start.kind == Tok::Op && operatorOf(start.sym, Fixity::Prefix)) {
    advance();
    expect(Tok::Underscore, " after a prefix operator");
    name = std::string(operatorOf(start.sym, Fixity::Prefix)->name);
    arity = 1;
  } else {
    failExpected("a name");
  }
  DeclPtr d = makeDecl(kind, std::move(name), rangeFrom(start));
  d->arity = arity;
  return d;
}

std::vector<DeclPtr> Parser::parseParams() {
  const Token open = advance();
  std::vector<DeclPtr> params;
  do params.push_back(parseOpDeclarator(DeclKind::OpParam));
  while (accept(Tok::Comma));
  expectClose(Tok::RParen, open);
  return params;
}

DeclPtr Parser::parseDefinition(bool local) {
  const Token start = peek();
  std::string name;
  std::vector<DeclPtr> params;
  std::vector<Binder> fnBinders;
  Token fnOpen;
  bool function = false;
  auto param = [&](const Token& t) {
    return makeDecl(DeclKind::OpParam, std::string(text(t)), {loc(t), endOf(t)});
  };
  if (start.kind == Tok::Op) {  // prefix:  -. a == e
    const OperatorInfo* info = operatorOf(start.sym, Fixity::Prefix);
    if (!info) failExpected("a definition");
    advance();
    name = std::string(info->name);
    params.push_back(param(expectIdent("a parameter name")));
  } else {
    const Token& next = raw(1);
    if (next.kind == Tok::Op && raw(2).kind == Tok::DefEq &&
        operatorOf(next.sym, Fixity::Postfix)) {  // postfix:  a ^+ == e
      params.push_back(param(advance()));
      name = std::string(operatorOf(advance().sym, Fixity::Postfix)->name);
    } else if (next.kind == Tok::Op) {  // infix:  a + b == e
      params.push_back(param(advance()));
      const Token& op = advance();
      const OperatorInfo* info = operatorOf(op.sym, Fixity::Infix);
      if (!info) fail(op, cat({"'", text(op), "' is not an infix operator"}));
      name = std::string(info->name);
      params.push_back(param(expectIdent("a parameter name after the infix operator")));
    } else {
      name = std::string(text(expectIdent("a definition")));
      if (at(Tok::LParen)) {
        params = parseParams();
      } else if (at(Tok::LBracket)) {
        fnOpen = advance();
        JunctionScope js(*this, 0, {});
        fnBinders = parseBinders(BinderMode::BoundedOnly, "a function definition");
        expectClose(Tok::RBracket, fnOpen);
        function = true;
      }
    }
  }
  expect(Tok::DefEq, function ? "" : " in definition");
  DeclPtr d;
  if (!function && at(Tok::KwINSTANCE)) {
    d = makeDecl(DeclKind::Instance, std::move(name));
    d->instance = parseInstance();
  } else if (function) {
    d = makeDecl(DeclKind::Function, std::move(name));
    auto fc = makeExpr(ExprKind::FuncCons);
    fc->binders = std::move(fnBinders);
    fc->args.push_back(parseExpr());
    fc->range = rangeFrom(fnOpen);
    d->body = std::move(fc);
  } else {
    d = makeDecl(DeclKind::Operator, std::move(name));
    d->body = parseExpr();
  }
  d->arity = static_cast<int>(params.size());
  d->params = std::move(params);
  d->local = local;
  d->range = rangeFrom(start);
  return d;
}

std::shared_ptr<Instance> Parser::parseInstance() {
  const Token start = expect(Tok::KwINSTANCE);
  auto inst = std::make_shared<Instance>();
  inst->moduleName = std::string(text(expectIdent("a module name after INSTANCE")));
  if (accept(Tok::KwWITH)) {
    do {
      const Token t = peek();
      Substitution s;
      s.loc = loc(t);
      if (t.kind == Tok::Ident) {
        s.name = std::string(text(advance()));
      } else if (t.kind == Tok::Op) {
        advance();
        s.name = operatorAsName(t)->name;
      } else {
        failExpected("a constant or variable name in WITH");
      }
      expect(Tok::LArrow, " in WITH substitution");
      s.value = parseArgument();
      inst->with.push_back(std::move(s));
    } while (accept(Tok::Comma));
  }
  inst->range = rangeFrom(start);
  return inst;
}

void Parser::parseAssumption(Unit& u) {
  const Token start = advance();
  auto d = makeDecl(DeclKind::Assumption, "");
  if (at(Tok::Ident) && raw(1).kind == Tok::DefEq) {
    d->name = std::string(text(advance()));
    advance();
  }
  d->body = parseExpr();
  d->range = rangeFrom(start);
  u.decls.push_back(std::move(d));
}

}  // namespace parser_detail

ModulePtr parseModule(const SourceFile& file, Diagnostics& diags) {
  parser_detail::Parser p(file, diags, LexMode::Module);
  return p.parseFile();
}

ExprPtr parseExpression(const SourceFile& file, Diagnostics& diags) {
  parser_detail::Parser p(file, diags, LexMode::Expression);
  return p.parseStandaloneExpression();
}

}  // namespace tlapx
