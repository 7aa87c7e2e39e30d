// `!`-paths (ExprKind::Ref): instance paths `I(e)!J!Op(a)` and TLA+2 subexpression
// selection `Op(a)!2!(x)!<<`, `Op!lab(i)`, `Op!:!LetDef(b)`, `<1>3!1`, following the
// semantics of SANY's selector algorithm. The Ref node is replaced by what it selects,
// with the selected bound variables and parameters instantiated.
#include <fmt/format.h>

#include <algorithm>

#include "frontend/ast_walk.hpp"
#include "frontend/resolver_impl.hpp"
#include "frontend/substitution.hpp"

namespace tlapx {

namespace {

constexpr std::size_t kAnyArity = static_cast<std::size_t>(-1);

// A reference to `d` named as written: `name` keeps an instance path (`I!J!Op`) so that
// printed obligations say which instance a definition comes from.
ExprPtr makeReference(const Decl& d, std::vector<ExprPtr> args, SourceRange range,
                      const std::string& name = {}) {
  auto e = makeExpr(args.empty() ? ExprKind::Ident : ExprKind::OpApp, range);
  e->name = name.empty() ? d.name : name;
  e->decl = &d;
  e->args = std::move(args);
  return e;
}

std::vector<ExprPtr> lastN(const std::vector<ExprPtr>& v, std::size_t n) {
  return {v.end() - static_cast<std::ptrdiff_t>(std::min(n, v.size())), v.end()};
}

bool binds(ExprKind k) {
  return k == ExprKind::Quant || k == ExprKind::TempQuant || k == ExprKind::Choose || k == ExprKind::SetFilter ||
         k == ExprKind::SetMap || k == ExprKind::FuncCons;
}

// Finds the label `name` in `e` (not inside another label, a LAMBDA or a LET
// definition), recording the LET expressions on the way.
ExprPtr findLabel(const ExprPtr& e, const std::string& name, std::vector<ExprPtr>& lets) {
  if (e->kind == ExprKind::Label) return e->text == name ? e : nullptr;
  if (e->kind == ExprKind::Lambda) return nullptr;
  if (e->kind == ExprKind::Let) {
    lets.push_back(e);
    if (auto found = findLabel(e->args.at(0), name, lets)) return found;
    lets.pop_back();
    return nullptr;
  }
  ExprPtr found;
  forEachChild(*e, [&](const ExprPtr& c) {
    if (!found) found = findLabel(c, name, lets);
  });
  return found;
}

ExprPtr stripLabels(ExprPtr e) {
  while (e && e->kind == ExprKind::Label) e = e->args.at(0);
  return e;
}

// The operand number a selector denotes among `n` operands (1-based), or 0 if none:
// !i is the i-th, !<< the first, !>> the second of exactly two.
std::size_t argNum(const RefSegment& seg, std::size_t n) {
  switch (seg.kind) {
    case RefSegment::Kind::Number:
      return seg.number >= 1 && static_cast<std::size_t>(seg.number) <= n ? static_cast<std::size_t>(seg.number) : 0;
    case RefSegment::Kind::First:
      return n > 0 ? 1 : 0;
    case RefSegment::Kind::Second:
      return n == 2 ? 2 : 0;
    default:
      return 0;
  }
}

std::string selectorText(const RefSegment& seg) {
  switch (seg.kind) {
    case RefSegment::Kind::Name:
      return seg.name;
    case RefSegment::Kind::Number:
      return std::to_string(seg.number);
    case RefSegment::Kind::Args:
      return "(...)";
    case RefSegment::Kind::First:
      return "<<";
    case RefSegment::Kind::Second:
      return ">>";
    case RefSegment::Kind::Colon:
      return ":";
    case RefSegment::Kind::At:
      return "@";
  }
  return "?";
}

// The walk through a `!`-path.
struct Selection {
  std::vector<DeclPtr> params;  // parameters and bound variables to instantiate, in order
  std::vector<ExprPtr> args;    // their arguments (fewer than params: an operator is selected)
  std::vector<ExprPtr> lets;    // LET expressions passed through, outermost first
  ExprPtr cur;                  // the selected expression
  bool wrapped = false;         // a SUFFICES/CASE/HAVE step: its formula is operand 1
};

}  // namespace

ExprPtr Resolver::Impl::resolveRef(const Expr& ref, Expect expect) {
  const auto& path = ref.path;
  auto fail = [&](SourceLoc loc, const std::string& message) {
    if (!message.empty()) diags.error(loc.valid() ? loc : ref.range.begin, message);
    auto bad = makeExpr(ExprKind::Ident, ref.range);
    bad->name = std::string(1, '?');
    return bad;
  };
  auto resolveAll = [this](std::vector<ExprPtr>& args) {
    for (auto& a : args) resolveExpr(a);
  };
  if (path.empty() || path[0].kind != RefSegment::Kind::Name)
    return fail(ref.range.begin, "a subexpression name must start with a name");

  Selection sel;
  std::size_t i = 0;
  bool afterName = true;  // labels may follow a definition, step or label name
  const std::string& first = path[0].name;
  if (!first.empty() && first[0] == '<') {
    const ProofStep* step = lookupStep(first);
    if (step == nullptr) return fail(path[0].loc, fmt::format("unknown proof step '{}'", first));
    switch (step->kind) {
      case StepKind::Assert:
        sel.cur = step->expr;
        break;
      case StepKind::Suffices:
      case StepKind::Case:
      case StepKind::Have:
        sel.cur = step->expr;
        sel.wrapped = true;
        break;
      case StepKind::Pick: {
        auto exists = makeExpr(ExprKind::Quant, step->range);
        exists->quantOp = QuantOp::Exists;
        exists->binders = step->binders;
        exists->args.push_back(step->expr);
        sel.cur = exists;
        break;
      }
      default:
        return fail(path[0].loc, fmt::format("proof step '{}' has no formula to select from", first));
    }
    if (!sel.cur) return fail(path[0].loc, fmt::format("proof step '{}' has no formula to select from", first));
    i = 1;
  } else {
    const Symbol* sym = lookup(first, kAnyArity);
    if (sym == nullptr) return fail(path[0].loc, fmt::format("unknown operator '{}'", first));
    DeclPtr d = sym->decl;
    std::string qualified = first;
    // SANY flattens the arguments of all the names of an instance path: I(e)!Op(a) and
    // I!Op(e, a) are the same application.
    std::vector<ExprPtr> flat;
    std::size_t instanceArity = 0;  // how many of them are instance arguments
    while (d->kind == DeclKind::Instance) {
      instanceArity += static_cast<std::size_t>(d->arity) - instanceParamCount(*d);
      flat.insert(flat.end(), path[i].args.begin(), path[i].args.end());
      if (++i == path.size()) {
        if (expect.kind == Expect::Kind::Def || expect.kind == Expect::Kind::Fact)
          return makeReference(*d, {}, ref.range);
        return fail(path[i - 1].loc, fmt::format("incomplete name '{}': an INSTANCE is not an expression", qualified));
      }
      if (path[i].kind != RefSegment::Kind::Name)
        return fail(path[i].loc, fmt::format("a definition name must follow '{}!'", qualified));
      qualified += "!" + path[i].name;
      if (!d->instance || d->instance->module == nullptr) return fail({}, {});  // already reported
      DeclPtr next = lookupInInstance(*d, path[i].name);
      if (!next) return fail(path[i].loc, fmt::format("unknown operator '{}'", qualified));
      d = next;
    }
    const std::size_t lead = instanceParamCount(*d);
    const std::size_t ownArity = static_cast<std::size_t>(d->arity) - lead;
    flat.insert(flat.end(), path[i].args.begin(), path[i].args.end());
    const bool last = i + 1 == path.size();
    if (last && expect.kind == Expect::Kind::Def) return makeReference(*d, {}, ref.range);
    const bool partial = last && expect.kind == Expect::Kind::Operator && flat.size() == instanceArity;
    std::vector<ExprPtr> args;  // d's arguments: its instance arguments, then its own
    if (flat.size() == instanceArity + ownArity || partial) {
      std::vector<ExprPtr> inst(flat.begin(), flat.begin() + static_cast<std::ptrdiff_t>(instanceArity));
      std::vector<ExprPtr> own(flat.begin() + static_cast<std::ptrdiff_t>(instanceArity), flat.end());
      resolveAll(inst);
      resolveArgs(*d, lead, own, qualified);
      args = lastN(inst, lead);
      args.insert(args.end(), own.begin(), own.end());
    } else if (!(flat.empty() && expect.kind == Expect::Kind::Fact)) {
      return fail(path[i].loc, fmt::format("'{}' expects {} arguments but got {}", qualified,
                                           instanceArity + ownArity, flat.size()));
    }
    if (last) {  // a plain (instance) reference, no selection
      if (partial && ownArity > 0)
        return args.empty() ? makeReference(*d, {}, ref.range)
                            : partialApplication(*d, args, static_cast<int>(ownArity), ref.range);
      return makeReference(*d, std::move(args), ref.range, qualified);
    }
    if (d->kind != DeclKind::Operator && d->kind != DeclKind::Function && d->kind != DeclKind::Theorem &&
        d->kind != DeclKind::Assumption)
      return fail(path[i].loc, fmt::format("cannot select a subexpression of '{}'", qualified));
    sel.params = d->params;
    sel.args = std::move(args);
    sel.cur = d->body;
    if (!sel.cur) return fail(path[i].loc, fmt::format("'{}' has no definition to select from", qualified));
    ++i;
  }

  for (; i < path.size(); ++i) {
    const RefSegment& seg = path[i];
    if (seg.kind == RefSegment::Kind::Colon) {
      afterName = false;  // `Op!:` is the body; `Op!:!Def` names a LET definition
      continue;
    }
    if (seg.kind == RefSegment::Kind::Name) {
      std::vector<ExprPtr> lets;
      ExprPtr label = afterName ? findLabel(sel.cur, seg.name, lets) : nullptr;
      if (label) {
        std::vector<ExprPtr> own = seg.args;
        if (own.size() != label->params.size())
          return fail(seg.loc, fmt::format("label '{}' expects {} arguments but got {}", seg.name,
                                           label->params.size(), own.size()));
        resolveAll(own);
        sel.params.insert(sel.params.end(), label->params.begin(), label->params.end());
        sel.args.insert(sel.args.end(), own.begin(), own.end());
        sel.lets.insert(sel.lets.end(), lets.begin(), lets.end());
        sel.cur = label->args.at(0);
        afterName = true;
        continue;
      }
      ExprPtr let = stripLabels(sel.cur);
      DeclPtr def;
      if (let->kind == ExprKind::Let)
        for (const auto& d : let->letDefs)
          if (d->kind != DeclKind::Recursive && d->name == seg.name) def = d;
      if (!def || !def->body)
        return fail(seg.loc, fmt::format("no label or LET definition '{}' here", seg.name));
      std::vector<ExprPtr> own = seg.args;
      if (!own.empty() || (i + 1 == path.size() && expect.kind == Expect::Kind::Value)) {
        if (own.size() != def->params.size())
          return fail(seg.loc, fmt::format("'{}' expects {} arguments but got {}", seg.name, def->params.size(),
                                           own.size()));
        resolveArgs(*def, 0, own, seg.name);
      }
      sel.params.insert(sel.params.end(), def->params.begin(), def->params.end());
      sel.args.insert(sel.args.end(), own.begin(), own.end());
      sel.lets.push_back(let);
      sel.cur = def->body;
      afterName = true;
      continue;
    }
    // A positional selector or an instantiation of bound variables.
    afterName = false;
    ExprPtr cur = stripLabels(sel.cur);
    if (sel.wrapped) {
      if (argNum(seg, 1) != 1) return fail(seg.loc, fmt::format("nonexistent operand '!{}'", selectorText(seg)));
      sel.wrapped = false;
      continue;
    }
    const bool instantiates = seg.kind == RefSegment::Kind::Args || seg.kind == RefSegment::Kind::At;
    auto operand = [&](const std::vector<ExprPtr>& operands) -> ExprPtr {
      const std::size_t k = argNum(seg, operands.size());
      return k == 0 ? nullptr : operands[k - 1];
    };
    ExprPtr next;
    if (binds(cur->kind) || cur->kind == ExprKind::Lambda) {
      std::vector<DeclPtr> vars = cur->params;
      std::vector<ExprPtr> domains;
      for (const auto& b : cur->binders) {
        vars.insert(vars.end(), b.vars.begin(), b.vars.end());
        if (b.domain) domains.push_back(b.domain);
      }
      if (instantiates) {
        std::vector<ExprPtr> own = seg.args;
        if (seg.kind == RefSegment::Kind::Args && own.size() != vars.size())
          return fail(seg.loc, fmt::format("selector with {} arguments used for an expression with {} bound "
                                           "identifiers",
                                           own.size(), vars.size()));
        resolveAll(own);
        sel.params.insert(sel.params.end(), vars.begin(), vars.end());
        sel.args.insert(sel.args.end(), own.begin(), own.end());
        next = cur->args.at(0);
      } else if (cur->kind != ExprKind::Lambda) {
        next = operand(domains);
      }
    } else if (instantiates) {
      return fail(seg.loc, fmt::format("'!{}' selects from an expression without bound identifiers",
                                       selectorText(seg)));
    } else {
      switch (cur->kind) {
        case ExprKind::Let:
          if (argNum(seg, 1) == 1) {
            sel.lets.push_back(cur);
            next = cur->args.at(0);
          }
          break;
        case ExprKind::Sequent: {
          const std::size_t k = argNum(seg, cur->hyps.size() + 1);
          if (k == cur->hyps.size() + 1)
            next = cur->args.at(0);
          else if (k > 0 && cur->hyps[k - 1].fact)
            next = cur->hyps[k - 1].fact;
          else if (k > 0)
            return fail(seg.loc, "selected a NEW declaration of an ASSUME/PROVE");
          break;
        }
        case ExprKind::Case: {
          const std::size_t arms = cur->args.size() / 2 + (cur->hasOther ? 1 : 0);
          const std::size_t k = argNum(seg, arms);
          if (k == 0) break;
          if (i + 1 == path.size())
            return fail(seg.loc, "a subexpression of a CASE must have the form !i!j");
          const std::size_t j = argNum(path[++i], 2);
          if (j == 0) return fail(path[i].loc, "the second selector of a CASE arm must be 1 or 2");
          const bool other = cur->hasOther && k == arms;
          if (other && j == 1) return fail(path[i].loc, "OTHER has no condition to select");
          next = other ? cur->args.back() : cur->args[2 * (k - 1) + (j - 1)];
          break;
        }
        case ExprKind::Except:
          if (argNum(seg, 1 + cur->excepts.size()) == 1)
            next = cur->args.at(0);
          else if (argNum(seg, 1 + cur->excepts.size()) > 1)
            return fail(seg.loc, "selecting a part of an EXCEPT other than its function is not supported");
          break;
        case ExprKind::Dot: {
          auto field = makeExpr(ExprKind::String, cur->range);
          field->text = cur->text;
          next = operand({cur->args.at(0), field});
          break;
        }
        case ExprKind::FuncApp: {
          ExprPtr index = cur->args.size() == 2 ? cur->args[1] : nullptr;
          if (!index) {
            index = makeExpr(ExprKind::Tuple, cur->range);
            index->args.assign(cur->args.begin() + 1, cur->args.end());
          }
          next = operand({cur->args.at(0), index});
          break;
        }
        case ExprKind::Builtin:
          if ((cur->op == BuiltinOp::And || cur->op == BuiltinOp::Or) && !cur->bulleted && cur->args.size() > 2) {
            // a /\ b /\ c is (a /\ b) /\ c
            auto left = std::make_shared<Expr>(*cur);
            left->args.pop_back();
            next = operand({left, cur->args.back()});
          } else {
            next = operand(cur->args);
          }
          break;
        case ExprKind::OpApp:
        case ExprKind::SetEnum:
        case ExprKind::Tuple:
        case ExprKind::FuncSet:
        case ExprKind::RecordCons:
        case ExprKind::RecordSet:
        case ExprKind::Times:
        case ExprKind::If:
        case ExprKind::BoxAction:
        case ExprKind::AngleAction:
        case ExprKind::Fairness:
          next = operand(cur->args);
          break;
        default:
          return fail(seg.loc, fmt::format("'!{}' selects from an expression that has no subexpressions",
                                           selectorText(seg)));
      }
    }
    if (!next) return fail(seg.loc, fmt::format("nonexistent operand specified by '!{}'", selectorText(seg)));
    sel.cur = next;
  }

  if (sel.wrapped) return fail(ref.range.begin, "select the formula of this step with '!1'");
  ExprPtr body = sel.cur;
  if (body->kind == ExprKind::Sequent && expect.kind != Expect::Kind::Fact)
    return fail(ref.range.begin, "an ASSUME/PROVE is selected where an expression is required");
  // Keep the LET definitions the selected expression refers to (directly or through
  // each other) in scope.
  for (auto it = sel.lets.rbegin(); it != sel.lets.rend(); ++it) {
    std::unordered_set<const Decl*> refs;
    collectReferencedDecls(*body, refs);
    std::vector<DeclPtr> kept;
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& d : (*it)->letDefs) {
        if (refs.count(d.get()) == 0 || std::find(kept.begin(), kept.end(), d) != kept.end()) continue;
        kept.push_back(d);
        if (d->body) collectReferencedDecls(*d->body, refs);
        grew = true;
      }
    }
    if (kept.empty()) continue;
    auto let = makeExpr(ExprKind::Let, (*it)->range);
    for (const auto& d : (*it)->letDefs)  // in their original order
      if (std::find(kept.begin(), kept.end(), d) != kept.end()) let->letDefs.push_back(d);
    let->args.push_back(body);
    body = let;
  }
  if (sel.args.size() > sel.params.size())
    return fail(ref.range.begin, "too many arguments in this subexpression name");
  const std::size_t open = sel.params.size() - sel.args.size();
  if (expect.kind == Expect::Kind::Operator) {
    if (open != static_cast<std::size_t>(expect.arity))
      return fail(ref.range.begin, fmt::format("expected an operator of arity {} but the selected one has arity {}",
                                               expect.arity, open));
  } else if (open != 0) {
    return fail(ref.range.begin,
                fmt::format("the selected subexpression expects {} more arguments", open));
  }
  Substituter sub;
  for (std::size_t k = 0; k < sel.args.size(); ++k) sub.bind(sel.params[k].get(), sel.args[k]);
  ExprPtr result = std::make_shared<Expr>(*sub.apply(body));
  if (open > 0) {
    auto lambda = makeExpr(ExprKind::Lambda, ref.range);
    lambda->params.assign(sel.params.end() - static_cast<std::ptrdiff_t>(open), sel.params.end());
    lambda->args.push_back(result);
    return lambda;
  }
  result->range = ref.range;
  return result;
}

}  // namespace tlapx
