// Obligation generation over the third-party corpus: every module the frontend accepts
// gets obligations without crashing, and tlapm's Paxos example gives exactly tlapm's count.
#include <chrono>
#include <filesystem>
#include <unordered_set>

#include "frontend/ast_walk.hpp"
#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

namespace fs = std::filesystem;

// The contract of prover/obligation.hpp: usable definitions are expanded, so every user
// definition still referenced is hidden and listed in `opaque` (backends must not expand
// it, or a proof could use a definition TLAPS would keep hidden). Returns the first
// offending name, or "".
std::string unlistedDefinition(const Obligation& ob) {
  std::unordered_set<const Decl*> used;
  for (const auto& h : ob.hyps) {
    if (h.fact) collectReferencedDecls(*h.fact, used);
    if (h.domain) collectReferencedDecls(*h.domain, used);
  }
  collectReferencedDecls(*ob.goal, used);
  const std::unordered_set<const Decl*> opaque(ob.opaque.begin(), ob.opaque.end());
  for (const Decl* d : used) {
    const bool definition = d->kind == DeclKind::Operator || d->kind == DeclKind::Function;
    if (definition && d->body && !d->primitive && !d->recursive && opaque.count(d) == 0)
      return d->name;
  }
  return "";
}

TEST(Corpus, PaxosGivesTlapmsObligations) {
  const fs::path file = fs::path(TLAPX_CORPUS_DIR) / "tlapm/examples/paxos/Paxos.tla";
  if (!fs::exists(file)) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;
  Frontend frontend(FrontendOptions{});
  const Module* module = frontend.load(file.string());
  ASSERT_NE(module, nullptr);
  ASSERT_FALSE(frontend.diagnostics().hasErrors()) << frontend.diagnostics().renderAll();
  const auto result = generateObligations(*module);
  std::size_t trivial = 0, prover = 0, ptl = 0;
  for (const auto& ob : result.obligations) {
    if (ob.kind == ObligationKind::Trivial) ++trivial;
    if (ob.kind == ObligationKind::Main || ob.kind == ObligationKind::Support) ++prover;
    if (ob.kind == ObligationKind::Main && ob.method.method == Method::Ptl) ++ptl;
    EXPECT_NE(ob.kind, ObligationKind::Missing);
    EXPECT_NE(ob.kind, ObligationKind::Omitted);
  }
  EXPECT_EQ(result.obligations.size(), 277u);
  EXPECT_EQ(trivial, 183u);
  EXPECT_EQ(prover, 94u);
  EXPECT_EQ(ptl, 3u);
}

TEST(Corpus, EveryAcceptedModuleGetsObligations) {
  const fs::path root(TLAPX_CORPUS_DIR);
  if (!fs::exists(root)) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".tla") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::size_t accepted = 0, obligations = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& file : files) {
    Frontend frontend(FrontendOptions{});
    const Module* module = frontend.load(file.string());
    if (module == nullptr || frontend.diagnostics().hasErrors()) continue;
    ++accepted;
    GeneratedObligations result;
    ASSERT_NO_THROW(result = generateObligations(*module)) << file;
    for (const auto& ob : result.obligations) {
      ASSERT_TRUE(ob.goal) << file << " obligation " << ob.id;
      ASSERT_EQ(ob.fingerprint.size(), 64u) << file << " obligation " << ob.id;
      if (ob.kind == ObligationKind::Main || ob.kind == ObligationKind::Support) {
        const std::string leak = unlistedDefinition(ob);
        EXPECT_EQ(leak, "") << file << " obligation " << ob.id
                            << ": a definition left in the obligation is not listed as opaque";
      }
    }
    obligations += result.obligations.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "corpus: " << files.size() << " files, " << accepted << " accepted, " << obligations
            << " obligations in " << seconds << " s\n";
  EXPECT_GT(accepted, 0u);
}

}  // namespace
}  // namespace tlapx::prover::testing
