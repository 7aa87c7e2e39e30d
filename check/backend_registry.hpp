// Which backend proves which obligations: a small registry from the method an obligation
// requests (Method) to a factory of Backend instances. The scheduler makes one instance
// per worker thread and registry entry, when a worker first needs it.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

#include "backends/backend.hpp"

namespace tlapx::check {

class BackendRegistry {
 public:
  using Factory = std::function<std::unique_ptr<Backend>()>;

  // Obligations requesting any of `methods` go to backends made by `factory` (a later
  // registration for a method replaces an earlier one).
  void add(std::initializer_list<Method> methods, Factory factory);

  // The entry proving obligations that request `method`; none when no backend can.
  std::optional<std::size_t> entryFor(Method method) const;
  std::unique_ptr<Backend> make(std::size_t entry) const { return factories_.at(entry)(); }
  std::size_t size() const { return factories_.size(); }

  // The backends of this build: the built-in PTL procedure for PTL, the default chain
  // (PTL on temporal obligations, builtin, the SMT solvers `solvers`) for every other method.
  static BackendRegistry standard(SolverChoice solvers = SolverChoice::Portfolio);

 private:
  std::vector<Factory> factories_;
  std::array<std::optional<std::size_t>, 5> byMethod_{};  // indexed by Method
};

}  // namespace tlapx::check
