// `tlapx lsp` end to end, spoken to over pipes as vscode-tlaplus does: initialize, markers
// on open (pending, or proved from the cache without proving), check-step with streamed
// markers and progress, an edit that invalidates one step, failures as diagnostics and
// step details, cancellation by the progress token and by an edit.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "../check/tlapx_process.hpp"
#include "../frontend/loader_test_util.hpp"
#include "lsp/uri.hpp"
#include "lsp_client.hpp"

namespace tlapx::lsp::test_client {
namespace {

namespace fs = std::filesystem;

const fs::path kPaxosDir = fs::path(TLAPX_CORPUS_DIR) / "tlapm" / "examples" / "paxos";

// 0-based editor lines of Paxos.tla (tlapm's example) used below.
constexpr int kSafeAtStableLine = 229;  // LEMMA SafeAtStable == ...
constexpr int kStep11Line = 237;        // <1>1. ASSUME NEW bb \in Ballots, Phase1a(bb)
constexpr int kStep11ProofLine = 239;   //   BY <1>1 DEF SafeAt, Phase1a, VotedForIn, WontVoteIn
constexpr int kSafeAtStableEnd = 279;   // <1>. QED  BY <1>1, <1>2, <1>3, <1>4 DEF Next

constexpr const char* kSmall = R"(---- MODULE Small ----
EXTENDS Naturals
THEOREM Fine == 2 + 2 = 4
  OBVIOUS
THEOREM Wrong == \A n \in Nat : n + 1 = n
  OBVIOUS
THEOREM Later == 1 + 1 = 2
  OMITTED
====
)";

Json position(int line) { return {{"line", line}, {"character", 0}}; }
Json range(int from, int to) { return {{"start", position(from)}, {"end", position(to)}}; }

std::map<std::string, int> countByStatus(const Json& markers) {
  std::map<std::string, int> counts;
  for (const auto& m : markers) ++counts[m["status"].get<std::string>()];
  return counts;
}

// The status of the marker whose head starts on `line`.
std::string statusAt(const Json& markers, int line) {
  for (const auto& m : markers)
    if (m["range"]["start"]["line"] == line) return m["status"];
  return "none";
}

bool progressEnds(const Json& m) {
  return m.value("method", "") == "$/progress" && m["params"]["value"]["kind"] == "end";
}

struct LspServer : ::testing::Test {
  tlapx::testing::TempDir dir;
  std::string paxos;  // the copy of Paxos.tla
  std::string uri;
  std::unique_ptr<LspClient> client;

  void SetUp() override {
    for (const char* name : {"Paxos.tla", "Consensus.tla"}) fs::copy_file(kPaxosDir / name, dir.path() / name);
    paxos = (dir.path() / "Paxos.tla").string();
    uri = uriOfPath(paxos);
    start();
  }
  void TearDown() override {
    if (!HasFailure()) return;
    client.reset();
    fs::copy_file(dir.path() / "lsp.log", fs::temp_directory_path() / "tlapx-lsp-test-failure.log",
                  fs::copy_options::overwrite_existing);
    const std::string log = text((dir.path() / "lsp.log").string());
    std::printf("server log (end):\n%s\nserver stderr:\n%s\n", log.substr(log.size() > 3000 ? log.size() - 3000 : 0).c_str(),
                text((dir.path() / "lsp.log.stderr").string()).c_str());
  }
  void start() {
    client = std::make_unique<LspClient>(dir.path() / "lsp.log", std::vector<std::string>{"-j", "2"});
    const int id = client->request("initialize", {{"processId", nullptr},
                                                  {"rootUri", uriOfPath(dir.path().string())},
                                                  {"capabilities", Json::object()},
                                                  {"initializationOptions", {{"moduleSearchPaths", Json::array()}}}});
    initializeResult = client->response(id)["result"];
    client->notify("initialized", Json::object());
  }
  std::string text(const std::string& file) const { return tlapx::check::testing::readFile(file); }
  void open(const std::string& documentUri, const std::string& content, int version = 1) {
    client->notify("textDocument/didOpen",
                   {{"textDocument", {{"uri", documentUri}, {"languageId", "tlaplus"}, {"version", version}, {"text", content}}}});
  }
  void change(const std::string& documentUri, const std::string& content, int version) {
    const Json text = {{"text", content}};
    client->notify("textDocument/didChange", {{"textDocument", {{"uri", documentUri}, {"version", version}}},
                                             {"contentChanges", Json::array({text})}});
  }
  Json markers(std::chrono::milliseconds timeout = 60s) {
    return client->next("tlaplus/tlaps/proofStepMarkers", timeout)["params"][1];
  }
  // Starts check-step over lines [from, to]; returns the progress token.
  std::string checkStep(const std::string& documentUri, int from, int to) {
    client->request("workspace/executeCommand", {{"command", "tlaplus.tlaps.check-step.lsp"},
                                                 {"arguments", Json::array({{{"uri", documentUri}, {"version", 1}},
                                                                            range(from, to)})}});
    return client->next("window/workDoneProgress/create")["params"]["token"];
  }
  // The markers sent after the run `token` ended.
  Json markersAfterRun(const std::string& token, std::chrono::milliseconds timeout = 300s) {
    EXPECT_NE(client->next([&](const Json& m) { return progressEnds(m) && m["params"]["token"] == token; }, timeout),
              nullptr);
    return markers();
  }

  Json initializeResult;
};

TEST_F(LspServer, InitializeAdvertisesFullSyncTheFourTlapsCommandsAndTheBundledModules) {
  const Json& caps = initializeResult["capabilities"];
  EXPECT_EQ(caps["textDocumentSync"], 1);
  const std::set<std::string> commands = caps["executeCommandProvider"]["commands"].get<std::set<std::string>>();
  EXPECT_EQ(commands, (std::set<std::string>{"tlaplus.tlaps.check-step.lsp", "tlaplus.tlaps.proofStepMarkers.fetch.lsp",
                                             "tlaplus.tlaps.currentProofStep.set.lsp",
                                             "tlaplus.tlaps.moduleSearchPaths.updated.lsp"}));
  EXPECT_TRUE(caps.contains("diagnosticProvider"));
  ASSERT_EQ(caps["experimental"]["moduleSearchPaths"].size(), 1u) << caps.dump();
  const fs::path modules = caps["experimental"]["moduleSearchPaths"][0].get<std::string>();
  EXPECT_TRUE(fs::exists(modules / "TLAPS.tla"));
  EXPECT_TRUE(fs::exists(modules / "Naturals.tla"));
  EXPECT_EQ(client->shutdown(), 0);
}

TEST_F(LspServer, OpenMarksEveryStepWithoutProvingAnything) {
  open(uri, text(paxos));
  const Json all = markers();
  const auto counts = countByStatus(all);
  EXPECT_GT(all.size(), 100u);
  EXPECT_GT(counts.at("pending"), 100);
  EXPECT_EQ(counts.count("failed") + counts.count("progress"), 0u) << all.dump();
  EXPECT_EQ(statusAt(all, 0), "pending");  // the module
  EXPECT_EQ(statusAt(all, kSafeAtStableLine), "pending");
  EXPECT_FALSE(fs::exists(dir.path() / ".tlapx" / "cache.db"));  // nothing was proved
  EXPECT_EQ(client->shutdown(), 0);
}

TEST_F(LspServer, CheckStepProvesOneLemmaAndAnEditMakesOnlyTheEditedStepPendingAgain) {
  const std::string original = text(paxos);
  open(uri, original);
  const Json before = markers();
  const std::string token = checkStep(uri, kSafeAtStableLine, kSafeAtStableLine);
  const Json streamed = markers();  // pushed when the run starts
  EXPECT_EQ(statusAt(streamed, kSafeAtStableLine), "progress");
  EXPECT_EQ(statusAt(streamed, 0), "pending");  // steps outside the lemma are not in the run
  const Json after = markersAfterRun(token);
  EXPECT_EQ(statusAt(after, kSafeAtStableLine), "proved") << after.dump();
  EXPECT_EQ(statusAt(after, kStep11Line), "proved");
  EXPECT_EQ(countByStatus(after).count("progress"), 0u);
  for (std::size_t i = 0; i < after.size(); ++i) {  // outside the lemma nothing changed
    const int line = after[i]["range"]["start"]["line"];
    if (line != 0 && (line < kSafeAtStableLine || line > kSafeAtStableEnd)) {
      EXPECT_EQ(after[i], before[i]);
    }
  }
  EXPECT_TRUE(fs::exists(dir.path() / ".tlapx" / "cache.db"));

  // Citing one more fact in <1>1's proof changes that obligation only.
  std::string edited = original;
  const std::string proof = "BY <1>1 DEF SafeAt, Phase1a";
  const std::size_t at = edited.find(proof);
  ASSERT_NE(at, std::string::npos);
  edited.replace(at, proof.size(), "BY <1>1, QuorumAssumption DEF SafeAt, Phase1a");
  change(uri, edited, 2);
  const Json changed = markers();
  std::set<int> newlyPending;
  ASSERT_EQ(changed.size(), after.size());
  for (std::size_t i = 0; i < changed.size(); ++i)
    if (changed[i]["status"] == "pending" && after[i]["status"] == "proved")
      newlyPending.insert(changed[i]["range"]["start"]["line"].get<int>());
  // The edited step and the steps containing it: the lemma and the module (already pending).
  EXPECT_EQ(newlyPending, (std::set<int>{kStep11Line, kSafeAtStableLine})) << changed.dump();

  // Checking the edited step again: proved, and the lemma with it.
  const Json done = markersAfterRun(checkStep(uri, kStep11ProofLine, kStep11ProofLine));
  EXPECT_EQ(statusAt(done, kStep11Line), "proved");
  EXPECT_EQ(statusAt(done, kSafeAtStableLine), "proved");
  EXPECT_EQ(client->shutdown(), 0);

  // The CLI reads the same cache: the lemma's obligations are there, nothing to prove.
  const auto status = tlapx::check::testing::runTlapx(
      {"status", "--json", "--from", std::to_string(kSafeAtStableLine + 1), "--to",
       std::to_string(kSafeAtStableEnd + 1), paxos},
      dir.path());
  const Json report = Json::parse(status.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << status.out << status.err;
  EXPECT_GT(report["summary"]["total"].get<int>(), 10) << status.out;
  EXPECT_EQ(report["summary"]["proved"].get<int>() + report["summary"]["trivial"].get<int>(),
            report["summary"]["total"].get<int>())
      << status.out;
}

TEST_F(LspServer, FailuresBecomeFailedMarkersDiagnosticsAndStepDetails) {
  const std::string small = dir.write("Small.tla", kSmall);
  const std::string smallUri = uriOfPath(small);
  open(smallUri, kSmall);
  markers();
  const Json all = markersAfterRun(checkStep(smallUri, 0, 0));  // outside every theorem: the whole module
  EXPECT_EQ(statusAt(all, 2), "proved");
  EXPECT_EQ(statusAt(all, 4), "failed");
  EXPECT_EQ(statusAt(all, 6), "omitted");
  EXPECT_EQ(statusAt(all, 0), "failed");  // the module shows its least step

  client->request("workspace/executeCommand", {{"command", "tlaplus.tlaps.proofStepMarkers.fetch.lsp"},
                                               {"arguments", Json::array({{{"uri", smallUri}}})}});
  const Json pushed = client->next("textDocument/publishDiagnostics", 10s);
  ASSERT_NE(pushed, nullptr);
  EXPECT_EQ(markers(), all);
  const Json& diagnostics = pushed["params"]["diagnostics"];
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.dump();
  EXPECT_EQ(diagnostics[0]["range"]["start"]["line"], 5);
  EXPECT_EQ(diagnostics[0]["severity"], 1);
  EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("Obligation failed"), std::string::npos);

  client->request("workspace/executeCommand",
                  {{"command", "tlaplus.tlaps.currentProofStep.set.lsp"},
                   {"arguments", Json::array({{{"uri", smallUri}}, range(5, 5)})}});
  const Json details = client->next("tlaplus/tlaps/currentProofStep")["params"][0];
  EXPECT_EQ(details["kind"], "leaf");
  EXPECT_EQ(details["status"], "failed");
  ASSERT_EQ(details["obligations"].size(), 1u) << details.dump();
  const Json& ob = details["obligations"][0];
  EXPECT_EQ(ob["role"], "main");
  EXPECT_NE(ob["normalized"].get<std::string>().find("n + 1 = n"), std::string::npos);
  ASSERT_EQ(ob["results"].size(), 1u);
  EXPECT_EQ(ob["results"][0]["status"], "failed");
  EXPECT_FALSE(ob["results"][0]["reason"].is_null());

  // A syntax error is a diagnostic, and no step is marked.
  change(smallUri, std::string(kSmall).replace(std::string(kSmall).find("OBVIOUS"), 7, "BY BY"), 2);
  const Json errors = client->next("textDocument/publishDiagnostics")["params"]["diagnostics"];
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0]["severity"], 1);
  EXPECT_TRUE(markers().empty());
  EXPECT_EQ(client->shutdown(), 0);
}

// A module the document EXTENDs is edited on disk after the document was opened: check-step
// proves what the files say now, not the obligations of the analysis made before (D = 1
// was proved from the old D == 1 and shown proved).
TEST_F(LspServer, CheckStepReadsAgainTheModulesEditedOnDiskSinceTheDocumentWasAnalysed) {
  dir.write("Lib.tla", "---- MODULE Lib ----\nD == 1\n====\n");
  const std::string mainText = "---- MODULE Main ----\nEXTENDS Naturals, Lib\nTHEOREM One == D = 1\n  BY DEF D\n====\n";
  const std::string mainUri = uriOfPath(dir.write("Main.tla", mainText));
  open(mainUri, mainText);
  markers();
  dir.write("Lib.tla", "---- MODULE Lib ----\nD == 2\n====\n");
  const Json all = markersAfterRun(checkStep(mainUri, 2, 2));
  EXPECT_EQ(statusAt(all, 2), "failed");
  EXPECT_EQ(client->shutdown(), 0);
}

TEST_F(LspServer, CancellingTheProgressStopsTheRunAndLeavesUnansweredStepsPending) {
  open(uri, text(paxos));
  markers();
  const auto start = std::chrono::steady_clock::now();
  const std::string token = checkStep(uri, 0, 0);  // the whole module, cold
  client->next("$/progress", 10s);                  // begin
  std::this_thread::sleep_for(300ms);
  client->notify("window/workDoneProgress/cancel", {{"token", token}});
  const Json after = markersAfterRun(token, 30s);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto counts = countByStatus(after);
  EXPECT_EQ(counts.count("progress"), 0u) << after.dump();
  EXPECT_GT(counts.at("pending"), 0);  // not everything was proved in that time
  std::printf("[ timing ] cancelled whole-module check-step ended after %.2f s\n", seconds);
  EXPECT_EQ(client->shutdown(), 0);
}

TEST_F(LspServer, AnEditCancelsTheRunOfThatDocument) {
  const std::string original = text(paxos);
  open(uri, original);
  markers();
  const std::string token = checkStep(uri, 0, 0);
  client->next("$/progress", 10s);
  change(uri, original + "\n", 2);
  EXPECT_NE(client->next([&](const Json& m) { return progressEnds(m) && m["params"]["token"] == token; }, 30s),
            nullptr);
  client->request("workspace/executeCommand", {{"command", "tlaplus.tlaps.proofStepMarkers.fetch.lsp"},
                                               {"arguments", Json::array({{{"uri", uri}}})}});
  EXPECT_EQ(countByStatus(markers()).count("progress"), 0u);
  EXPECT_EQ(client->shutdown(), 0);
}

TEST_F(LspServer, WhenTheCliHasCheckedTheFileEveryMarkerIsProvedOnOpen) {
  const auto check = tlapx::check::testing::runTlapx({"check", "-j", "2", paxos}, dir.path());
  ASSERT_EQ(check.exitCode, 0) << check.out << check.err;
  const auto start = std::chrono::steady_clock::now();
  open(uri, text(paxos));
  const Json all = markers();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(countByStatus(all), (std::map<std::string, int>{{"proved", static_cast<int>(all.size())}}));
  std::printf("[ timing ] markers for Paxos.tla (277 obligations, %zu steps, all cached) %.1f ms after didOpen\n",
              all.size(), ms);
  EXPECT_EQ(client->shutdown(), 0);
}

}  // namespace
}  // namespace tlapx::lsp::test_client
