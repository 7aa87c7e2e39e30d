// Finds, reads and parses TLA+ modules: the root file and, transitively, every module
// it EXTENDS or INSTANCEs, from the search path (the requesting file's folder, the
// -I folders in order, then the bundled library). Detects EXTENDS/INSTANCE cycles.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
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
  // The same for a file whose current text is `text` (an editor's unsaved buffer); its
  // dependencies are still read from disk.
  Module* loadText(const std::string& path, std::string text);

  // All loaded top-level modules, each after every module it depends on.
  // Modules on a dependency cycle are reported once and left out.
  const std::vector<Module*>& dependencyOrder() const { return order_; }

  // A loaded top-level module by name, or null.
  Module* find(std::string_view name) const;

 private:
  // One loaded top-level module, registered under the name it was requested by.
  struct Entry {
    ModulePtr module;
    bool bundled = false;             // from the bundled library
    std::filesystem::path dir;        // its folder, searched first for its dependencies
                                      // (empty: the current folder; unused when bundled)
    std::filesystem::path canonical;  // canonical file path (empty when bundled or not
                                      // the first module of its file)
    // The modules that follow the first one in its file, which the file's modules
    // may use (shared by the entries of that file's modules; null when none).
    std::shared_ptr<const std::vector<ModulePtr>> laterModules;
    bool loading = false;             // its dependencies are being loaded
    bool onCycle = false;             // on an EXTENDS/INSTANCE cycle
  };

  // A module file found on the search path (or a bundled module).
  struct Located {
    std::string path;
    std::string text;
    Entry entry;  // bundled, dir and canonical set
  };

  // loadFile/loadText: `text` is the file's text, or none when it could not be read.
  Module* loadRoot(const std::string& path, std::optional<std::string> text);
  // Loads module `ref.name` for `requester` (once); null if it cannot be loaded.
  Module* require(const NameRef& ref, const Entry& requester);
  // Finds module `ref.name` for `requester`; reports an error when there is none.
  std::optional<Located> locate(const NameRef& ref, const Entry& requester);
  // Registers `entry` under `name`; `modules` are the modules of a newly parsed file,
  // the first being the entry's module (empty when entry.module is already set).
  Entry& add(const std::string& name, std::vector<ModulePtr> modules, Entry entry);
  void loadDependencies(const std::string& name, Entry& entry);
  void reportCycle(const NameRef& ref);
  void warnIfShadowed(const NameRef& ref, const Entry& requester, const Entry& loaded);
  std::vector<std::filesystem::path> searchDirs(const Entry& requester) const;

  SourceManager* sources_;
  Diagnostics* diags_;
  LoaderOptions options_;
  std::map<std::string, Entry, std::less<>> byName_;
  std::vector<std::string> loading_;  // names of the modules being loaded, outermost first
  std::vector<Module*> order_;
};

}  // namespace tlapx
