// Finds, reads and parses TLA+ modules: the root file and, transitively, every module
// it EXTENDS or INSTANCEs, from the search path (the requesting file's folder, the
// -I folders in order, then the bundled library). Detects EXTENDS/INSTANCE cycles.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace tlapx {

struct LoaderOptions {
  std::vector<std::string> includeDirs;  // -I folders, searched in order
};

class ModuleLoader {
 public:
  ModuleLoader(SourceManager& sources, Diagnostics& diags, LoaderOptions options);

  // Parses `path` and every module it depends on. Returns the file's module, or
  // null (with a diagnostic) if the file cannot be read or has no module.
  Module* loadFile(const std::string& path);

  // All loaded top-level modules, each after every module it depends on.
  // Modules on a dependency cycle are reported once and left out.
  const std::vector<Module*>& dependencyOrder() const { return order_; }

  // A loaded top-level module by name, or null.
  Module* find(std::string_view name) const;

 private:
  struct Impl;
  SourceManager* sources_;
  Diagnostics* diags_;
  LoaderOptions options_;
  std::map<std::string, ModulePtr, std::less<>> byName_;
  std::vector<Module*> order_;
};

}  // namespace tlapx
