// Canonical keys of expressions modulo bound-variable names (see expr_key.hpp).
#include "backends/expr_key.hpp"

#include <algorithm>
#include <cstdint>

namespace tlapx {

namespace {

class KeyWriter {
 public:
  explicit KeyWriter(std::map<const Decl*, int> bound)
      : bound_(std::move(bound)), depth_(bound_.size()) {}

  void expr(const Expr* e) {
    if (e == nullptr) {
      out_ += '_';
      return;
    }
    if (isQuantifierList(*e)) {
      nestedQuantifiers(*e);
      return;
    }
    out_ += '(';
    out_ += std::to_string(static_cast<int>(e->kind));
    switch (e->kind) {
      case ExprKind::Ident:
      case ExprKind::OpApp:
        symbol(e->decl);
        break;
      case ExprKind::StepRef:
        out_ += ' ';
        out_ += std::to_string(reinterpret_cast<std::uintptr_t>(e->step));
        break;
      case ExprKind::Builtin:
        out_ += ':' + std::to_string(static_cast<int>(e->op));
        break;
      case ExprKind::Quant:
      case ExprKind::TempQuant:
        out_ += ':' + std::to_string(static_cast<int>(e->quantOp));
        break;
      case ExprKind::Fairness:
        out_ += e->fairnessStrong ? 'S' : 'W';
        break;
      case ExprKind::Case:
        out_ += e->hasOther ? 'O' : '-';
        break;
      default:
        break;
    }
    text(e->text);
    for (const auto& f : e->fields) text(f);
    const std::size_t mark = depth_;
    for (const auto& b : e->binders) {
      expr(b.domain.get());  // domains are outside the scope of the binder's variables
      out_ += b.tuple ? 'T' : 'B';
      for (const auto& v : b.vars) bind(v.get());
    }
    for (const auto& p : e->params) bind(p.get());
    for (const auto& d : e->letDefs) {
      bind(d.get());
      for (const auto& p : d->params) bind(p.get());
      expr(d->body.get());
    }
    for (const auto& h : e->hyps) {
      if (h.newDecl) {
        bind(h.newDecl.get());
        expr(h.newDecl->body.get());
      }
      expr(h.fact.get());
    }
    for (const auto& a : e->args) expr(a.get());
    for (const auto& c : e->excepts) {
      out_ += '!';
      for (const auto& p : c.path) {
        if (p.isField) {
          text(p.field);
        } else {
          out_ += '[';
          for (const auto& i : p.index) expr(i.get());
          out_ += ']';
        }
      }
      expr(c.value.get());
    }
    unbind(mark);
    out_ += ')';
  }

  std::string take() { return std::move(out_); }

 private:
  // \A x \in S, y \in T : P (or \A x, y \in S : P) abbreviates \A x \in S : \A y \in T : P,
  // and gets the key of that nesting: both forms are one formula.
  static bool isQuantifierList(const Expr& e) {
    if (e.kind != ExprKind::Quant || e.binders.empty()) return false;
    if (e.binders.size() == 1 && e.binders[0].vars.size() == 1) return false;
    return std::none_of(e.binders.begin(), e.binders.end(), [](const Binder& b) { return b.tuple; });
  }
  void nestedQuantifiers(const Expr& e) {
    const std::size_t mark = depth_;
    std::size_t levels = 0;
    for (const auto& b : e.binders) {
      for (const auto& v : b.vars) {
        out_ += '(';
        out_ += std::to_string(static_cast<int>(e.kind));
        out_ += ':' + std::to_string(static_cast<int>(e.quantOp));
        text(e.text);
        expr(b.domain.get());
        out_ += 'B';
        bind(v.get());
        ++levels;
      }
    }
    for (const auto& a : e.args) expr(a.get());
    unbind(mark);
    out_.append(levels, ')');
  }

  void symbol(const Decl* d) {
    auto it = bound_.find(d);
    if (it != bound_.end()) {
      out_ += " b" + std::to_string(it->second);
    } else {
      out_ += " d" + std::to_string(reinterpret_cast<std::uintptr_t>(d));
    }
  }
  void text(const std::string& s) {
    out_ += ' ';
    out_ += std::to_string(s.size());
    out_ += ':';
    out_ += s;
  }
  void bind(const Decl* d) {
    auto it = bound_.find(d);
    scoped_.push_back({d, it == bound_.end() ? -1 : it->second});
    bound_[d] = static_cast<int>(depth_++);  // de Bruijn level
  }
  void unbind(std::size_t mark) {
    while (depth_ > mark) {
      --depth_;
      auto [d, old] = scoped_.back();
      scoped_.pop_back();
      if (old < 0) {
        bound_.erase(d);
      } else {
        bound_[d] = old;
      }
    }
  }

  std::map<const Decl*, int> bound_;
  std::vector<std::pair<const Decl*, int>> scoped_;
  std::size_t depth_ = 0;
  std::string out_;
};

}  // namespace

std::string exprKey(const Expr& e, const std::map<const Decl*, int>& bound) {
  KeyWriter writer(bound);
  writer.expr(&e);
  return writer.take();
}

void visitExprs(const Expr& e, const std::function<void(const Expr&)>& f) {
  f(e);
  auto sub = [&](const ExprPtr& x) {
    if (x) visitExprs(*x, f);
  };
  for (const auto& b : e.binders) sub(b.domain);
  for (const auto& d : e.letDefs) sub(d->body);
  for (const auto& h : e.hyps) {
    if (h.newDecl) sub(h.newDecl->body);
    sub(h.fact);
  }
  for (const auto& a : e.args) sub(a);
  for (const auto& c : e.excepts) {
    for (const auto& p : c.path) {
      for (const auto& i : p.index) sub(i);
    }
    sub(c.value);
  }
}

}  // namespace tlapx
