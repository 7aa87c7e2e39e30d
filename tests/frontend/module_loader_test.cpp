// Tests of the module loader: search path, bundled and standard modules, submodules,
// instances anywhere in a module, error reporting, cycles and dependency order.
#include "frontend/module_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/frontend/loader_test_util.hpp"

namespace tlapx {
namespace {

using testing::LoaderFixture;
using testing::TempDir;
namespace fs = std::filesystem;

std::string tla(const std::string& name, const std::string& body) {
  return "---- MODULE " + name + " ----\n" + body + "\n====\n";
}

std::string inDir(const std::string& dir, const std::string& file) {
  return (fs::path(dir) / file).string();
}

TEST(ModuleLoader, RequestingFileFolderComesFirst) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS Dep"));
  t.write("a/Dep.tla", tla("Dep", "X == 1"));
  t.write("inc/Dep.tla", tla("Dep", "X == 2"));
  LoaderFixture f({t.dir("inc")});
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("Dep"), inDir(t.dir("a"), "Dep.tla"));
}

TEST(ModuleLoader, IncludeDirsAreSearchedInOrder) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS Dep"));
  t.write("i1/Dep.tla", tla("Dep", "X == 1"));
  t.write("i2/Dep.tla", tla("Dep", "X == 2"));
  {
    LoaderFixture f({t.dir("i1"), t.dir("i2")});
    f.loader.loadFile(main);
    EXPECT_EQ(f.pathOf("Dep"), inDir(t.dir("i1"), "Dep.tla"));
  }
  {
    LoaderFixture f({t.dir("i2"), t.dir("i1")});
    f.loader.loadFile(main);
    EXPECT_EQ(f.pathOf("Dep"), inDir(t.dir("i2"), "Dep.tla"));
  }
}

TEST(ModuleLoader, DependenciesAreSearchedFromTheirOwnFolder) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS X"));
  t.write("lib/X.tla", tla("X", "EXTENDS Y"));
  t.write("lib/Y.tla", tla("Y", "A == 1"));
  t.write("a/Y.tla", tla("Y", "A == 2"));
  LoaderFixture f({t.dir("lib")});
  f.loader.loadFile(main);
  EXPECT_EQ(f.pathOf("X"), inDir(t.dir("lib"), "X.tla"));
  EXPECT_EQ(f.pathOf("Y"), inDir(t.dir("lib"), "Y.tla"));
}

TEST(ModuleLoader, BundledLibraryIsTheFallback) {
  TempDir t;
  const std::string main = t.write("Main.tla", tla("Main", "EXTENDS TLAPS, NaturalsInduction"));
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("TLAPS"), "<builtin>/TLAPS.tla");
  EXPECT_EQ(f.pathOf("NaturalsInduction"), "<builtin>/NaturalsInduction.tla");
  EXPECT_EQ(f.pathOf("Integers"), "<builtin>/Integers.tla");
  EXPECT_EQ(f.pathOf("Naturals"), "<builtin>/Naturals.tla");
}

TEST(ModuleLoader, FilesOverrideNonStandardBundledModules) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS TLAPS"));
  t.write("a/TLAPS.tla", tla("TLAPS", "Zenon == TRUE"));
  LoaderFixture f;
  f.loader.loadFile(main);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("TLAPS"), inDir(t.dir("a"), "TLAPS.tla"));
  EXPECT_FALSE(f.loader.find("TLAPS")->standard);
}

TEST(ModuleLoader, StandardModulesAlwaysComeFromTheBundledLibrary) {
  TempDir t;
  const std::string main =
      t.write("a/Main.tla", tla("Main", "EXTENDS Naturals, TLC, Sequences, Bags"));
  t.write("a/Naturals.tla", "this is not a module");
  t.write("a/TLC.tla", tla("TLC", "Print(x, y) == FALSE"));
  t.write("inc/Sequences.tla", tla("Sequences", "Len(s) == 0"));
  t.write("inc/Bags.tla", tla("Bags", "EmptyBag == 0"));
  LoaderFixture f({t.dir("inc")});
  f.loader.loadFile(main);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  for (const char* name : {"Naturals", "TLC", "Sequences", "Bags"}) {
    EXPECT_EQ(f.pathOf(name), std::string("<builtin>/") + name + ".tla");
    ASSERT_NE(f.loader.find(name), nullptr);
    EXPECT_TRUE(f.loader.find(name)->standard) << name;
  }
  EXPECT_FALSE(f.loader.find("Main")->standard);
}

TEST(ModuleLoader, VisibleSubmodulesShadowFiles) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", R"(
---- MODULE Inner ----
VARIABLE x
====
---- MODULE Inner2 ----
EXTENDS Inner
====
I == INSTANCE Inner
)"));
  t.write("a/Inner.tla", "not a module");
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.loader.find("Inner"), nullptr);
  EXPECT_EQ(f.loader.find("Inner2"), nullptr);
}

TEST(ModuleLoader, SubmodulesAreOnlyVisibleAfterTheirDefinitionInTheirScope) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", R"(
---- MODULE Outer ----
---- MODULE Nested ----
====
J == INSTANCE Nested
====
I == INSTANCE Nested
K == INSTANCE Later
---- MODULE Later ----
====
)"));
  t.write("a/Nested.tla", tla("Nested", "A == 1"));
  t.write("a/Later.tla", tla("Later", "B == 1"));
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("Nested"), inDir(t.dir("a"), "Nested.tla"));
  EXPECT_EQ(f.pathOf("Later"), inDir(t.dir("a"), "Later.tla"));
}

TEST(ModuleLoader, InstancesAnywhereAreLoaded) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", R"(
EXTENDS Naturals
LOCAL INSTANCE L1
I2 == INSTANCE L2
Op == LET I3 == INSTANCE L3 IN TRUE
THEOREM T == TRUE
<1> INSTANCE L4
<1>1. TRUE
  <2> I5 == INSTANCE L5
  <2> QED OBVIOUS
<1> QED OBVIOUS
---- MODULE Sub ----
EXTENDS L6
====
)"));
  const std::vector<std::string> names = {"L1", "L2", "L3", "L4", "L5", "L6"};
  for (const std::string& name : names) t.write(inDir("a", name + ".tla"), tla(name, "Z == 0"));
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  for (const std::string& name : names) EXPECT_NE(f.loader.find(name), nullptr) << name;
}

TEST(ModuleLoader, ModulesAfterTheFirstOfAFileAreUsableByTheFile) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", R"(---- MODULE Main ----
EXTENDS Common
I == INSTANCE Later
====
---- MODULE Later ----
EXTENDS Common
====
---- MODULE Common ----
EXTENDS Naturals
====
)");
  t.write("a/Common.tla", "not a module");
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.orderNames(), (std::vector<std::string>{"Naturals", "Common", "Later", "Main"}));
  const Module* common = f.loader.find("Common");
  ASSERT_NE(common, nullptr);
  EXPECT_EQ(f.pathOf("Common"), main);
  EXPECT_EQ(common->range.begin.line, 8u);
}

TEST(ModuleLoader, MissingModuleIsReportedAtItsNameWithTheSearchPath) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS Naturals, Missing"));
  LoaderFixture f({t.dir("inc")});
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  ASSERT_EQ(f.diags.errorCount(), 1u);
  const std::string expected = main + ":2:19: error: cannot find module 'Missing' (searched: " +
                               t.dir("a") + ", " + t.dir("inc") + ", bundled library)\n";
  EXPECT_EQ(f.diags.render(f.diags.all().front()).substr(0, expected.size()), expected);
}

TEST(ModuleLoader, MissingInstancedModuleIsReportedAtItsName) {
  TempDir t;
  const std::string main =
      t.write("a/Main.tla", tla("Main", "VARIABLE x\nI == INSTANCE  Gone WITH y <- x"));
  LoaderFixture f;
  f.loader.loadFile(main);
  ASSERT_EQ(f.diags.errorCount(), 1u);
  const Diagnostic& d = f.diags.all().front();
  EXPECT_EQ(d.loc.line, 3u);
  EXPECT_EQ(d.loc.col, 16u);
  EXPECT_NE(d.message.find("cannot find module 'Gone'"), std::string::npos);
}

TEST(ModuleLoader, BundledModulesExplainMissingDependencies) {
  TempDir t;
  const std::string main = t.write("Main.tla", tla("Main", "EXTENDS FiniteSetTheorems"));
  LoaderFixture f;
  f.loader.loadFile(main);
  ASSERT_EQ(f.diags.errorCount(), 1u) << f.diags.renderAll();
  const std::string all = f.diags.renderAll();
  EXPECT_NE(all.find("<builtin>/FiniteSetTheorems.tla:"), std::string::npos) << all;
  EXPECT_NE(all.find("cannot find module 'Functions' (searched: bundled library)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("note: the bundled library does not include module 'Functions'"),
            std::string::npos)
      << all;
}

TEST(ModuleLoader, CycleIsReportedOnceAndLeftOutOfTheOrder) {
  TempDir t;
  const std::string a = t.write("A.tla", tla("A", "EXTENDS B"));
  t.write("B.tla", tla("B", "EXTENDS C, Naturals"));
  t.write("C.tla", tla("C", "I == INSTANCE A"));
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(a), nullptr);
  ASSERT_EQ(f.diags.errorCount(), 1u) << f.diags.renderAll();
  EXPECT_NE(f.diags.all().front().message.find("A -> B -> C -> A"), std::string::npos)
      << f.diags.renderAll();
  EXPECT_EQ(f.orderNames(), std::vector<std::string>{"Naturals"});
}

TEST(ModuleLoader, ModuleExtendingItselfIsACycle) {
  TempDir t;
  const std::string a = t.write("A.tla", tla("A", "EXTENDS A"));
  LoaderFixture f;
  f.loader.loadFile(a);
  ASSERT_EQ(f.diags.errorCount(), 1u);
  EXPECT_NE(f.diags.all().front().message.find("A -> A"), std::string::npos);
  EXPECT_TRUE(f.loader.dependencyOrder().empty());
}

TEST(ModuleLoader, DependencyOrderPutsEachModuleAfterItsDependencies) {
  TempDir t;
  const std::string main = t.write("Main.tla", tla("Main", "EXTENDS B, C"));
  t.write("B.tla", tla("B", "EXTENDS C, Naturals"));
  t.write("C.tla", tla("C", "LOCAL INSTANCE Sequences"));
  LoaderFixture f;
  f.loader.loadFile(main);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  const std::vector<std::string> order = f.orderNames();
  auto at = [&](const std::string& name) {
    EXPECT_EQ(std::ranges::count(order, name), 1) << name;
    return std::ranges::find(order, name) - order.begin();
  };
  EXPECT_EQ(order.size(), 5u);
  EXPECT_LT(at("Naturals"), at("Sequences"));
  EXPECT_LT(at("Sequences"), at("C"));
  EXPECT_LT(at("C"), at("B"));
  EXPECT_LT(at("B"), at("Main"));
}

TEST(ModuleLoader, EachModuleIsLoadedOnce) {
  TempDir t;
  const std::string one = t.write("One.tla", tla("One", "EXTENDS Common, Naturals"));
  const std::string two = t.write("Two.tla", tla("Two", "EXTENDS Common"));
  t.write("Common.tla", tla("Common", "EXTENDS Naturals"));
  LoaderFixture f;
  Module* first = f.loader.loadFile(one);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(f.loader.loadFile(one), first);
  EXPECT_NE(f.loader.loadFile(two), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.orderNames(), (std::vector<std::string>{"Naturals", "Common", "One", "Two"}));
  EXPECT_EQ(f.sources.size(), 5u);  // the reserved id 0 and four files
}

TEST(ModuleLoader, UnreadableFileIsAnError) {
  TempDir t;
  LoaderFixture f;
  const std::string missing = inDir(t.path().string(), "Nope.tla");
  EXPECT_EQ(f.loader.loadFile(missing), nullptr);
  ASSERT_EQ(f.diags.errorCount(), 1u);
  EXPECT_EQ(f.diags.all().front().message, "cannot read file '" + missing + "': no such file");
  EXPECT_EQ(f.loader.loadFile(t.path().string()), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 2u);
}

TEST(ModuleLoader, FileWithoutModuleIsAnError) {
  TempDir t;
  const std::string file = t.write("Empty.tla", "no module here\n");
  LoaderFixture f;
  EXPECT_EQ(f.loader.loadFile(file), nullptr);
  EXPECT_GE(f.diags.errorCount(), 1u);
}

TEST(ModuleLoader, ModuleNameDifferentFromFileNameIsAWarning) {
  TempDir t;
  const std::string main = t.write("Main.tla", tla("Other", "EXTENDS Dep"));
  t.write("Dep.tla", tla("Dep2", "X == 1"));
  LoaderFixture f;
  ASSERT_NE(f.loader.loadFile(main), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  ASSERT_EQ(f.diags.all().size(), 2u) << f.diags.renderAll();
  EXPECT_EQ(f.diags.all()[0].severity, Severity::Warning);
  EXPECT_NE(f.diags.all()[0].message.find("defines module 'Other', not 'Main'"), std::string::npos);
  EXPECT_NE(f.diags.all()[1].message.find("defines module 'Dep2', not 'Dep'"), std::string::npos);
  EXPECT_NE(f.loader.find("Other"), nullptr);
  EXPECT_NE(f.loader.find("Dep"), nullptr);
}

TEST(ModuleLoader, ModuleLoadedFromElsewhereShadowingALocalFileIsAWarning) {
  TempDir t;
  const std::string main = t.write("a/Main.tla", tla("Main", "EXTENDS X, Y"));
  t.write("lib/X.tla", tla("X", "EXTENDS Y"));
  t.write("lib/Y.tla", tla("Y", "A == 1"));
  t.write("a/Y.tla", tla("Y", "A == 2"));
  LoaderFixture f({t.dir("lib")});
  f.loader.loadFile(main);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  ASSERT_EQ(f.diags.all().size(), 1u) << f.diags.renderAll();
  EXPECT_EQ(f.diags.all()[0].severity, Severity::Warning);
  EXPECT_EQ(f.diags.all()[0].loc.line, 2u);
  EXPECT_EQ(f.diags.all()[0].loc.col, 12u);
  EXPECT_EQ(f.pathOf("Y"), inDir(t.dir("lib"), "Y.tla"));
}

// ------------------------------------------------------------ real corpus files ---

fs::path corpus() { return fs::path(TLAPX_CORPUS_DIR); }

#define REQUIRE_CORPUS()                                                   \
  if (!fs::is_directory(corpus())) GTEST_SKIP() << "no corpus at " << corpus()

TEST(ModuleLoaderCorpus, PaxosWithItsInstancedConsensus) {
  REQUIRE_CORPUS();
  LoaderFixture f;
  const fs::path paxos = corpus() / "tlapm/examples/paxos/Paxos.tla";
  ASSERT_NE(f.loader.loadFile(paxos.string()), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("Consensus"), (corpus() / "tlapm/examples/paxos/Consensus.tla").string());
  EXPECT_EQ(f.pathOf("TLAPS"), "<builtin>/TLAPS.tla");
  EXPECT_EQ(f.orderNames().back(), "Paxos");
}

TEST(ModuleLoaderCorpus, LibraryTheoremsWithCommunityModules) {
  REQUIRE_CORPUS();
  LoaderFixture f({(corpus() / "community/modules").string()});
  ASSERT_NE(f.loader.loadFile((corpus() / "tlapm/examples/GraphTheorem.tla").string()), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("FiniteSetTheorems"), "<builtin>/FiniteSetTheorems.tla");
  EXPECT_EQ(f.pathOf("Functions"), (corpus() / "community/modules/Functions.tla").string());
  EXPECT_EQ(f.pathOf("FunctionTheorems"),
            (corpus() / "community/modules/FunctionTheorems.tla").string());
}

TEST(ModuleLoaderCorpus, SpecificationWithLocalAndCommunityModules) {
  REQUIRE_CORPUS();
  LoaderFixture f({(corpus() / "community/modules").string()});
  const fs::path dir = corpus() / "examples/specifications/ewd998";
  ASSERT_NE(f.loader.loadFile((dir / "EWD998.tla").string()), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("Functions"), (dir / "Functions.tla").string());
  EXPECT_EQ(f.pathOf("FiniteSets"), "<builtin>/FiniteSets.tla");
}

TEST(ModuleLoaderCorpus, ProofsWithLocalModulesAndInductionLibrary) {
  REQUIRE_CORPUS();
  LoaderFixture f;
  const fs::path dir = corpus() / "examples/specifications/MisraReachability";
  ASSERT_NE(f.loader.loadFile((dir / "ReachabilityProofs.tla").string()), nullptr);
  EXPECT_EQ(f.diags.errorCount(), 0u) << f.diags.renderAll();
  EXPECT_EQ(f.pathOf("Reachability"), (dir / "Reachability.tla").string());
  EXPECT_EQ(f.pathOf("NaturalsInduction"), "<builtin>/NaturalsInduction.tla");
}

}  // namespace
}  // namespace tlapx
