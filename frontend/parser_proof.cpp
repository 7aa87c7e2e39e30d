// The TLA+2 proof language: theorems, ASSUME/PROVE sequents and NEW declarations,
// terminal proofs (OBVIOUS, OMITTED, BY), hierarchical step lists with level
// resolution of <+> and <*>, every step kind, and USE/HIDE/BY fact and DEF lists.
#include <algorithm>
#include <string>

#include "frontend/parser_internal.hpp"

namespace tlapx::parser_detail {

namespace {

// "<1>2." -> level part "<1>", label "2".
std::string_view stepLevelPart(std::string_view s) { return s.substr(0, s.find('>') + 1); }

std::string_view stepLabelPart(std::string_view s, bool dot) {
  std::string_view rest = s.substr(s.find('>') + 1);
  if (dot && !rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  return rest;
}

}  // namespace

int Parser::stepLevel(const Token& t, int star, int plus) const {
  std::string_view inner = stepLevelPart(text(t));
  inner = inner.substr(1, inner.size() - 2);
  if (inner == "*") return star;
  if (inner == "+") return plus;
  int n = 0;
  for (char c : inner) n = std::min(n * 10 + (c - '0'), 1000000);
  return n;
}

void Parser::parseTheorem(Unit& u) {
  const Token kw = advance();
  auto d = makeDecl(DeclKind::Theorem, "");
  d->theoremKeyword = std::string(text(kw));
  if (at(Tok::Ident) && raw(1).kind == Tok::DefEq) {
    d->name = std::string(text(advance()));
    advance();
  }
  d->body = at(Tok::KwASSUME) ? parseSequent() : parseExpr();
  d->proof = parseOptionalProof(0);
  d->range = rangeFrom(kw);
  u.decls.push_back(d);
  if (at(Tok::Step))
    fail(peek(), cat({"proof step '", text(peek()),
                      "' does not fit the proof structure (check its level number)"}));
}

ExprPtr Parser::parseSequent() {
  const Token kw = advance();  // ASSUME
  DepthGuard guard(*this, kw);
  auto e = makeExpr(ExprKind::Sequent);
  do e->hyps.push_back(parseHypothesis());
  while (accept(Tok::Comma));
  expect(Tok::KwPROVE, cat({" to end the ASSUME begun at ", where(kw)}));
  e->args.push_back(parseExpr());
  e->range = rangeFrom(kw);
  return e;
}

SequentHyp Parser::parseHypothesis() {
  SequentHyp h;
  switch (peek().kind) {
    case Tok::KwNEW: case Tok::KwCONSTANT: case Tok::KwCONSTANTS: case Tok::KwVARIABLE:
    case Tok::KwSTATE: case Tok::KwACTION: case Tok::KwTEMPORAL:
      h.newDecl = parseNewDecl();
      break;
    case Tok::KwASSUME:
      h.fact = parseSequent();
      break;
    default:
      h.fact = parseExpr();
      break;
  }
  return h;
}

DeclPtr Parser::parseNewDecl() {
  const Token start = peek();
  accept(Tok::KwNEW);
  NewKind kind = NewKind::Constant;
  switch (peek().kind) {
    case Tok::KwCONSTANT: case Tok::KwCONSTANTS: kind = NewKind::Constant; advance(); break;
    case Tok::KwVARIABLE: kind = NewKind::Variable; advance(); break;
    case Tok::KwSTATE: kind = NewKind::State; advance(); break;
    case Tok::KwACTION: kind = NewKind::Action; advance(); break;
    case Tok::KwTEMPORAL: kind = NewKind::Temporal; advance(); break;
    default: break;
  }
  DeclPtr d = parseOpDeclarator(DeclKind::NewSymbol);
  d->newKind = kind;
  if (atOp(Sym::In)) {
    advance();
    d->body = parseExpr();
  }
  d->range = rangeFrom(start);
  return d;
}

ProofPtr Parser::parseOptionalProof(int ownerLevel) {
  const Token start = peek();
  const bool keyword = accept(Tok::KwPROOF);
  const Token t = peek();
  switch (t.kind) {
    case Tok::KwBY: case Tok::KwOBVIOUS: case Tok::KwOMITTED:
      return parseTerminalProof(start, keyword);
    case Tok::Step: {
      // Steps form this step's proof if they are deeper: `<+>`, a larger number, or
      // anything after PROOF; a theorem's proof starts with any step.
      const int level = stepLevel(t, keyword || ownerLevel == 0 ? ownerLevel + 1 : ownerLevel,
                                  ownerLevel + 1);
      if (level > ownerLevel) return parseSteps(ownerLevel, start, keyword);
      break;
    }
    default:
      break;
  }
  if (keyword) failExpected("a proof after PROOF");
  return nullptr;
}

ProofPtr Parser::parseTerminalProof(const Token& start, bool keyword) {
  auto p = std::make_shared<Proof>();
  p->proofKeyword = keyword;
  const Token t = advance();
  if (t.kind == Tok::KwOBVIOUS) {
    p->kind = ProofKind::Obvious;
  } else if (t.kind == Tok::KwOMITTED) {
    p->kind = ProofKind::Omitted;
  } else {
    p->kind = ProofKind::By;
    p->by = parseUseBody(t);
  }
  p->range = rangeFrom(start);
  return p;
}

ProofPtr Parser::parseSteps(int parentLevel, const Token& start, bool keyword) {
  DepthGuard guard(*this, peek());
  auto p = std::make_shared<Proof>();
  p->kind = ProofKind::Steps;
  p->proofKeyword = keyword;
  const int level = stepLevel(peek(), parentLevel + 1, parentLevel + 1);
  // The first step fixes the level; later ones are siblings if they have the same.
  for (bool first = true; at(Tok::Step) && (first || stepLevel(peek(), level, level + 1) == level);
       first = false) {
    const std::size_t stepStart = pos_;
    try {
      StepPtr s = parseStep(level);
      const bool qed = s->kind == StepKind::Qed;
      p->steps.push_back(std::move(s));
      if (qed) break;
    } catch (const ParseError&) {
      childMax_ = 0;
      recoverToStep(level, stepStart);
    }
  }
  p->range = rangeFrom(start);
  return p;
}

void Parser::recoverToStep(int level, std::size_t stepStart) {
  if (pos_ == stepStart) advance();
  while (!isUnitStart(pos_)) {
    const Token& t = raw();
    if (t.kind == Tok::Step && t.stepDot && stepLevel(t, level, level + 1) <= level) return;
    advance();
  }
}

StepPtr Parser::parseStep(int level) {
  const Token st = advance();
  auto s = std::make_shared<ProofStep>();
  s->level = level;
  s->levelText = std::string(stepLevelPart(text(st)));
  s->label = std::string(stepLabelPart(text(st), st.stepDot));
  if (!s->label.empty()) s->name = cat({"<", std::to_string(level), ">", s->label});
  parseStepBody(*s);
  switch (s->kind) {
    case StepKind::Define: case StepKind::Use: case StepKind::Hide: case StepKind::Instance:
      break;
    default:
      s->proof = parseOptionalProof(level);
      break;
  }
  s->range = rangeFrom(st);
  return s;
}

void Parser::parseStepBody(ProofStep& s) {
  const Token t = peek();
  auto definitions = [&] {
    do s.defs.push_back(parseDefinition(false));
    while (definitionAhead());
  };
  switch (t.kind) {
    case Tok::KwQED:
      advance();
      s.kind = StepKind::Qed;
      return;
    case Tok::KwSUFFICES:
      advance();
      s.kind = StepKind::Suffices;
      s.expr = at(Tok::KwASSUME) ? parseSequent() : parseExpr();
      return;
    case Tok::KwCASE:
      advance();
      s.kind = StepKind::Case;
      s.expr = parseExpr();
      return;
    case Tok::KwPICK:
      advance();
      s.kind = StepKind::Pick;
      s.binders = parseBinders(BinderMode::Any, "PICK");
      expect(Tok::Colon, " after the PICK variables");
      s.expr = parseExpr();
      return;
    case Tok::KwTAKE:
      advance();
      s.kind = StepKind::Take;
      s.binders = parseBinders(BinderMode::Any, "TAKE");
      return;
    case Tok::KwWITNESS:
      advance();
      s.kind = StepKind::Witness;
      do s.exprs.push_back(parseExpr());
      while (accept(Tok::Comma));
      return;
    case Tok::KwHAVE:
      advance();
      s.kind = StepKind::Have;
      s.expr = parseExpr();
      return;
    case Tok::KwDEFINE:
      advance();
      s.kind = StepKind::Define;
      if (!definitionAhead()) failExpected("a definition after DEFINE");
      definitions();
      return;
    case Tok::KwUSE:
    case Tok::KwHIDE:
      advance();
      s.kind = t.kind == Tok::KwUSE ? StepKind::Use : StepKind::Hide;
      s.use = parseUseBody(t);
      return;
    case Tok::KwINSTANCE: {
      s.kind = StepKind::Instance;
      s.instanceDecl = makeDecl(DeclKind::Instance, "");
      s.instanceDecl->instance = parseInstance();
      s.instanceDecl->range = rangeFrom(t);
      return;
    }
    case Tok::KwASSUME:
      s.kind = StepKind::Assert;
      s.expr = parseSequent();
      return;
    default:
      break;
  }
  if (definitionAhead()) {
    definitions();
    if (s.defs.size() == 1 && s.defs[0]->kind == DeclKind::Instance) {
      s.kind = StepKind::Instance;
      s.instanceDecl = std::move(s.defs[0]);
      s.defs.clear();
    } else {
      s.kind = StepKind::Define;
    }
    return;
  }
  s.kind = StepKind::Assert;
  s.expr = parseExpr();
}

UseBy Parser::parseUseBody(const Token& start) {
  UseBy u;
  u.only = accept(Tok::KwONLY);
  auto startsFact = [&] {
    const Token& t = peek();
    if (isUnitStart(pos_)) return false;  // e.g. the next definition, not a fact
    switch (t.kind) {
      case Tok::Ident: case Tok::Number: case Tok::String: case Tok::LParen: case Tok::LBracket:
      case Tok::LBrace: case Tok::LAngle: case Tok::Op: case Tok::KwTRUE: case Tok::KwFALSE:
      case Tok::KwBOOLEAN: case Tok::KwSTRING: case Tok::KwIF: case Tok::KwCASE: case Tok::KwLET:
      case Tok::KwCHOOSE: case Tok::KwLAMBDA: case Tok::Forall: case Tok::Exists:
      case Tok::TForall: case Tok::TExists: case Tok::WF: case Tok::SF: case Tok::At:
      case Tok::KwMODULE:
        return true;
      case Tok::Step:
        return !t.stepDot;
      default:
        return false;
    }
  };
  if (startsFact()) {
    do {
      if (at(Tok::KwMODULE)) {
        const Token kw = advance();
        auto m = makeExpr(ExprKind::ModuleRef);
        m->text = std::string(text(expectIdent("a module name after MODULE")));
        m->range = rangeFrom(kw);
        u.facts.push_back(std::move(m));
      } else {
        u.facts.push_back(parseExpr());
      }
    } while (accept(Tok::Comma));
  }
  if (accept(Tok::KwDEF) || accept(Tok::KwDEFS)) {
    do u.defs.push_back(parseDefName());
    while (accept(Tok::Comma));
  }
  u.range = rangeFrom(start);
  return u;
}

ExprPtr Parser::parseDefName() {
  const Token t = peek();
  switch (t.kind) {
    case Tok::KwMODULE: {
      advance();
      auto m = makeExpr(ExprKind::ModuleRef);
      m->text = std::string(text(expectIdent("a module name after MODULE")));
      m->range = rangeFrom(t);
      return m;
    }
    case Tok::Ident: {
      advance();
      if (at(Tok::Bang)) {
        RefSegment seg;
        seg.name = std::string(text(t));
        seg.loc = loc(t);
        return parseRefPath(t, std::move(seg));
      }
      auto e = makeExpr(ExprKind::Ident, rangeFrom(t));
      e->name = std::string(text(t));
      return e;
    }
    case Tok::Op:
      advance();
      return operatorAsName(t);
    default:
      failExpected("a definition name after DEF");
  }
}

}  // namespace tlapx::parser_detail
