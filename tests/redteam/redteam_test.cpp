// The red-team suite: modules under tests/redteam/cases/<category>/ that state false (or
// unprovable) theorems next to true twins. Each case file is checked by the tlapx binary;
// every obligation is mapped to its enclosing theorem by line ranges, and then a theorem
// named False_<x> must not be proved (some obligation of its proof fails or is
// missing/omitted) while True_<x> must be proved completely. A file named <case>_error.tla
// must instead be rejected: non-zero exit and a `file:line:col: error` inside a False_
// theorem; its twin <case>_ok.tla must be proved. Helper modules live in
// tests/redteam/lib (searched with -I). Every case runs with each choice of SMT solvers
// (`--solver portfolio|z3|cvc5`): no solver may prove a false case. With cvc5 alone,
// true twins are only counted (cvc5 is the second solver; Z3 proves what it misses).
#include <gtest/gtest.h>

#include <iostream>
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "../check/tlapx_process.hpp"
#include "../frontend/loader_test_util.hpp"
#include "theorems.hpp"

namespace tlapx::redteam {
namespace {

namespace fs = std::filesystem;
using check::testing::readFile;
using check::testing::RunResult;

// Short budgets keep the suite fast: false cases run out of budget early, true twins are
// chosen easy enough to be proved well within it.
constexpr const char* kStretch = "0.05";

fs::path casesDir() { return fs::path(TLAPX_SOURCE_DIR) / "tests/redteam/cases"; }
fs::path libDir() { return fs::path(TLAPX_SOURCE_DIR) / "tests/redteam/lib"; }

std::vector<fs::path> caseFiles() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(casesDir())) {
    if (e.is_regular_file() && e.path().extension() == ".tla") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isErrorCase(const fs::path& file) { return endsWith(file.stem().string(), "_error"); }

using CaseAndSolver = std::tuple<fs::path, std::string>;

std::string caseName(const ::testing::TestParamInfo<CaseAndSolver>& info) {
  const fs::path rel = fs::relative(std::get<0>(info.param), casesDir());
  std::string name = rel.parent_path().string() + "_" + rel.stem().string() + "_" + std::get<1>(info.param);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

RunResult runCheck(const fs::path& file, const std::string& solver, bool json, const fs::path& outputDir) {
  std::vector<std::string> args{"check", file.string(), "-I", libDir().string(), "--no-cache",
                                "--stretch", kStretch, "--solver", solver};
  if (json) args.push_back("--json");
  return check::testing::runTlapx(args, outputDir);
}

class RedTeam : public ::testing::TestWithParam<CaseAndSolver> {
 protected:
  tlapx::testing::TempDir dir;
};

TEST_P(RedTeam, FalseTheoremsAreNotProvedAndTrueOnesAre) {
  const auto& [file, solver] = GetParam();
  const bool twinsMustProve = solver != "cvc5";
  const std::vector<Theorem> theorems = theoremsOf(file);
  ASSERT_FALSE(theorems.empty()) << file;

  if (isErrorCase(file)) {
    const RunResult r = runCheck(file, solver, false, dir.path());
    EXPECT_NE(r.exitCode, 0) << "accepted:\n" << r.out << r.err;
    EXPECT_NE(r.exitCode, 3) << "internal error:\n" << r.out << r.err;
    // A located error inside a False_ theorem.
    const std::regex located(std::regex_replace(file.string(), std::regex(R"([.^$|()\[\]{}*+?\\])"),
                                                R"(\$&)") +
                             R"(:(\d+):(\d+): error)");
    const std::string all = r.out + r.err;
    bool inFalse = false;
    for (std::sregex_iterator it(all.begin(), all.end(), located), end; it != end; ++it) {
      const Theorem* t = theoremAt(theorems, std::stoi((*it)[1].str()));
      if (t != nullptr && isFalseCase(t->name)) inFalse = true;
    }
    EXPECT_TRUE(inFalse) << "no located error inside a False_ theorem:\n" << r.out << r.err;
    return;
  }

  const RunResult r = runCheck(file, solver, true, dir.path());
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 10 || r.exitCode == 11)
      << "exit " << r.exitCode << "\n" << r.out << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << r.out << r.err;

  const std::map<std::string, Tally> tally = tallies(report, file, theorems);
  int twins = 0, twinsProved = 0;
  for (const auto& t : theorems) {
    const Tally& y = tally.at(t.name);
    const bool proved = y.proved();
    if (isTrueCase(t.name)) {
      ++twins;
      twinsProved += proved ? 1 : 0;
    }
    if (isFalseCase(t.name)) {
      EXPECT_FALSE(proved) << file.filename().string() << ":" << t.firstLine << ": " << t.name
                           << " is false but was proved (" << y.obligations << " obligations)";
    } else if (isTrueCase(t.name) && twinsMustProve) {
      EXPECT_TRUE(proved) << file.filename().string() << ":" << t.firstLine << ": " << t.name
                          << " is true but was not proved (" << y.obligations << " obligations)"
                          << y.why();
    }
  }
  std::cout << "[ redteam ] " << solver << " proved " << twinsProved << " of " << twins << " true twins\n";
}

INSTANTIATE_TEST_SUITE_P(Cases, RedTeam,
                         ::testing::Combine(::testing::ValuesIn(caseFiles()),
                                            ::testing::Values("portfolio", "z3", "cvc5")),
                         caseName);

// Every false case has a true twin, so the suite cannot pass by proving nothing; and the
// suite is as large as promised.
TEST(RedTeamSuite, EveryFalseCaseHasATrueTwinAndThereAreEnough) {
  int falseCases = 0;
  std::map<std::string, int> perCategory;
  for (const auto& file : caseFiles()) {
    const std::vector<Theorem> theorems = theoremsOf(file);
    std::vector<std::string> names;
    for (const auto& t : theorems) names.push_back(t.name);
    const auto has = [&](const std::string& n) {
      return std::find(names.begin(), names.end(), n) != names.end();
    };
    const std::string category = file.parent_path().filename().string();
    if (isErrorCase(file)) {
      const std::string stem = file.stem().string();
      const fs::path twin = file.parent_path() / (stem.substr(0, stem.size() - 6) + "_ok.tla");
      EXPECT_TRUE(fs::exists(twin)) << file << " has no twin " << twin;
      EXPECT_TRUE(std::any_of(names.begin(), names.end(), isFalseCase)) << file;
      bool twinHasTrue = false;
      if (fs::exists(twin)) {
        for (const auto& t : theoremsOf(twin)) twinHasTrue = twinHasTrue || isTrueCase(t.name);
      }
      EXPECT_TRUE(twinHasTrue) << twin << " proves no True_ theorem";
      ++falseCases;
      ++perCategory[category];
      continue;
    }
    for (const auto& n : names) {
      if (!isFalseCase(n)) continue;
      ++falseCases;
      ++perCategory[category];
      EXPECT_TRUE(has("True_" + n.substr(6))) << file << ": " << n << " has no True_ twin";
    }
  }
  EXPECT_GE(falseCases, 250);
  for (const auto& [category, n] : perCategory) {
    EXPECT_GE(n, 10) << "category " << category << " has few false cases";
    std::cout << "[ redteam ] " << category << ": " << n << " false cases\n";
  }
}

}  // namespace
}  // namespace tlapx::redteam
