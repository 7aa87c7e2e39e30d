// One module's check (see checker.hpp): selection, immediate verdicts, cache lookups,
// scheduling of the rest (with smoke checks as follow-ups of proofs), and cache stores as
// answers arrive.
#include "check/checker.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <utility>

#include "backends/budget.hpp"
#include "check/scheduler.hpp"
#include "frontend/ast_walk.hpp"
#include "prover/obligation_text.hpp"
#include "prover/smoke.hpp"

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

void fill(Answer& out, const cache::Entry& entry) {
  out.verdict = entry.proved() ? Verdict::Proved : Verdict::Failed;
  out.status = entry.status;
  out.backend = entry.decidedBy;
  out.reason = entry.reason;
  out.counterModel = entry.counterModel;
  out.seconds = entry.seconds;
  out.origin = entry.origin;
  out.cached = true;
}

void fill(Answer& out, const ProofResult& p, const std::string& origin) {
  out.verdict = p.status == ProofResult::Proved ? Verdict::Proved : Verdict::Failed;
  out.status = statusName(p.status);
  out.backend = p.backend;
  out.reason = p.reason;
  out.counterModel = p.counterModel;
  out.seconds = p.seconds;
  out.origin = origin;
}

cache::Entry entryOf(const ProofResult& p, const cache::Requested& requested, const std::string& origin) {
  cache::Entry entry{.status = statusName(p.status),
                     .decidedBy = p.backend,
                     .reason = p.reason,
                     .counterModel = p.counterModel,
                     .resourcesUsed = p.rlimitUsed,
                     .seconds = p.seconds,
                     .origin = origin};
  cache::setBudget(entry, requested);
  return entry;
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
    case Verdict::OtherShard: return "other-shard";
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

Checker::Request Checker::request(const Obligation& ob, std::size_t entry, const Budget& budget) {
  const Identity& id = identity(entry);
  Request r;
  // The solver a pragma puts first changes what a failure means: part of the key.
  const char* first = ob.method.solver == SmtSolver::Z3     ? ", z3 first"
                      : ob.method.solver == SmtSolver::Cvc5 ? ", cvc5 first"
                                                            : "";
  r.key = cache::Key{ob.fingerprint, id.name, id.version, id.encoderVersion + first};
  const Limits l = limitsFor(ob.method, budget);
  r.nominalSeconds = l.nominalSeconds;
  r.requested = cache::Requested{static_cast<double>(l.rlimit), l.wallSeconds};
  std::optional<cache::Entry> cached = lookup(r.key);
  r.cost = cached ? cached->seconds : static_cast<double>(sizeOf(ob)) * kSecondsPerNode;
  if (cached && settings_.reuse && cache::reusable(*cached, r.requested)) r.reusable = std::move(cached);
  return r;
}

ModuleReport Checker::check(const Module& module, const prover::GeneratedObligations& generated,
                            const SourceManager& sources, const std::atomic<bool>& cancel,
                            const std::function<void(const Tally&)>& progress,
                            const OutcomeListener& settled) {
  ModuleReport report;
  report.module = module.name;
  report.file = sources.file(module.file).path;
  Budget budget;
  budget.stretch = settings_.stretch;
  Budget smokeBudget;
  smokeBudget.rlimit = static_cast<std::uint64_t>(kSmokeSeconds * static_cast<double>(kRlimitPerSecond));
  smokeBudget.stretch = settings_.stretch;

  // What each job (by index, follow-ups included) answers, with its cache key and budget.
  struct Pending {
    bool smoke = false;
    std::size_t index = 0;  // into report.outcomes, or report.smoke for smoke jobs
    cache::Key key;
    cache::Requested requested;
  };
  std::vector<Job> jobs;
  std::vector<Pending> pending;
  std::deque<Obligation> smokeObligations;  // the jobs point into it
  // Smoke obligations sent, by fingerprint and backend: the smoke checks (indices into
  // report.smoke) the answer settles. Obligations with one context share one smoke job.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> smokeWaiting;
  Tally tally;

  // The smoke check of the obligation at `outcome` when it was proved by a backend: settled
  // from the cache, by a smoke job already sent, or a new job (returned) when proving.
  const auto smokeCheck = [&](std::size_t outcome) -> std::optional<Job> {
    const ObligationOutcome& out = report.outcomes[outcome];
    if (!settings_.smoke || out.verdict != Verdict::Proved) return std::nullopt;
    std::optional<Obligation> smoke = prover::smokeObligation(*out.obligation);
    const std::optional<std::size_t> entry = registry_.entryFor(out.obligation->method.method);
    if (!smoke || !entry) return std::nullopt;
    const std::size_t i = out.obligation->id - 1;
    SmokeOutcome s;
    s.outcome = outcome;
    s.step = generated.info[i].stepRange;
    if (const Decl* theorem = generated.info[i].theorem) s.theorem = theorem->name;
    s.fingerprint = smoke->fingerprint;
    Request r = request(*smoke, *entry, smokeBudget);
    std::optional<Job> job;
    if (r.reusable) {
      fill(s, *r.reusable);
    } else if (settings_.prove) {
      s.verdict = Verdict::Interrupted;  // until an answer arrives
      auto [waiting, first] = smokeWaiting.try_emplace(std::pair(r.key.fingerprint, r.key.backend));
      waiting->second.push_back(report.smoke.size());
      if (first) {
        const Obligation& ob = smokeObligations.emplace_back(std::move(*smoke));
        job = Job{&ob, *entry, smokeBudget, r.cost, true};  // after the obligations
        pending.push_back(Pending{true, report.smoke.size(), std::move(r.key), r.requested});
      }
    }
    report.smoke.push_back(std::move(s));
    return job;
  };

  for (std::size_t i = 0; i < generated.obligations.size(); ++i) {
    const Obligation& ob = generated.obligations[i];
    const auto& region = settings_.region;
    if (region && !region->meets(ob.range) && !region->meets(generated.info[i].stepRange)) continue;
    ObligationOutcome out;
    out.obligation = &ob;
    out.file = ob.range.begin.file != 0 ? sources.file(ob.range.begin.file).path : report.file;
    if (settings_.shard && !settings_.shard->owns(ob)) {
      out.verdict = Verdict::OtherShard;
      report.outcomes.push_back(std::move(out));
      continue;
    }
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
        Request r = request(ob, *entry, budget);
        out.budgetSeconds = r.nominalSeconds;
        if (r.reusable) {
          fill(out, *r.reusable);
        } else if (settings_.prove) {
          jobs.push_back(Job{&ob, *entry, budget, r.cost});
          pending.push_back(Pending{false, report.outcomes.size(), std::move(r.key), r.requested});
          out.verdict = Verdict::Interrupted;  // until an answer arrives
        }
        break;
      }
    }
    ++tally.total;
    if (out.verdict == Verdict::Proved || out.verdict == Verdict::Trivial) ++tally.proved;
    if (out.verdict == Verdict::Failed) ++tally.failed;
    if (settled && out.verdict != Verdict::Interrupted && out.verdict != Verdict::Unchecked) settled(out);
    report.outcomes.push_back(std::move(out));
    if (std::optional<Job> job = smokeCheck(report.outcomes.size() - 1)) jobs.push_back(*job);
  }
  progress(tally);

  Scheduler scheduler(registry_, settings_.threads);
  SchedulerCallbacks callbacks;
  callbacks.onTick = [&] { progress(tally); };
  callbacks.onResult = [&](const JobResult& r) {
    const Pending& p = pending[r.job];
    ++(p.smoke ? report.smokeSent : report.sent);
    if (r.outcome == JobResult::Outcome::Interrupted) return;
    if (r.outcome == JobResult::Outcome::Finished) store(p.key, entryOf(r.result, p.requested, settings_.origin));
    if (p.smoke) {
      for (std::size_t k : smokeWaiting.at(std::pair(p.key.fingerprint, p.key.backend)))
        fill(report.smoke[k], r.result, settings_.origin);
      return;
    }
    ObligationOutcome& out = report.outcomes[p.index];
    fill(out, r.result, settings_.origin);
    ++(out.verdict == Verdict::Proved ? tally.proved : tally.failed);
    if (settled) settled(out);
    progress(tally);
  };
  if (settings_.smoke) {
    callbacks.followUps = [&](const JobResult& r) {
      std::vector<Job> more;
      const bool smokeJob = pending[r.job].smoke;
      const std::size_t outcome = pending[r.job].index;  // copied: smokeCheck adds to `pending`
      if (smokeJob || r.outcome == JobResult::Outcome::Interrupted) return more;
      if (std::optional<Job> job = smokeCheck(outcome)) more.push_back(*job);
      return more;
    };
  }
  scheduler.run(jobs, cancel, callbacks);
  return report;
}

}  // namespace tlapx::check
