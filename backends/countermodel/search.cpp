// Counter-model search (see search.hpp): the obligation as declarations, hypotheses and
// a goal; a depth-first search over the symbols in order, each hypothesis checked as
// soon as its symbols have values.
#include "backends/countermodel/search.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_set>

#include "backends/countermodel/evaluator.hpp"
#include "frontend/ast_walk.hpp"

namespace tlapx::countermodel {

namespace {

constexpr std::size_t kMaxCandidates = 64;  // values tried per symbol
constexpr std::size_t kMaxLiterals = 8;     // literals of each kind in the generic pool

// The obligation with the goal's antecedents, ASSUME/PROVE and leading \A moved into the
// context: a counter-model of this form is one of the obligation.
struct Problem {
  std::vector<std::pair<const Decl*, const Expr*>> decls;  // declared symbols, domain or null
  std::vector<const Expr*> facts;
  const Expr* goal = nullptr;
};

void addFacts(const Expr& e, Problem& p) {
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::And) {
    for (const auto& a : e.args) addFacts(*a, p);
  } else if (e.kind == ExprKind::Label) {
    addFacts(*e.args[0], p);
  } else {
    p.facts.push_back(&e);
  }
}

Problem problemOf(const Obligation& ob) {
  Problem p;
  for (const auto& h : ob.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration && h.decl != nullptr) {
      p.decls.emplace_back(h.decl, h.domain.get());
    } else if (h.fact) {
      addFacts(*h.fact, p);
    }
  }
  const Expr* goal = ob.goal.get();
  for (;;) {
    if (goal->kind == ExprKind::Label) {
      goal = goal->args[0].get();
    } else if (goal->kind == ExprKind::Builtin && goal->op == BuiltinOp::Implies) {
      addFacts(*goal->args[0], p);
      goal = goal->args[1].get();
    } else if (goal->kind == ExprKind::Sequent) {
      for (const auto& h : goal->hyps) {
        if (h.newDecl) p.decls.emplace_back(h.newDecl.get(), h.newDecl->body.get());
        if (h.fact) addFacts(*h.fact, p);
      }
      goal = goal->args[0].get();
    } else if (goal->kind == ExprKind::Quant && goal->quantOp == QuantOp::Forall &&
               std::none_of(goal->binders.begin(), goal->binders.end(), [](const Binder& b) { return b.tuple; })) {
      for (const auto& b : goal->binders) {
        for (const auto& v : b.vars) p.decls.emplace_back(v.get(), b.domain.get());
      }
      goal = goal->args[0].get();
    } else {
      break;
    }
  }
  p.goal = goal;
  return p;
}

// The free symbols of expressions, in order of first occurrence, and the literals.
class Symbols {
 public:
  // The symbols of `e` (added to the list of all symbols as well).
  std::vector<Symbol> of(const Expr& e) {
    std::vector<Symbol> found;
    walk(e, false, found);
    for (const auto& s : found) add(s);
    return found;
  }
  void add(const Symbol& s) {
    if (std::find(all_.begin(), all_.end(), s) == all_.end()) all_.push_back(s);
  }
  const std::vector<Symbol>& all() const { return all_; }
  bool assignable() const { return assignable_; }
  const std::set<Value>& literals() const { return literals_; }

 private:
  void walk(const Expr& e, bool primed, std::vector<Symbol>& found) {
    for (const auto& b : e.binders) {
      for (const auto& v : b.vars) bound_.insert(v.get());
    }
    for (const auto& p : e.params) bound_.insert(p.get());
    for (const auto& d : e.letDefs) {
      bound_.insert(d.get());
      for (const auto& p : d->params) bound_.insert(p.get());
    }
    for (const auto& h : e.hyps) {
      if (h.newDecl) bound_.insert(h.newDecl.get());
    }
    if (e.kind == ExprKind::Number && literals_.size() < 2 * kMaxLiterals &&
        e.text.size() < 10 && std::all_of(e.text.begin(), e.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      literals_.insert(Value::integer(std::stoll(e.text)));
    }
    if (e.kind == ExprKind::String && literals_.size() < 2 * kMaxLiterals) literals_.insert(Value::string(e.text));
    if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr) reference(e, primed, found);
    const bool prime = primed || (e.kind == ExprKind::Builtin && e.op == BuiltinOp::Prime);
    forEachChild(e, [&](const ExprPtr& c) { walk(*c, prime, found); });
  }

  void reference(const Expr& e, bool primed, std::vector<Symbol>& found) {
    const Decl* d = e.decl;
    if (d->kind == DeclKind::Recursive && d->definition != nullptr) d = d->definition;
    if (d->primitive || bound_.count(d) != 0) return;
    switch (d->kind) {
      case DeclKind::Constant:
      case DeclKind::Variable:
      case DeclKind::NewSymbol:
      case DeclKind::BoundVar:
        if (d->arity > 0 || !e.args.empty()) {
          assignable_ = false;  // an operator: not enumerable
          return;
        }
        if (std::find(found.begin(), found.end(), Symbol{d, primed && isStateLevel(*d)}) == found.end()) {
          found.emplace_back(d, primed && isStateLevel(*d));
        }
        return;
      default: assignable_ = false;  // a hidden definition
    }
  }

  std::unordered_set<const Decl*> bound_;
  std::vector<Symbol> all_;
  std::set<Value> literals_;
  bool assignable_ = true;
};

// A hypothesis to check: a fact, or the membership of a declared symbol in its domain.
struct Check {
  const Expr* fact = nullptr;
  Symbol member{};
  const Expr* domain = nullptr;
  std::size_t level = 0;  // checked once the symbols up to this index have values
};

// Whether `e` is the symbol `s` (written x or x').
bool isSymbol(const Expr& e, const Symbol& s) {
  if (s.second) {
    return e.kind == ExprKind::Builtin && e.op == BuiltinOp::Prime && e.args[0]->kind == ExprKind::Ident &&
           e.args[0]->decl == s.first;
  }
  return e.kind == ExprKind::Ident && e.decl == s.first;
}

std::string nameOf(const Symbol& s) { return s.first->name + (s.second ? "'" : ""); }

class Search {
 public:
  Search(const Obligation& ob, const Hints& hints, const SearchLimits& limits)
      : problem_(problemOf(ob)),
        hints_(hints),
        limits_(limits),
        evaluator_(limits.steps),
        deadline_(std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                      std::chrono::duration<double>(limits.seconds))) {}

  std::string run() {
    if (!prepare()) return "";
    if (!dfs(0)) return "";
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < symbols_.all().size(); ++i) {
      lines.push_back(nameOf(symbols_.all()[i]) + " = " + values_[i].text());
    }
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      // Two symbols of one name: the counter-model would be ambiguous.
      if (i > 0 && lines[i].substr(0, lines[i].find(" = ")) == lines[i - 1].substr(0, lines[i - 1].find(" = "))) {
        return "";
      }
      text += lines[i] + "\n";
    }
    return text;
  }

 private:
  bool prepare() {
    // Declared symbols with a domain first (their membership is a hypothesis even when
    // they occur nowhere else), then the others as they occur.
    std::vector<std::vector<Symbol>> factSymbols;
    for (const auto& [d, domain] : problem_.decls) {
      if (domain != nullptr) symbols_.add({d, false});
    }
    for (const auto& [d, domain] : problem_.decls) {
      if (domain != nullptr) domainSymbols_.push_back(symbols_.of(*domain));
    }
    for (const Expr* f : problem_.facts) factSymbols.push_back(symbols_.of(*f));
    symbols_.of(*problem_.goal);
    if (!symbols_.assignable()) return false;
    const auto& all = symbols_.all();
    const auto levelOf = [&](const std::vector<Symbol>& used) {
      std::size_t level = 0;
      for (const auto& s : used) {
        level = std::max(level, static_cast<std::size_t>(std::find(all.begin(), all.end(), s) - all.begin()) + 1);
      }
      return level;
    };
    std::size_t next = 0;
    for (const auto& [d, domain] : problem_.decls) {
      if (domain == nullptr) continue;
      std::vector<Symbol> used = domainSymbols_[next++];
      used.emplace_back(d, false);
      checks_.push_back({nullptr, {d, false}, domain, levelOf(used)});
    }
    for (std::size_t i = 0; i < problem_.facts.size(); ++i) {
      checks_.push_back({problem_.facts[i], {}, nullptr, levelOf(factSymbols[i])});
    }
    values_.resize(all.size());
    pool_ = genericPool();
    return passes(0);
  }

  // Whether every check of `level` holds.
  bool passes(std::size_t level) {
    for (const Check& c : checks_) {
      if (c.level != level) continue;
      const Truth t = c.fact != nullptr ? evaluator_.truth(*c.fact)
                                        : evaluator_.membership(values_[index(c.member)], *c.domain);
      if (t != Truth::True) return false;
    }
    return true;
  }

  std::size_t index(const Symbol& s) const {
    const auto& all = symbols_.all();
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), s) - all.begin());
  }

  bool dfs(std::size_t k) {
    if (++tried_ > limits_.assignments || evaluator_.exhausted() || std::chrono::steady_clock::now() > deadline_) {
      return false;
    }
    const auto& all = symbols_.all();
    if (k == all.size()) return evaluator_.truth(*problem_.goal) == Truth::False;
    for (const Value& v : candidates(k)) {
      values_[k] = v;
      evaluator_.assign(all[k], v);
      if (passes(k + 1) && dfs(k + 1)) return true;
      evaluator_.unassign(all[k]);
    }
    return false;
  }

  // Values for symbol k, the others before it having theirs.
  std::vector<Value> candidates(std::size_t k) {
    const Symbol& s = symbols_.all()[k];
    std::vector<Value> out;
    const auto add = [&out](const Value& v) {
      if (out.size() < kMaxCandidates && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    };
    // x = e (or e = x) among the hypotheses: the value of e.
    for (const Expr* f : problem_.facts) {
      if (f->kind != ExprKind::Builtin || f->op != BuiltinOp::Eq) continue;
      for (int side = 0; side < 2; ++side) {
        if (!isSymbol(*f->args[side], s)) continue;
        if (auto v = evaluator_.value(*f->args[1 - side])) add(*v);
      }
    }
    if (auto it = hints_.find(nameOf(s)); it != hints_.end()) {
      for (const Value& v : it->second) add(v);
    }
    // x \in S among the declarations and hypotheses: S's elements, or a sample of them.
    bool sampled = false;
    const auto fromDomain = [&](const Expr& domain) {
      const std::vector<Value> sample = samples(domain);
      sampled = sampled || !sample.empty();
      for (const Value& v : sample) add(v);
    };
    for (const auto& [d, domain] : problem_.decls) {
      if (domain != nullptr && Symbol{d, false} == s) fromDomain(*domain);
    }
    for (const Expr* f : problem_.facts) {
      if (f->kind == ExprKind::Builtin && f->op == BuiltinOp::In && isSymbol(*f->args[0], s)) fromDomain(*f->args[1]);
    }
    if (!sampled) {
      for (const Value& v : pool_) add(v);
    }
    return out;
  }

  // Some elements of the set `domain`: all of them when it is a finite set value, else a
  // sample by its form (Nat, Int, STRING, Seq(S), SUBSET S, [S -> T], records, products,
  // unions, filters); empty when unknown. Membership is checked separately.
  std::vector<Value> samples(const Expr& domain) {
    if (auto set = evaluator_.value(domain); set && set->kind() == Value::Kind::Set) {
      std::vector<Value> elements = set->elements();
      if (elements.size() > kMaxCandidates) elements.resize(kMaxCandidates);
      return elements;
    }
    const auto& a = domain.args;
    const auto primitive = [&](const char* name, std::size_t arity) {
      return (domain.kind == ExprKind::Ident || domain.kind == ExprKind::OpApp) && domain.decl != nullptr &&
             domain.decl->primitive && domain.decl->name == name && a.size() == arity;
    };
    std::vector<Value> out;
    if (primitive("Nat", 0) || primitive("Int", 0)) {
      for (std::int64_t i = primitive("Int", 0) ? -1 : 0; i <= 3; ++i) out.push_back(Value::integer(i));
      for (const Value& v : symbols_.literals()) {
        if (v.kind() == Value::Kind::Int) out.push_back(v);
      }
    } else if (domain.kind == ExprKind::Builtin && domain.op == BuiltinOp::StringSet) {
      for (const Value& v : symbols_.literals()) {
        if (v.kind() == Value::Kind::String) out.push_back(v);
      }
    } else if (primitive("Seq", 1)) {
      std::vector<Value> elements = samples(*a[0]);
      if (elements.size() > 4) elements.resize(4);
      out.push_back(Value::tuple({}));
      for (const Value& e : elements) out.push_back(Value::tuple({e}));
      for (const Value& e : elements) {
        for (const Value& f : elements) out.push_back(Value::tuple({e, f}));
      }
    } else if (domain.kind == ExprKind::Builtin && domain.op == BuiltinOp::Subset) {
      std::vector<Value> elements = samples(*a[0]);
      if (elements.size() > 4) elements.resize(4);
      out.push_back(*Value::set({}));
      for (std::size_t i = 0; i < elements.size(); ++i) {
        if (auto one = Value::set({elements[i]})) out.push_back(*one);
        for (std::size_t j = i + 1; j < elements.size(); ++j) {
          if (auto two = Value::set({elements[i], elements[j]})) out.push_back(*two);
        }
      }
    } else if (domain.kind == ExprKind::Builtin &&
               (domain.op == BuiltinOp::Cup || domain.op == BuiltinOp::Cap || domain.op == BuiltinOp::SetMinus)) {
      out = samples(*a[0]);
      if (domain.op == BuiltinOp::Cup) {
        const std::vector<Value> second = samples(*a[1]);
        out.insert(out.end(), second.begin(), second.end());
      }
    } else if (domain.kind == ExprKind::SetFilter && domain.binders.size() == 1 && domain.binders[0].domain) {
      out = samples(*domain.binders[0].domain);
    } else if (domain.kind == ExprKind::FuncSet || domain.kind == ExprKind::RecordSet ||
               domain.kind == ExprKind::Times) {
      // Functions from the (finite) arguments to samples of the values.
      std::vector<std::pair<Value, std::vector<Value>>> columns;
      if (domain.kind == ExprKind::FuncSet) {
        auto from = evaluator_.value(*a[0]);
        if (!from || from->kind() != Value::Kind::Set) return {};
        for (const Value& k : from->elements()) columns.emplace_back(k, samples(*a[1]));
      } else {
        for (std::size_t i = 0; i < a.size(); ++i) {
          columns.emplace_back(domain.kind == ExprKind::RecordSet ? Value::string(domain.fields[i])
                                                                  : Value::integer(static_cast<std::int64_t>(i + 1)),
                               samples(*a[i]));
        }
      }
      std::vector<Value::Mapping> rows{{}};
      for (const auto& [k, values] : columns) {
        std::vector<Value::Mapping> next;
        for (const auto& row : rows) {
          for (const Value& v : values) {
            if (next.size() >= kMaxCandidates) break;
            next.push_back(row);
            next.back().emplace_back(k, v);
          }
        }
        rows = std::move(next);
      }
      for (auto& row : rows) {
        if (auto f = Value::function(std::move(row))) out.push_back(*f);
      }
    }
    if (out.size() > kMaxCandidates) out.resize(kMaxCandidates);
    return out;
  }

  // Small integers, Booleans, the obligation's literals, and small sets and sequences of them.
  std::vector<Value> genericPool() const {
    std::vector<Value> pool;
    for (std::int64_t i = -1; i <= 3; ++i) pool.push_back(Value::integer(i));
    pool.push_back(Value::boolean(false));
    pool.push_back(Value::boolean(true));
    std::vector<Value> strings;
    for (const Value& v : symbols_.literals()) {
      if (v.kind() == Value::Kind::String && strings.size() < kMaxLiterals) strings.push_back(v);
      if (v.kind() == Value::Kind::Int && std::find(pool.begin(), pool.end(), v) == pool.end()) pool.push_back(v);
    }
    pool.insert(pool.end(), strings.begin(), strings.end());
    pool.push_back(*Value::set({}));
    for (std::int64_t i = 0; i <= 1; ++i) pool.push_back(*Value::set({Value::integer(i)}));
    pool.push_back(*Value::set({Value::integer(0), Value::integer(1)}));
    for (const Value& s : strings) pool.push_back(*Value::set({s}));
    if (strings.size() >= 2) pool.push_back(*Value::set({strings[0], strings[1]}));
    pool.push_back(Value::tuple({}));
    for (std::int64_t i = 0; i <= 1; ++i) pool.push_back(Value::tuple({Value::integer(i)}));
    return pool;
  }

  Problem problem_;
  const Hints& hints_;
  SearchLimits limits_;
  Evaluator evaluator_;
  std::chrono::steady_clock::time_point deadline_;
  Symbols symbols_;
  std::vector<std::vector<Symbol>> domainSymbols_;
  std::vector<Check> checks_;
  std::vector<Value> values_;
  std::vector<Value> pool_;
  std::size_t tried_ = 0;
};

}  // namespace

std::string findCounterModel(const Obligation& ob, const Hints& hints, const SearchLimits& limits) {
  if (!ob.goal) return "";
  return Search(ob, hints, limits).run();
}

}  // namespace tlapx::countermodel
