// Name resolution: turns a parsed module (names only) into the resolved tree every later
// layer relies on (see ast.hpp): links references to Decls and steps, checks arities,
// creates INSTANCE copies and replaces subexpression references by what they select.
#pragma once

#include <functional>
#include <memory>
#include <string_view>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace tlapx {

// Finds a loaded top-level module by name (null if none).
using ModuleFinder = std::function<Module*(std::string_view)>;

class Resolver {
 public:
  Resolver(Diagnostics& diags, ModuleFinder findModule);
  ~Resolver();
  Resolver(const Resolver&) = delete;
  Resolver& operator=(const Resolver&) = delete;

  // Resolves `module` (and its submodules). Every module it EXTENDS or INSTANCEs must
  // have been resolved by this Resolver before. Errors go to the diagnostics; resolution
  // continues after an error, leaving unresolvable references with a null decl.
  void resolveModule(Module& module);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tlapx
