// Z3 terms to cvc5 terms (see term_conversion.hpp).
#include "backends/cvc5/term_conversion.hpp"

#include <optional>
#include <set>

namespace tlapx::cvc5enc {

namespace {

// Z3 operators of the encoding and their cvc5 kinds.
std::optional<cvc5::Kind> kindOf(Z3_decl_kind k) {
  switch (k) {
    case Z3_OP_AND: return cvc5::Kind::AND;
    case Z3_OP_OR: return cvc5::Kind::OR;
    case Z3_OP_NOT: return cvc5::Kind::NOT;
    case Z3_OP_IMPLIES: return cvc5::Kind::IMPLIES;
    case Z3_OP_XOR: return cvc5::Kind::XOR;
    case Z3_OP_IFF:
    case Z3_OP_EQ: return cvc5::Kind::EQUAL;
    case Z3_OP_DISTINCT: return cvc5::Kind::DISTINCT;
    case Z3_OP_ITE: return cvc5::Kind::ITE;
    case Z3_OP_ADD: return cvc5::Kind::ADD;
    case Z3_OP_SUB: return cvc5::Kind::SUB;
    case Z3_OP_MUL: return cvc5::Kind::MULT;
    case Z3_OP_UMINUS: return cvc5::Kind::NEG;
    case Z3_OP_IDIV: return cvc5::Kind::INTS_DIVISION;
    case Z3_OP_MOD: return cvc5::Kind::INTS_MODULUS;
    case Z3_OP_LE: return cvc5::Kind::LEQ;
    case Z3_OP_LT: return cvc5::Kind::LT;
    case Z3_OP_GE: return cvc5::Kind::GEQ;
    case Z3_OP_GT: return cvc5::Kind::GT;
    default: return std::nullopt;
  }
}

// The de Bruijn indices of the variables in `e`, a pattern term (no quantifier inside).
void collectVars(const z3::expr& e, std::set<unsigned>& vars) {
  if (e.is_var()) {
    vars.insert(Z3_get_index_value(e.ctx(), e));
  } else if (e.is_app()) {
    for (unsigned i = 0; i < e.num_args(); ++i) collectVars(e.arg(i), vars);
  }
}

// Whether cvc5 can take a multi-pattern of Z3's: every term an application of an
// uninterpreted function, and together they mention every one of the quantifier's `n`
// variables. cvc5 1.0.3 crashes on some others that Z3 accepts; a pattern left out only
// leaves the choice of triggers to cvc5, which changes no answer's meaning.
bool usablePattern(const std::vector<z3::expr>& terms, unsigned n) {
  std::set<unsigned> vars;
  for (const auto& t : terms) {
    if (!t.is_app() || t.decl().decl_kind() != Z3_OP_UNINTERPRETED || t.num_args() == 0) return false;
    collectVars(t, vars);
  }
  for (unsigned i = 0; i < n; ++i) {
    if (vars.count(i) == 0) return false;
  }
  return !terms.empty();
}

}  // namespace

cvc5::Sort TermConverter::sortOf(const z3::sort& s) {
  switch (s.sort_kind()) {
    case Z3_BOOL_SORT: return solver_.getBooleanSort();
    case Z3_INT_SORT: return solver_.getIntegerSort();
    case Z3_UNINTERPRETED_SORT: {
      const std::string name = s.name().str();
      auto it = sorts_.find(name);
      if (it == sorts_.end()) it = sorts_.emplace(name, solver_.mkUninterpretedSort(name)).first;
      return it->second;
    }
    default: throw ConversionError("sort " + s.to_string() + " has no cvc5 counterpart here");
  }
}

cvc5::Term TermConverter::symbolOf(const z3::func_decl& d) {
  if (auto it = symbols_.find(d.id()); it != symbols_.end()) return it->second;
  std::vector<cvc5::Sort> domain;
  for (unsigned i = 0; i < d.arity(); ++i) domain.push_back(sortOf(d.domain(i)));
  const cvc5::Sort range = sortOf(d.range());
  const cvc5::Sort sort = domain.empty() ? range : solver_.mkFunctionSort(domain, range);
  return symbols_.emplace(d.id(), solver_.mkConst(sort, d.name().str())).first->second;
}

cvc5::Term TermConverter::convert(const z3::expr& e) {
  std::map<unsigned, cvc5::Term>& memo = memo_.back();
  if (auto it = memo.find(e.id()); it != memo.end()) return it->second;
  cvc5::Term t;
  if (e.is_var()) {
    const unsigned index = Z3_get_index_value(e.ctx(), e);
    if (index >= bound_.size()) throw ConversionError("unbound variable in " + e.to_string());
    t = bound_[bound_.size() - 1 - index];
  } else if (e.is_quantifier()) {
    t = quantifier(e);
  } else if (e.is_app()) {
    t = application(e);
  } else {
    throw ConversionError("unsupported term " + e.to_string());
  }
  return memo_.back().emplace(e.id(), t).first->second;
}

cvc5::Term TermConverter::application(const z3::expr& e) {
  const z3::func_decl d = e.decl();
  const Z3_decl_kind k = d.decl_kind();
  switch (k) {
    case Z3_OP_TRUE: return solver_.mkTrue();
    case Z3_OP_FALSE: return solver_.mkFalse();
    case Z3_OP_ANUM:
      if (!e.is_int()) throw ConversionError("non-integer numeral " + e.to_string());
      return solver_.mkInteger(Z3_get_numeral_string(e.ctx(), e));
    default: break;
  }
  std::vector<cvc5::Term> args;
  for (unsigned i = 0; i < e.num_args(); ++i) args.push_back(convert(e.arg(i)));
  if (k == Z3_OP_UNINTERPRETED) {
    const cvc5::Term f = symbolOf(d);
    if (args.empty()) return f;
    args.insert(args.begin(), f);
    return solver_.mkTerm(cvc5::Kind::APPLY_UF, args);
  }
  const std::optional<cvc5::Kind> kind = kindOf(k);
  if (!kind) throw ConversionError("operator " + d.name().str() + " has no cvc5 counterpart here");
  if (args.size() == 1 && (*kind == cvc5::Kind::AND || *kind == cvc5::Kind::OR)) return args[0];
  if (args.empty() && *kind == cvc5::Kind::AND) return solver_.mkTrue();
  if (args.empty() && *kind == cvc5::Kind::OR) return solver_.mkFalse();
  return solver_.mkTerm(*kind, args);
}

cvc5::Term TermConverter::quantifier(const z3::expr& e) {
  if (e.is_lambda()) throw ConversionError("lambda terms have no cvc5 counterpart here");
  const Z3_context c = e.ctx();
  const unsigned n = Z3_get_quantifier_num_bound(c, e);
  std::vector<cvc5::Term> vars;
  for (unsigned i = 0; i < n; ++i) {
    const z3::symbol name(e.ctx(), Z3_get_quantifier_bound_name(c, e, i));
    const z3::sort sort(e.ctx(), Z3_get_quantifier_bound_sort(c, e, i));
    vars.push_back(solver_.mkVar(sortOf(sort), name.str()));
  }
  // Z3's index 0 is the last bound variable of the innermost quantifier.
  bound_.insert(bound_.end(), vars.begin(), vars.end());
  memo_.emplace_back();
  struct Leave {  // restores the scope also when the conversion throws
    TermConverter& self;
    std::size_t n;
    ~Leave() {
      self.bound_.resize(self.bound_.size() - n);
      self.memo_.pop_back();
    }
  } leave{*this, n};
  const cvc5::Term body = convert(e.body());
  std::vector<cvc5::Term> patterns;
  for (unsigned i = 0; i < Z3_get_quantifier_num_patterns(c, e); ++i) {
    const Z3_pattern p = Z3_get_quantifier_pattern_ast(c, e, i);
    std::vector<z3::expr> terms;
    for (unsigned j = 0; j < Z3_get_pattern_num_terms(c, p); ++j) terms.emplace_back(e.ctx(), Z3_get_pattern(c, p, j));
    if (!usablePattern(terms, n)) continue;
    std::vector<cvc5::Term> converted;
    for (const auto& t : terms) converted.push_back(convert(t));
    patterns.push_back(solver_.mkTerm(cvc5::Kind::INST_PATTERN, converted));
  }
  std::vector<cvc5::Term> children{solver_.mkTerm(cvc5::Kind::VARIABLE_LIST, vars), body};
  if (!patterns.empty()) children.push_back(solver_.mkTerm(cvc5::Kind::INST_PATTERN_LIST, patterns));
  return solver_.mkTerm(e.is_forall() ? cvc5::Kind::FORALL : cvc5::Kind::EXISTS, children);
}

}  // namespace tlapx::cvc5enc
