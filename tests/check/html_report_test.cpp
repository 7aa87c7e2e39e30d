// `tlapx check --html` and `tlapx status --html` end to end on a small module: the header,
// failures listed first with links into the tree, step colours as the editor's (a step
// is the worst of its obligations and sub-steps), failed obligations with their text,
// and a self-contained file (no network).
#include <gtest/gtest.h>

#include <regex>

#include "../frontend/loader_test_util.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::readFile;
using testing::RunResult;
using tlapx::testing::TempDir;

constexpr const char* kSteps = R"(---- MODULE Steps ----
EXTENDS Naturals
THEOREM Good == 1 + 1 = 2
  OBVIOUS
THEOREM Broken == 2 = 2
<1>1. 1 + 1 = 3
  OBVIOUS
<1>2. 3 = 3
  OBVIOUS
<1> QED BY <1>2
THEOREM Skipped == TRUE
  OMITTED
THEOREM NoProof == TRUE
====
)";

struct Html : ::testing::Test {
  TempDir dir;
  std::string module = dir.write("Steps.tla", kSteps);
  std::string report = (dir.path() / "report.html").string();
  RunResult run(std::vector<std::string> args) { return testing::runTlapx(args, dir.path()); }

  // The status class of the step that starts at line:col.
  static std::string stepStatus(const std::string& html, unsigned line, unsigned col) {
    const std::regex re("<details class=\"step s-([a-z]+)\" id=\"s-Steps-" + std::to_string(line) + "-" +
                        std::to_string(col) + "\"");
    std::smatch m;
    return std::regex_search(html, m, re) ? m[1].str() : "absent";
  }
};

TEST_F(Html, CheckWritesTheTreeColouredLikeTheEditor) {
  const RunResult r = run({"check", module, "--html", report, "--strict", "--no-cache"});
  EXPECT_EQ(r.exitCode, 10) << r.out << r.err;
  const std::string html = readFile(report);
  ASSERT_FALSE(html.empty());
  EXPECT_EQ(stepStatus(html, 3, 1), "proved");
  EXPECT_EQ(stepStatus(html, 5, 1), "failed");  // its step <1>1 failed
  EXPECT_EQ(stepStatus(html, 6, 1), "failed");
  EXPECT_EQ(stepStatus(html, 8, 1), "proved");
  EXPECT_EQ(stepStatus(html, 10, 1), "proved");
  EXPECT_EQ(stepStatus(html, 11, 1), "omitted");
  EXPECT_EQ(stepStatus(html, 13, 1), "missing");
  // Proved steps are folded, the others open.
  EXPECT_NE(html.find("id=\"s-Steps-3-1\" data-status=\"proved\">"), std::string::npos);
  EXPECT_NE(html.find("id=\"s-Steps-6-1\" data-status=\"failed\" open>"), std::string::npos);

  // The failure is listed before the tree, links to its row, and its text is shown.
  std::smatch link;
  ASSERT_TRUE(std::regex_search(html, link, std::regex("<h2 id=\"failures\">Failures \\(1\\)</h2>\n<ul>\n<li><a href=\"#(o-Steps-[0-9]+)\">")))
      << html;
  const std::size_t row = html.find("id=\"" + link[1].str() + "\"");
  ASSERT_NE(row, std::string::npos);
  EXPECT_LT(html.find("id=\"failures\""), html.find("id=\"tree\""));
  EXPECT_NE(html.find("<pre>", row), std::string::npos);
  EXPECT_NE(html.find("1 + 1 = 3", row), std::string::npos);
  EXPECT_NE(html.find("Omitted and missing proofs (2)"), std::string::npos);

  // Header: command, options that change verdicts, verdict and exit code.
  EXPECT_NE(html.find("--html " + report), std::string::npos);
  EXPECT_NE(html.find("<th class=\"l\">strict</th><td class=\"l\"><code>yes"), std::string::npos);
  EXPECT_NE(html.find("<th class=\"l\">cache</th><td class=\"l\"><code>off"), std::string::npos);
  EXPECT_NE(html.find("1/7 obligations failed — exit code 10"), std::string::npos) << html.substr(0, 2000);
  // Summary by kind and by backend.
  EXPECT_NE(html.find("<th class=\"l\">main</th>"), std::string::npos);
  EXPECT_NE(html.find("<th class=\"l\">missing</th><td>1</td>"), std::string::npos);
  EXPECT_NE(html.find("<table class=\"by-backend\">"), std::string::npos);

  // Self-contained: nothing is fetched.
  for (const char* remote : {"http:", "https:", "src=", "@import", "<link"})
    EXPECT_EQ(html.find(remote), std::string::npos) << remote;
}

TEST_F(Html, StatusReportsCachedStepsAsProvedAndTheRestAsPending) {
  const std::string cache = (dir.path() / "c.db").string();
  ASSERT_EQ(run({"check", module, "--cache", cache, "--line", "4"}).exitCode, 0);  // only Good's proof
  const RunResult r = run({"status", module, "--cache", cache, "--html", report});
  EXPECT_EQ(r.exitCode, 11) << r.out << r.err;
  const std::string html = readFile(report);
  EXPECT_EQ(stepStatus(html, 3, 1), "proved");
  EXPECT_EQ(stepStatus(html, 6, 1), "pending");
  EXPECT_EQ(stepStatus(html, 5, 1), "pending");  // pending is worse than failed or missing
  EXPECT_NE(html.find("report from the cache only"), std::string::npos);
}

TEST_F(Html, AnUnwritableReportIsAnError) {
  const RunResult r = run({"check", module, "--no-cache", "--html", (dir.path() / "no" / "such" / "r.html").string()});
  EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tlapx::check
