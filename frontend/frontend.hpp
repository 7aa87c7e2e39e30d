// The frontend's single entry point: load a file with its dependencies, then resolve
// names and check levels of every module, collecting all diagnostics.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/module_loader.hpp"
#include "frontend/resolver.hpp"

namespace tlapx {

struct FrontendOptions {
  std::vector<std::string> includeDirs;
};

class Frontend {
 public:
  explicit Frontend(FrontendOptions options);

  // Loads, resolves and level-checks `path` and its dependencies. Returns the
  // file's module, or null if it could not be loaded. Check diagnostics() for errors.
  const Module* load(const std::string& path);
  // The same with the file's current text given (an editor buffer, possibly unsaved).
  const Module* loadText(const std::string& path, std::string text);

  const SourceManager& sources() const { return sources_; }
  const Diagnostics& diagnostics() const { return diags_; }
  // Number of distinct modules (files and bundled modules) loaded so far.
  std::size_t moduleCount() const { return loader_.dependencyOrder().size(); }

 private:
  const Module* resolveLoaded(const Module* root);  // resolves and level-checks new modules

  SourceManager sources_;
  Diagnostics diags_{sources_};
  ModuleLoader loader_;
  Resolver resolver_;
  std::vector<const Module*> resolved_;
};

}  // namespace tlapx
