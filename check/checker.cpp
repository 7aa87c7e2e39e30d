// One module's check (see checker.hpp): selection, immediate verdicts, cache lookups,
// scheduling of the rest, and cache stores as answers arrive.
#include "check/checker.hpp"

#include <algorithm>

#include "backends/budget.hpp"
#include "check/scheduler.hpp"
#include "frontend/ast_walk.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::check {

namespace {

// A rough cost for obligations without a cached time: only orders them among themselves
// and against cached times.
constexpr double kSecondsPerNode = 1e-4;

std::size_t sizeOf(const Expr& e) {
  std::size_t n = 1;
  forEachChild(e, [&n](const ExprPtr& c) { n += sizeOf(*c); });
  return n;
}

std::size_t sizeOf(const Obligation& ob) {
  std::size_t n = ob.goal ? sizeOf(*ob.goal) : 0;
  for (const auto& h : ob.hyps) {
    if (h.fact) n += sizeOf(*h.fact);
    if (h.domain) n += sizeOf(*h.domain);
  }
  return n;
}

void fill(ObligationOutcome& out, const cache::Entry& entry) {
  out.verdict = entry.proved() ? Verdict::Proved : Verdict::Failed;
  out.status = entry.status;
  out.backend = entry.decidedBy;
  out.reason = entry.reason;
  out.counterModel = entry.counterModel;
  out.seconds = entry.seconds;
}

}  // namespace

const char* verdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::Proved: return "proved";
    case Verdict::Trivial: return "trivial";
    case Verdict::Failed: return "failed";
    case Verdict::Omitted: return "omitted";
    case Verdict::Missing: return "missing";
    case Verdict::Interrupted: return "interrupted";
    case Verdict::Unchecked: return "unchecked";
  }
  return "?";
}

bool LineRegion::meets(const SourceRange& range) const {
  return range.begin.valid() && range.begin.line <= to && std::max(range.begin.line, range.end.line) >= from;
}

Checker::Checker(const BackendRegistry& registry, cache::ResultCache* cache, CheckSettings settings,
                 std::function<void(const std::string&)> warn)
    : registry_(registry),
      cache_(cache),
      settings_(settings),
      warn_(std::move(warn)),
      identities_(registry.size()) {}

const Checker::Identity& Checker::identity(std::size_t entry) {
  auto& slot = identities_.at(entry);
  if (!slot) {
    const auto probe = registry_.make(entry);
    slot = Identity{probe->name(), probe->version(), probe->encoderVersion()};
  }
  return *slot;
}

void Checker::dropCache(const cache::SqliteError& error) {
  warn_("the cache " + cache_->path().string() + " failed (" + error.what() + "); going on without it");
  cache_ = nullptr;
}

std::optional<cache::Entry> Checker::lookup(const cache::Key& key) {
  if (cache_ == nullptr) return std::nullopt;
  try {
    return cache_->find(key);
  } catch (const cache::SqliteError& e) {
    dropCache(e);
    return std::nullopt;
  }
}

void Checker::store(const cache::Key& key, const cache::Entry& entry) {
  if (cache_ == nullptr) return;
  try {
    cache_->store(key, entry);
  } catch (const cache::SqliteError& e) {
    dropCache(e);
  }
}

ModuleReport Checker::check(const Module& module, const prover::GeneratedObligations& generated,
                            const SourceManager& sources, const std::atomic<bool>& cancel,
                            const std::function<void(const Tally&)>& progress) {
  ModuleReport report;
  report.module = module.name;
  report.file = sources.file(module.file).path;
  Budget budget;
  budget.stretch = settings_.stretch;

  // Jobs for the obligations a backend must answer, with their outcome, key and budget.
  std::vector<Job> jobs;
  std::vector<std::size_t> outcomeOf;
  std::vector<cache::Key> keys;
  std::vector<cache::Requested> limits;
  Tally tally;
  for (std::size_t i = 0; i < generated.obligations.size(); ++i) {
    const Obligation& ob = generated.obligations[i];
    const auto& region = settings_.region;
    if (region && !region->meets(ob.range) && !region->meets(generated.info[i].stepRange)) continue;
    ObligationOutcome out;
    out.obligation = &ob;
    out.file = ob.range.begin.file != 0 ? sources.file(ob.range.begin.file).path : report.file;
    switch (ob.kind) {
      case ObligationKind::Trivial: out.verdict = Verdict::Trivial; break;
      case ObligationKind::Omitted: out.verdict = Verdict::Omitted; break;
      case ObligationKind::Missing: out.verdict = Verdict::Missing; break;
      case ObligationKind::Main:
      case ObligationKind::Support: {
        const std::optional<std::size_t> entry = registry_.entryFor(ob.method.method);
        if (!entry) {
          out.verdict = Verdict::Failed;
          out.reason = std::string("no backend for ") + prover::methodName(ob.method.method) +
                       " obligations in this build";
          break;
        }
        const Identity& id = identity(*entry);
        cache::Key key{ob.fingerprint, id.name, id.version, id.encoderVersion};
        const Limits l = limitsFor(ob.method, budget);
        out.budgetSeconds = l.nominalSeconds;
        const cache::Requested requested{static_cast<double>(l.rlimit), l.wallSeconds};
        const std::optional<cache::Entry> cached = lookup(key);
        if (cached && cache::reusable(*cached, requested)) {
          fill(out, *cached);
          out.cached = true;
        } else if (settings_.prove) {
          const double cost = cached ? cached->seconds : static_cast<double>(sizeOf(ob)) * kSecondsPerNode;
          jobs.push_back(Job{&ob, *entry, budget, cost});
          outcomeOf.push_back(report.outcomes.size());
          keys.push_back(std::move(key));
          limits.push_back(requested);
          out.verdict = Verdict::Interrupted;  // until an answer arrives
        }
        break;
      }
    }
    ++tally.total;
    if (out.verdict == Verdict::Proved || out.verdict == Verdict::Trivial) ++tally.proved;
    if (out.verdict == Verdict::Failed) ++tally.failed;
    report.outcomes.push_back(std::move(out));
  }
  progress(tally);

  Scheduler scheduler(registry_, settings_.threads);
  SchedulerCallbacks callbacks;
  callbacks.onTick = [&] { progress(tally); };
  callbacks.onResult = [&](const JobResult& r) {
    ++report.sent;
    ObligationOutcome& out = report.outcomes[outcomeOf[r.job]];
    if (r.outcome == JobResult::Outcome::Interrupted) return;
    const ProofResult& p = r.result;
    out.verdict = p.status == ProofResult::Proved ? Verdict::Proved : Verdict::Failed;
    out.status = statusName(p.status);
    out.backend = p.backend;
    out.reason = p.reason;
    out.counterModel = p.counterModel;
    out.seconds = p.seconds;
    ++(out.verdict == Verdict::Proved ? tally.proved : tally.failed);
    if (r.outcome == JobResult::Outcome::Finished) {
      cache::Entry entry{.status = out.status,
                         .decidedBy = p.backend,
                         .reason = p.reason,
                         .counterModel = p.counterModel,
                         .resourcesUsed = p.rlimitUsed,
                         .seconds = p.seconds};
      cache::setBudget(entry, limits[r.job]);
      store(keys[r.job], entry);
    }
    progress(tally);
  };
  scheduler.run(jobs, cancel, callbacks);
  return report;
}

}  // namespace tlapx::check
