// The bundled library modules (frontend/stdlib/*.tla), compiled into the binary.
#pragma once

#include <string_view>
#include <vector>

namespace tlapx {

struct EmbeddedModule {
  std::string_view name;  // module name, e.g. "Naturals"
  std::string_view text;  // full module text
};

const std::vector<EmbeddedModule>& embeddedModules();

}  // namespace tlapx
