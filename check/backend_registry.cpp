// The backend registry and the backends of this build (see backend_registry.hpp).
#include "check/backend_registry.hpp"

#include "backends/ptl/ptl_backend.hpp"

namespace tlapx::check {

void BackendRegistry::add(std::initializer_list<Method> methods, Factory factory) {
  factories_.push_back(std::move(factory));
  for (Method m : methods) byMethod_.at(static_cast<std::size_t>(m)) = factories_.size() - 1;
}

std::optional<std::size_t> BackendRegistry::entryFor(Method method) const {
  return byMethod_.at(static_cast<std::size_t>(method));
}

BackendRegistry BackendRegistry::standard(SolverChoice solvers) {
  BackendRegistry registry;
  registry.add({Method::Default, Method::Smt, Method::Zenon, Method::Isabelle},
               [solvers] { return makeDefaultBackend(solvers); });
  registry.add({Method::Ptl}, makePtlBackend);
  return registry;
}

}  // namespace tlapx::check
