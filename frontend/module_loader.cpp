// Module loading: resolves module names on the search path, reads and parses files
// and bundled modules, discovers every EXTENDS/INSTANCE dependency (submodules, LET
// and proof-step instances included), detects cycles and computes the dependency
// order. Also owns the table of the standard modules and their natively
// interpreted (primitive) operators.
#include "frontend/module_loader.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

#include "frontend/embedded_stdlib.hpp"
#include "frontend/parser.hpp"

namespace tlapx {
namespace fs = std::filesystem;
namespace {

// The standard modules, always taken from the bundled library because the backends
// build their operators in. `primitives` lists the operators of each that the
// backends interpret natively, by their canonical names (the parser's spelling of
// declared operators: `=<` for \leq and <=, `\o` for \circ, `-.` for prefix minus).
struct StandardModule {
  std::string_view name;
  std::vector<std::string_view> primitives;
};

const std::vector<StandardModule>& standardModules() {
  static const std::vector<StandardModule> table = {
      {"Naturals", {"Nat", "+", "-", "*", "^", "<", ">", "=<", ">=", "%", "\\div", ".."}},
      {"Integers", {"Int", "-."}},
      {"Reals", {"Real", "/", "Infinity"}},
      {"Sequences", {"Seq", "Len", "\\o", "Append", "Head", "Tail", "SubSeq", "SelectSeq"}},
      {"FiniteSets", {"IsFiniteSet", "Cardinality"}},
      {"Bags", {}},
      {"TLC", {}},
  };
  return table;
}

const StandardModule* standardModule(std::string_view name) {
  const auto& table = standardModules();
  auto it = std::ranges::find(table, name, &StandardModule::name);
  return it == table.end() ? nullptr : &*it;
}

void markStandard(Module& module, const StandardModule& standard) {
  module.standard = true;
  for (Unit& unit : module.units) {
    if (unit.kind != UnitKind::Definition) continue;
    for (const DeclPtr& decl : unit.decls)
      if (std::ranges::find(standard.primitives, decl->name) != standard.primitives.end())
        decl->primitive = true;
  }
}

std::optional<std::string_view> bundledText(std::string_view name) {
  const auto& modules = embeddedModules();
  auto it = std::ranges::find(modules, name, &EmbeddedModule::name);
  if (it == modules.end()) return std::nullopt;
  return it->text;
}

bool isFile(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::optional<std::string> readFile(const fs::path& path) {
  if (!isFile(path)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

std::string unreadable(const fs::path& path) {
  std::error_code ec;
  return "cannot read file '" + path.string() + "'" + (fs::exists(path, ec) ? "" : ": no such file");
}

fs::path canonicalPath(const fs::path& path) {
  std::error_code ec;
  fs::path result = fs::weakly_canonical(path, ec);
  return ec ? path : result;
}

std::string displayDir(const fs::path& dir) { return dir.empty() ? "." : dir.string(); }

// Whether `text` contains a module header `---- MODULE`.
bool hasModuleHeader(std::string_view text) {
  for (std::size_t pos = text.find("----"); pos != std::string_view::npos;
       pos = text.find("----", pos + 1)) {
    const std::size_t name = text.find_first_not_of("- \t", pos);
    if (name != std::string_view::npos && text.substr(name, 6) == "MODULE") return true;
  }
  return false;
}

std::size_t offsetOf(const SourceFile& file, SourceLoc loc) {
  return file.lineStarts[loc.line - 1] + loc.col - 1;
}

// Registers `text` as source file `path` and parses its modules: the first one and
// the ones that follow it (SANY lets a file define further modules after its first,
// for the file's modules to EXTEND or INSTANCE). Each following module is parsed
// from a copy of the text with everything before it blanked out, so that locations
// are those of the file. Empty (with a diagnostic) when the file has no module.
std::vector<ModulePtr> parseSource(SourceManager& sources, Diagnostics& diags,
                                   const std::string& path, std::string text) {
  std::vector<ModulePtr> modules;
  FileId id = sources.add(path, std::move(text));
  const std::size_t errorsBefore = diags.errorCount();
  while (ModulePtr module = parseModule(sources.file(id), diags)) {
    module->file = id;
    modules.push_back(module);
    const SourceFile& file = sources.file(id);
    if (!module->range.end.valid()) break;
    const std::size_t end = offsetOf(file, module->range.end);
    if (!hasModuleHeader(std::string_view(file.text).substr(end))) break;
    std::string rest = file.text;
    std::replace_if(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(end),
                    [](char c) { return c != '\n'; }, ' ');
    id = sources.add(path, std::move(rest));
  }
  if (modules.empty() && diags.errorCount() == errorsBefore)
    diags.error(SourceLoc{id, 1, 1}, "no MODULE found in file '" + path + "'");
  return modules;
}

void checkName(Diagnostics& diags, const Module& module, std::string_view expected,
               const std::string& path) {
  if (module.name != expected)
    diags.warning(module.range.begin, "file '" + path + "' defines module '" + module.name +
                                          "', not '" + std::string(expected) + "'");
}

// The names of the modules that a top-level module and its submodules EXTEND or
// INSTANCE, each once, with the location of its first mention. Names of the
// submodules visible where they are mentioned are left out.
class RequestCollector {
 public:
  explicit RequestCollector(const SourceManager& sources) : sources_(sources) {}

  std::vector<NameRef> collect(const Module& module) {
    this->module(module);
    return std::move(requests_);
  }

 private:
  void module(const Module& m) {
    const std::size_t scope = visible_.size();
    for (const NameRef& ref : m.extends) request(ref);
    for (const Unit& unit : m.units) {
      if (unit.submodule) {
        module(*unit.submodule);
        visible_.push_back(unit.submodule->name);
      }
      if (unit.instance && unit.decls.empty()) instance(*unit.instance);
      for (const DeclPtr& d : unit.decls) decl(d);
      useBy(unit.use);
    }
    visible_.resize(scope);
  }

  void request(const NameRef& ref) {
    if (std::ranges::find(visible_, ref.name) != visible_.end()) return;
    if (std::ranges::find(requests_, ref.name, &NameRef::name) != requests_.end()) return;
    requests_.push_back(ref);
  }

  void instance(const Instance& inst) {
    request({inst.moduleName, nameLoc(inst)});
    for (const Substitution& s : inst.with) expr(s.value);
  }

  // Instance records only the range of `INSTANCE M ...`: find M after the keyword.
  SourceLoc nameLoc(const Instance& inst) const {
    const SourceLoc begin = inst.range.begin;
    if (!begin.valid() || begin.file == 0 || begin.file >= sources_.size()) return begin;
    const SourceFile& file = sources_.file(begin.file);
    if (begin.line > file.lineStarts.size()) return begin;
    static constexpr std::string_view kKeyword = "INSTANCE";
    std::size_t pos = file.text.find(kKeyword, file.lineStarts[begin.line - 1] + begin.col - 1);
    if (pos == std::string::npos) return begin;
    pos = file.text.find_first_not_of(" \t\r\n", pos + kKeyword.size());
    if (pos == std::string::npos || file.text.compare(pos, inst.moduleName.size(), inst.moduleName) != 0)
      return begin;
    auto line = std::ranges::upper_bound(file.lineStarts, pos) - file.lineStarts.begin();
    return SourceLoc{begin.file, static_cast<std::uint32_t>(line),
                     static_cast<std::uint32_t>(pos - file.lineStarts[line - 1] + 1)};
  }

  void decl(const DeclPtr& d) {
    if (!d) return;
    if (d->instance) instance(*d->instance);
    expr(d->body);
    proof(d->proof);
  }

  void expr(const ExprPtr& e) {
    if (!e) return;
    for (const ExprPtr& arg : e->args) expr(arg);
    binders(e->binders);
    for (const DeclPtr& d : e->letDefs) decl(d);
    for (const ExceptClause& clause : e->excepts) {
      for (const ExceptPathElem& elem : clause.path)
        for (const ExprPtr& index : elem.index) expr(index);
      expr(clause.value);
    }
    for (const RefSegment& segment : e->path)
      for (const ExprPtr& arg : segment.args) expr(arg);
    for (const SequentHyp& hyp : e->hyps) {
      decl(hyp.newDecl);
      expr(hyp.fact);
    }
  }

  void binders(const std::vector<Binder>& bs) {
    for (const Binder& b : bs) expr(b.domain);
  }

  void useBy(const UseBy& use) {
    for (const ExprPtr& fact : use.facts) expr(fact);
    for (const ExprPtr& def : use.defs) expr(def);
  }

  void proof(const ProofPtr& p) {
    if (!p) return;
    useBy(p->by);
    for (const StepPtr& step : p->steps) {
      expr(step->expr);
      binders(step->binders);
      for (const ExprPtr& e : step->exprs) expr(e);
      for (const DeclPtr& d : step->defs) decl(d);
      useBy(step->use);
      decl(step->instanceDecl);
      proof(step->proof);
    }
  }

  const SourceManager& sources_;
  std::vector<std::string> visible_;  // submodules in scope, outermost first
  std::vector<NameRef> requests_;
};

}  // namespace

ModuleLoader::ModuleLoader(SourceManager& sources, Diagnostics& diags, LoaderOptions options)
    : sources_(&sources), diags_(&diags), options_(std::move(options)) {}

Module* ModuleLoader::find(std::string_view name) const {
  auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second.module.get();
}

Module* ModuleLoader::loadFile(const std::string& path) { return loadRoot(path, readFile(path)); }

Module* ModuleLoader::loadText(const std::string& path, std::string text) { return loadRoot(path, std::move(text)); }

Module* ModuleLoader::loadRoot(const std::string& path, std::optional<std::string> text) {
  const fs::path file(path);
  const fs::path canonical = canonicalPath(file);
  for (const auto& [name, entry] : byName_)
    if (!entry.bundled && entry.canonical == canonical) return entry.module.get();

  if (!text) {
    diags_->error({}, unreadable(file));
    return nullptr;
  }
  std::vector<ModulePtr> modules = parseSource(*sources_, *diags_, path, std::move(*text));
  if (modules.empty()) return nullptr;
  const ModulePtr& module = modules.front();
  checkName(*diags_, *module, file.stem().string(), path);
  if (const Module* other = find(module->name)) {
    diags_->error(module->range.begin, "another module named '" + module->name +
                                           "' is already loaded from '" +
                                           sources_->file(other->file).path + "'");
    return nullptr;
  }
  Entry entry;
  entry.dir = file.parent_path();
  entry.canonical = canonical;
  const std::string name = module->name;
  Module* root = module.get();
  loadDependencies(name, add(name, std::move(modules), std::move(entry)));
  return root;
}

Module* ModuleLoader::require(const NameRef& ref, const Entry& requester) {
  if (auto it = byName_.find(ref.name); it != byName_.end()) {
    if (it->second.loading)
      reportCycle(ref);
    else
      warnIfShadowed(ref, requester, it->second);
    return it->second.module.get();
  }

  if (requester.laterModules && !standardModule(ref.name)) {
    auto later = std::ranges::find(*requester.laterModules, ref.name, &Module::name);
    if (later != requester.laterModules->end()) {
      Entry entry;
      entry.dir = requester.dir;
      entry.laterModules = requester.laterModules;
      entry.module = *later;
      loadDependencies(ref.name, add(ref.name, {}, std::move(entry)));
      return later->get();
    }
  }
  std::optional<Located> located = locate(ref, requester);
  if (!located) return nullptr;
  std::vector<ModulePtr> modules =
      parseSource(*sources_, *diags_, located->path, std::move(located->text));
  if (modules.empty()) return nullptr;
  Module& module = *modules.front();
  checkName(*diags_, module, ref.name, located->path);
  if (const StandardModule* standard = standardModule(ref.name)) markStandard(module, *standard);
  loadDependencies(ref.name, add(ref.name, std::move(modules), std::move(located->entry)));
  return &module;
}

std::optional<ModuleLoader::Located> ModuleLoader::locate(const NameRef& ref,
                                                          const Entry& requester) {
  Located located;
  if (!standardModule(ref.name)) {
    for (const fs::path& dir : searchDirs(requester)) {
      const fs::path candidate = dir / (ref.name + ".tla");
      if (!isFile(candidate)) continue;
      std::optional<std::string> text = readFile(candidate);
      if (!text) {
        diags_->error(ref.loc, unreadable(candidate));
        return std::nullopt;
      }
      located.path = candidate.string();
      located.text = std::move(*text);
      located.entry.dir = dir;
      located.entry.canonical = canonicalPath(candidate);
      return located;
    }
  }
  if (std::optional<std::string_view> bundled = bundledText(ref.name)) {
    located.path = "<builtin>/" + ref.name + ".tla";
    located.text = std::string(*bundled);
    located.entry.bundled = true;
    return located;
  }
  std::string searched;
  for (const fs::path& dir : searchDirs(requester)) searched += displayDir(dir) + ", ";
  diags_->error(ref.loc, "cannot find module '" + ref.name + "' (searched: " + searched +
                             "bundled library)");
  return std::nullopt;
}

ModuleLoader::Entry& ModuleLoader::add(const std::string& name, std::vector<ModulePtr> modules,
                                       Entry entry) {
  if (!modules.empty()) {
    entry.module = modules.front();
    if (modules.size() > 1)
      entry.laterModules =
          std::make_shared<const std::vector<ModulePtr>>(modules.begin() + 1, modules.end());
  }
  return byName_.emplace(name, std::move(entry)).first->second;
}

void ModuleLoader::loadDependencies(const std::string& name, Entry& entry) {
  entry.loading = true;
  loading_.push_back(name);
  for (const NameRef& ref : RequestCollector(*sources_).collect(*entry.module)) require(ref, entry);
  loading_.pop_back();
  entry.loading = false;
  if (!entry.onCycle) order_.push_back(entry.module.get());
}

void ModuleLoader::reportCycle(const NameRef& ref) {
  std::string cycle;
  for (auto it = std::ranges::find(loading_, ref.name); it != loading_.end(); ++it) {
    byName_.find(*it)->second.onCycle = true;
    cycle += *it + " -> ";
  }
  diags_->error(ref.loc, "circular EXTENDS/INSTANCE dependency: " + cycle + ref.name);
}

void ModuleLoader::warnIfShadowed(const NameRef& ref, const Entry& requester, const Entry& loaded) {
  if (requester.bundled || standardModule(ref.name)) return;
  const fs::path local = requester.dir / (ref.name + ".tla");
  if (!isFile(local) || canonicalPath(local) == loaded.canonical) return;
  diags_->warning(ref.loc, "module '" + ref.name + "' is already loaded from '" +
                               sources_->file(loaded.module->file).path + "'; '" +
                               local.string() + "' is ignored");
}

std::vector<fs::path> ModuleLoader::searchDirs(const Entry& requester) const {
  std::vector<fs::path> dirs;
  if (!requester.bundled) dirs.push_back(requester.dir);
  dirs.insert(dirs.end(), options_.includeDirs.begin(), options_.includeDirs.end());
  return dirs;
}

}  // namespace tlapx
