// `tlapx check FILE...` and `tlapx status FILE...`: load each module, generate its
// obligations and check them through the scheduler and the result cache (check/), or,
// for `status`, report from the cache alone; then print the text report (or --json) and
// write --junit. Exit codes: see commands.hpp.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "check/cache_location.hpp"
#include "check/checker.hpp"
#include "check/progress.hpp"
#include "check/report.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/interrupt.hpp"
#include "prover/generator.hpp"

namespace tlapx::cli {

namespace {

struct CheckOptions {
  bool prove = true;  // false: `status`
  std::vector<std::string> files;
  std::vector<std::string> includeDirs;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  double stretch = 1.0;
  std::string cachePath;
  bool noCache = false;
  std::optional<unsigned> line, from, to;
  bool json = false;
  std::string junit;
  bool strict = false;
};

// A loaded module and its obligations; reports point into both.
struct Loaded {
  Frontend frontend;
  prover::GeneratedObligations generated;
  explicit Loaded(const std::vector<std::string>& includeDirs) : frontend(FrontendOptions{includeDirs}) {}
};

std::filesystem::path cachePathFor(const CheckOptions& options, const std::string& file) {
  if (!options.cachePath.empty()) return options.cachePath;
  return check::defaultCachePath(file);
}

std::optional<check::LineRegion> regionOf(const CheckOptions& options) {
  if (options.line) return check::LineRegion{*options.line, *options.line};
  if (options.from || options.to)
    return check::LineRegion{options.from.value_or(1), options.to.value_or(~0u)};
  return std::nullopt;
}

int exitCodeOf(const check::Summary& s, bool strict, bool frontendErrors, bool filesSkipped) {
  if (frontendErrors) return kExitUsage;
  if (s.interrupted > 0 || filesSkipped) return kExitInterrupted;
  if (s.failed > 0 || (strict && s.omitted + s.missing > 0)) return kExitFailed;
  if (s.omitted + s.missing + s.unchecked > 0) return kExitIncomplete;
  return kExitOk;
}

int runCheck(const CheckOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const InterruptFlag interrupt;
  check::ProgressLine progress(std::cerr, options.prove && ::isatty(STDERR_FILENO) == 1);
  const auto warn = [&progress](const std::string& message) {
    progress.clear();
    std::cerr << "tlapx: warning: " << message << "\n";
  };
  const check::BackendRegistry registry = check::BackendRegistry::standard();
  check::CheckSettings settings;
  settings.threads = options.threads;
  settings.stretch = options.stretch;
  settings.prove = options.prove;
  settings.region = regionOf(options);

  std::map<std::filesystem::path, std::unique_ptr<cache::ResultCache>> caches;  // null: none usable
  std::vector<std::unique_ptr<Loaded>> loaded;
  std::vector<check::ModuleReport> reports;
  bool frontendErrors = false;
  bool filesSkipped = false;  // interrupted before some file was checked
  for (const auto& file : options.files) {
    if (interrupt.flag()) {
      std::cerr << "tlapx: interrupted: " << file << " not checked\n";
      filesSkipped = true;
      continue;
    }
    auto& module = loaded.emplace_back(std::make_unique<Loaded>(options.includeDirs));
    const Module* root = loadChecked(module->frontend, file);
    if (root == nullptr) {
      frontendErrors = true;
      continue;
    }
    module->generated = prover::generateObligations(*root);
    cache::ResultCache* cache = nullptr;
    if (!options.noCache) {
      const std::filesystem::path path = cachePathFor(options, file);
      auto [it, added] = caches.try_emplace(path);
      if (added) {
        cache::OpenedCache opened = cache::openCache(path, options.prove);
        for (const auto& w : opened.warnings) warn(w);
        it->second = std::move(opened.cache);
      }
      cache = it->second.get();
    }
    check::Checker checker(registry, cache, settings, warn);
    progress.start(root->name);
    reports.push_back(checker.check(*root, module->generated, module->frontend.sources(), interrupt.flag(),
                                    [&progress](const check::Tally& t) { progress.update(t); }));
    progress.clear();
  }

  const double wallMs =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const check::Summary summary = check::summarize(reports, wallMs);
  if (options.json) {
    std::cout << check::toJson(reports, summary).dump(2) << "\n";
  } else if (!reports.empty()) {
    check::writeText(std::cout, reports, summary, options.strict);
  }
  if (!options.junit.empty()) {
    try {
      check::writeJUnit(options.junit, reports, options.strict);
    } catch (const std::runtime_error& e) {
      std::cerr << "tlapx: error: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  return exitCodeOf(summary, options.strict, frontendErrors, filesSkipped);
}

void addOptions(CLI::App& cmd, CheckOptions& options) {
  cmd.add_option("files", options.files, "TLA+ files")->required()->check(CLI::ExistingFile);
  addIncludeOption(cmd, options.includeDirs);
  cmd.add_option("--cache", options.cachePath,
                 "The result cache (default: .tlapx/cache.db next to each file)");
  auto* line =
      cmd.add_option("--line", options.line, "Only the obligations of the proof or step at this line");
  cmd.add_option("--from", options.from, "Only obligations from this line on")->excludes(line);
  cmd.add_option("--to", options.to, "Only obligations up to this line")->excludes(line);
  cmd.add_flag("--json", options.json, "Print a JSON summary and one record per obligation");
  cmd.add_option("--junit", options.junit, "Also write a JUnit XML report to this file");
  cmd.add_flag("--strict", options.strict, "Treat omitted and missing proofs as failures");
  cmd.add_option("--stretch", options.stretch, "Multiply every proof budget by this factor")
      ->check(CLI::PositiveNumber);
}

}  // namespace

void addCheckCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Check the proofs of TLA+ modules");
  addOptions(*cmd, *options);
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("--no-cache", options->noCache, "Neither read nor write the result cache");
  cmd->callback([options, &result] { result.exitCode = runCheck(*options); });
}

void addStatusCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CheckOptions>();
  options->prove = false;
  CLI::App* cmd =
      app.add_subcommand("status", "Report the proof status of TLA+ modules from the cache, proving nothing");
  addOptions(*cmd, *options);
  cmd->callback([options, &result] { result.exitCode = runCheck(*options); });
}

}  // namespace tlapx::cli
