// Acceptance of the PTL backend on real proofs: every obligation a corpus proof sends to
// PTL (tlapm's examples, the TLA+ examples' proof modules, our own proofs) is proved,
// and none of them only because its abstracted hypotheses are contradictory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "backends/ptl/ptl_backend.hpp"
#include "frontend/frontend.hpp"
#include "prover/generator.hpp"

namespace tlapx {
namespace {

namespace fs = std::filesystem;

bool mentionsPtl(const fs::path& file) {
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.find("PTL") != std::string::npos;
}

// PTL steps of the corpus that identify the fairness condition of an instance whose
// substitution is not a renaming of variables (TD!Spec's WF_vars(DetectTermination))
// with the outer WF_(TD!vars)(TD!DetectTermination). The ENABLED inside the instance's
// WF quantifies over the next values of the instantiated module's variables, so the two
// differ, and the step must not be proved (frontend/instance_enabled.hpp).
bool readsInstantiatedEnabledAsText(const fs::path& file, int line) {
  const std::string name = file.filename().string();
  return (name == "EWD840_proof.tla" && line == 313) || (name == "EWD998_proof.tla" && line == 885);
}

struct Tally {
  std::size_t files = 0, proved = 0;
};

// Proves the module's PTL obligations; modules the frontend rejects (missing community
// modules) are skipped.
void checkModule(const fs::path& file, Tally& tally) {
  Frontend frontend(FrontendOptions{});
  const Module* module = frontend.load(file.string());
  if (module == nullptr || frontend.diagnostics().hasErrors()) return;
  ++tally.files;
  const auto backend = makePtlBackend();
  for (const Obligation& ob : prover::generateObligations(*module).obligations) {
    if (ob.kind != ObligationKind::Main || ob.method.method != Method::Ptl) continue;
    const ProofResult r = backend->prove(ob, Budget{});
    if (readsInstantiatedEnabledAsText(file, ob.range.begin.line)) {
      EXPECT_NE(r.status, ProofResult::Proved) << file.string() << ":" << ob.range.begin.line;
      continue;
    }
    EXPECT_EQ(r.status, ProofResult::Proved)
        << file.string() << ":" << ob.range.begin.line << " obligation " << ob.id << ": " << r.reason;
    Obligation vacuous = ob;
    vacuous.goal = makeBuiltin(BuiltinOp::False, {});
    EXPECT_EQ(backend->prove(vacuous, Budget{}).status, ProofResult::Failed)
        << file.string() << ":" << ob.range.begin.line << " obligation " << ob.id
        << ": the abstracted hypotheses are contradictory";
    tally.proved += r.status == ProofResult::Proved ? 1 : 0;
  }
}

TEST(PtlCorpus, OwnProofs) {
  Tally tally;
  checkModule(fs::path(TLAPX_SOURCE_DIR) / "proofs/Counter.tla", tally);
  EXPECT_EQ(tally.files, 1u);
  EXPECT_EQ(tally.proved, 1u);
}

TEST(PtlCorpus, TlapmPaxosExample) {
  const fs::path file = fs::path(TLAPX_CORPUS_DIR) / "tlapm/examples/paxos/Paxos.tla";
  if (!fs::exists(file)) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;
  Tally tally;
  checkModule(file, tally);
  EXPECT_EQ(tally.proved, 3u);
}

// Every module under `folder` of the corpus that mentions PTL.
Tally checkFolder(const std::string& folder) {
  const fs::path root = fs::path(TLAPX_CORPUS_DIR) / folder;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".tla" && mentionsPtl(entry.path()))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Tally tally;
  for (const auto& file : files) checkModule(file, tally);
  std::cout << folder << ": " << files.size() << " modules mention PTL, " << tally.files << " load, "
            << tally.proved << " PTL obligations proved\n";
  return tally;
}

TEST(PtlCorpus, ExampleProofModules) {
  if (!fs::exists(TLAPX_CORPUS_DIR)) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;
  EXPECT_GE(checkFolder("examples/specifications").proved, 191u);
}

TEST(PtlCorpus, TlapmExamples) {
  if (!fs::exists(TLAPX_CORPUS_DIR)) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;
  EXPECT_GE(checkFolder("tlapm/examples").proved, 100u);
}

}  // namespace
}  // namespace tlapx
