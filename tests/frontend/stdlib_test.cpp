// Tests of the bundled library (frontend/stdlib/*.tla): every module parses and loads,
// the standard modules and their primitive operators are marked, theorems are stated
// with omitted proofs, and the TLAPS library interface matches tlapm's.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "frontend/embedded_stdlib.hpp"
#include "frontend/parser.hpp"
#include "tests/frontend/loader_test_util.hpp"

namespace tlapx {
namespace {

using testing::LoaderFixture;
using testing::TempDir;
namespace fs = std::filesystem;

fs::path corpus() { return fs::path(TLAPX_CORPUS_DIR); }
fs::path communityModules() { return corpus() / "community/modules"; }

// The top-level definitions and theorems of a module, by name.
std::map<std::string, const Decl*> topLevelDecls(const Module& m) {
  std::map<std::string, const Decl*> decls;
  for (const Unit& u : m.units)
    for (const DeclPtr& d : u.decls)
      if (!d->name.empty()) decls.emplace(d->name, d.get());
  return decls;
}

// Loads a file that EXTENDS `modules` (with the community modules on the path).
struct LibraryLoad {
  explicit LibraryLoad(const std::string& modules) : f({communityModules().string()}) {
    const std::string main =
        dir.write("Main.tla", "---- MODULE Main ----\nEXTENDS " + modules + "\n====\n");
    EXPECT_NE(f.loader.loadFile(main), nullptr);
  }
  const Module& get(std::string_view name) const {
    const Module* m = f.loader.find(name);
    EXPECT_NE(m, nullptr) << name;
    return *m;
  }
  TempDir dir;
  LoaderFixture f;
};

TEST(Stdlib, BundlesTheExpectedModules) {
  std::set<std::string> names;
  for (const EmbeddedModule& m : embeddedModules()) names.emplace(m.name);
  EXPECT_EQ(names, (std::set<std::string>{
                       "Apalache", "Bags", "BagsTheorems", "FiniteSetTheorems", "FiniteSets",
                       "Integers", "Naturals", "NaturalsInduction", "Randomization", "RealTime",
                       "Reals", "SequenceTheorems", "Sequences", "TLAPS", "TLC", "TLCExt",
                       "Toolbox", "WellFoundedInduction"}));
}

TEST(Stdlib, EveryModuleParsesWithoutDiagnostics) {
  for (const EmbeddedModule& m : embeddedModules()) {
    SourceManager sources;
    Diagnostics diags(sources);
    const FileId id = sources.add("<builtin>/" + std::string(m.name) + ".tla", std::string(m.text));
    ModulePtr module = parseModule(sources.file(id), diags);
    ASSERT_NE(module, nullptr) << m.name;
    EXPECT_EQ(module->name, m.name);
    EXPECT_TRUE(diags.all().empty()) << diags.renderAll();
  }
}

TEST(Stdlib, EveryModuleLoadsWithItsDependencies) {
  if (!fs::is_directory(communityModules())) GTEST_SKIP() << "no community modules";
  for (const EmbeddedModule& m : embeddedModules()) {
    LibraryLoad load{std::string(m.name)};
    EXPECT_EQ(load.f.diags.errorCount(), 0u) << m.name << "\n" << load.f.diags.renderAll();
    EXPECT_EQ(load.f.pathOf(m.name), "<builtin>/" + std::string(m.name) + ".tla");
  }
}

TEST(Stdlib, TheoremsAreStatedWithOmittedProofs) {
  for (const EmbeddedModule& m : embeddedModules()) {
    SourceManager sources;
    Diagnostics diags(sources);
    ModulePtr module = parseModule(sources.file(sources.add("x.tla", std::string(m.text))), diags);
    ASSERT_NE(module, nullptr);
    for (const auto& [name, decl] : topLevelDecls(*module)) {
      if (decl->kind != DeclKind::Theorem) continue;
      ASSERT_NE(decl->proof, nullptr) << m.name << "!" << name;
      EXPECT_EQ(decl->proof->kind, ProofKind::Omitted) << m.name << "!" << name;
    }
  }
}

TEST(Stdlib, StandardModulesAndPrimitiveOperatorsAreMarked) {
  LibraryLoad load("Naturals, Integers, Reals, Sequences, FiniteSets, Bags, TLC, TLAPS");
  EXPECT_EQ(load.f.diags.errorCount(), 0u) << load.f.diags.renderAll();

  // Every definition of the arithmetic, sequence and finite-set modules is primitive,
  // except the LOCAL helpers.
  const std::map<std::string, std::size_t> primitiveCounts = {
      {"Naturals", 12}, {"Integers", 2}, {"Reals", 3}, {"Sequences", 8}, {"FiniteSets", 2}};
  for (const auto& [name, count] : primitiveCounts) {
    const Module& m = load.get(name);
    EXPECT_TRUE(m.standard) << name;
    std::size_t primitives = 0;
    for (const auto& [declName, decl] : topLevelDecls(m)) {
      if (decl->kind != DeclKind::Operator) continue;
      EXPECT_NE(decl->primitive, decl->local) << name << "!" << declName;
      primitives += decl->primitive;
    }
    EXPECT_EQ(primitives, count) << name;
  }
  for (const auto& [module, op] : std::vector<std::pair<std::string, std::string>>{
           {"Naturals", "Nat"}, {"Naturals", "+"}, {"Naturals", ".."}, {"Naturals", "\\div"},
           {"Integers", "Int"}, {"Reals", "Real"}, {"Reals", "Infinity"}, {"Sequences", "Len"},
           {"Sequences", "\\o"}, {"FiniteSets", "Cardinality"}}) {
    auto decls = topLevelDecls(load.get(module));
    ASSERT_TRUE(decls.contains(op)) << module << "!" << op;
    EXPECT_TRUE(decls[op]->primitive) << module << "!" << op;
  }

  // Bags and TLC are standard modules defined in TLA+; TLAPS is not standard.
  for (const char* name : {"Bags", "TLC"}) {
    const Module& m = load.get(name);
    EXPECT_TRUE(m.standard) << name;
    for (const auto& [declName, decl] : topLevelDecls(m))
      EXPECT_FALSE(decl->primitive) << name << "!" << declName;
  }
  EXPECT_FALSE(load.get("TLAPS").standard);
}

TEST(Stdlib, TlapsDefinesThePragmas) {
  LibraryLoad load("TLAPS");
  const auto decls = topLevelDecls(load.get("TLAPS"));
  const std::map<std::string, int> pragmas = {
      {"SMT", 0},        {"SMTT", 1},      {"Z3", 0},       {"Z3T", 1},
      {"CVC4", 0},       {"CVC4T", 1},     {"Yices", 0},    {"veriT", 0},
      {"Zenon", 0},      {"ZenonT", 1},    {"SlowZenon", 0}, {"Isa", 0},
      {"IsaT", 1},       {"IsaM", 1},      {"IsaMT", 2},    {"SimpleArithmetic", 0},
      {"Auto", 0},       {"Force", 0},     {"Blast", 0},    {"PTL", 0},
      {"ExpandENABLED", 0}, {"ExpandCdot", 0}, {"AutoUSE", 0}, {"Lambdify", 0},
      {"ENABLEDaxioms", 0}, {"ENABLEDrules", 0}, {"LevelComparison", 0}};
  for (const auto& [name, arity] : pragmas) {
    auto it = decls.find(name);
    ASSERT_NE(it, decls.end()) << name;
    EXPECT_EQ(it->second->kind, DeclKind::Operator) << name;
    EXPECT_EQ(it->second->arity, arity) << name;
  }
  for (const char* theorem : {"NoSetContainsEverything", "SetExtensionality"}) {
    auto it = decls.find(theorem);
    ASSERT_NE(it, decls.end()) << theorem;
    EXPECT_EQ(it->second->kind, DeclKind::Theorem);
  }
}

// Every name that tlapm's version of a library module declares is declared by ours
// (the interface users cite), except CopiesIn, which our Bags already defines.
TEST(Stdlib, ProofLibraryMatchesTlapmInterface) {
  const fs::path tlapmLibrary = corpus() / "tlapm/library";
  if (!fs::is_directory(tlapmLibrary)) GTEST_SKIP() << "no corpus";
  LibraryLoad load(
      "TLAPS, NaturalsInduction, WellFoundedInduction, FiniteSetTheorems, SequenceTheorems, "
      "BagsTheorems");
  EXPECT_EQ(load.f.diags.errorCount(), 0u) << load.f.diags.renderAll();
  for (const char* name : {"TLAPS", "NaturalsInduction", "WellFoundedInduction",
                           "FiniteSetTheorems", "SequenceTheorems", "BagsTheorems"}) {
    LoaderFixture tlapm;
    const Module* reference =
        tlapm.loader.loadFile((tlapmLibrary / (std::string(name) + ".tla")).string());
    ASSERT_NE(reference, nullptr) << name;
    const auto ours = topLevelDecls(load.get(name));
    const auto theirs = topLevelDecls(*reference);
    EXPECT_GE(theirs.size(), 10u) << name;
    for (const auto& [declName, decl] : theirs) {
      if (declName == "CopiesIn") continue;
      auto it = ours.find(declName);
      ASSERT_NE(it, ours.end()) << name << "!" << declName;
      EXPECT_EQ(it->second->kind, decl->kind) << name << "!" << declName;
      EXPECT_EQ(it->second->arity, decl->arity) << name << "!" << declName;
    }
  }
}

}  // namespace
}  // namespace tlapx
