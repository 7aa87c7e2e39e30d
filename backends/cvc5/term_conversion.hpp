// Conversion of the encoding's Z3 terms (backends/z3/encoding.hpp) into cvc5 terms, so that
// cvc5 solves exactly the formulas Z3 does: one encoding, two solvers. The encoding uses
// the sorts U, Int and Bool, uninterpreted functions, linear and non-linear integer
// arithmetic, and quantifiers with patterns; anything else is a ConversionError.
#pragma once

#include <cvc5/cvc5.h>
#include <z3++.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace tlapx::cvc5enc {

struct ConversionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class TermConverter {
 public:
  explicit TermConverter(cvc5::Solver& solver) : solver_(solver) {}

  cvc5::Term convert(const z3::expr& e);

 private:
  cvc5::Sort sortOf(const z3::sort& s);
  cvc5::Term symbolOf(const z3::func_decl& d);
  cvc5::Term application(const z3::expr& e);
  cvc5::Term quantifier(const z3::expr& e);

  cvc5::Solver& solver_;
  std::map<std::string, cvc5::Sort> sorts_;       // uninterpreted sorts by name
  std::map<unsigned, cvc5::Term> symbols_;        // by the Z3 id of the declaration
  std::vector<cvc5::Term> bound_;                 // bound variables, innermost last
  // Converted terms by Z3 id, one map per quantifier depth: below a quantifier a term
  // may mention its bound variables (de Bruijn indices), so it is cached in that scope.
  std::vector<std::map<unsigned, cvc5::Term>> memo_{1};
};

}  // namespace tlapx::cvc5enc
