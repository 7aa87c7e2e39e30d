// The frontend facade: load a file and its dependencies, then resolve and level-check
// every loaded module once, in dependency order.
#include "frontend/frontend.hpp"

#include <algorithm>

#include "frontend/level_check.hpp"

namespace tlapx {

Frontend::Frontend(FrontendOptions options)
    : loader_(sources_, diags_, LoaderOptions{std::move(options.includeDirs)}),
      resolver_(diags_, [this](std::string_view name) { return loader_.find(name); }) {}

const Module* Frontend::load(const std::string& path) { return resolveLoaded(loader_.loadFile(path)); }

const Module* Frontend::loadText(const std::string& path, std::string text) {
  return resolveLoaded(loader_.loadText(path, std::move(text)));
}

const Module* Frontend::resolveLoaded(const Module* root) {
  for (Module* m : loader_.dependencyOrder()) {
    if (std::find(resolved_.begin(), resolved_.end(), m) != resolved_.end()) continue;
    resolver_.resolveModule(*m);
    checkLevels(*m, diags_);
    resolved_.push_back(m);
  }
  return root;
}

}  // namespace tlapx
