// Interpretation of Z3's answers (see result.hpp).
#include "backends/z3/result.hpp"

#include <algorithm>

namespace tlapx::z3enc {

namespace {

std::uint64_t rlimitCount(z3::solver& solver) {
  z3::stats stats = solver.statistics();
  for (unsigned i = 0; i < stats.size(); ++i) {
    if (stats.key(i) == "rlimit count") {
      return stats.is_uint(i) ? stats.uint_value(i) : static_cast<std::uint64_t>(stats.double_value(i));
    }
  }
  return 0;
}

// User symbols are named "name#id" (primed: "name#id'"); internal ones are not shown.
std::string counterModel(z3::solver& solver) {
  z3::model model = solver.get_model();
  z3::expr_vector assertions = solver.assertions();
  for (unsigned i = 0; i < assertions.size(); ++i) {
    if (!model.eval(assertions[i], true).is_true()) return "";
  }
  std::vector<std::string> lines;
  for (unsigned i = 0; i < model.num_consts(); ++i) {
    z3::func_decl d = model.get_const_decl(i);
    std::string name = d.name().str();
    const auto hash = name.find('#');
    if (hash == std::string::npos) continue;
    const bool primed = !name.empty() && name.back() == '\'';
    name = name.substr(0, hash) + (primed ? "'" : "");
    if (name.rfind("sk:", 0) == 0) name = name.substr(3);
    lines.push_back(name + " = " + model.get_const_interp(d).to_string());
  }
  std::sort(lines.begin(), lines.end());
  std::string text;
  for (const auto& l : lines) text += l + "\n";
  return text;
}

}  // namespace

ProofResult interpret(z3::solver& solver, z3::check_result answer, bool ground, std::uint64_t rlimit) {
  ProofResult r;
  r.backend = "z3";
  r.rlimitUsed = rlimitCount(solver);
  switch (answer) {
    case z3::unsat: r.status = ProofResult::Proved; break;
    case z3::sat:
      r.status = ProofResult::Failed;
      r.reason = "counter-model";
      if (ground) r.counterModel = counterModel(solver);
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
