// Parse-throughput benchmark: reads every .tla file under the given folders into memory,
// then times lexing+parsing all of them on one core (best of N rounds) and, separately,
// full loading (parse + module loading + resolution + level checking) per file.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/diagnostics.hpp"
#include "frontend/frontend.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parse_throughput DIR... [--rounds N] [-I DIR]...\n";
    return 2;
  }
  std::vector<std::string> roots, includes;
  int rounds = 5;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) rounds = std::max(1, std::stoi(argv[++i]));
    else if (arg == "-I" && i + 1 < argc) includes.push_back(argv[++i]);
    else roots.push_back(arg);
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t bytes = 0;
  for (const auto& root : roots)
    for (const auto& entry : fs::recursive_directory_iterator(root))
      if (entry.is_regular_file() && entry.path().extension() == ".tla") {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        bytes += ss.str().size();
        files.emplace_back(entry.path().string(), ss.str());
      }

  double best = 1e300;
  std::size_t errors = 0;
  for (int r = 0; r < rounds; ++r) {
    tlapx::SourceManager sources;
    std::vector<tlapx::FileId> ids;
    for (const auto& [path, text] : files) ids.push_back(sources.add(path, text));
    tlapx::Diagnostics diags(sources);
    const auto start = Clock::now();
    for (auto id : ids) tlapx::parseModule(sources.file(id), diags);
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    errors = diags.errorCount();
  }

  const auto loadStart = Clock::now();
  std::size_t loadErrors = 0;
  for (const auto& [path, text] : files) {
    tlapx::Frontend frontend(tlapx::FrontendOptions{includes});
    frontend.load(path);
    loadErrors += frontend.diagnostics().errorCount();
  }
  const double load = std::chrono::duration<double>(Clock::now() - loadStart).count();

  const double mb = static_cast<double>(bytes) / 1e6;
  std::cout << "files: " << files.size() << "\n"
            << "size: " << mb << " MB\n"
            << "parse_time: " << best * 1e3 << " ms (best of " << rounds << ")\n"
            << "parse_throughput: " << files.size() / best << " files/s, " << mb / best << " MB/s\n"
            << "parse_errors: " << errors << "\n"
            << "load_resolve_time: " << load * 1e3 << " ms (each file loaded with its dependencies)\n"
            << "load_errors: " << loadErrors << "\n";
  return 0;
}
