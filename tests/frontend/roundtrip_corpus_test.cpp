// Round-trip test over the third-party corpus (TLAPX_CORPUS_DIR): every .tla file that
// parses without error must print to text that parses again, without error, to an
// equalModule-equal tree, and printing that tree must give the same text.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/ast_equal.hpp"
#include "frontend/parser.hpp"
#include "frontend/printer.hpp"

namespace tlapx {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpusFiles() {
  std::vector<fs::path> files;
  fs::path root(TLAPX_CORPUS_DIR);
  if (!fs::is_directory(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tla") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Why `text` does not round-trip, or "" if it does; "skip" if it does not parse at all.
std::string roundTrip(const fs::path& path, const std::string& text, bool& parsed) {
  SourceManager sources;
  Diagnostics diags(sources);
  FileId original = sources.add(path.string(), text);
  ModulePtr first = parseModule(sources.file(original), diags);
  parsed = first && !diags.hasErrors();
  if (!parsed) return "";

  std::string printed = printModule(*first);
  FileId reprinted = sources.add(path.string() + " (printed)", printed);
  ModulePtr second = parseModule(sources.file(reprinted), diags);
  if (!second || diags.hasErrors()) return "printed text does not parse:\n" + diags.renderAll();
  std::string why;
  if (!equalModule(*first, *second, &why)) return "trees differ: " + why;
  if (printModule(*second) != printed) return "printing is not stable";
  return "";
}

TEST(RoundTripCorpus, EveryParsedFileRoundTrips) {
  auto files = corpusFiles();
  if (files.empty()) GTEST_SKIP() << "no corpus at " << TLAPX_CORPUS_DIR;
  std::size_t parsed = 0;
  std::vector<std::string> failures;
  for (const auto& path : files) {
    bool ok = false;
    std::string why = roundTrip(path, readFile(path), ok);
    if (!ok) continue;
    ++parsed;
    if (!why.empty()) failures.push_back(path.string() + ": " + why);
  }
  std::cout << "round-trip: " << files.size() << " files, " << parsed << " parse, "
            << parsed - failures.size() << " round-trip\n";
  RecordProperty("files", static_cast<int>(files.size()));
  RecordProperty("parsed", static_cast<int>(parsed));
  RecordProperty("roundTripped", static_cast<int>(parsed - failures.size()));
  for (std::size_t i = 0; i < failures.size() && i < 20; ++i) ADD_FAILURE() << failures[i];
  EXPECT_TRUE(failures.empty()) << failures.size() << " files do not round-trip";
}

}  // namespace
}  // namespace tlapx
