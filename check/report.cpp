// Text, JSON and JUnit reports of a check run (see report.hpp).
#include "check/report.hpp"

#include <fmt/format.h>

#include <cmath>
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

}  // namespace

Summary summarize(const std::vector<ModuleReport>& modules, double wallMs) {
  Summary s;
  s.wallMs = wallMs;
  for (const auto& m : modules) {
    s.sent += m.sent;
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
  out << fmt::format("{} obligations: {} proved, {} trivial, {} failed, {} omitted, {} missing", s.total,
                     s.proved, s.trivial, s.failed, s.omitted, s.missing);
  if (s.interrupted > 0) out << fmt::format(", {} interrupted", s.interrupted);
  if (s.unchecked > 0) out << fmt::format(", {} unchecked", s.unchecked);
  out << fmt::format("; {} answered from the cache, {} sent to a backend ({:.2f} s)\n", s.cached, s.sent,
                     s.wallMs / 1000);

  const std::size_t failed = s.failed + (strict ? s.omitted + s.missing : 0);
  if (failed > 0) out << fmt::format("{}/{} obligations failed.\n", failed, s.total);
  if (s.interrupted > 0)
    out << fmt::format("Interrupted: {}/{} obligations not checked.\n", s.interrupted, s.total);
  if (s.unchecked > 0) out << fmt::format("{}/{} obligations not checked yet.\n", s.unchecked, s.total);
  if (!strict && s.omitted + s.missing > 0) {
    out << fmt::format("{}/{} obligations omitted or missing: the proof is incomplete.\n",
                       s.omitted + s.missing, s.total);
  }
  if (s.proved + s.trivial == s.total) out << fmt::format("All {} obligations proved.\n", s.total);
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
                                  {"cached", s.cached},
                                  {"sent", s.sent},
                                  {"wall_ms", std::llround(s.wallMs)}};
  return {{"summary", summary}, {"modules", files}, {"obligations", records}};
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
      pugi::xml_node test = suite.append_child("testcase");
      test.append_attribute("classname") = m.module.c_str();
      test.append_attribute("name") =
          fmt::format("obligation {} (line {})", ob.id, ob.range.begin.line).c_str();
      test.append_attribute("file") = o.file.c_str();
      test.append_attribute("line") = ob.range.begin.line;
      test.append_attribute("time") = fmt::format("{:.3f}", o.seconds).c_str();
      seconds += o.seconds;
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
  }
  suites.append_attribute("tests") = allTests;
  suites.append_attribute("failures") = allFailures;
  suites.append_attribute("skipped") = allSkipped;
  if (!doc.save_file(file.c_str(), "  ")) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace tlapx::check
