// `tlapx cache stats|clear|vacuum|merge|export|import`: inspect and maintain a result cache
// (default .tlapx/cache.db in the current folder), merge caches made by other machines or
// shards, and carry a cache as a portable file (cache/merge.hpp, cache/portable_file.hpp).
#include <fmt/format.h>

#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cache/merge.hpp"
#include "cache/portable_file.hpp"
#include "cache/result_cache.hpp"
#include "cli/commands.hpp"

namespace tlapx::cli {

namespace {

constexpr const char* kDefaultCache = ".tlapx/cache.db";

struct CacheOptions {
  std::string path = kDefaultCache;
  std::string file;                 // export, import: the portable file
  std::string output;               // merge: the target cache
  std::vector<std::string> inputs;  // merge: the caches merged into it
};

std::string dateText(std::int64_t unixTime) {
  const auto t = static_cast<std::time_t>(unixTime);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
  return buffer;
}

// stats, clear, vacuum: on an existing cache only (never creates or moves a file).
int runMaintenance(const std::string& action, const CacheOptions& options) {
  cache::OpenedCache opened = cache::openCache(options.path, false);
  for (const auto& w : opened.warnings) std::cerr << "tlapx: warning: " << w << "\n";
  if (!opened.cache) {
    if (!opened.warnings.empty()) return kExitUsage;
    std::cout << "no cache at " << options.path << "\n";
    return kExitOk;
  }
  cache::ResultCache& c = *opened.cache;
  if (action == "stats") {
    const cache::Stats s = c.stats();
    std::cout << fmt::format("cache: {}\nentries: {} ({} proved, {} not proved)\nsize: {:.1f} KiB\n",
                             options.path, s.entries, s.proved, s.entries - s.proved,
                             static_cast<double>(s.bytes) / 1024);
    if (s.entries > 0)
      std::cout << "oldest: " << dateText(s.oldest) << "\nnewest: " << dateText(s.newest) << "\n";
  } else if (action == "clear") {
    const std::int64_t entries = c.stats().entries;
    c.clear();
    std::cout << "removed " << entries << " entries from " << options.path << "\n";
  } else {
    const std::uintmax_t before = c.stats().bytes;
    c.vacuum();
    std::cout << fmt::format("vacuumed {}: {:.1f} KiB -> {:.1f} KiB\n", options.path,
                             static_cast<double>(before) / 1024, static_cast<double>(c.stats().bytes) / 1024);
  }
  return kExitOk;
}

void printCounts(const std::string& from, const cache::MergeCounts& counts) {
  std::cout << fmt::format("{}: {} entries read, {} added, {} replaced\n", from, counts.read, counts.added,
                           counts.replaced);
}

void printTotal(cache::ResultCache& c) {
  const cache::Stats s = c.stats();
  std::cout << fmt::format("{}: {} entries ({} proved)\n", c.path().string(), s.entries, s.proved);
}

// Every input is opened (and so checked to be a tlapx cache) before the output is touched.
int runMerge(const CacheOptions& options) {
  std::vector<std::unique_ptr<cache::ResultCache>> inputs;
  for (const auto& input : options.inputs) {
    try {
      inputs.push_back(std::make_unique<cache::ResultCache>(input, false));
    } catch (const cache::SqliteError& e) {
      std::cerr << "tlapx: error: cannot read the cache " << input << ": " << e.what()
                << "; nothing merged\n";
      return kExitUsage;
    }
  }
  cache::ResultCache output(options.output, true);
  for (auto& input : inputs) printCounts(input->path().string(), cache::merge(output, *input));
  printTotal(output);
  return kExitOk;
}

int runExport(const CacheOptions& options) {
  cache::ResultCache c(options.path, false);
  const std::size_t entries = cache::exportCache(c, options.file);
  std::cout << fmt::format("exported {} entries from {} to {}\n", entries, options.path, options.file);
  return kExitOk;
}

int runImport(const CacheOptions& options) {
  cache::ResultCache c(options.path, true);
  printCounts(options.file, cache::importCache(c, options.file));
  printTotal(c);
  return kExitOk;
}

// Runs one action; cache and file errors are reported and exit with the usage code.
template <typename Action>
void guarded(CommandResult& result, Action action) {
  try {
    result.exitCode = action();
  } catch (const cache::SqliteError& e) {
    std::cerr << "tlapx: error: " << e.what() << "\n";
    result.exitCode = kExitUsage;
  } catch (const cache::PortableFileError& e) {
    std::cerr << "tlapx: error: " << e.what() << "\n";
    result.exitCode = kExitUsage;
  }
}

CLI::App* withCacheOption(CLI::App* cmd, CacheOptions& options) {
  cmd->add_option("--cache", options.path, "The cache file")->capture_default_str();
  return cmd;
}

}  // namespace

void addCacheCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CacheOptions>();
  CLI::App* cmd = app.add_subcommand("cache", "Show, clear, compact, merge, export or import result caches");
  cmd->require_subcommand(1);
  const std::pair<const char*, const char*> maintenance[] = {
      {"stats", "Show the entries and size of the cache"},
      {"clear", "Remove every entry"},
      {"vacuum", "Compact the cache file"}};
  for (const auto& [action, description] : maintenance) {
    withCacheOption(cmd->add_subcommand(action, description), *options)->callback([options, &result, action] {
      guarded(result, [&] { return runMaintenance(action, *options); });
    });
  }

  CLI::App* merge = cmd->add_subcommand(
      "merge",
      "Merge caches into OUT (created if needed): a proof is kept over any failure, the larger budget "
      "among failures");
  merge->add_option("out", options->output, "The merged cache")->required();
  merge->add_option("inputs", options->inputs, "The caches to merge into it")
      ->required()
      ->check(CLI::ExistingFile);
  merge->callback([options, &result] { guarded(result, [&] { return runMerge(*options); }); });

  CLI::App* exporter = withCacheOption(
      cmd->add_subcommand("export",
                          "Write the cache to a portable JSON-lines file (gzip when it ends in .gz)"),
      *options);
  exporter->add_option("file", options->file, "The portable file")->required();
  exporter->callback([options, &result] { guarded(result, [&] { return runExport(*options); }); });

  CLI::App* importer = withCacheOption(
      cmd->add_subcommand("import", "Merge a portable file into the cache (created if needed)"), *options);
  importer->add_option("file", options->file, "The portable file")->required()->check(CLI::ExistingFile);
  importer->callback([options, &result] { guarded(result, [&] { return runImport(*options); }); });
}

}  // namespace tlapx::cli
