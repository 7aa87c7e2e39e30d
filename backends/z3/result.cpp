// Interpretation of Z3's answers (see result.hpp).
#include "backends/z3/result.hpp"

#include "backends/countermodel/search.hpp"

namespace tlapx::z3enc {

std::uint64_t rlimitCount(z3::solver& solver) {
  z3::stats stats = solver.statistics();
  for (unsigned i = 0; i < stats.size(); ++i) {
    if (stats.key(i) == "rlimit count") {
      return stats.is_uint(i) ? stats.uint_value(i) : static_cast<std::uint64_t>(stats.double_value(i));
    }
  }
  return 0;
}

namespace {

// Seeds for the counter-model search from a model of a ground encoding: the integer and
// Boolean values of user symbols, named "name#id" (primed "name#id'", Skolem "sk:name#id").
countermodel::Hints modelHints(z3::solver& solver) {
  countermodel::Hints hints;
  z3::model model = solver.get_model();
  for (unsigned i = 0; i < model.num_consts(); ++i) {
    z3::func_decl d = model.get_const_decl(i);
    std::string name = d.name().str();
    const auto hash = name.find('#');
    if (hash == std::string::npos) continue;
    const bool primed = name.back() == '\'';
    name = name.substr(0, hash) + (primed ? "'" : "");
    if (name.rfind("sk:", 0) == 0) name = name.substr(3);
    const z3::expr v = model.get_const_interp(d);
    std::int64_t k = 0;
    if (v.is_int() && v.is_numeral_i64(k)) hints[name].push_back(countermodel::Value::integer(k));
    if (v.is_bool() && (v.is_true() || v.is_false())) hints[name].push_back(countermodel::Value::boolean(v.is_true()));
  }
  return hints;
}

}  // namespace

ProofResult interpret(const Obligation& ob, z3::solver& solver, z3::check_result answer, bool ground,
                      std::uint64_t rlimit) {
  ProofResult r;
  r.backend = "z3";
  r.rlimitUsed = rlimitCount(solver);
  switch (answer) {
    case z3::unsat: r.status = ProofResult::Proved; break;
    case z3::sat:
      r.status = ProofResult::Failed;
      r.reason = "counter-model";
      r.counterModel = countermodel::findCounterModel(ob, ground ? modelHints(solver) : countermodel::Hints{});
      break;
    case z3::unknown: {
      r.reason = solver.reason_unknown();
      // Z3 may report an exhausted rlimit as "canceled": the count tells.
      if (r.rlimitUsed >= rlimit || r.reason.find("resource") != std::string::npos) {
        r.status = ProofResult::ResourceOut;
      } else if (r.reason.find("timeout") != std::string::npos ||
                 r.reason.find("canceled") != std::string::npos) {
        r.status = ProofResult::Timeout;
      } else {
        r.status = ProofResult::Unknown;
      }
      break;
    }
  }
  return r;
}

}  // namespace tlapx::z3enc
