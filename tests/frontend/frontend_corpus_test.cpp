// Loads every .tla file of the third-party corpus through the Frontend (parse, load,
// resolve, level-check), once with tlapm's library on the search path and once with
// only the bundled library, and checks that exactly the allow-listed files report errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "frontend/frontend.hpp"

namespace tlapx {
namespace {

namespace fs = std::filesystem;

// Files that must report errors (path relative to the corpus root -> reason).
const std::map<std::string, std::string>& allowList() {
  static const std::map<std::string, std::string> list = {
      {"tlapm/test/fast/regression/consensus/Voting.tla",
       "INSTANCEs module Consensus, which exists nowhere in the corpus"},
      {"tlapm/test/fast/regression/consensus/PaxosTuple.tla", "INSTANCEs Voting (missing module Consensus)"},
      {"tlapm/test/fast/regression/consensus/PaxosProof.tla", "EXTENDS PaxosTuple (missing module Consensus)"},
      {"tlapm/test/bugs/def_nondef_test.tla",
       "test expects errors: a CONSTANT, a VARIABLE and a NEW symbol cited in DEF clauses"},
      {"tlapm/test/fast/language/ExistsNotBothBoundedAndUnbounded.tla", "test expects a parse error"},
      {"tlapm/test/fast/language/ForallNotBothBoundedAndUnbounded.tla", "test expects a parse error"},
      {"tlapm/test/fast/language/FunctionConstructorOnlyBoundeds.tla", "test expects a parse error"},
      {"tlapm/test/fast/language/FunctionDefinitionOnlyBoundeds_1.tla", "test expects a parse error"},
      {"tlapm/test/fast/language/FunctionDefinitionOnlyBoundeds_2.tla", "test expects a parse error"},
      // Not invalid TLA+, but a gap of the bundled library: tlapm's own Bags.tla EXTENDS
      // TLC, TLAPS, FiniteSetTheorems and SequenceTheorems (whose Range, Cardinality, Seq
      // and Zenon these files use), while the loader always takes the bundled Bags.
  };
  return list;
}

std::vector<fs::path> corpusFiles(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".tla") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void checkCorpus(const std::vector<std::string>& includeDirs) {
  const fs::path root = TLAPX_CORPUS_DIR;
  if (!fs::exists(root)) GTEST_SKIP() << "corpus not found at " << root;
  const auto files = corpusFiles(root);
  ASSERT_GT(files.size(), 600u);
  std::size_t shown = 0;
  std::vector<std::string> unexpected;
  std::vector<std::string> expectedButClean;
  for (const auto& file : files) {
    const std::string rel = fs::relative(file, root).generic_string();
    Frontend frontend(FrontendOptions{includeDirs});
    frontend.load(file.string());
    const bool allowed = allowList().count(rel) != 0;
    const bool failed = frontend.diagnostics().hasErrors();
    if (failed && !allowed) {
      unexpected.push_back(rel);
      if (shown++ < 5) ADD_FAILURE() << rel << ":\n" << frontend.diagnostics().renderAll();
    }
    if (!failed && allowed) expectedButClean.push_back(rel);
  }
  EXPECT_EQ(unexpected, std::vector<std::string>{});
  EXPECT_EQ(expectedButClean, std::vector<std::string>{}) << "remove these from the allow-list";
}

TEST(FrontendCorpus, WithTlapmLibrary) {
  const std::string root = TLAPX_CORPUS_DIR;
  checkCorpus({root + "/community/modules", root + "/tlapm/library"});
}

TEST(FrontendCorpus, WithBundledLibrary) {
  const std::string root = TLAPX_CORPUS_DIR;
  checkCorpus({root + "/community/modules"});
}

}  // namespace
}  // namespace tlapx
