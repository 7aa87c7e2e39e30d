// Owns the AST -> TLA+ text printer: precedence-driven parentheses, bulleted-list
// layout, capture-avoiding names in resolved trees, declarations, proofs and modules.
#include "frontend/printer.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/operators.hpp"

namespace tlapx {
namespace {

// ------------------------------------------------------------ operators ---

// TLA+'s own operator `op` in the operator table (null for the constants TRUE, ...).
const OperatorInfo* builtinOperator(BuiltinOp op) {
  for (const auto& info : allOperators()) {
    if (info.builtin == op) return &info;
  }
  return nullptr;
}

std::string_view constantText(BuiltinOp op) {
  switch (op) {
    case BuiltinOp::True: return "TRUE";
    case BuiltinOp::False: return "FALSE";
    case BuiltinOp::BooleanSet: return "BOOLEAN";
    case BuiltinOp::StringSet: return "STRING";
    default: return "?";
  }
}

// `I!Op`: a name reaching into an instance (the operator `!!` is not one).
bool isQualified(std::string_view name) {
  return name != "!!" && name.find('!') != std::string_view::npos;
}

bool isWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether `e` prints on several lines (bulleted lists of several items, LET).
bool spansLines(const Expr& e) {
  if (e.kind == ExprKind::Let || (e.bulleted && e.args.size() > 1)) return true;
  auto any = [](const std::vector<ExprPtr>& es) {
    return std::any_of(es.begin(), es.end(), [](const ExprPtr& x) { return spansLines(*x); });
  };
  auto clause = [&](const ExceptClause& c) { return spansLines(*c.value); };
  auto domain = [](const Binder& b) { return b.domain && spansLines(*b.domain); };
  return any(e.args) || std::any_of(e.binders.begin(), e.binders.end(), domain) ||
         std::any_of(e.excepts.begin(), e.excepts.end(), clause);
}

// `F(_, _)`, `_ + _`, `-. _`, `_ ^+` or `x`: how a declared operator's shape is written
// in CONSTANT, RECURSIVE, NEW and parameter lists.
std::string operatorShape(const std::string& name, int arity) {
  if (arity == 2 && findOperatorByName(name, Fixity::Infix)) return "_ " + name + " _";
  if (arity == 1 && name == "-.") return "-. _";
  if (arity == 1 && findOperatorByName(name, Fixity::Postfix)) return "_ " + name;
  if (arity == 0) return name;
  std::string out = name + "(";
  for (int i = 0; i < arity; ++i) out += i ? ", _" : "_";
  return out + ")";
}

// ------------------------------------------------------------ shapes & slots ---

// How an expression behaves next to operators.
enum class Form : std::uint8_t {
  Primary,  // self-delimited: names, literals, brackets, applications `F(a)`, `f[a]`, `r.a`
  Prefix,
  Infix,
  Postfix,
  Open,     // extends as far right as possible: \A, CHOOSE, IF, CASE, LET, bulleted lists...
};

Form formOf(Fixity f) {
  return f == Fixity::Prefix ? Form::Prefix : f == Fixity::Infix ? Form::Infix : Form::Postfix;
}

struct Shape {
  Form form = Form::Primary;
  std::string symbol;  // operator as printed
  const OperatorInfo* info = nullptr;
  bool nary = false;   // And/Or/Times: flattened, so an operand of the same operator needs ()
};

// Where a subexpression is printed.
enum class Pos : std::uint8_t {
  Free,      // between delimiters
  Left,      // left operand of an infix operator
  Right,     // right (or middle) operand of an infix operator
  Operand,   // operand of a prefix operator
  PostArg,   // operand of a postfix operator
  Primary,   // f in f[x], r in r.a
  Subscript, // v in [A]_v, WF_v(A)
};

struct Slot {
  Pos pos = Pos::Free;
  const Shape* parent = nullptr;
  bool tail = true;  // nothing that could continue an expression follows
};

// ------------------------------------------------------------ the printer ---

class Printer {
 public:
  std::string take() { return std::move(out_); }

  void expr(const Expr& e, bool tail = true);
  void definition(const Decl& d, bool local);
  void declaration(const Decl& d);
  void proof(const Proof& p, int indent);
  void module(const Module& m);
  void sequent(std::span<const SequentLine> hyps, const Expr& goal, bool multiline);
  void statement(const Expr& e);

 private:
  // Output.
  int column() const;
  void newline(int column);
  void put(std::string_view text) { out_ += text; }

  // Expressions.
  Shape shapeOf(const Expr& e);
  bool needsParens(const Expr& child, const Shape& shape, const Slot& slot);
  void child(const Expr& e, Slot slot);
  void list(const std::vector<ExprPtr>& items);
  void operatorApp(const Expr& e, const Shape& shape, bool tail);
  void junctionList(const Expr& e);
  void call(const Expr& e);
  void nameVars(const std::vector<Binder>& bs, const Expr* body);
  void enterVars(const std::vector<Binder>& bs);
  void binders(const std::vector<Binder>& bs, bool domainTail);
  void bindVars(const std::vector<Binder>& bs, const Expr* body, bool domainTail);
  void boundName(const Decl& d) { put(declName(d)); }
  void letIn(const Expr& e);
  void caseExpr(const Expr& e);
  void except(const Expr& e);
  void ref(const Expr& e);
  void params(const std::vector<DeclPtr>& ps, std::initializer_list<const Expr*> scope);
  void newSymbol(const Decl& d, const Expr* domain);
  void sequentExpr(const Expr& e, bool multiline);

  // Declarations and proofs.
  void theorem(const Decl& d, int indent);
  void instance(const Instance& inst);
  void useBy(const UseBy& u);
  void step(const ProofStep& s, int indent);
  void stepBody(const ProofStep& s);
  void unit(const Unit& u);

  // Names.
  std::string refName(const Expr& e);
  std::string declName(const Decl& d);
  std::string qualifiedName(const Decl& d);
  const Decl* namedInstanceOf(const Decl& copy);
  void indexInstances(const Module& m);
  void indexProofInstances(const Proof& p);
  void bind(const Decl& d, std::initializer_list<const Expr*> scope);
  void chooseName(const Decl& d, std::span<const Expr* const> scope);
  void enter(const Decl& d);
  std::size_t scopeMark() const { return scope_.size(); }
  void popScope(std::size_t mark);

  friend class ScopeScan;
  friend class ScopeGuard;

  std::string out_;

  // Locally bound symbols currently in scope (innermost last) with the names they print
  // under there, their current printed names, and how many symbols in scope print under
  // each name. One Decl may be bound again inside its own scope (an expansion nested in
  // itself, see substitution.hpp): leaving the inner scope restores the outer name.
  struct Bound {
    const Decl* decl;
    std::string name;
  };
  std::vector<Bound> scope_;
  std::unordered_map<const Decl*, std::string> names_;
  std::unordered_map<std::string, int> inScope_;

  // Instantiated copy -> the named Instance decl that made it (null: unnamed INSTANCE).
  std::unordered_map<const Decl*, const Decl*> instanceOf_;
  std::unordered_set<const Module*> indexed_;
};

// Restores the printer's scope when a binding construct has been printed.
class ScopeGuard {
 public:
  explicit ScopeGuard(Printer& p) : p_(p), mark_(p.scopeMark()) {}
  ~ScopeGuard() { p_.popScope(mark_); }
  std::size_t mark() const { return mark_; }
  ScopeGuard(const ScopeGuard&) = delete;
  ScopeGuard& operator=(const ScopeGuard&) = delete;

 private:
  Printer& p_;
  std::size_t mark_;
};

// Collects, for a binder about to be printed, the printed names of the symbols that its
// scope references and that are bound outside that scope (so could be captured).
class ScopeScan {
 public:
  ScopeScan(Printer& p, const Decl& self) : p_(p), self_(&self) {}

  void expr(const Expr& e) {
    if (e.decl) {
      resolved = true;
      reference(*e.decl);
    }
    for (const auto& b : e.binders) {
      if (b.domain) expr(*b.domain);
      for (const auto& v : b.vars) inner_.insert(v.get());
    }
    for (const auto& prm : e.params) {
      if (e.kind != ExprKind::Label) inner_.insert(prm.get());
      else if (prm->owner) reference(*prm);  // resolved: the bound variable it names
    }
    for (const auto& d : e.letDefs) decl(*d);
    for (const auto& h : e.hyps) {
      if (h.newDecl) decl(*h.newDecl);
      if (h.fact) expr(*h.fact);
    }
    for (const auto& c : e.excepts) {
      for (const auto& step : c.path) {
        for (const auto& i : step.index) expr(*i);
      }
      expr(*c.value);
    }
    for (const auto& seg : e.path) {
      for (const auto& a : seg.args) expr(*a);
    }
    for (const auto& a : e.args) expr(*a);
  }

  void reference(const Decl& d) {
    bool self = &d == self_ || d.definition == self_;  // or its RECURSIVE announcement
    if (!self && !inner_.contains(&d)) names.insert(p_.declName(d));
  }

  void decl(const Decl& d) {
    inner_.insert(&d);
    for (const auto& prm : d.params) inner_.insert(prm.get());
    if (d.body) expr(*d.body);
  }

  bool resolved = false;
  std::unordered_set<std::string> names;

 private:
  Printer& p_;
  const Decl* self_;
  std::unordered_set<const Decl*> inner_;
};

// ---------------------------------------------------------------- output ---

int Printer::column() const {
  auto nl = out_.rfind('\n');
  return static_cast<int>(nl == std::string::npos ? out_.size() : out_.size() - nl - 1);
}

void Printer::newline(int col) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(col), ' ');
}

// ---------------------------------------------------------------- names ---

std::string Printer::refName(const Expr& e) {
  if (!e.decl) return e.name;
  // A reference into an instance that made no copy: the path as written, if kept.
  if (!e.decl->origin && isQualified(e.name)) return e.name;
  return declName(*e.decl);
}

std::string Printer::declName(const Decl& d) {
  auto it = names_.find(&d);
  return it != names_.end() ? it->second : qualifiedName(d);
}

std::string Printer::qualifiedName(const Decl& d) {
  if (!d.origin || isQualified(d.name)) return d.name;
  std::string inner = qualifiedName(*d.origin);
  const Decl* inst = namedInstanceOf(d);
  return inst ? inst->name + "!" + inner : inner;
}

const Decl* Printer::namedInstanceOf(const Decl& copy) {
  if (!copy.origin || !copy.owner) return nullptr;
  if (indexed_.insert(copy.owner).second) indexInstances(*copy.owner);
  auto it = instanceOf_.find(&copy);
  return it != instanceOf_.end() ? it->second : nullptr;
}

void Printer::indexInstances(const Module& m) {
  auto add = [this](const Instance* inst, const Decl* named) {
    if (!inst) return;
    if (named && named->name.empty()) named = nullptr;
    for (const auto& c : inst->copies) instanceOf_[c.get()] = named;
  };
  for (const auto& u : m.units) {
    if (u.kind == UnitKind::Instance) {
      add(u.instance.get(), u.decls.empty() ? nullptr : u.decls[0].get());
    } else if (u.kind == UnitKind::Theorem && u.decls[0]->proof) {
      indexProofInstances(*u.decls[0]->proof);
    }
  }
}

void Printer::indexProofInstances(const Proof& p) {
  for (const auto& s : p.steps) {
    if (s->kind == StepKind::Instance && s->instanceDecl) {
      const Decl* named = s->instanceDecl->name.empty() ? nullptr : s->instanceDecl.get();
      if (s->instanceDecl->instance) {
        for (const auto& c : s->instanceDecl->instance->copies) instanceOf_[c.get()] = named;
      }
    }
    if (s->proof) indexProofInstances(*s->proof);
  }
}

void Printer::bind(const Decl& d, std::initializer_list<const Expr*> scope) {
  chooseName(d, std::span<const Expr* const>(scope.begin(), scope.size()));
  enter(d);
}

// Chooses the printed name of the locally bound `d`, whose scope is made of `scope`.
void Printer::chooseName(const Decl& d, std::span<const Expr* const> scope) {
  ScopeScan scan(*this, d);
  for (const Expr* e : scope) {
    if (e) scan.expr(*e);
  }
  // Unresolved trees refer by name: printing a different name would change them.
  auto clashes = [&](const std::string& n) {
    return scan.names.contains(n) || (scan.resolved && inScope_[n] > 0);
  };
  std::string name = d.name;
  for (int k = 1; clashes(name); ++k) name = d.name + "_" + std::to_string(k);
  names_[&d] = std::move(name);
}

void Printer::enter(const Decl& d) {
  ++inScope_[names_[&d]];
  scope_.push_back({&d, names_[&d]});
}

void Printer::popScope(std::size_t mark) {
  while (scope_.size() > mark) {
    Bound inner = std::move(scope_.back());
    scope_.pop_back();
    --inScope_[inner.name];
    auto outer = std::find_if(scope_.rbegin(), scope_.rend(), [&](const Bound& b) { return b.decl == inner.decl; });
    if (outer != scope_.rend()) names_[inner.decl] = outer->name;
  }
}

// ---------------------------------------------------------- precedence ---

Shape Printer::shapeOf(const Expr& e) {
  Shape s;
  switch (e.kind) {
    case ExprKind::Builtin: {
      if (e.args.empty()) return s;
      s.info = builtinOperator(e.op);
      if (!s.info) return s;
      s.symbol = s.info->name;
      bool junction = e.op == BuiltinOp::And || e.op == BuiltinOp::Or;
      s.form = junction && (e.bulleted || e.args.size() < 2) ? Form::Open : formOf(s.info->fixity);
      s.nary = junction;
      return s;
    }
    case ExprKind::OpApp: {
      std::string name = refName(e);
      if (isQualified(name)) return s;
      const OperatorInfo* info = nullptr;
      if (e.args.size() == 2) {
        info = findOperatorByName(name, Fixity::Infix);
      } else if (e.args.size() == 1) {
        info = findOperatorByName(name, Fixity::Prefix);
        if (!info) info = findOperatorByName(name, Fixity::Postfix);
      }
      if (!info) return s;
      s.info = info;
      s.form = formOf(info->fixity);
      s.symbol = name == "-." ? "-" : std::move(name);
      return s;
    }
    case ExprKind::Times:
      s.form = Form::Infix;
      s.info = findOperatorByName("\\X", Fixity::Infix);
      s.symbol = s.info->name;
      s.nary = true;
      return s;
    case ExprKind::Quant:
    case ExprKind::TempQuant:
    case ExprKind::Choose:
    case ExprKind::Lambda:
    case ExprKind::Let:
    case ExprKind::If:
    case ExprKind::Case:
    case ExprKind::Label:
    case ExprKind::Sequent:
      s.form = Form::Open;
      return s;
    default:
      return s;
  }
}

bool Printer::needsParens(const Expr& c, const Shape& cs, const Slot& slot) {
  switch (slot.pos) {
    case Pos::Free:
      return cs.form == Form::Open && !slot.tail;
    case Pos::Primary:  // `x'[i]` is `(x')[i]`
      return (cs.form != Form::Primary && cs.form != Form::Postfix) || c.kind == ExprKind::Number;
    case Pos::Subscript:
      return !((c.kind == ExprKind::Ident && !isQualified(refName(c))) ||
               c.kind == ExprKind::Tuple);
    case Pos::PostArg:
      return cs.form != Form::Primary && cs.form != Form::Postfix;
    default:
      break;
  }
  const Shape& p = *slot.parent;
  if (p.nary && cs.symbol == p.symbol && (cs.form == Form::Infix || cs.form == Form::Open)) {
    return true;
  }
  switch (cs.form) {
    case Form::Primary:
      return false;
    case Form::Open:
      return slot.pos == Pos::Left || !slot.tail;
    case Form::Prefix:
      // Nested prefix operators need no parentheses as long as the inner one does not
      // extend further right than the outer one would.
      if (slot.pos == Pos::Operand) return cs.info->low < p.info->low;
      return cs.info->low <= p.info->high;
    case Form::Infix:
      if (slot.pos == Pos::Left && p.info->assoc == Assoc::Left && cs.symbol == p.symbol) {
        return false;
      }
      return cs.info->low <= p.info->high;
    case Form::Postfix:
      return cs.info->low <= p.info->high;
  }
  return true;
}

void Printer::child(const Expr& e, Slot slot) {
  Shape cs = shapeOf(e);
  if (needsParens(e, cs, slot)) {
    put("(");
    expr(e, true);
    put(")");
  } else {
    expr(e, slot.tail);
  }
}

void Printer::list(const std::vector<ExprPtr>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) put(", ");
    expr(*items[i]);
  }
}

// ---------------------------------------------------------- expressions ---

void Printer::expr(const Expr& e, bool tail) {
  switch (e.kind) {
    case ExprKind::Ident:
      put(refName(e));
      return;
    case ExprKind::StepRef:
      put(e.name);
      return;
    case ExprKind::Ref:
      ref(e);
      return;
    case ExprKind::OpApp:
    case ExprKind::Builtin:
    case ExprKind::Times: {
      Shape s = shapeOf(e);
      if (s.form == Form::Primary && e.kind == ExprKind::OpApp) {
        call(e);
      } else if (s.form == Form::Primary) {
        put(constantText(e.op));
      } else if (s.form == Form::Open) {
        junctionList(e);
      } else {
        operatorApp(e, s, tail);
      }
      return;
    }
    case ExprKind::Number:
      put(e.text);
      return;
    case ExprKind::String:
      put(quoteString(e.text));
      return;
    case ExprKind::Quant:
    case ExprKind::TempQuant: {
      bool forall = e.quantOp == QuantOp::Forall;
      if (e.kind == ExprKind::Quant) put(forall ? "\\A " : "\\E ");
      else put(forall ? "\\AA " : "\\EE ");
      ScopeGuard guard(*this);
      bindVars(e.binders, e.args[0].get(), false);
      put(" : ");
      expr(*e.args[0]);
      return;
    }
    case ExprKind::Choose: {
      put("CHOOSE ");
      ScopeGuard guard(*this);
      bindVars(e.binders, e.args[0].get(), false);
      put(" : ");
      expr(*e.args[0]);
      return;
    }
    case ExprKind::SetFilter: {
      put("{");
      ScopeGuard guard(*this);
      bindVars(e.binders, e.args[0].get(), false);
      put(" : ");
      expr(*e.args[0]);
      put("}");
      return;
    }
    case ExprKind::SetMap: {
      put("{");
      // The element is in the scope of the variables, the domains after it are not.
      nameVars(e.binders, e.args[0].get());
      ScopeGuard guard(*this);
      enterVars(e.binders);
      // `{x \in S : ...}` would read as a filter: parenthesize an element of that form.
      const Expr& elem = *e.args[0];
      bool filterLike = elem.kind == ExprKind::Builtin && elem.op == BuiltinOp::In &&
                        !elem.args.empty() &&
                        (elem.args[0]->kind == ExprKind::Ident || elem.args[0]->kind == ExprKind::Tuple);
      if (filterLike) {
        put("(");
        expr(elem);
        put(")");
      } else {
        child(elem, {Pos::Free, nullptr, false});
      }
      popScope(guard.mark());
      put(" : ");
      binders(e.binders, true);
      put("}");
      return;
    }
    case ExprKind::FuncCons: {
      put("[");
      ScopeGuard guard(*this);
      bindVars(e.binders, e.args[0].get(), true);
      put(" |-> ");
      expr(*e.args[0]);
      put("]");
      return;
    }
    case ExprKind::Lambda: {
      put("LAMBDA ");
      ScopeGuard guard(*this);
      for (std::size_t i = 0; i < e.params.size(); ++i) {
        if (i) put(", ");
        bind(*e.params[i], {e.args[0].get()});
        boundName(*e.params[i]);
      }
      put(" : ");
      expr(*e.args[0]);
      return;
    }
    case ExprKind::Let:
      letIn(e);
      return;
    case ExprKind::SetEnum:
      put("{");
      list(e.args);
      put("}");
      return;
    case ExprKind::Tuple:
      put("<<");
      list(e.args);
      put(">>");
      return;
    case ExprKind::FuncApp: {
      child(*e.args[0], {Pos::Primary, nullptr, false});
      put("[");
      for (std::size_t i = 1; i < e.args.size(); ++i) {
        if (i > 1) put(", ");
        expr(*e.args[i]);
      }
      put("]");
      return;
    }
    case ExprKind::FuncSet:
      put("[");
      child(*e.args[0], {Pos::Free, nullptr, false});
      put(" -> ");
      expr(*e.args[1]);
      put("]");
      return;
    case ExprKind::RecordCons:
    case ExprKind::RecordSet: {
      put("[");
      std::string_view arrow = e.kind == ExprKind::RecordCons ? " |-> " : " : ";
      for (std::size_t i = 0; i < e.fields.size(); ++i) {
        if (i) put(", ");
        put(e.fields[i]);
        put(arrow);
        expr(*e.args[i]);
      }
      put("]");
      return;
    }
    case ExprKind::Except:
      except(e);
      return;
    case ExprKind::ExceptAt:
      put("@");
      return;
    case ExprKind::Dot:
      child(*e.args[0], {Pos::Primary, nullptr, false});
      put(".");
      put(e.text);
      return;
    case ExprKind::If: {
      // Branches spanning several lines go on lines of their own.
      int col = column();
      bool tall = spansLines(*e.args[1]) || spansLines(*e.args[2]);
      put("IF ");
      expr(*e.args[0]);
      if (tall) newline(col + 3);
      put(tall ? "THEN " : " THEN ");
      expr(*e.args[1]);
      if (tall) newline(col + 3);
      put(tall ? "ELSE " : " ELSE ");
      expr(*e.args[2]);
      return;
    }
    case ExprKind::Case:
      caseExpr(e);
      return;
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: {
      bool box = e.kind == ExprKind::BoxAction;
      put(box ? "[" : "<<");
      expr(*e.args[0]);
      put(box ? "]_" : ">>_");
      child(*e.args[1], {Pos::Subscript, nullptr, false});
      return;
    }
    case ExprKind::Fairness:
      put(e.fairnessStrong ? "SF_" : "WF_");
      child(*e.args[0], {Pos::Subscript, nullptr, false});
      put("(");
      expr(*e.args[1]);
      put(")");
      return;
    case ExprKind::Label: {
      // The parameters name bound variables in scope (the resolver links them).
      put(e.text);
      for (std::size_t i = 0; i < e.params.size(); ++i) {
        put(i ? ", " : "(");
        put(declName(*e.params[i]));
      }
      if (!e.params.empty()) put(")");
      put(" :: ");
      expr(*e.args[0]);
      return;
    }
    case ExprKind::Sequent:
      sequentExpr(e, false);
      return;
    case ExprKind::ModuleRef:
      put("MODULE ");
      put(e.text);
      return;
  }
}

void Printer::operatorApp(const Expr& e, const Shape& s, bool tail) {
  switch (s.form) {
    case Form::Prefix: {
      put(s.symbol);
      const Expr& arg = *e.args[0];
      Shape as = shapeOf(arg);
      bool word = isWordChar(s.symbol.back());
      // `- -a`, `~ ~a`: keep two prefix symbols from lexing as one token; `~ /\ a`.
      bool glued = !needsParens(arg, as, {Pos::Operand, &s, tail}) &&
                   ((as.form == Form::Prefix && as.symbol.front() == s.symbol.back()) || arg.bulleted);
      if (word || glued) put(" ");
      child(arg, {Pos::Operand, &s, tail});
      return;
    }
    case Form::Postfix:
      child(*e.args[0], {Pos::PostArg, &s, false});
      put(s.symbol);
      return;
    default:
      for (std::size_t i = 0; i < e.args.size(); ++i) {
        bool last = i + 1 == e.args.size();
        if (i) {
          put(" ");
          put(s.symbol);
          put(" ");
        }
        child(*e.args[i], {i == 0 ? Pos::Left : Pos::Right, &s, last && tail});
      }
      return;
  }
}

void Printer::junctionList(const Expr& e) {
  std::string_view bullet = e.op == BuiltinOp::And ? "/\\ " : "\\/ ";
  int col = column();
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    if (i) newline(col);
    put(bullet);
    expr(*e.args[i]);
  }
}

void Printer::call(const Expr& e) {
  std::size_t first = 0;
  const Decl* inst = e.decl ? namedInstanceOf(*e.decl) : nullptr;
  if (inst && !inst->params.empty() && e.args.size() >= inst->params.size()) {
    // I(a)!Op(b): the leading arguments instantiate the instance's parameters.
    first = inst->params.size();
    put(inst->name);
    put("(");
    for (std::size_t i = 0; i < first; ++i) {
      if (i) put(", ");
      expr(*e.args[i]);
    }
    put(")!");
    put(qualifiedName(*e.decl->origin));
  } else {
    put(refName(e));
  }
  if (e.args.size() == first) return;
  put("(");
  for (std::size_t i = first; i < e.args.size(); ++i) {
    if (i > first) put(", ");
    expr(*e.args[i]);
  }
  put(")");
}

// Chooses the names of the variables of `bs`, whose scope is `body`. The domains are
// outside that scope but scanned too, so that no variable takes a name they use.
void Printer::nameVars(const std::vector<Binder>& bs, const Expr* body) {
  std::vector<const Expr*> scope{body};
  for (const auto& b : bs) scope.push_back(b.domain.get());
  for (const auto& b : bs) {
    for (const auto& v : b.vars) chooseName(*v, scope);
  }
}

void Printer::enterVars(const std::vector<Binder>& bs) {
  for (const auto& b : bs) {
    for (const auto& v : b.vars) enter(*v);
  }
}

// Names and prints the binders, then brings the variables into scope for the body.
void Printer::bindVars(const std::vector<Binder>& bs, const Expr* body, bool domainTail) {
  nameVars(bs, body);
  binders(bs, domainTail);
  enterVars(bs);
}

void Printer::binders(const std::vector<Binder>& bs, bool domainTail) {
  for (std::size_t i = 0; i < bs.size(); ++i) {
    const Binder& b = bs[i];
    if (i) put(", ");
    if (b.tuple) put("<<");
    for (std::size_t j = 0; j < b.vars.size(); ++j) {
      if (j) put(", ");
      boundName(*b.vars[j]);
    }
    if (b.tuple) put(">>");
    if (b.domain) {
      put(" \\in ");
      child(*b.domain, {Pos::Free, nullptr, domainTail});
    }
  }
}

void Printer::params(const std::vector<DeclPtr>& ps, std::initializer_list<const Expr*> scope) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (i) put(", ");
    bind(*ps[i], scope);
    put(operatorShape(declName(*ps[i]), ps[i]->arity));
  }
}

void Printer::letIn(const Expr& e) {
  int col = column();
  put("LET ");
  ScopeGuard guard(*this);
  // A definition scopes over the later ones and the body; a RECURSIVE one from its
  // forward declaration on, which takes the name of the definition it announces.
  std::unordered_set<const Decl*> announced;
  for (std::size_t i = 0; i < e.letDefs.size(); ++i) {
    const Decl& d = *e.letDefs[i];
    const Decl& symbol = d.kind == DeclKind::Recursive && d.definition ? *d.definition : d;
    bool first = announced.insert(&symbol).second;
    if (first) {
      std::vector<const Expr*> scope{e.args[0].get()};
      std::size_t from = &symbol == &d ? i + 1 : i;
      for (std::size_t j = from; j < e.letDefs.size(); ++j) scope.push_back(e.letDefs[j]->body.get());
      chooseName(symbol, scope);
      names_[&d] = names_[&symbol];
    }
    if (i) newline(col + 4);
    definition(d, d.local);
    if (first) enter(symbol);
  }
  newline(col);
  put("IN  ");
  expr(*e.args[0]);
}

void Printer::caseExpr(const Expr& e) {
  // Arms spanning several lines put each `[]` on a line of its own.
  int col = column();
  bool tall = std::any_of(e.args.begin(), e.args.end(), [](const ExprPtr& a) { return spansLines(*a); });
  auto separator = [&] {
    if (tall) newline(col + 2);
    put(tall ? "[] " : " [] ");
  };
  put("CASE ");
  std::size_t arms = e.args.size() / 2;
  for (std::size_t i = 0; i < arms; ++i) {
    if (i) separator();
    expr(*e.args[2 * i]);
    put(" -> ");
    // A bulleted list ends at the `[]` on the next line, further left.
    const Expr& value = *e.args[2 * i + 1];
    bool last = i + 1 == arms && !e.hasOther;
    child(value, {Pos::Free, nullptr, last || (tall && value.bulleted)});
  }
  if (e.hasOther) {
    separator();
    put("OTHER -> ");
    expr(*e.args.back());
  }
}

void Printer::except(const Expr& e) {
  put("[");
  expr(*e.args[0]);
  put(" EXCEPT ");
  for (std::size_t i = 0; i < e.excepts.size(); ++i) {
    const ExceptClause& c = e.excepts[i];
    if (i) put(", ");
    put("!");
    for (const auto& step : c.path) {
      if (step.isField) {
        put(".");
        put(step.field);
      } else {
        put("[");
        list(step.index);
        put("]");
      }
    }
    put(" = ");
    expr(*c.value);
  }
  put("]");
}

void Printer::ref(const Expr& e) {
  for (std::size_t i = 0; i < e.path.size(); ++i) {
    const RefSegment& seg = e.path[i];
    if (i) put("!");
    switch (seg.kind) {
      case RefSegment::Kind::Name:
        put(seg.name);
        if (!seg.args.empty()) {
          put("(");
          list(seg.args);
          put(")");
        }
        break;
      case RefSegment::Kind::Number:
        put(std::to_string(seg.number));
        break;
      case RefSegment::Kind::Args:
        put("(");
        list(seg.args);
        put(")");
        break;
      case RefSegment::Kind::First:
        put("<<");
        break;
      case RefSegment::Kind::Second:
        put(">>");
        break;
      case RefSegment::Kind::Colon:
        put(":");
        break;
      case RefSegment::Kind::At:
        put("@");
        break;
    }
  }
}

void Printer::newSymbol(const Decl& d, const Expr* domain) {
  put("NEW ");
  bool variable = d.kind == DeclKind::Variable ||
                  (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Variable);
  if (variable) {
    put("VARIABLE ");
  } else if (d.kind == DeclKind::NewSymbol) {
    switch (d.newKind) {
      case NewKind::State: put("STATE "); break;
      case NewKind::Action: put("ACTION "); break;
      case NewKind::Temporal: put("TEMPORAL "); break;
      default: break;
    }
  }
  put(operatorShape(declName(d), d.arity));
  if (domain) {
    put(" \\in ");
    expr(*domain);
  }
}

void Printer::sequent(std::span<const SequentLine> hyps, const Expr& goal, bool multiline) {
  if (hyps.empty()) {
    expr(goal);
    return;
  }
  ScopeGuard guard(*this);
  int col = column();
  put("ASSUME ");
  for (std::size_t i = 0; i < hyps.size(); ++i) {
    const SequentLine& h = hyps[i];
    if (i) {
      put(",");
      if (multiline) newline(col + 7);
      else put(" ");
    }
    if (h.decl) {
      // As for binders, the domain (outside the scope) is scanned too.
      std::vector<const Expr*> scope{&goal, h.domain};
      for (std::size_t j = i + 1; j < hyps.size(); ++j) {
        scope.push_back(hyps[j].domain);
        scope.push_back(hyps[j].fact);
      }
      chooseName(*h.decl, scope);
      newSymbol(*h.decl, h.domain);
      enter(*h.decl);
    } else if (h.fact) {
      expr(*h.fact);
    }
  }
  if (multiline) newline(col);
  else put(" ");
  put(multiline ? "PROVE  " : "PROVE ");
  expr(goal);
}

// An ExprKind::Sequent.
void Printer::sequentExpr(const Expr& e, bool multiline) {
  std::vector<SequentLine> lines;
  for (const auto& h : e.hyps) {
    lines.push_back({h.newDecl.get(), h.newDecl ? h.newDecl->body.get() : nullptr, h.fact.get()});
  }
  sequent(lines, *e.args[0], multiline);
}

// A theorem or step statement: a sequent takes the multi-line layout.
void Printer::statement(const Expr& e) {
  if (e.kind == ExprKind::Sequent) sequentExpr(e, true);
  else expr(e);
}

// ---------------------------------------------------------- declarations ---

void Printer::definition(const Decl& d, bool local) {
  if (local) put("LOCAL ");
  ScopeGuard guard(*this);
  switch (d.kind) {
    case DeclKind::Function: {
      put(declName(d));
      const Expr* body = d.body.get();
      if (body && body->kind == ExprKind::FuncCons) {
        put("[");
        bindVars(body->binders, body->args[0].get(), true);
        put("] == ");
        expr(*body->args[0]);
      } else if (body) {
        put(" == ");
        expr(*body);
      }
      return;
    }
    case DeclKind::Instance:
      put(declName(d));
      if (!d.params.empty()) {
        put("(");
        params(d.params, {});
        put(")");
      }
      put(" == ");
      instance(*d.instance);
      return;
    case DeclKind::Recursive:
      put("RECURSIVE ");
      put(operatorShape(declName(d), d.arity));
      return;
    default: {
      std::string name = declName(d);
      const auto& ps = d.params;
      auto paramName = [&](std::size_t i) {
        bind(*ps[i], {d.body.get()});
        return declName(*ps[i]);
      };
      bool simple = std::all_of(ps.begin(), ps.end(), [](const DeclPtr& p) { return p->arity == 0; });
      if (simple && ps.size() == 2 && findOperatorByName(name, Fixity::Infix)) {
        std::string lhs = paramName(0);
        put(lhs + " " + name + " " + paramName(1));
      } else if (simple && ps.size() == 1 && (name == "-." || name == "-")) {
        put("-. " + paramName(0));
      } else if (simple && ps.size() == 1 && findOperatorByName(name, Fixity::Postfix)) {
        put(paramName(0) + " " + name);
      } else {
        put(name);
        if (!ps.empty()) {
          put("(");
          params(ps, {d.body.get()});
          put(")");
        }
      }
      put(" == ");
      if (d.body) expr(*d.body);
      return;
    }
  }
}

void Printer::instance(const Instance& inst) {
  put("INSTANCE ");
  put(inst.moduleName);
  for (std::size_t i = 0; i < inst.with.size(); ++i) {
    put(i ? ", " : " WITH ");
    put(inst.with[i].name);
    put(" <- ");
    expr(*inst.with[i].value);
  }
}

void Printer::declaration(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Constant:
      put("CONSTANT ");
      put(operatorShape(declName(d), d.arity));
      return;
    case DeclKind::Variable:
      put("VARIABLE ");
      put(declName(d));
      return;
    case DeclKind::OpParam:
    case DeclKind::BoundVar:
    case DeclKind::ModuleName:
      put(operatorShape(declName(d), d.arity));
      return;
    case DeclKind::NewSymbol:
      newSymbol(d, d.body.get());
      return;
    case DeclKind::Theorem:
    case DeclKind::Assumption:
      theorem(d, 0);
      return;
    default:
      definition(d, d.local);
      return;
  }
}

void Printer::theorem(const Decl& d, int indent) {
  std::string keyword = d.theoremKeyword;
  if (keyword.empty()) keyword = d.kind == DeclKind::Theorem ? "THEOREM" : "ASSUME";
  put(keyword);
  put(" ");
  if (!d.name.empty()) {
    put(d.name);
    put(" == ");
  }
  if (d.body) statement(*d.body);
  if (d.proof) {
    newline(indent + 2);
    proof(*d.proof, indent + 2);
  }
}

// ---------------------------------------------------------- proofs ---

void Printer::useBy(const UseBy& u) {
  if (u.only) put(" ONLY");
  for (std::size_t i = 0; i < u.facts.size(); ++i) {
    put(i ? ", " : " ");
    expr(*u.facts[i]);
  }
  for (std::size_t i = 0; i < u.defs.size(); ++i) {
    put(i ? ", " : " DEF ");
    expr(*u.defs[i]);
  }
}

void Printer::proof(const Proof& p, int indent) {
  if (p.proofKeyword) {
    put("PROOF");
    if (p.kind == ProofKind::Steps) newline(indent);
    else put(" ");
  }
  switch (p.kind) {
    case ProofKind::Obvious:
      put("OBVIOUS");
      return;
    case ProofKind::Omitted:
      put("OMITTED");
      return;
    case ProofKind::By:
      put("BY");
      useBy(p.by);
      return;
    case ProofKind::Steps: {
      ScopeGuard guard(*this);  // PICK/TAKE/DEFINE symbols scope over the later steps
      for (std::size_t i = 0; i < p.steps.size(); ++i) {
        if (i) newline(indent);
        step(*p.steps[i], indent);
      }
      return;
    }
  }
}

void Printer::step(const ProofStep& s, int indent) {
  put(s.levelText.empty() ? "<" + std::to_string(s.level) + ">" : s.levelText);
  put(s.label);
  put(s.label.empty() ? " " : ". ");
  stepBody(s);
  if (s.proof) {
    newline(indent + 2);
    proof(*s.proof, indent + 2);
  }
  // PICK/TAKE variables scope over the later steps (not the step's own proof).
  enterVars(s.binders);
}

void Printer::stepBody(const ProofStep& s) {
  switch (s.kind) {
    case StepKind::Assert:
      statement(*s.expr);
      return;
    case StepKind::Suffices:
      put("SUFFICES ");
      statement(*s.expr);
      return;
    case StepKind::Case:
      put("CASE ");
      expr(*s.expr);
      return;
    case StepKind::Pick: {
      put("PICK ");
      ScopeGuard guard(*this);
      bindVars(s.binders, s.expr.get(), false);
      put(" : ");
      expr(*s.expr);
      return;
    }
    case StepKind::Take:
      put("TAKE ");
      nameVars(s.binders, nullptr);
      binders(s.binders, true);
      return;
    case StepKind::Witness:
      put("WITNESS ");
      list(s.exprs);
      return;
    case StepKind::Have:
      put("HAVE ");
      expr(*s.expr);
      return;
    case StepKind::Define: {
      int col = column();
      put("DEFINE ");
      for (std::size_t i = 0; i < s.defs.size(); ++i) {
        if (i) newline(col + 7);
        definition(*s.defs[i], false);
      }
      return;
    }
    case StepKind::Use:
    case StepKind::Hide:
      put(s.kind == StepKind::Use ? "USE" : "HIDE");
      useBy(s.use);
      return;
    case StepKind::Instance:
      if (s.instanceDecl->name.empty()) instance(*s.instanceDecl->instance);
      else definition(*s.instanceDecl, false);
      return;
    case StepKind::Qed:
      put("QED");
      return;
  }
}

// ---------------------------------------------------------- modules ---

void Printer::unit(const Unit& u) {
  switch (u.kind) {
    case UnitKind::Constants:
    case UnitKind::Variables:
    case UnitKind::Recursive: {
      put(u.kind == UnitKind::Constants ? "CONSTANT " : u.kind == UnitKind::Variables ? "VARIABLE " : "RECURSIVE ");
      for (std::size_t i = 0; i < u.decls.size(); ++i) {
        if (i) put(", ");
        put(operatorShape(declName(*u.decls[i]), u.decls[i]->arity));
      }
      return;
    }
    case UnitKind::Definition:
      definition(*u.decls[0], u.local || u.decls[0]->local);
      return;
    case UnitKind::Instance:
      if (u.decls.empty()) {
        if (u.local) put("LOCAL ");
        instance(*u.instance);
      } else {
        definition(*u.decls[0], u.local || u.decls[0]->local);
      }
      return;
    case UnitKind::Assumption:
    case UnitKind::Theorem:
      theorem(*u.decls[0], 0);
      return;
    case UnitKind::Use:
    case UnitKind::Hide:
      put(u.kind == UnitKind::Use ? "USE" : "HIDE");
      useBy(u.use);
      return;
    case UnitKind::Submodule:
      module(*u.submodule);
      return;
    case UnitKind::Separator:
      put("----");
      return;
  }
}

void Printer::module(const Module& m) {
  put("---- MODULE ");
  put(m.name);
  put(" ----");
  for (std::size_t i = 0; i < m.extends.size(); ++i) {
    if (i == 0) {
      newline(0);
      put("EXTENDS ");
    } else {
      put(", ");
    }
    put(m.extends[i].name);
  }
  for (const auto& u : m.units) {
    newline(0);
    unit(u);
  }
  newline(0);
  put("====");
}

}  // namespace

std::string quoteString(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      default: out += c; break;
    }
  }
  return out + "\"";
}

std::string printExpr(const Expr& expr) {
  Printer p;
  p.expr(expr);
  return p.take();
}

std::string printDecl(const Decl& decl) {
  Printer p;
  p.declaration(decl);
  return p.take();
}

std::string printProof(const Proof& proof, int indent) {
  Printer p;
  std::string out(static_cast<std::size_t>(indent), ' ');
  p.proof(proof, indent);
  return out + p.take();
}

std::string printModule(const Module& module) {
  Printer p;
  p.module(module);
  return p.take() + "\n";
}

std::string printSequent(std::span<const SequentLine> hyps, const Expr& goal) {
  Printer p;
  p.sequent(hyps, goal, true);
  return p.take();
}

std::string printSequent(const Expr& sequent) {
  Printer p;
  p.statement(sequent);
  return p.take();
}

}  // namespace tlapx
