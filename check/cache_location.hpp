// Where a checked file's results are cached unless the user says otherwise:
// `.tlapx/cache.db` in the file's folder (shared by `tlapx check`, `status` and `lsp`).
#pragma once

#include <filesystem>

namespace tlapx::check {

inline std::filesystem::path defaultCachePath(const std::filesystem::path& file) {
  return file.parent_path() / ".tlapx" / "cache.db";
}

}  // namespace tlapx::check
