// Our own proofs (proofs/*.tla) check completely: every obligation proved, none omitted
// or missing, exit code 0 under --strict. On MultiPaxos.tla (a copy in a temporary
// folder): a warm re-run sends nothing, and editing one leaf of a continuity lemma or one
// action's definition re-proves only the few obligations that depend on it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "../frontend/loader_test_util.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::RunResult;

const std::filesystem::path kProofs = std::filesystem::path(TLAPX_SOURCE_DIR) / "proofs";

nlohmann::json checkStrict(const std::filesystem::path& file, const std::filesystem::path& outputDir,
                           const std::vector<std::string>& cacheArgs) {
  std::vector<std::string> args{"check", file.string(), "-j", "2", "--strict", "--json"};
  args.insert(args.end(), cacheArgs.begin(), cacheArgs.end());
  const RunResult r = testing::runTlapx(args, outputDir);
  EXPECT_EQ(r.exitCode, 0) << file << "\n" << r.err;
  return nlohmann::json::parse(r.out);
}

void expectComplete(const nlohmann::json& run) {
  const auto& s = run["summary"];
  EXPECT_EQ(s["failed"], 0);
  EXPECT_EQ(s["omitted"], 0);
  EXPECT_EQ(s["missing"], 0);
  EXPECT_EQ(s["interrupted"], 0);
  EXPECT_EQ(s["proved"].get<int>() + s["trivial"].get<int>(), s["total"].get<int>());
}

TEST(Proofs, EveryBundledProofChecksCompletely) {
  tlapx::testing::TempDir out;
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kProofs)) {
    if (entry.path().extension() != ".tla") continue;
    SCOPED_TRACE(entry.path().string());
    expectComplete(checkStrict(entry.path(), out.path(), {"--no-cache"}));
    ++checked;
  }
  EXPECT_GE(checked, 4);  // Counter, MultiPaxos, MultiPaxosPreemption and Paxos at least
}

std::vector<std::string> lines(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

struct MultiPaxos : ::testing::Test {
  tlapx::testing::TempDir dir;
  std::filesystem::path file;

  void SetUp() override {
    file = dir.path() / "MultiPaxos.tla";
    std::filesystem::copy_file(kProofs / "MultiPaxos.tla", file);
  }
  nlohmann::json check() { return checkStrict(file, dir.path(), {}); }

  // Replaces the first line at or after the line starting with `after` that starts with
  // `prefix` by `edit(old line)`; returns its 1-based number.
  std::size_t editLine(const std::string& after, const std::string& prefix,
                       const std::function<std::string(const std::string&)>& edit) const {
    auto text = lines(testing::readFile(file));
    std::size_t found = 0;
    bool inside = false;
    for (std::size_t i = 0; i < text.size() && !found; ++i) {
      inside = inside || text[i].starts_with(after);
      if (inside && text[i].starts_with(prefix)) {
        text[i] = edit(text[i]);
        found = i + 1;
      }
    }
    std::ostringstream out;
    for (const auto& l : text) out << l << "\n";
    std::ofstream(file, std::ios::binary) << out.str();
    EXPECT_GT(found, 0u) << prefix;
    return found;
  }
};

// The obligations of a run handed to a backend (not cached, not settled at once).
std::vector<nlohmann::json> sent(const nlohmann::json& run) {
  std::vector<nlohmann::json> out;
  for (const auto& r : run["obligations"]) {
    if (!r["cached"].get<bool>() && !r["result"].get<std::string>().empty()) out.push_back(r);
  }
  return out;
}

TEST_F(MultiPaxos, AWarmRunSendsNothing) {
  const nlohmann::json cold = check();
  expectComplete(cold);
  EXPECT_GT(cold["summary"]["sent"], 150);
  const nlohmann::json warm = check();
  expectComplete(warm);
  EXPECT_EQ(warm["summary"]["sent"], 0);
}

TEST_F(MultiPaxos, EditingOneLeafOfAContinuityLemmaReprovesOnlyThatLeaf) {
  check();
  const std::size_t line = editLine("LEMMA WontVoteInStable", "  BY <1>1, MaxBalGrows",
                                    [](const std::string& l) { return "  BY TRUE, " + l.substr(5); });
  const nlohmann::json edited = check();
  expectComplete(edited);
  const auto resent = sent(edited);
  ASSERT_FALSE(resent.empty());
  for (const auto& r : resent) EXPECT_EQ(r["line"], line) << r["id"];
}

// An edited definition re-proves the obligations that expand it and those that mention it
// hidden (the backends read a hidden definition's level, Boolean value and value use of
// arguments, so its body is part of their fingerprints): for Phase1a, its lemma's steps
// and the few steps that cite Next with Phase1a hidden, out of 584.
TEST_F(MultiPaxos, EditingOneActionReprovesOnlyTheObligationsThatMentionIt) {
  const nlohmann::json cold = check();
  editLine("Phase1a(p) ==", "  /\\ UNCHANGED", [](const std::string& l) { return l + " /\\ TRUE"; });
  const nlohmann::json edited = check();
  expectComplete(edited);
  const auto resent = sent(edited);
  ASSERT_FALSE(resent.empty());
  EXPECT_LE(resent.size(), 12u);
}

}  // namespace
}  // namespace tlapx::check
