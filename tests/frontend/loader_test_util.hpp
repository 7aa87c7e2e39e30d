// Test helpers for the module loader and the bundled library: a temporary folder of
// module files and a loader with its source manager and diagnostics.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "frontend/module_loader.hpp"

namespace tlapx::testing {

// A fresh folder under the system temp folder, removed with its contents at the end.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("tlapx-loader-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `text` to `relative` (creating folders); returns the file's path.
  std::string write(const std::string& relative, const std::string& text) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file.string();
  }

  std::string dir(const std::string& relative) const { return (path_ / relative).string(); }

 private:
  std::filesystem::path path_;
};

// A loader with its own sources and diagnostics.
struct LoaderFixture {
  explicit LoaderFixture(std::vector<std::string> includeDirs = {})
      : loader(sources, diags, LoaderOptions{std::move(includeDirs)}) {}

  // The source path of a loaded module ("" when it is not loaded).
  std::string pathOf(std::string_view name) const {
    const Module* m = loader.find(name);
    return m ? sources.file(m->file).path : "";
  }

  // The names of dependencyOrder(), in order.
  std::vector<std::string> orderNames() const {
    std::vector<std::string> names;
    for (const Module* m : loader.dependencyOrder()) names.push_back(m->name);
    return names;
  }

  SourceManager sources;
  Diagnostics diags{sources};
  ModuleLoader loader;
};

}  // namespace tlapx::testing
