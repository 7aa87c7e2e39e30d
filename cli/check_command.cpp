// `tlapx check FILE...` and `tlapx status FILE...`: load each module, generate its
// obligations and check them through the scheduler and the result cache (check/), or,
// for `status` (and `check --noproving`), report from the cache alone; then print the
// text report (or --json) and write --junit and --html. With --shard K/N, only that shard's
// obligations (check/shard.hpp); the exit code then reflects that slice alone. tlapm's
// flags are accepted under their tlapm names (--threads, --stretch, --line, --cache-dir,
// --nofp, --noproving, --strict). Exit codes: see commands.hpp; --smoke findings never
// change them.
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "check/cache_location.hpp"
#include "check/checker.hpp"
#include "check/html_report.hpp"
#include "check/progress.hpp"
#include "check/report.hpp"
#include "check/shard.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/interrupt.hpp"
#include "cli/version.hpp"
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
  std::string cacheDir;  // --cache-dir: the cache is DIR/cache.db
  bool noCache = false;
  bool noReuse = false;  // --nofp
  std::optional<unsigned> line, from, to;
  bool json = false;
  std::string junit;
  std::string html;
  bool strict = false;
  std::string shard;   // "K/N"; empty: every obligation
  std::string origin;  // empty: the host name (and the shard)
  bool smoke = false;
  SolverChoice solvers = SolverChoice::Portfolio;
};

// A loaded module and its obligations; reports point into both.
struct Loaded {
  Frontend frontend;
  prover::GeneratedObligations generated;
  explicit Loaded(const std::vector<std::string>& includeDirs) : frontend(FrontendOptions{includeDirs}) {}
};

struct CheckedModule {
  const Module* root;
  const Loaded* loaded;
};

std::filesystem::path cachePathFor(const CheckOptions& options, const std::string& file) {
  if (!options.cachePath.empty()) return options.cachePath;
  if (!options.cacheDir.empty()) return std::filesystem::path(options.cacheDir) / "cache.db";
  return check::defaultCachePath(file);
}

std::optional<check::LineRegion> regionOf(const CheckOptions& options) {
  if (options.line == 0u) return std::nullopt;  // tlapm: `--line 0` is the whole module
  if (options.line) return check::LineRegion{*options.line, *options.line};
  if (options.from || options.to)
    return check::LineRegion{options.from.value_or(1), options.to.value_or(~0u)};
  return std::nullopt;
}

// The tag stored with new results: --origin, else "HOST" or "HOST shard K/N".
std::string originOf(const CheckOptions& options, const std::optional<check::Shard>& shard) {
  if (!options.origin.empty()) return options.origin;
  char host[256] = {};
  std::string origin = ::gethostname(host, sizeof host - 1) == 0 && host[0] != 0 ? host : "localhost";
  if (shard) origin += " shard " + shard->text();
  return origin;
}

// tlapm's severity order, most severe first: failed (10) > incomplete (11) > empty
// target (12, only with --strict) > 0; ours adds input errors (2) and interruption (130)
// before them.
int exitCodeOf(const check::Summary& s, bool strict, bool frontendErrors, bool filesSkipped, bool emptyTarget) {
  if (frontendErrors) return kExitUsage;
  if (s.interrupted > 0 || filesSkipped) return kExitInterrupted;
  if (s.failed > 0) return kExitFailed;
  if (s.omitted + s.missing + s.unchecked > 0) return kExitIncomplete;
  if (strict && emptyTarget) return kExitEmptyTarget;
  return kExitOk;
}

std::string regionText(const CheckOptions& options) {
  if (options.line) return "--line " + std::to_string(*options.line);
  return "--from " + (options.from ? std::to_string(*options.from) : std::string("1")) + " --to " +
         (options.to ? std::to_string(*options.to) : std::string("end"));
}

std::string now() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  char text[64];
  return std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %Z", &local) > 0 ? text : "";
}

// The options that change verdicts, for the HTML report's header.
check::RunDescription describe(const CheckOptions& options, const std::string& commandLine) {
  check::RunDescription run;
  run.command = commandLine;
  run.version = TLAPX_VERSION;
  run.date = now();
  run.stretch = options.stretch;
  run.options.emplace_back("mode", options.prove ? "prove" : "report from the cache only, proving nothing");
  if (options.prove) run.options.emplace_back("threads", std::to_string(options.threads));
  run.options.emplace_back("stretch", fmt::format("{:g}", options.stretch));
  std::string cache = options.noCache ? "off" : options.cachePath.empty() && options.cacheDir.empty()
                                                    ? ".tlapx/cache.db next to each file"
                                                    : cachePathFor(options, "").string();
  if (options.noReuse) cache += " (--nofp: results proved again and overwritten)";
  run.options.emplace_back("cache", cache);
  run.options.emplace_back("strict", options.strict ? "yes" : "no");
  if (regionOf(options)) run.options.emplace_back("selection", regionText(options));
  return run;
}

int runCheck(const CheckOptions& options, const std::string& commandLine) {
  const auto start = std::chrono::steady_clock::now();
  const InterruptFlag interrupt;
  check::ProgressLine progress(std::cerr, options.prove && ::isatty(STDERR_FILENO) == 1);
  const auto warn = [&progress](const std::string& message) {
    progress.clear();
    std::cerr << "tlapx: warning: " << message << "\n";
  };
  const check::BackendRegistry registry = check::BackendRegistry::standard(options.solvers);
  check::CheckSettings settings;
  settings.threads = options.threads;
  settings.stretch = options.stretch;
  settings.prove = options.prove;
  settings.reuse = !options.noReuse;
  settings.region = regionOf(options);
  if (!options.shard.empty()) settings.shard = check::Shard::parse(options.shard);
  settings.origin = originOf(options, settings.shard);
  settings.smoke = options.smoke;

  std::map<std::filesystem::path, std::unique_ptr<cache::ResultCache>> caches;  // null: none usable
  std::vector<std::unique_ptr<Loaded>> loaded;
  std::vector<check::ModuleReport> reports;
  std::vector<CheckedModule> checked;  // parallel to `reports`
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
    if (!generationSucceeded(module->frontend, module->generated)) {
      frontendErrors = true;
      continue;
    }
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
    checked.push_back({root, module.get()});
    reports.push_back(checker.check(*root, module->generated, module->frontend.sources(), interrupt.flag(),
                                    [&progress](const check::Tally& t) { progress.update(t); }));
    progress.clear();
  }

  const double wallMs =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const check::Summary summary = check::summarize(reports, wallMs, options.smoke);
  const bool emptyTarget = regionOf(options) && !frontendErrors && summary.total == 0;
  if (emptyTarget) {
    std::cerr << "tlapx: " << (options.strict ? "error" : "warning")
              << ": no proof obligation found for the selected target (" << regionText(options) << ")\n";
  }
  const int exitCode = exitCodeOf(summary, options.strict, frontendErrors, filesSkipped, emptyTarget);
  if (options.json) {
    std::cout << check::toJson(reports, summary).dump(2) << "\n";
    if (summary.contradictory > 0) {
      warn(std::to_string(summary.contradictory) + " proved obligations have a contradictory context");
    }
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
  if (!options.html.empty()) {
    std::vector<check::HtmlModule> modules;
    for (std::size_t i = 0; i < reports.size(); ++i)
      modules.push_back({&reports[i], checked[i].root, &checked[i].loaded->generated,
                         &checked[i].loaded->frontend.sources()});
    try {
      check::RunDescription run = describe(options, commandLine);
      run.exitCode = exitCode;
      check::writeHtmlFile(options.html, modules, summary, run);
    } catch (const std::runtime_error& e) {
      std::cerr << "tlapx: error: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  return exitCode;
}

// The options `check` and `status` share; returns the cache options for exclusions.
std::vector<CLI::Option*> addOptions(CLI::App& cmd, CheckOptions& options) {
  cmd.add_option("files", options.files, "TLA+ files")->required()->check(CLI::ExistingFile);
  addIncludeOption(cmd, options.includeDirs);
  auto* cache = cmd.add_option("--cache", options.cachePath,
                               "The result cache (default: .tlapx/cache.db next to each file)");
  auto* cacheDir = cmd.add_option("--cache-dir", options.cacheDir,
                                  "Keep the result cache in this folder (DIR/cache.db), as tlapm's --cache-dir")
                       ->excludes(cache);
  auto* line = cmd.add_option("--line", options.line,
                              "Only the obligations of the proof or step at this line (0: all, as tlapm)");
  cmd.add_option("--from", options.from, "Only obligations from this line on")->excludes(line);
  cmd.add_option("--to", options.to, "Only obligations up to this line")->excludes(line);
  addSolverOption(cmd, options.solvers);
  cmd.add_flag("--json", options.json, "Print a JSON summary and one record per obligation");
  cmd.add_option("--junit", options.junit, "Also write a JUnit XML report to this file");
  cmd.add_option("--html", options.html, "Also write a self-contained HTML report to this file");
  cmd.add_flag("--strict", options.strict,
               "tlapm's CI mode: omitted and missing proofs are errors, and a --line that selects no "
               "obligation exits 12");
  cmd.add_flag("--smoke", options.smoke,
               "Also try to prove FALSE from the context of each proved obligation and list the "
               "contradictory ones (never changes the exit code)");
  cmd.add_option("--stretch", options.stretch, "Multiply every proof budget by this factor")
      ->check(CLI::PositiveNumber);
  cmd.add_option("--shard", options.shard,
                 "K/N: only shard K of N (obligations by fingerprint); the rest is reported as other-shard")
      ->check(CLI::Validator(
          [](const std::string& text) {
            return check::Shard::parse(text) ? std::string() : "expected K/N with 1 <= K <= N";
          },
          "K/N"));
  return {cache, cacheDir};
}

}  // namespace

void addCheckCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Check the proofs of TLA+ modules");
  const std::vector<CLI::Option*> cacheOptions = addOptions(*cmd, *options);
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  auto* noCache = cmd->add_flag("--no-cache", options->noCache, "Neither read nor write the result cache");
  for (auto* o : cacheOptions) noCache->excludes(o);
  cmd->add_option("--origin", options->origin,
                  "Tag stored with each new result (default: the host name, and the shard)");
  auto* nofp = cmd->add_flag("--nofp", options->noReuse,
                             "Prove every obligation again, ignoring cached results, and overwrite them");
  cmd->add_flag_callback(
         "--noproving", [options] { options->prove = false; },
         "Prove nothing: report from the cache alone, as `tlapx status`")
      ->excludes(nofp);
  cmd->callback([options, &result] { result.exitCode = runCheck(*options, result.commandLine); });
}

void addStatusCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CheckOptions>();
  options->prove = false;
  CLI::App* cmd =
      app.add_subcommand("status", "Report the proof status of TLA+ modules from the cache, proving nothing");
  addOptions(*cmd, *options);
  cmd->callback([options, &result] { result.exitCode = runCheck(*options, result.commandLine); });
}

}  // namespace tlapx::cli
