// Parses every .tla file of the third-party corpus (parse only, no resolution) and
// checks that only the allow-listed, genuinely invalid files report errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/parser.hpp"

namespace tlapx {
namespace {

namespace fs = std::filesystem;

// Files that are not valid TLA+ (path relative to the corpus root -> reason).
const std::map<std::string, std::string>& allowList() {
  static const std::map<std::string, std::string> list = {
      {"tlapm/test/fast/language/ExistsNotBothBoundedAndUnbounded.tla",
       "deliberate syntax error: \\E mixes bounded and unbounded variables"},
      {"tlapm/test/fast/language/ForallNotBothBoundedAndUnbounded.tla",
       "deliberate syntax error: \\A mixes bounded and unbounded variables"},
      {"tlapm/test/fast/language/FunctionConstructorOnlyBoundeds.tla",
       "deliberate syntax error: unbounded variable in a function constructor"},
      {"tlapm/test/fast/language/FunctionDefinitionOnlyBoundeds_1.tla",
       "deliberate syntax error: unbounded variable in a function definition"},
      {"tlapm/test/fast/language/FunctionDefinitionOnlyBoundeds_2.tla",
       "deliberate syntax error: unbounded variable in a function definition"},
  };
  return list;
}

struct CorpusFile {
  std::string rel;
  std::string text;
};

std::vector<CorpusFile> loadCorpus() {
  std::vector<CorpusFile> files;
  const fs::path root(TLAPX_CORPUS_DIR);
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tla") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    files.push_back({fs::relative(entry.path(), root).generic_string(), ss.str()});
  }
  std::sort(files.begin(), files.end(),
            [](const CorpusFile& a, const CorpusFile& b) { return a.rel < b.rel; });
  return files;
}

TEST(ParserCorpus, ParsesEveryFile) {
  const std::vector<CorpusFile> files = loadCorpus();
  if (files.empty()) GTEST_SKIP() << "corpus not found at " << TLAPX_CORPUS_DIR;

  SourceManager sources;
  std::vector<FileId> ids;
  std::size_t bytes = 0;
  for (const auto& f : files) {
    ids.push_back(sources.add(f.rel, f.text));
    bytes += f.text.size();
  }

  Diagnostics diags(sources);
  std::vector<std::size_t> errorsPerFile;
  const auto t0 = std::chrono::steady_clock::now();
  for (FileId id : ids) {
    const std::size_t before = diags.errorCount();
    ModulePtr m = parseModule(sources.file(id), diags);
    errorsPerFile.push_back(diags.errorCount() - before + (m ? 0 : 1));
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "[ corpus   ] parsed " << files.size() << " files, " << bytes / 1e6 << " MB in "
            << secs * 1e3 << " ms (" << bytes / 1e6 / secs << " MB/s)\n";

  std::size_t unexpected = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const bool allowed = allowList().count(files[i].rel) != 0;
    if (errorsPerFile[i] != 0 && !allowed) {
      ++unexpected;
      std::string first;
      for (const auto& d : diags.all())
        if (d.loc.file == ids[i]) {
          first = diags.render(d);
          break;
        }
      ADD_FAILURE() << files[i].rel << ": " << errorsPerFile[i] << " error(s)\n" << first;
    }
    if (errorsPerFile[i] == 0 && allowed)
      ADD_FAILURE() << files[i].rel << " is allow-listed but parses without errors";
  }
  EXPECT_EQ(unexpected, 0u);
  for (const auto& [rel, reason] : allowList())
    EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                            [&](const CorpusFile& f) { return f.rel == rel; }))
        << "allow-listed file missing from corpus: " << rel;
}

}  // namespace
}  // namespace tlapx
