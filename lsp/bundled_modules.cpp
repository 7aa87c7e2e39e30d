// Writing the embedded library modules to a per-version cache folder (see bundled_modules.hpp).
#include "lsp/bundled_modules.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "frontend/embedded_stdlib.hpp"

namespace tlapx::lsp {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> cacheHome() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') return fs::path(xdg);
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') return fs::path(home) / ".cache";
  return std::nullopt;
}

bool hasText(const fs::path& file, std::string_view text) {
  std::ifstream in(file, std::ios::binary);
  const std::string current{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return in.good() || in.eof() ? current == text : false;
}

}  // namespace

std::optional<fs::path> bundledModulesFolder(const std::string& version) {
  const std::optional<fs::path> home = cacheHome();
  if (!home) return std::nullopt;
  const fs::path folder = *home / "tlapx" / version / "modules";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return std::nullopt;
  for (const EmbeddedModule& m : embeddedModules()) {
    const fs::path file = folder / (std::string(m.name) + ".tla");
    if (hasText(file, m.text)) continue;
    const fs::path temporary = file.string() + ".tmp";
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << m.text;
      if (!out) return std::nullopt;
    }
    fs::rename(temporary, file, ec);  // atomic: concurrent servers never see half a file
    if (ec) return std::nullopt;
  }
  return folder;
}

}  // namespace tlapx::lsp
