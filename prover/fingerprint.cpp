// Canonical serialization and SHA-256 fingerprints of obligations (see fingerprint.hpp).
#include "prover/fingerprint.hpp"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace tlapx::prover {

namespace {

const Decl* originalOf(const Decl* d) {
  while (d->origin != nullptr) d = d->origin;
  return d;
}

// The keys of the bodies of definitions met so far (shared by the nested serializations
// of one obligation); an empty entry marks a body being serialized.
using BodyKeys = std::unordered_map<const Decl*, std::string>;

class Canon {
 public:
  Canon() = default;
  // The serialization of a definition's body met while serializing `outer`.
  explicit Canon(const Canon* outer) : bodyKeys_(outer->bodyKeys_), outer_(outer) {}
  Canon(const Canon&) = delete;
  Canon& operator=(const Canon&) = delete;

  std::string take() { return std::move(out_); }

  void expr(const Expr& e) {
    out_ += '(';
    out_ += std::to_string(static_cast<int>(e.kind));
    switch (e.kind) {
      case ExprKind::Ident:
      case ExprKind::OpApp:
        reference(e.decl, e.name);
        break;
      case ExprKind::StepRef:
        text("step", e.name);
        break;
      case ExprKind::Builtin:
        out_ += 'b' + std::to_string(static_cast<int>(e.op));
        break;
      case ExprKind::Quant:
      case ExprKind::TempQuant:
        out_ += e.quantOp == QuantOp::Forall ? 'A' : 'E';
        break;
      case ExprKind::Fairness:
        out_ += e.fairnessStrong ? 'S' : 'W';
        break;
      case ExprKind::Case:
        out_ += e.hasOther ? 'o' : '-';
        break;
      case ExprKind::Number:
      case ExprKind::String:
      case ExprKind::Dot:
      case ExprKind::ModuleRef:
        text("t", e.text);
        break;
      default:
        break;
    }
    for (const auto& f : e.fields) text("f", f);
    // How many variables a group binds matters where the body need not name them all:
    // `[x, y \in S |-> x]` is a function on S \X S, `<<x, y>> \in S` matches pairs only
    // (elsewhere an unnamed variable changes nothing: `\A x, y \in S : P(x)` is
    // `\A x \in S : P(x)`, and their fingerprints stay as they were). The number of a
    // LAMBDA's parameters is part of it too.
    if (e.kind == ExprKind::Lambda) out_ += 'l' + std::to_string(e.params.size());
    const std::size_t mark = bound_.size();
    for (const auto& b : e.binders) {
      out_ += b.tuple ? "[<" : "[";
      if (b.tuple || e.kind == ExprKind::FuncCons) out_ += std::to_string(b.vars.size()) + '*';
      if (b.domain) expr(*b.domain);
      out_ += ']';
    }
    for (const auto& b : e.binders)
      for (const auto& v : b.vars) bind(v.get());
    for (const auto& p : e.params) bind(p.get());
    for (const auto& d : e.letDefs) bind(d.get());
    for (const auto& d : e.letDefs) {
      out_ += "{let";
      for (const auto& p : d->params) bind(p.get());
      if (d->body) expr(*d->body);
      out_ += '}';
    }
    for (const auto& h : e.hyps) {
      if (h.newDecl) {
        out_ += "{new" + std::to_string(static_cast<int>(h.newDecl->newKind));
        if (h.newDecl->body) expr(*h.newDecl->body);
        bind(h.newDecl.get());
        out_ += '}';
      }
      if (h.fact) {
        out_ += "{hyp";
        expr(*h.fact);
        out_ += '}';
      }
    }
    for (const auto& a : e.args) expr(*a);
    for (const auto& c : e.excepts) {
      out_ += "{!";
      for (const auto& p : c.path) {
        if (p.isField) text("f", p.field);
        for (const auto& i : p.index) expr(*i);
        out_ += '|';
      }
      expr(*c.value);
      out_ += '}';
    }
    unbind(mark);
    out_ += ')';
  }

  void declaration(const ObligationHyp& h) {
    const Decl& d = *h.decl;
    if (d.kind == DeclKind::Constant || d.kind == DeclKind::Variable) return;  // named where used
    out_ += "N" + std::to_string(static_cast<int>(d.newKind));
    if (h.domain) expr(*h.domain);
    bind(&d);
    out_ += ';';
  }

  void fact(const ObligationHyp& h) {
    out_ += h.holdsAlways ? "F!" : "F";
    expr(*h.fact);
    out_ += ';';
  }

 private:
  void text(const char* tag, const std::string& s) {
    out_ += tag;
    out_ += std::to_string(s.size());
    out_ += ':';
    out_ += s;
  }

  void bind(const Decl* d) {
    bound_.push_back(d);
    index_[d].push_back(bound_.size() - 1);
  }

  void unbind(std::size_t mark) {
    while (bound_.size() > mark) {
      auto& stack = index_[bound_.back()];
      stack.pop_back();
      bound_.pop_back();
    }
  }

  void reference(const Decl* d, const std::string& name) {
    if (d == nullptr) return text("?", name);
    if (auto it = index_.find(d); it != index_.end() && !it->second.empty()) {
      out_ += '#' + std::to_string(it->second.back());
      return;
    }
    // A symbol of the obligation (a NEW symbol a proof-step definition mentions) is the
    // obligation's symbol at its position, never another symbol of the same name.
    for (const Canon* o = outer_; o != nullptr; o = o->outer_) {
      if (auto it = o->index_.find(d); it != o->index_.end() && !it->second.empty()) {
        out_ += "#^" + std::to_string(it->second.back());
        return;
      }
    }
    const Decl* original = originalOf(d);
    std::string qualified = d->name + "/" + std::to_string(d->arity);
    if (original->owner != nullptr) qualified += "@" + original->owner->name;
    if ((d->body && !d->primitive) || isOpaqueCopy(*d)) qualified += "|" + bodyKey(*d);
    switch (d->kind) {
      case DeclKind::Variable: return text("v", qualified);
      case DeclKind::Constant: return text("c", qualified);
      case DeclKind::Operator:
      case DeclKind::Function:
      case DeclKind::Recursive: return text("d", qualified);
      default:
        return text("x" + std::to_string(static_cast<int>(d->kind)) + "." + std::to_string(static_cast<int>(d->newKind)),
                    qualified);
    }
  }

  void text(const std::string& tag, const std::string& s) { text(tag.c_str(), s); }

  // A definition left unexpanded is not opaque to the backends: they read properties of
  // its body (its level, whether it is a formula with a Boolean value, which arguments it
  // uses by value only), so its body, with the bodies of the definitions it calls, is part
  // of its identity (an edit that makes it, say, no longer a formula re-proves the
  // obligations that mention it). An instance copy (`I!P` of `I == INSTANCE M WITH
  // c <- e`) means its body with the substitution applied: two copies of one definition
  // under different substitutions are different symbols. A copy left without a body
  // (opaque: ENABLED could not be instantiated) is its origin under the substitution of
  // its INSTANCE, so both are its identity.
  static bool isOpaqueCopy(const Decl& d) { return !d.body && d.origin != nullptr && d.instantiation != nullptr; }

  std::string bodyKey(const Decl& d) {
    if (auto it = bodyKeys_->find(&d); it != bodyKeys_->end())
      return it->second.empty() ? "rec" : it->second;  // a recursive definition refers to itself
    (*bodyKeys_)[&d] = "";
    Canon body(this);
    for (const auto& p : d.params) body.bind(p.get());
    if (d.body) {
      body.expr(*d.body);
    } else {
      body.reference(d.origin, d.origin->name);
      for (const auto& s : d.instantiation->fullSubstitution) {
        body.text("s", s.name);
        if (s.value) body.expr(*s.value);
      }
    }
    std::string key = sha256Hex(body.take());
    (*bodyKeys_)[&d] = key;
    return key;
  }

  std::string out_;
  BodyKeys ownBodyKeys_;                 // of the outermost serialization
  BodyKeys* bodyKeys_ = &ownBodyKeys_;  // shared with the nested ones
  const Canon* outer_ = nullptr;        // the serialization a nested one serves
  std::vector<const Decl*> bound_;
  std::unordered_map<const Decl*, std::vector<std::size_t>> index_;
};

}  // namespace

std::string canonicalText(const Expr& e) {
  Canon canon;
  canon.expr(e);
  return canon.take();
}

std::string canonicalText(const Obligation& ob) {
  Canon canon;
  for (const auto& h : ob.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration)
      canon.declaration(h);
    else
      canon.fact(h);
  }
  if (ob.goal) canon.expr(*ob.goal);
  return canon.take();
}

std::string sha256Hex(const std::string& bytes) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
    throw std::runtime_error("SHA-256 failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

std::string fingerprintOf(const Obligation& ob) { return sha256Hex(canonicalText(ob)); }

}  // namespace tlapx::prover
