// Expression parsing: Pratt loop over the operator table, bulleted junction lists
// with the column rule, and every primary construct (quantifiers, CHOOSE, sets,
// functions, records, EXCEPT, tuples, actions, fairness, IF/CASE/LET, LAMBDA,
// labels, `!` subexpression references).
#include <algorithm>
#include <string>

#include "frontend/parser_internal.hpp"

namespace tlapx::parser_detail {

namespace {

ExprPtr makeOpNode(const OperatorInfo& op, std::vector<ExprPtr> args, SourceRange range) {
  if (op.builtin) return makeBuiltin(*op.builtin, std::move(args), range);
  auto e = makeExpr(ExprKind::OpApp, range);
  e->name = std::string(op.name);
  e->args = std::move(args);
  return e;
}

ExprPtr makeIdent(std::string name, SourceRange range) {
  auto e = makeExpr(ExprKind::Ident, range);
  e->name = std::move(name);
  return e;
}

// `x \in S` / `<<x, y>> \in S` as an ordinary expression (a binder that turned out
// to be a set element or an action).
ExprPtr binderAsExpr(const Binder& b, SourceRange range) {
  ExprPtr lhs;
  if (b.tuple) {
    lhs = makeExpr(ExprKind::Tuple, range);
    for (const auto& v : b.vars) lhs->args.push_back(makeIdent(v->name, v->range));
  } else {
    lhs = makeIdent(b.vars[0]->name, b.vars[0]->range);
  }
  return makeBuiltin(BuiltinOp::In, {std::move(lhs), b.domain}, range);
}

}  // namespace

void Parser::checkHeight(int height, const Token& start) {
  if (height > kMaxHeight)
    fail(start, cat({"expression nested too deeply (more than ", std::to_string(kMaxHeight),
                     " levels)"}));
}

ExprPtr Parser::parseExpr(int minPrec) {
  const Token start = peek();
  DepthGuard guard(*this, start);
  const int saved = childMax_;
  childMax_ = 0;
  ExprPtr lhs = parseUnary();
  int height = childMax_ + 1;
  lhs = parseInfixLoop(std::move(lhs), minPrec, start, height);
  childMax_ = std::max(saved, height);
  return lhs;
}

ExprPtr Parser::parseUnary() {
  const Token t = peek();
  if (t.kind != Tok::Op) return parsePrimary();
  if (t.sym == Sym::And || t.sym == Sym::Or) return parseJunctionList();
  const OperatorInfo* op = operatorOf(t.sym, Fixity::Prefix);
  if (!op) failExpected("an expression");
  advance();
  ExprPtr operand = parseExpr(op->low + 1);
  return makeOpNode(*op, {std::move(operand)}, rangeFrom(t));
}

ExprPtr Parser::parseJunctionList() {
  const Token first = peek();
  auto node = makeBuiltin(first.sym == Sym::And ? BuiltinOp::And : BuiltinOp::Or, {});
  node->bulleted = true;
  while (true) {
    advance();  // the bullet
    {
      JunctionScope scope(*this, first.acol, loc(first));
      node->args.push_back(parseExpr());
    }
    const Token& next = peek();
    if (next.kind != Tok::Op || next.sym != first.sym || next.acol != first.acol) break;
  }
  node->range = rangeFrom(first);
  return node;
}

ExprPtr Parser::parseInfixLoop(ExprPtr lhs, int minPrec, const Token& start, int& height) {
  const Expr* flat = nullptr;  // the n-ary /\ or \/ node this loop is extending
  // The infix operator at the top of `lhs`, if this loop built it. An operator that
  // follows it here has a precedence range reaching into its range, so unless both are
  // the same left-associative operator, TLA+ leaves the grouping undefined (as SANY
  // does, `a /\ b \/ c` and `a = b = c` need parentheses).
  const OperatorInfo* top = nullptr;
  const auto checkConflict = [&](const OperatorInfo& next, const Token& at) {
    if (top == nullptr || next.low > top->high || top->low > next.high) return;
    if (top->sym == next.sym && next.assoc == Assoc::Left) return;
    report(loc(at), cat({"precedence conflict between '", top->name, "' and '", next.name,
                         "': add parentheses"}));
  };
  while (true) {
    const Token& t = peek();
    if (t.kind == Tok::Op) {
      if (const OperatorInfo* post = operatorOf(t.sym, Fixity::Postfix)) {
        if (post->low < minPrec) break;
        advance();
        lhs = makeOpNode(*post, {std::move(lhs)}, rangeFrom(start));
        top = post;
        checkHeight(++height, start);
        continue;
      }
      const OperatorInfo* in = operatorOf(t.sym, Fixity::Infix);
      if (!in || in->low < minPrec) break;
      checkConflict(*in, t);
      top = in;
      const Sym sym = t.sym;
      advance();
      if (sym == Sym::Times) {
        auto times = makeExpr(ExprKind::Times);
        times->args.push_back(std::move(lhs));
        do {
          childMax_ = 0;
          times->args.push_back(parseExpr(in->high + 1));
          height = std::max(height, childMax_ + 1);
        } while (atOp(Sym::Times) && (advance(), true));
        times->range = rangeFrom(start);
        lhs = std::move(times);
        flat = nullptr;
        checkHeight(height, start);
        continue;
      }
      childMax_ = 0;
      ExprPtr rhs = parseExpr(in->high + 1);
      if (flat == lhs.get() && (sym == Sym::And || sym == Sym::Or) &&
          lhs->op == (sym == Sym::And ? BuiltinOp::And : BuiltinOp::Or)) {
        lhs->args.push_back(std::move(rhs));
        lhs->range = rangeFrom(start);
        height = std::max(height, childMax_ + 1);
      } else {
        lhs = makeOpNode(*in, {std::move(lhs), std::move(rhs)}, rangeFrom(start));
        height = std::max(height, childMax_) + 1;
        flat = (sym == Sym::And || sym == Sym::Or) ? lhs.get() : nullptr;
      }
      checkHeight(height, start);
      continue;
    }
    if (t.kind == Tok::LBracket) {  // function application f[a, b]
      const Token open = advance();
      childMax_ = 0;
      auto app = makeExpr(ExprKind::FuncApp);
      app->args.push_back(std::move(lhs));
      for (auto& a : parseArgs(Tok::RBracket, open)) app->args.push_back(std::move(a));
      app->range = rangeFrom(start);
      lhs = std::move(app);
      height = std::max(height, childMax_) + 1;
      flat = nullptr;
      checkHeight(height, start);
      continue;
    }
    if (t.kind == Tok::Dot) {  // record field r.f
      advance();
      const Token& field = expectIdent("a record field name after '.'");
      auto dot = makeExpr(ExprKind::Dot);
      dot->text = std::string(text(field));
      dot->args.push_back(std::move(lhs));
      dot->range = rangeFrom(start);
      lhs = std::move(dot);
      flat = nullptr;
      checkHeight(++height, start);
      continue;
    }
    break;
  }
  return lhs;
}

ExprPtr Parser::parsePrimary() {
  const Token t = peek();
  switch (t.kind) {
    case Tok::Ident:
      // A definition in column 1 cannot be an operand: the expression is incomplete.
      if (t.acol == 1 && definitionAhead())
        fail(t, cat({"expected an expression, found the definition of '", text(t), "'"}));
      return parseIdentExpr();
    case Tok::Number: {
      advance();
      auto e = makeExpr(ExprKind::Number, rangeFrom(t));
      e->text = numberValue(text(t));
      return e;
    }
    case Tok::String: {
      advance();
      auto e = makeExpr(ExprKind::String, rangeFrom(t));
      stringValue(text(t), e->text);  // bad escapes were reported by the lexer
      return e;
    }
    case Tok::KwTRUE: advance(); return makeBuiltin(BuiltinOp::True, {}, rangeFrom(t));
    case Tok::KwFALSE: advance(); return makeBuiltin(BuiltinOp::False, {}, rangeFrom(t));
    case Tok::KwBOOLEAN: advance(); return makeBuiltin(BuiltinOp::BooleanSet, {}, rangeFrom(t));
    case Tok::KwSTRING: advance(); return makeBuiltin(BuiltinOp::StringSet, {}, rangeFrom(t));
    case Tok::LParen: return parseParen();
    case Tok::LBracket: return parseBracket();
    case Tok::LBrace: return parseBrace();
    case Tok::LAngle: return parseAngle();
    case Tok::KwIF: return parseIf();
    case Tok::KwCASE: return parseCase();
    case Tok::KwLET: return parseLet();
    case Tok::KwCHOOSE: return parseChoose();
    case Tok::KwLAMBDA: return parseLambda();
    case Tok::Forall: case Tok::Exists: case Tok::TForall: case Tok::TExists:
      return parseQuantifier();
    case Tok::WF: case Tok::SF: return parseFairness();
    case Tok::At: advance(); return makeExpr(ExprKind::ExceptAt, rangeFrom(t));
    case Tok::Step:
      if (!t.stepDot) return parseStepRef();
      break;
    default:
      break;
  }
  failExpected("an expression");
}

ExprPtr Parser::parseIdentExpr() {
  const Token id = advance();
  std::string name(text(id));
  if (at(Tok::LParen)) {
    const Token open = advance();
    std::vector<ExprPtr> args = parseArgs(Tok::RParen, open, true);
    if (at(Tok::ColonColon)) {  // lab(p, q) :: e
      advance();
      auto label = makeExpr(ExprKind::Label);
      label->text = std::move(name);
      for (const auto& a : args) {
        if (a->kind != ExprKind::Ident) fail(open, "label parameters must be identifiers");
        label->params.push_back(makeDecl(DeclKind::OpParam, a->name, a->range));
      }
      label->args.push_back(parseExpr());
      label->range = rangeFrom(id);
      return label;
    }
    RefSegment seg;
    seg.name = name;
    seg.args = args;
    seg.loc = loc(id);
    if (at(Tok::Bang)) return parseRefPath(id, std::move(seg));
    auto app = makeExpr(ExprKind::OpApp, rangeFrom(id));
    app->name = std::move(name);
    app->args = std::move(args);
    return app;
  }
  if (at(Tok::ColonColon)) {  // lab :: e
    advance();
    auto label = makeExpr(ExprKind::Label);
    label->text = std::move(name);
    label->args.push_back(parseExpr());
    label->range = rangeFrom(id);
    return label;
  }
  if (at(Tok::Bang)) {
    RefSegment seg;
    seg.name = std::move(name);
    seg.loc = loc(id);
    return parseRefPath(id, std::move(seg));
  }
  return makeIdent(std::move(name), rangeFrom(id));
}

ExprPtr Parser::parseRefPath(const Token& start, RefSegment first, bool allowArgs) {
  auto ref = makeExpr(ExprKind::Ref);
  ref->path.push_back(std::move(first));
  while (at(Tok::Bang)) {
    advance();
    const Token t = peek();
    RefSegment seg;
    seg.loc = loc(t);
    switch (t.kind) {
      case Tok::Ident:
      case Tok::Op:
        advance();
        seg.kind = RefSegment::Kind::Name;
        seg.name = t.kind == Tok::Ident ? std::string(text(t)) : operatorAsName(t)->name;
        if (allowArgs && at(Tok::LParen)) {
          const Token open = advance();
          seg.args = parseArgs(Tok::RParen, open, true);
        }
        break;
      case Tok::Number: {
        advance();
        std::string_view digits = text(t);
        if (digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string_view::npos)
          fail(t, cat({"invalid operand number '", digits, "' in subexpression reference"}));
        seg.kind = RefSegment::Kind::Number;
        seg.number = std::stoi(std::string(digits));
        break;
      }
      case Tok::LParen: {
        if (!allowArgs) failExpected("a name after '!' in a subscript");
        const Token open = advance();
        seg.kind = RefSegment::Kind::Args;
        seg.args = parseArgs(Tok::RParen, open, true);
        break;
      }
      case Tok::LAngle: advance(); seg.kind = RefSegment::Kind::First; break;
      case Tok::RAngle: advance(); seg.kind = RefSegment::Kind::Second; break;
      case Tok::Colon: advance(); seg.kind = RefSegment::Kind::Colon; break;
      case Tok::At: advance(); seg.kind = RefSegment::Kind::At; break;
      default:
        failExpected("a name, number, '(', '<<', '>>', ':' or '@' after '!'");
    }
    ref->path.push_back(std::move(seg));
  }
  ref->range = rangeFrom(start);
  return ref;
}

ExprPtr Parser::parseStepRef() {
  const Token t = advance();
  std::string name(text(t));
  if (at(Tok::Bang)) {
    RefSegment seg;
    seg.name = std::move(name);
    seg.loc = loc(t);
    return parseRefPath(t, std::move(seg));
  }
  auto e = makeExpr(ExprKind::StepRef, rangeFrom(t));
  e->name = std::move(name);
  return e;
}

std::vector<ExprPtr> Parser::parseArgs(Tok closer, const Token& opener, bool operatorArgs) {
  JunctionScope scope(*this, 0, {});
  std::vector<ExprPtr> args;
  do args.push_back(operatorArgs ? parseArgument() : parseExpr());
  while (accept(Tok::Comma));
  expectClose(closer, opener);
  return args;
}

ExprPtr Parser::parseArgument() {
  const Token t = peek();
  if (t.kind == Tok::Op) {
    // An operator symbol alone, e.g. Op(+, \cup) or WITH b <- \cup: it cannot
    // start an expression, or nothing follows it.
    const Tok next = raw(1).kind;
    const bool startsExpr = operatorOf(t.sym, Fixity::Prefix) || t.sym == Sym::And ||
                            t.sym == Sym::Or;
    if (!startsExpr || next == Tok::Comma || next == Tok::RParen || next == Tok::End) {
      advance();
      return operatorAsName(t);
    }
  }
  return parseExpr();
}

ExprPtr Parser::operatorAsName(const Token& t) {
  const OperatorInfo* op = operatorOf(t.sym, Fixity::Infix);
  if (!op) op = operatorOf(t.sym, Fixity::Prefix);
  if (!op) op = operatorOf(t.sym, Fixity::Postfix);
  return makeIdent(std::string(op->name), {loc(t), endOf(t)});
}

ExprPtr Parser::parseParen() {
  const Token open = advance();
  JunctionScope scope(*this, 0, {});
  ExprPtr e = parseExpr();
  expectClose(Tok::RParen, open);
  return e;
}

ExprPtr Parser::parseBracket() {
  const Token open = advance();
  JunctionScope scope(*this, 0, {});
  const Tok second = raw(1).kind;
  if (at(Tok::Ident) && (second == Tok::MapsTo || second == Tok::Colon)) {
    // [a |-> e, ...] or [a : S, ...]
    auto rec = makeExpr(second == Tok::MapsTo ? ExprKind::RecordCons : ExprKind::RecordSet);
    do {
      rec->fields.emplace_back(text(expectIdent("a record field name")));
      expect(second, " after the field name");
      rec->args.push_back(parseExpr());
    } while (accept(Tok::Comma));
    expectClose(Tok::RBracket, open);
    rec->range = rangeFrom(open);
    return rec;
  }
  if (binderAhead(false)) {  // [x \in S, y \in T |-> e]
    const Token first = peek();
    std::vector<Binder> binders = parseBinders(BinderMode::Any, "a function constructor");
    if (at(Tok::MapsTo)) {
      for (const auto& b : binders)
        if (!b.domain) fail(first, "a function constructor needs bounded variables (x \\in S)");
      advance();
      auto fc = makeExpr(ExprKind::FuncCons);
      fc->binders = std::move(binders);
      fc->args.push_back(parseExpr());
      expectClose(Tok::RBracket, open);
      fc->range = rangeFrom(open);
      return fc;
    }
    if (binders.size() != 1 || binders[0].vars.size() != 1 || !binders[0].domain)
      failExpected("'|->' in function constructor");
    return finishBracket(open, binderAsExpr(binders[0], rangeFrom(first)));
  }
  return finishBracket(open, parseExpr());
}

ExprPtr Parser::finishBracket(const Token& open, ExprPtr first) {
  const Token t = peek();
  if (t.kind == Tok::Arrow) {  // [S -> T]
    advance();
    auto fs = makeExpr(ExprKind::FuncSet);
    fs->args.push_back(std::move(first));
    fs->args.push_back(parseExpr());
    expectClose(Tok::RBracket, open);
    fs->range = rangeFrom(open);
    return fs;
  }
  if (t.kind == Tok::KwEXCEPT) return parseExcept(open, std::move(first));
  if (t.kind == Tok::RBracketUnder) {  // [A]_v
    advance();
    auto box = makeExpr(ExprKind::BoxAction);
    box->args.push_back(std::move(first));
    box->args.push_back(parseSubscript(false));
    box->range = rangeFrom(open);
    return box;
  }
  failExpected(cat({"'->', 'EXCEPT' or ']_' in the bracket expression begun at ", where(open)}));
}

ExprPtr Parser::parseExcept(const Token& open, ExprPtr fn) {
  advance();  // EXCEPT
  auto ex = makeExpr(ExprKind::Except);
  ex->args.push_back(std::move(fn));
  do {
    expect(Tok::Bang, " to begin an EXCEPT clause");
    ExceptClause clause;
    do {
      ExceptPathElem elem;
      if (accept(Tok::Dot)) {
        elem.isField = true;
        elem.field = std::string(text(expectIdent("a record field name after '.'")));
      } else if (at(Tok::LBracket)) {
        const Token o = advance();
        elem.index = parseArgs(Tok::RBracket, o);
      } else {
        failExpected("'.' or '[' in an EXCEPT clause");
      }
      clause.path.push_back(std::move(elem));
    } while (at(Tok::Dot) || at(Tok::LBracket));
    if (!atOp(Sym::Eq)) failExpected("'=' in an EXCEPT clause");
    advance();
    clause.value = parseExpr();
    ex->excepts.push_back(std::move(clause));
  } while (accept(Tok::Comma));
  expectClose(Tok::RBracket, open);
  ex->range = rangeFrom(open);
  return ex;
}

ExprPtr Parser::parseBrace() {
  const Token open = advance();
  JunctionScope scope(*this, 0, {});
  auto set = makeExpr(ExprKind::SetEnum);
  if (accept(Tok::RBrace)) {
    set->range = rangeFrom(open);
    return set;
  }
  ExprPtr first;
  if (binderAhead(true)) {  // {x \in S : P}
    const Token start = peek();
    Binder b = parseBinderGroup();
    if (accept(Tok::Colon)) {
      auto filter = makeExpr(ExprKind::SetFilter);
      filter->binders.push_back(std::move(b));
      filter->args.push_back(parseExpr());
      expectClose(Tok::RBrace, open);
      filter->range = rangeFrom(open);
      return filter;
    }
    first = binderAsExpr(b, rangeFrom(start));
  } else {
    first = parseExpr();
    if (accept(Tok::Colon)) {  // {e : x \in S, ...}
      auto map = makeExpr(ExprKind::SetMap);
      map->binders = parseBinders(BinderMode::BoundedOnly, "a set constructor");
      map->args.push_back(std::move(first));
      expectClose(Tok::RBrace, open);
      map->range = rangeFrom(open);
      return map;
    }
  }
  set->args.push_back(std::move(first));
  while (accept(Tok::Comma)) set->args.push_back(parseExpr());
  expectClose(Tok::RBrace, open);
  set->range = rangeFrom(open);
  return set;
}

ExprPtr Parser::parseAngle() {
  const Token open = advance();
  JunctionScope scope(*this, 0, {});
  std::vector<ExprPtr> elems;
  if (!at(Tok::RAngle) && !at(Tok::RAngleUnder)) {
    do elems.push_back(parseExpr());
    while (accept(Tok::Comma));
  }
  if (at(Tok::RAngleUnder)) {  // <<A>>_v
    const Token close = advance();
    if (elems.size() != 1) fail(close, "an action <<A>>_v must contain exactly one expression");
    auto act = makeExpr(ExprKind::AngleAction);
    act->args.push_back(std::move(elems[0]));
    act->args.push_back(parseSubscript(false));
    act->range = rangeFrom(open);
    return act;
  }
  expectClose(Tok::RAngle, open);
  auto tuple = makeExpr(ExprKind::Tuple, rangeFrom(open));
  tuple->args = std::move(elems);
  return tuple;
}

ExprPtr Parser::parseSubscript(bool fairness) {
  const Token t = peek();
  ExprPtr e;
  if (t.kind == Tok::Ident) {
    advance();
    if (at(Tok::Bang)) {
      RefSegment seg;
      seg.name = std::string(text(t));
      seg.loc = loc(t);
      e = parseRefPath(t, std::move(seg), !fairness);
    } else if (!fairness && at(Tok::LParen)) {
      const Token open = advance();
      e = makeExpr(ExprKind::OpApp);
      e->name = std::string(text(t));
      e->args = parseArgs(Tok::RParen, open, true);
      e->range = rangeFrom(t);
    } else {
      e = makeIdent(std::string(text(t)), rangeFrom(t));
    }
  } else if (t.kind == Tok::LAngle || t.kind == Tok::LParen || t.kind == Tok::LBrace ||
             t.kind == Tok::LBracket || t.kind == Tok::KwTRUE || t.kind == Tok::KwFALSE ||
             t.kind == Tok::KwBOOLEAN || t.kind == Tok::KwSTRING || t.kind == Tok::Number ||
             t.kind == Tok::String) {
    e = parsePrimary();
  } else {
    failExpected("a subscript (an identifier, a tuple or a parenthesized expression)");
  }
  while (at(Tok::Dot)) {
    advance();
    auto dot = makeExpr(ExprKind::Dot);
    dot->text = std::string(text(expectIdent("a record field name after '.'")));
    dot->args.push_back(std::move(e));
    dot->range = rangeFrom(t);
    e = std::move(dot);
  }
  return e;
}

ExprPtr Parser::parseFairness() {
  const Token kw = advance();
  auto f = makeExpr(ExprKind::Fairness);
  f->fairnessStrong = kw.kind == Tok::SF;
  f->args.push_back(parseSubscript(true));
  const Token open = expect(Tok::LParen, " after the WF_/SF_ subscript");
  {
    JunctionScope scope(*this, 0, {});
    f->args.push_back(parseExpr());
    expectClose(Tok::RParen, open);
  }
  f->range = rangeFrom(kw);
  return f;
}

ExprPtr Parser::parseIf() {
  const Token kw = advance();
  auto e = makeExpr(ExprKind::If);
  e->args.push_back(parseExpr());
  expect(Tok::KwTHEN, cat({" in IF begun at ", where(kw)}));
  e->args.push_back(parseExpr());
  expect(Tok::KwELSE, cat({" in IF begun at ", where(kw)}));
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

ExprPtr Parser::parseCase() {
  const Token kw = advance();
  auto e = makeExpr(ExprKind::Case);
  while (true) {
    if (accept(Tok::KwOTHER)) {
      expect(Tok::Arrow, " after OTHER");
      e->args.push_back(parseExpr());
      e->hasOther = true;
      break;
    }
    e->args.push_back(parseExpr());
    expect(Tok::Arrow, " in CASE arm");
    e->args.push_back(parseExpr());
    if (!atOp(Sym::Always)) break;
    advance();
  }
  e->range = rangeFrom(kw);
  return e;
}

ExprPtr Parser::parseLet() {
  const Token kw = advance();
  auto e = makeExpr(ExprKind::Let);
  do {
    if (accept(Tok::KwRECURSIVE)) {
      do e->letDefs.push_back(parseRecursiveDecl());
      while (accept(Tok::Comma));
    } else if (definitionAhead()) {
      e->letDefs.push_back(parseDefinition(false));
    } else {
      failExpected(cat({"a definition in the LET begun at ", where(kw)}));
    }
  } while (!at(Tok::KwIN));
  advance();
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

ExprPtr Parser::parseChoose() {
  const Token kw = advance();
  auto e = makeExpr(ExprKind::Choose);
  Binder b;
  if (at(Tok::LAngle)) {
    const Token open = advance();
    b.tuple = true;
    do {
      const Token& v = expectIdent("a variable name");
      b.vars.push_back(makeDecl(DeclKind::BoundVar, std::string(text(v)), {loc(v), endOf(v)}));
    } while (accept(Tok::Comma));
    expectClose(Tok::RAngle, open);
  } else {
    const Token& v = expectIdent("a variable name after CHOOSE");
    b.vars.push_back(makeDecl(DeclKind::BoundVar, std::string(text(v)), {loc(v), endOf(v)}));
  }
  if (atOp(Sym::In)) {
    advance();
    b.domain = parseExpr();
  }
  e->binders.push_back(std::move(b));
  expect(Tok::Colon, " in CHOOSE");
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

ExprPtr Parser::parseLambda() {
  const Token kw = advance();
  auto e = makeExpr(ExprKind::Lambda);
  do {
    const Token& v = expectIdent("a parameter name");
    e->params.push_back(makeDecl(DeclKind::OpParam, std::string(text(v)), {loc(v), endOf(v)}));
  } while (accept(Tok::Comma));
  expect(Tok::Colon, " in LAMBDA");
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

ExprPtr Parser::parseQuantifier() {
  const Token kw = advance();
  const bool temporal = kw.kind == Tok::TForall || kw.kind == Tok::TExists;
  auto e = makeExpr(temporal ? ExprKind::TempQuant : ExprKind::Quant);
  e->quantOp = (kw.kind == Tok::Forall || kw.kind == Tok::TForall) ? QuantOp::Forall
                                                                   : QuantOp::Exists;
  e->binders = parseBinders(temporal ? BinderMode::UnboundedOnly : BinderMode::Any,
                            temporal ? "a temporal quantifier" : "a quantifier");
  if (temporal)
    for (auto& b : e->binders)
      for (auto& v : b.vars) v->flexible = true;
  expect(Tok::Colon, " after the quantifier's variables");
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

Binder Parser::parseBinderGroup() {
  Binder b;
  auto var = [&](const Token& v) {
    b.vars.push_back(makeDecl(DeclKind::BoundVar, std::string(text(v)), {loc(v), endOf(v)}));
  };
  if (at(Tok::LAngle)) {
    const Token open = advance();
    b.tuple = true;
    do var(expectIdent("a variable name"));
    while (accept(Tok::Comma));
    expectClose(Tok::RAngle, open);
  } else {
    var(expectIdent("a variable name"));
    while (at(Tok::Comma) && raw(1).kind == Tok::Ident) {
      advance();
      var(advance());
    }
  }
  if (atOp(Sym::In)) {
    advance();
    b.domain = parseExpr();
  }
  return b;
}

std::vector<Binder> Parser::parseBinders(BinderMode mode, std::string_view construct) {
  const Token start = peek();
  std::vector<Binder> binders;
  bool bounded = false, unbounded = false;
  do {
    const Token groupStart = peek();
    binders.push_back(parseBinderGroup());
    const Binder& b = binders.back();
    (b.domain ? bounded : unbounded) = true;
    if (b.tuple && !b.domain)
      fail(groupStart, "a tuple of variables <<...>> must be bounded (<<x, y>> \\in S)");
  } while (accept(Tok::Comma));
  if (mode == BinderMode::BoundedOnly && unbounded)
    fail(start, cat({construct, " needs bounded variables (x \\in S)"}));
  if (mode == BinderMode::UnboundedOnly && bounded)
    fail(start, cat({construct, " cannot have bounded variables"}));
  if (bounded && unbounded)
    fail(start, cat({"bounded and unbounded variables cannot be mixed in ", construct}));
  return binders;
}

}  // namespace tlapx::parser_detail
