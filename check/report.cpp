// Text, JSON and JUnit reports of a check run (see report.hpp).
#include "check/report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <pugixml.hpp>
#include <stdexcept>

#include "prover/obligation_text.hpp"

namespace tlapx::check {

namespace {

bool incomplete(Verdict v) { return v == Verdict::Omitted || v == Verdict::Missing; }

bool countsAsFailure(Verdict v, bool strict) { return v == Verdict::Failed || (strict && incomplete(v)); }

std::string position(const ObligationOutcome& o) {
  const SourceLoc& at = o.obligation->range.begin;
  return fmt::format("{}:{}:{}", o.file, at.line, at.col);
}

// "timeout (z3): canceled", "proof omitted", ...
std::string why(const ObligationOutcome& o) {
  if (o.verdict == Verdict::Omitted) return "proof omitted";
  if (o.verdict == Verdict::Missing) return "proof missing";
  if (o.status.empty()) return o.reason.empty() ? std::string(verdictName(o.verdict)) : o.reason;
  std::string text = o.status;
  if (!o.backend.empty()) text += " (" + o.backend + ")";
  if (!o.reason.empty()) text += ": " + o.reason;
  return text;
}

std::string indented(const std::string& text) {
  std::string out = "  ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

long long millis(double seconds) { return std::llround(seconds * 1000); }

// "Proved by ..." lines, one per origin, when the results come from more than one (a
// merged cache of several shards or machines): how many obligations each proved, in how
// much backend time.
void writeOrigins(std::ostream& out, const std::vector<ModuleReport>& modules) {
  struct Share {
    std::size_t proved = 0;
    double seconds = 0;
  };
  std::map<std::string, Share> shares;
  for (const auto& m : modules) {
    for (const auto& o : m.outcomes) {
      if (o.verdict != Verdict::Proved) continue;
      Share& share = shares[o.origin.empty() ? "(unknown)" : o.origin];
      ++share.proved;
      share.seconds += o.seconds;
    }
  }
  if (shares.size() < 2) return;
  for (const auto& [origin, share] : shares)
    out << fmt::format("proved by {}: {} obligations, {:.2f} s\n", origin, share.proved, share.seconds);
}

const ObligationOutcome& smokedOf(const ModuleReport& m, const SmokeOutcome& k) { return m.outcomes[k.outcome]; }

// "step at line 7, theorem T" (or "theorem T" when the step is the theorem itself).
std::string stepText(const SmokeOutcome& k) {
  std::string text = fmt::format("step at line {}", k.step.begin.line);
  if (!k.theorem.empty()) text += ", theorem " + k.theorem;
  return text;
}

// "F.tla:8:3: warning: obligation 2 (step at line 7, theorem T): its context is
// contradictory: FALSE proved (z3)"
std::string smokeLine(const ModuleReport& m, const SmokeOutcome& k) {
  const ObligationOutcome& o = smokedOf(m, k);
  std::string text = fmt::format("{}: warning: obligation {} ({}): its context is contradictory: FALSE proved",
                                 position(o), o.obligation->id, stepText(k));
  if (!k.backend.empty()) text += " (" + k.backend + ")";
  return text;
}

// A JUnit testcase for the obligation of `o` (its file and line), taking `seconds`.
pugi::xml_node appendTestcase(pugi::xml_node suite, const std::string& classname, const std::string& name,
                              const ObligationOutcome& o, double seconds) {
  pugi::xml_node test = suite.append_child("testcase");
  test.append_attribute("classname") = classname.c_str();
  test.append_attribute("name") = name.c_str();
  test.append_attribute("file") = o.file.c_str();
  test.append_attribute("line") = o.obligation->range.begin.line;
  test.append_attribute("time") = fmt::format("{:.3f}", seconds).c_str();
  return test;
}

struct SmokeCounts {
  std::size_t failures = 0;
  std::size_t skipped = 0;
};

// The testsuite "MODULE (smoke)": one testcase per smoke check, a failure for each
// contradictory context, skipped when there is no answer.
SmokeCounts appendSmokeSuite(pugi::xml_node suites, const ModuleReport& m) {
  pugi::xml_node suite = suites.append_child("testsuite");
  SmokeCounts counts;
  double seconds = 0;
  for (const auto& k : m.smoke) {
    const ObligationOutcome& o = smokedOf(m, k);
    const Obligation& ob = *o.obligation;
    pugi::xml_node test =
        appendTestcase(suite, m.module + ".smoke",
                       fmt::format("context of obligation {} (line {})", ob.id, ob.range.begin.line), o, k.seconds);
    seconds += k.seconds;
    if (k.contradictory()) {
      ++counts.failures;
      pugi::xml_node failure = test.append_child("failure");
      failure.append_attribute("message") = smokeLine(m, k).c_str();
      failure.append_attribute("type") = "contradictory-context";
      failure.text() = prover::sequentText(ob).c_str();
    } else if (k.verdict != Verdict::Failed) {
      ++counts.skipped;
      test.append_child("skipped").append_attribute("message") = verdictName(k.verdict);
    }
  }
  suite.prepend_attribute("time") = fmt::format("{:.3f}", seconds).c_str();
  suite.prepend_attribute("skipped") = counts.skipped;
  suite.prepend_attribute("errors") = 0;
  suite.prepend_attribute("failures") = counts.failures;
  suite.prepend_attribute("tests") = m.smoke.size();
  suite.prepend_attribute("file") = m.file.c_str();
  suite.prepend_attribute("name") = (m.module + " (smoke)").c_str();
  return counts;
}

}  // namespace

Summary summarize(const std::vector<ModuleReport>& modules, double wallMs, bool smoke) {
  Summary s;
  s.wallMs = wallMs;
  s.smoke = smoke;
  for (const auto& m : modules) {
    s.sent += m.sent;
    s.smokeSent += m.smokeSent;
    for (const auto& k : m.smoke) {
      ++s.smokeChecked;
      if (k.contradictory()) ++s.contradictory;
      if (k.verdict == Verdict::Interrupted || k.verdict == Verdict::Unchecked) ++s.smokeUnchecked;
      if (k.cached) ++s.smokeCached;
    }
    for (const auto& o : m.outcomes) {
      ++s.total;
      if (o.cached) ++s.cached;
      switch (o.verdict) {
        case Verdict::Proved: ++s.proved; break;
        case Verdict::Trivial: ++s.trivial; break;
        case Verdict::Failed: ++s.failed; break;
        case Verdict::Omitted: ++s.omitted; break;
        case Verdict::Missing: ++s.missing; break;
        case Verdict::Interrupted: ++s.interrupted; break;
        case Verdict::Unchecked: ++s.unchecked; break;
        case Verdict::OtherShard: ++s.otherShard; break;
      }
    }
  }
  return s;
}

void writeText(std::ostream& out, const std::vector<ModuleReport>& modules, const Summary& s, bool strict) {
  for (const auto& m : modules) {
    for (const auto& o : m.outcomes) {
      const bool failure = countsAsFailure(o.verdict, strict);
      if (!failure && !incomplete(o.verdict)) continue;
      out << position(o) << ": " << (failure ? "error" : "warning") << ": obligation " << o.obligation->id
          << " " << (failure ? "not proved" : "not checked") << ": " << why(o) << "\n";
      if (!failure) continue;
      out << indented(prover::sequentText(*o.obligation)) << "\n";
      if (!o.counterModel.empty()) out << "  counter-model:\n" << indented(o.counterModel) << "\n";
      out << "\n";
    }
  }
  if (s.contradictory > 0) {
    out << fmt::format("Contradictory contexts (smoke): FALSE follows from the context of {} proved {}:\n",
                       s.contradictory, s.contradictory == 1 ? "obligation" : "obligations");
    for (const auto& m : modules) {
      for (const auto& k : m.smoke) {
        if (k.contradictory()) out << smokeLine(m, k) << "\n";
      }
    }
    out << "\n";
  }
  out << fmt::format("{} obligations: {} proved, {} trivial, {} failed, {} omitted, {} missing", s.total,
                     s.proved, s.trivial, s.failed, s.omitted, s.missing);
  if (s.interrupted > 0) out << fmt::format(", {} interrupted", s.interrupted);
  if (s.unchecked > 0) out << fmt::format(", {} unchecked", s.unchecked);
  if (s.otherShard > 0) out << fmt::format(", {} on other shards", s.otherShard);
  out << fmt::format("; {} answered from the cache, {} sent to a backend ({:.2f} s)\n", s.cached, s.sent,
                     s.wallMs / 1000);
  if (s.smoke) {
    out << fmt::format("smoke: {} contexts checked, {} contradictory", s.smokeChecked, s.contradictory);
    if (s.smokeUnchecked > 0) out << fmt::format(", {} not checked", s.smokeUnchecked);
    out << fmt::format("; {} answered from the cache, {} sent to a backend\n", s.smokeCached, s.smokeSent);
  }

  if (s.failed > 0) out << fmt::format("{}/{} obligations failed.\n", s.failed, s.total);
  if (s.interrupted > 0)
    out << fmt::format("Interrupted: {}/{} obligations not checked.\n", s.interrupted, s.total);
  if (s.unchecked > 0) out << fmt::format("{}/{} obligations not checked yet.\n", s.unchecked, s.total);
  if (s.omitted + s.missing > 0) {
    out << fmt::format("{}{}/{} obligations omitted or missing: the proof is incomplete.\n",
                       strict ? "error: " : "", s.omitted + s.missing, s.total);
  }
  writeOrigins(out, modules);
  if (s.proved + s.trivial == s.total) out << fmt::format("All {} obligations proved.\n", s.total);
  if (s.otherShard > 0 && s.proved + s.trivial + s.otherShard == s.total) {
    out << fmt::format("All {} obligations of this shard proved ({} on other shards).\n",
                       s.total - s.otherShard, s.otherShard);
  }
  if (s.contradictory > 0) {
    out << fmt::format("Warning: {}/{} proved obligations have a contradictory context (see above).\n",
                       s.contradictory, s.smokeChecked);
  }
}

nlohmann::json toJson(const std::vector<ModuleReport>& modules, const Summary& s) {
  nlohmann::json records = nlohmann::json::array();
  nlohmann::json files = nlohmann::json::array();
  for (const auto& m : modules) {
    files.push_back({{"module", m.module}, {"file", m.file}});
    for (const auto& o : m.outcomes) {
      const Obligation& ob = *o.obligation;
      nlohmann::json r = {{"id", ob.id},
                          {"module", ob.module != nullptr ? ob.module->name : m.module},
                          {"file", o.file},
                          {"line", ob.range.begin.line},
                          {"col", ob.range.begin.col},
                          {"kind", prover::kindName(ob.kind)},
                          {"method", prover::methodName(ob.method.method)},
                          {"status", verdictName(o.verdict)},
                          {"result", o.status},
                          {"backend", o.backend},
                          {"cached", o.cached},
                          {"origin", o.origin},
                          {"time_ms", millis(o.seconds)},
                          {"fingerprint", ob.fingerprint}};
      if (o.budgetSeconds > 0) r["budget_ms"] = millis(o.budgetSeconds);
      if (!o.reason.empty()) r["reason"] = o.reason;
      if (o.verdict == Verdict::Failed) r["text"] = prover::sequentText(ob);
      if (!o.counterModel.empty()) r["counter_model"] = o.counterModel;
      records.push_back(std::move(r));
    }
  }
  const nlohmann::json summary = {{"total", s.total},
                                  {"proved", s.proved},
                                  {"trivial", s.trivial},
                                  {"failed", s.failed},
                                  {"omitted", s.omitted},
                                  {"missing", s.missing},
                                  {"interrupted", s.interrupted},
                                  {"unchecked", s.unchecked},
                                  {"other_shard", s.otherShard},
                                  {"cached", s.cached},
                                  {"sent", s.sent},
                                  {"wall_ms", std::llround(s.wallMs)}};
  nlohmann::json out = {{"summary", summary}, {"modules", files}, {"obligations", records}};
  if (!s.smoke) return out;
  out["summary"]["smoke"] = s.contradictory;
  out["summary"]["smoke_checked"] = s.smokeChecked;
  out["summary"]["smoke_unchecked"] = s.smokeUnchecked;
  out["summary"]["smoke_cached"] = s.smokeCached;
  out["summary"]["smoke_sent"] = s.smokeSent;
  nlohmann::json smoke = nlohmann::json::array();
  for (const auto& m : modules) {
    for (const auto& k : m.smoke) {
      if (!k.contradictory()) continue;
      const ObligationOutcome& o = smokedOf(m, k);
      const Obligation& ob = *o.obligation;
      smoke.push_back({{"id", ob.id},
                       {"module", ob.module != nullptr ? ob.module->name : m.module},
                       {"file", o.file},
                       {"line", ob.range.begin.line},
                       {"col", ob.range.begin.col},
                       {"step_line", k.step.begin.line},
                       {"step_col", k.step.begin.col},
                       {"theorem", k.theorem},
                       {"backend", k.backend},
                       {"cached", k.cached},
                       {"time_ms", millis(k.seconds)},
                       {"fingerprint", k.fingerprint}});
    }
  }
  out["smoke"] = std::move(smoke);
  return out;
}

void writeJUnit(const std::filesystem::path& file, const std::vector<ModuleReport>& modules, bool strict) {
  pugi::xml_document doc;
  pugi::xml_node suites = doc.append_child("testsuites");
  suites.append_attribute("name") = "tlapx";
  std::size_t allTests = 0, allFailures = 0, allSkipped = 0;
  for (const auto& m : modules) {
    pugi::xml_node suite = suites.append_child("testsuite");
    std::size_t failures = 0, skipped = 0;
    double seconds = 0;
    for (const auto& o : m.outcomes) {
      const Obligation& ob = *o.obligation;
      pugi::xml_node test = appendTestcase(
          suite, m.module, fmt::format("obligation {} (line {})", ob.id, ob.range.begin.line), o, o.seconds);
      seconds += o.seconds;
      if (!o.origin.empty()) {
        pugi::xml_node property = test.append_child("properties").append_child("property");
        property.append_attribute("name") = "origin";
        property.append_attribute("value") = o.origin.c_str();
      }
      if (countsAsFailure(o.verdict, strict)) {
        ++failures;
        pugi::xml_node failure = test.append_child("failure");
        failure.append_attribute("message") = fmt::format("{}: {}", position(o), why(o)).c_str();
        failure.append_attribute("type") = verdictName(o.verdict);
        failure.text() = prover::sequentText(ob).c_str();
      } else if (o.verdict != Verdict::Proved && o.verdict != Verdict::Trivial) {
        ++skipped;
        test.append_child("skipped").append_attribute("message") = verdictName(o.verdict);
      }
    }
    suite.prepend_attribute("time") = fmt::format("{:.3f}", seconds).c_str();
    suite.prepend_attribute("skipped") = skipped;
    suite.prepend_attribute("errors") = 0;
    suite.prepend_attribute("failures") = failures;
    suite.prepend_attribute("tests") = m.outcomes.size();
    suite.prepend_attribute("file") = m.file.c_str();
    suite.prepend_attribute("name") = m.module.c_str();
    allTests += m.outcomes.size();
    allFailures += failures;
    allSkipped += skipped;
    if (m.smoke.empty()) continue;
    const SmokeCounts smoke = appendSmokeSuite(suites, m);
    allTests += m.smoke.size();
    allFailures += smoke.failures;
    allSkipped += smoke.skipped;
  }
  suites.append_attribute("tests") = allTests;
  suites.append_attribute("failures") = allFailures;
  suites.append_attribute("skipped") = allSkipped;
  if (!doc.save_file(file.c_str(), "  ")) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace tlapx::check
