// Versions of the linked Z3 and cvc5 libraries, queried from the libraries themselves.
#include "backends/solver_versions.hpp"

#include <cvc5/cvc5.h>
#include <z3.h>

namespace tlapx {

std::string z3Version() {
  unsigned major = 0, minor = 0, build = 0, revision = 0;
  Z3_get_version(&major, &minor, &build, &revision);
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(build);
}

std::string cvc5Version() {
  cvc5::Solver solver;
  return solver.getVersion();
}

}  // namespace tlapx
