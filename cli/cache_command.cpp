// `tlapx cache stats|clear|vacuum [--cache PATH]`: inspect and maintain a result cache
// (default .tlapx/cache.db in the current folder).
#include <fmt/format.h>

#include <ctime>
#include <iostream>
#include <memory>
#include <string>

#include "cache/result_cache.hpp"
#include "cli/commands.hpp"

namespace tlapx::cli {

namespace {

struct CacheOptions {
  std::string action;
  std::string path = ".tlapx/cache.db";
};

std::string dateText(std::int64_t unixTime) {
  const auto t = static_cast<std::time_t>(unixTime);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
  return buffer;
}

int runCache(const CacheOptions& options) {
  cache::OpenedCache opened = cache::openCache(options.path, false);
  for (const auto& w : opened.warnings) std::cerr << "tlapx: warning: " << w << "\n";
  if (!opened.cache) {
    if (!opened.warnings.empty()) return kExitUsage;
    std::cout << "no cache at " << options.path << "\n";
    return kExitOk;
  }
  cache::ResultCache& c = *opened.cache;
  if (options.action == "stats") {
    const cache::Stats s = c.stats();
    std::cout << fmt::format("cache: {}\nentries: {} ({} proved, {} not proved)\nsize: {:.1f} KiB\n",
                             options.path, s.entries, s.proved, s.entries - s.proved,
                             static_cast<double>(s.bytes) / 1024);
    if (s.entries > 0)
      std::cout << "oldest: " << dateText(s.oldest) << "\nnewest: " << dateText(s.newest) << "\n";
  } else if (options.action == "clear") {
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

}  // namespace

void addCacheCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CacheOptions>();
  CLI::App* cmd = app.add_subcommand("cache", "Show, clear or compact the result cache");
  cmd->add_option("action", options->action, "stats, clear or vacuum")
      ->required()
      ->check(CLI::IsMember({"stats", "clear", "vacuum"}));
  cmd->add_option("--cache", options->path, "The cache file")->capture_default_str();
  cmd->callback([options, &result] {
    try {
      result.exitCode = runCache(*options);
    } catch (const cache::SqliteError& e) {
      std::cerr << "tlapx: error: " << e.what() << "\n";
      result.exitCode = kExitUsage;
    }
  });
}

}  // namespace tlapx::cli
