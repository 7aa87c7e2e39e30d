// Relevance filtering of hypotheses (see relevance.hpp).
#include "backends/relevance.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "backends/expr_key.hpp"

namespace tlapx {

namespace {

using Symbols = std::unordered_set<std::string>;

// The symbols of `e`: free constants, variables, NEW symbols and opaque (non-primitive,
// non-LET) operators by declaration, and the strings and record fields it mentions.
Symbols symbolsOf(const Expr& e) {
  std::unordered_set<const Decl*> local;
  visitExprs(e, [&](const Expr& x) {
    for (const auto& d : x.letDefs) local.insert(d.get());
  });
  Symbols out;
  visitExprs(e, [&](const Expr& x) {
    for (const auto& f : x.fields) out.insert("f:" + f);
    switch (x.kind) {
      case ExprKind::String:
        out.insert("s:" + x.text);
        return;
      case ExprKind::Dot:
        out.insert("f:" + x.text);
        return;
      case ExprKind::Ident:
      case ExprKind::OpApp: {
        const Decl* d = x.decl;
        if (d == nullptr || local.count(d) != 0) return;
        switch (d->kind) {
          case DeclKind::Constant:
          case DeclKind::Variable:
          case DeclKind::NewSymbol:
          case DeclKind::Theorem:
          case DeclKind::Assumption:
            break;
          case DeclKind::Operator:
          case DeclKind::Function:
          case DeclKind::Recursive:
            if (d->primitive) return;
            break;
          default:
            return;  // bound variables, parameters
        }
        out.insert("d:" + std::to_string(reinterpret_cast<std::uintptr_t>(d)));
        return;
      }
      default:
        return;
    }
  });
  return out;
}

}  // namespace

std::vector<bool> selectRelevant(const std::vector<const Expr*>& facts, const Expr& goal,
                                 const RelevanceOptions& options) {
  std::vector<Symbols> symbols;
  symbols.reserve(facts.size());
  std::unordered_map<std::string, std::size_t> frequency;
  for (const Expr* f : facts) {
    symbols.push_back(symbolsOf(*f));
    for (const auto& s : symbols.back()) ++frequency[s];
  }
  // A symbol in few facts is a strong sign of relevance, one in every fact a weak one.
  auto weight = [&](const std::string& s) {
    return 1.0 / std::log(2.0 + static_cast<double>(frequency[s]));
  };
  Symbols relevant = symbolsOf(goal);
  std::vector<bool> selected(facts.size(), false);
  for (std::size_t i = 0; i < facts.size(); ++i) selected[i] = symbols[i].empty();
  double threshold = options.threshold;
  for (std::size_t round = 0; round <= options.rounds; ++round) {
    std::vector<std::size_t> added;
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (selected[i]) continue;
      double total = 0;
      double shared = 0;
      for (const auto& s : symbols[i]) {
        total += weight(s);
        if (relevant.count(s) != 0) shared += weight(s);
      }
      if (shared > 0 && shared >= threshold * total) added.push_back(i);
    }
    for (std::size_t i : added) {
      selected[i] = true;
      relevant.insert(symbols[i].begin(), symbols[i].end());
    }
    threshold *= options.decay;
  }
  return selected;
}

namespace {

// Calls f on each conjunct of `e` (nested /\ flattened, labels dropped).
template <class F>
void forEachConjunct(const ExprPtr& e, F&& f) {
  if (e->kind == ExprKind::Builtin && e->op == BuiltinOp::And) {
    for (const auto& a : e->args) forEachConjunct(a, f);
  } else if (e->kind == ExprKind::Label) {
    forEachConjunct(e->args[0], f);
  } else {
    f(e);
  }
}

}  // namespace

std::size_t factConjuncts(const Obligation& ob) {
  std::size_t n = 0;
  for (const auto& h : ob.hyps)
    if (h.kind == ObligationHyp::Kind::Fact && h.fact) forEachConjunct(h.fact, [&n](const ExprPtr&) { ++n; });
  return n;
}

std::optional<Obligation> relevantPart(const Obligation& ob, const RelevanceOptions& options) {
  if (!ob.goal) return std::nullopt;
  // Each hypothesis in order: a declaration, or the conjuncts of a fact.
  std::vector<std::vector<ObligationHyp>> parts(ob.hyps.size());
  std::vector<const Expr*> facts;
  for (std::size_t i = 0; i < ob.hyps.size(); ++i) {
    const ObligationHyp& h = ob.hyps[i];
    if (h.kind == ObligationHyp::Kind::Fact && h.fact) {
      forEachConjunct(h.fact, [&](const ExprPtr& c) {
        ObligationHyp conjunct;
        conjunct.kind = ObligationHyp::Kind::Fact;
        conjunct.fact = c;
        conjunct.holdsAlways = h.holdsAlways;
        parts[i].push_back(std::move(conjunct));
      });
      for (const auto& c : parts[i]) facts.push_back(c.fact.get());
    } else {
      parts[i].push_back(h);
    }
  }
  const std::vector<bool> keep = selectRelevant(facts, *ob.goal, options);
  if (std::find(keep.begin(), keep.end(), false) == keep.end()) return std::nullopt;
  Obligation part = ob;
  part.hyps.clear();
  std::size_t next = 0;  // index into `keep`
  for (std::size_t i = 0; i < ob.hyps.size(); ++i) {
    const bool isFact = ob.hyps[i].kind == ObligationHyp::Kind::Fact && ob.hyps[i].fact;
    for (auto& c : parts[i])
      if (!isFact || keep[next++]) part.hyps.push_back(std::move(c));
  }
  return part;
}

}  // namespace tlapx
