// The edit suite: the result cache across edits. Each folder tests/redteam/edits/<case>/
// holds two versions of one module as a user would save them one after the other:
//   before.tla, after.tla   the module (the same MODULE name in both);
//   <M>.tla                 a helper module, the same in both versions;
//   <M>.before.tla, <M>.after.tla   a helper module edited along;
//   before.args, after.args optional extra tlapx arguments of that run, one per line.
// The case is written to a scratch folder as <Module>.tla plus its helpers <M>.tla and
// checked with a fresh --cache; then the after versions overwrite the files in place and
// the same folder is checked again with the same cache. Then
//   - before: every theorem is proved, except those named Fails_<x>, which must not be;
//   - after, with the cache: False_<x> must not be proved (its before version was true
//     and proved: a result reused for a changed meaning shows up here), True_<x> must be;
//   - after, without a cache: False_<x> is not proved either (the case really is false).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "../check/tlapx_process.hpp"
#include "../frontend/loader_test_util.hpp"
#include "theorems.hpp"

namespace tlapx::redteam {
namespace {

namespace fs = std::filesystem;
using check::testing::readFile;
using check::testing::RunResult;

constexpr const char* kStretch = "0.05";  // as the red-team suite: true twins are easy

fs::path editsDir() { return fs::path(TLAPX_SOURCE_DIR) / "tests/redteam/edits"; }

std::vector<fs::path> caseDirs() {
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(editsDir()))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::string caseName(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

std::string moduleName(const fs::path& file) {
  static const std::regex header(R"(-{4,}\s*MODULE\s+(\w+))");
  const std::string text = readFile(file);
  std::smatch m;
  return std::regex_search(text, m, header) ? m[1].str() : "";
}

// Writes the `version` ("before" or "after") of a case into `into`; returns the main file.
fs::path writeVersion(const fs::path& caseDir, const std::string& version, const fs::path& into) {
  const fs::path source = caseDir / (version + ".tla");
  const fs::path main = into / (moduleName(source) + ".tla");
  fs::copy_file(source, main, fs::copy_options::overwrite_existing);
  for (const auto& e : fs::directory_iterator(caseDir)) {
    const std::string name = e.path().filename().string();
    if (name == "before.tla" || name == "after.tla" || e.path().extension() != ".tla") continue;
    const std::string stem = e.path().stem().string();  // "M" or "M.before"
    const fs::path variant = e.path().stem().extension();
    if (variant.empty()) {
      fs::copy_file(e.path(), into / name, fs::copy_options::overwrite_existing);
    } else if (variant == "." + version) {
      fs::copy_file(e.path(), into / (fs::path(stem).stem().string() + ".tla"), fs::copy_options::overwrite_existing);
    }
  }
  return main;
}

std::vector<std::string> extraArgs(const fs::path& caseDir, const std::string& version) {
  std::vector<std::string> args;
  std::ifstream in(caseDir / (version + ".args"));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) args.push_back(line);
  return args;
}

struct Checked {
  std::vector<Theorem> theorems;
  std::map<std::string, Tally> tally;
};

// Checks `main`; `cache` empty means --no-cache.
void check(const fs::path& main, const fs::path& cache, const std::vector<std::string>& extra,
           const fs::path& outputDir, Checked& out) {
  std::vector<std::string> args{"check", main.string(), "--json"};
  if (cache.empty()) {
    args.push_back("--no-cache");
  } else {
    args.insert(args.end(), {"--cache", cache.string()});
  }
  if (std::find(extra.begin(), extra.end(), "--stretch") == extra.end())
    args.insert(args.end(), {"--stretch", kStretch});
  args.insert(args.end(), extra.begin(), extra.end());
  const RunResult r = check::testing::runTlapx(args, outputDir);
  ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 10 || r.exitCode == 11)
      << main << ": exit " << r.exitCode << "\n" << r.out << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << r.out << r.err;
  out.theorems = theoremsOf(main);
  ASSERT_FALSE(out.theorems.empty()) << main;
  out.tally = tallies(report, main, out.theorems);
}

class Edits : public ::testing::TestWithParam<fs::path> {
 protected:
  tlapx::testing::TempDir dir;
};

TEST_P(Edits, ChangedMeaningsAreProvedAgain) {
  const fs::path& caseDir = GetParam();
  const fs::path work = dir.path() / "work";
  const fs::path output = dir.path() / "output";
  fs::create_directories(work);
  fs::create_directories(output);
  const fs::path cache = dir.path() / "cache.db";

  Checked before;
  const fs::path main = writeVersion(caseDir, "before", work);
  ASSERT_NO_FATAL_FAILURE(check(main, cache, extraArgs(caseDir, "before"), output, before));
  for (const auto& t : before.theorems) {
    const Tally& y = before.tally.at(t.name);
    if (hasPrefix(t.name, "Fails_")) {
      EXPECT_FALSE(y.proved()) << "before.tla:" << t.firstLine << ": " << t.name << " was proved";
    } else {
      EXPECT_TRUE(y.proved()) << "before.tla:" << t.firstLine << ": " << t.name << " was not proved"
                              << " (" << y.obligations << " obligations)" << y.why();
    }
  }

  Checked after;
  ASSERT_EQ(writeVersion(caseDir, "after", work), main) << "before.tla and after.tla name different modules";
  const std::vector<std::string> afterArgs = extraArgs(caseDir, "after");
  ASSERT_NO_FATAL_FAILURE(check(main, cache, afterArgs, output, after));
  for (const auto& t : after.theorems) {
    const Tally& y = after.tally.at(t.name);
    if (isFalseCase(t.name)) {
      EXPECT_FALSE(y.proved()) << "after.tla:" << t.firstLine << ": " << t.name << " is false but was proved ("
                               << y.cached << " of " << y.obligations << " obligations from the cache)";
    } else if (isTrueCase(t.name)) {
      EXPECT_TRUE(y.proved()) << "after.tla:" << t.firstLine << ": " << t.name << " is true but was not proved ("
                              << y.obligations << " obligations)" << y.why();
    }
  }

  Checked fresh;
  ASSERT_NO_FATAL_FAILURE(check(main, fs::path(), afterArgs, output, fresh));
  for (const auto& t : fresh.theorems) {
    if (isFalseCase(t.name)) {
      EXPECT_FALSE(fresh.tally.at(t.name).proved()) << "after.tla:" << t.firstLine << ": " << t.name
                                                    << " is proved without the cache: not a false case";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, Edits, ::testing::ValuesIn(caseDirs()), caseName);

// Every case states something false after its edit, or documents a budget that must be
// retried, and has a true twin; and the suite covers enough kinds of edits.
TEST(EditsSuite, EveryCaseHasFalseAndTrueTheoremsAndThereAreEnough) {
  int cases = 0;
  for (const fs::path& caseDir : caseDirs()) {
    ++cases;
    ASSERT_TRUE(fs::exists(caseDir / "before.tla")) << caseDir;
    ASSERT_TRUE(fs::exists(caseDir / "after.tla")) << caseDir;
    EXPECT_EQ(moduleName(caseDir / "before.tla"), moduleName(caseDir / "after.tla")) << caseDir;
    bool hasFalse = false, hasTrue = false;
    for (const auto& t : theoremsOf(caseDir / "after.tla")) {
      hasFalse = hasFalse || isFalseCase(t.name);
      hasTrue = hasTrue || isTrueCase(t.name);
    }
    bool retried = false;
    for (const auto& t : theoremsOf(caseDir / "before.tla")) retried = retried || hasPrefix(t.name, "Fails_");
    EXPECT_TRUE(hasFalse || retried) << caseDir << ": no False_ theorem in after.tla and no Fails_ one before";
    EXPECT_TRUE(hasTrue) << caseDir << ": no True_ theorem in after.tla";
  }
  EXPECT_GE(cases, 30);
}

}  // namespace
}  // namespace tlapx::redteam
