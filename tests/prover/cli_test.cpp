// The `obligations` and `deps` subcommands end to end (through the built binary).
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

std::string run(const std::string& args) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen((std::string(TLAPX_BINARY) + " " + args).c_str(), "r"),
                                             ::pclose);
  if (!pipe) return out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  return out;
}

std::string paxos() { return std::string(TLAPX_CORPUS_DIR) + "/tlapm/examples/paxos/Paxos.tla"; }

TEST(Cli, ObligationsJsonHasTheSummaryAndOneRecordPerObligation) {
  if (!std::filesystem::exists(paxos())) GTEST_SKIP() << "corpus not found";
  const auto out = nlohmann::json::parse(run("obligations " + paxos() + " --json"));
  EXPECT_EQ(out["summary"]["total"], 277);
  EXPECT_EQ(out["summary"]["trivial"], 183);
  EXPECT_EQ(out["summary"]["main"], 94);
  EXPECT_EQ(out["summary"]["support"], 0);
  ASSERT_EQ(out["obligations"].size(), 277u);
  const auto& last = out["obligations"].back();
  for (const char* key : {"id", "file", "line", "col", "kind", "method", "fingerprint", "text"})
    EXPECT_TRUE(last.contains(key)) << key;
  EXPECT_EQ(last["method"], "ptl");
}

TEST(Cli, DepsImpactListsDependentObligations) {
  if (!std::filesystem::exists(paxos())) GTEST_SKIP() << "corpus not found";
  const std::string out = run("deps " + paxos() + " --impact C!Next");
  EXPECT_NE(out.find("8 obligations depend on C!Next"), std::string::npos) << out;
}

}  // namespace
}  // namespace tlapx::prover::testing
