// The HTML report of tlapm's Paxos example rendered by a real headless Chromium: the
// rendered DOM holds every theorem and proof step of the file (as the AST has them), all
// proved, and the report's script ran. Skipped, with a message, when no Chromium is
// installed (.ci/run installs Debian's).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../frontend/loader_test_util.hpp"
#include "frontend/frontend.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::readFile;
using testing::RunResult;
using tlapx::testing::TempDir;

std::string findChromium() {
  if (const char* configured = std::getenv("TLAPX_CHROMIUM")) return configured;
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin";
  for (std::size_t start = 0; start <= dirs.size();) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    for (const char* name : {"chromium", "chromium-browser"}) {
      const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    start = end + 1;
  }
  return {};
}

// The ids the report gives the theorems and steps of `module` (s-Module-line-col).
void collectSteps(const Proof* proof, const std::string& module, std::vector<std::string>& ids) {
  if (proof == nullptr || proof->kind != ProofKind::Steps) return;
  for (const auto& s : proof->steps) {
    ids.push_back("s-" + module + "-" + std::to_string(s->range.begin.line) + "-" + std::to_string(s->range.begin.col));
    collectSteps(s->proof.get(), module, ids);
  }
}

std::vector<std::string> stepIds(const Module& module) {
  std::vector<std::string> ids;
  for (const auto& unit : module.units) {
    if (unit.kind != UnitKind::Theorem) continue;
    const Decl& thm = *unit.decls.front();
    ids.push_back("s-" + module.name + "-" + std::to_string(thm.range.begin.line) + "-" +
                  std::to_string(thm.range.begin.col));
    collectSteps(thm.proof.get(), module.name, ids);
  }
  return ids;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlInBrowser, PaxosReportRendersEveryStepOfTheFile) {
  const std::string chromium = findChromium();
  if (chromium.empty()) GTEST_SKIP() << "no chromium on PATH (apt-get install chromium, or set TLAPX_CHROMIUM)";
  const std::string paxos = std::string(TLAPX_CORPUS_DIR) + "/tlapm/examples/paxos/Paxos.tla";
  if (!std::filesystem::exists(paxos)) GTEST_SKIP() << "corpus not found: " << paxos;

  TempDir dir;
  const std::string report = (dir.path() / "r.html").string();
  const RunResult r =
      testing::runTlapx({"check", "--cache-dir", dir.dir("cache"), "--html", report, paxos}, dir.path());
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;

  const std::filesystem::path dom = dir.path() / "dom.html";
  const std::string command =
      "timeout 120 '" + chromium +
      "' --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
      "--disable-component-update --disable-sync --user-data-dir='" + dir.dir("profile") + "' --dump-dom 'file://" +
      report + "' > '" + dom.string() + "' 2> '" + dir.dir("chromium.err") + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command << "\n" << readFile(dir.path() / "chromium.err");
  const std::string rendered = readFile(dom);
  ASSERT_NE(rendered.find("data-ready=\"yes\""), std::string::npos) << "the report's script did not run";

  Frontend frontend(FrontendOptions{});
  const Module* module = frontend.load(paxos);
  ASSERT_NE(module, nullptr);
  const std::vector<std::string> ids = stepIds(*module);
  ASSERT_GT(ids.size(), 100u);
  for (const auto& id : ids) EXPECT_NE(rendered.find("id=\"" + id + "\""), std::string::npos) << id;
  EXPECT_EQ(occurrences(rendered, "<details class=\"step"), ids.size());
  EXPECT_EQ(occurrences(rendered, "data-status=\"proved\""), ids.size());
  EXPECT_NE(rendered.find("All 277 obligations proved"), std::string::npos);
}

}  // namespace
}  // namespace tlapx::check
