// Markers, step details and diagnostics as JSON (see messages.hpp).
#include "lsp/messages.hpp"

#include <cmath>
#include <sstream>

#include "backends/budget.hpp"
#include "lsp/positions.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::lsp {

namespace {

constexpr const char* kSource = "tlapx";

// "failed: timeout (z3): canceled" style reason of a verdict.
std::string reasonOf(const check::ObligationOutcome& o) {
  std::string text = o.status.empty() ? check::verdictName(o.verdict) : o.status;
  if (!o.backend.empty()) text += " (" + o.backend + ")";
  if (!o.reason.empty()) text += ": " + o.reason;
  return text;
}

// The file an obligation range lies in, or the document's when elsewhere.
nlohmann::json rangeIn(const Analysis& analysis, SourceRange range, SourceRange fallback) {
  const bool here = range.begin.valid() && range.begin.file == analysis.file().id;
  return lspRange(analysis.file(), here ? range : fallback);
}

const char* roleOf(ObligationKind kind) {
  switch (kind) {
    case ObligationKind::Main:
    case ObligationKind::Missing: return "main";
    case ObligationKind::Omitted: return "omitted";
    case ObligationKind::Support:
    case ObligationKind::Trivial: return "aux";
  }
  return "unknown";
}

// tlapm's `time-limit: 5; time-used: 0.1 (2%)`, with where the answer came from.
std::string methOf(const Obligation& ob, const check::ObligationOutcome& o, double stretch) {
  std::ostringstream out;
  if (ob.method.rlimitUnits) {
    out << "rlimit: " << *ob.method.rlimitUnits * kRlimitBase * stretch;
  } else {
    const double limit = ob.method.timeoutSeconds.value_or(kDefaultSeconds) * stretch;
    out.precision(1);
    out << std::fixed << "time-limit: " << limit << "; time-used: " << o.seconds << " ("
        << std::lround(100 * o.seconds / limit) << "%)";
  }
  if (o.cached) out << "; cached";
  return out.str();
}

nlohmann::json resultOf(const Obligation& ob, const ObligationState& state, double stretch) {
  const bool final = state.status != ProofStatus::Pending && state.status != ProofStatus::Progress;
  if (!state.outcome || !final) return nlohmann::json::array();
  const check::ObligationOutcome& o = *state.outcome;
  const bool failed = o.verdict == check::Verdict::Failed;
  const bool backendRan = !o.backend.empty();
  return nlohmann::json::array({{{"prover", backendRan ? o.backend : "tlapx"},
                                 {"meth", backendRan ? methOf(ob, o, stretch) : "?"},
                                 {"status", statusName(state.status)},
                                 {"reason", failed ? nlohmann::json(reasonOf(o)) : nlohmann::json(nullptr)},
                                 {"obligation", failed ? nlohmann::json(prover::sequentText(ob)) : nullptr}}});
}

nlohmann::json countsOf(const std::vector<std::size_t>& subSteps, const std::vector<ProofStatus>& statuses) {
  nlohmann::json counts = {{"proved", 0}, {"failed", 0}, {"omitted", 0},
                           {"missing", 0}, {"pending", 0}, {"progress", 0}};
  for (const std::size_t s : subSteps) counts[statusName(statuses[s])] = counts[statusName(statuses[s])].get<int>() + 1;
  return counts;
}

// "Proof failed." and, when the step has obligations of its own, how many are proved and
// why the first unproved one is not.
std::string hoverOf(const Analysis& analysis, const Step& step, ProofStatus status) {
  std::string text = statusHover(status);
  if (step.obligations.empty()) return text;
  std::size_t proved = 0;
  std::string firstFailure;
  for (const std::size_t o : step.obligations) {
    const ObligationState& s = analysis.states()[o];
    if (s.status == ProofStatus::Proved) ++proved;
    if (s.status == ProofStatus::Failed && firstFailure.empty() && s.outcome) firstFailure = reasonOf(*s.outcome);
  }
  text += " " + std::to_string(proved) + "/" + std::to_string(step.obligations.size()) + " obligations proved.";
  if (!firstFailure.empty()) text += " " + firstFailure;
  return text;
}

}  // namespace

nlohmann::json proofStepMarkers(const Analysis& analysis) {
  nlohmann::json markers = nlohmann::json::array();
  const std::vector<ProofStatus> statuses = analysis.stepStatuses();
  const auto& steps = analysis.steps().all();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    markers.push_back({{"status", statusName(statuses[i])},
                       {"range", lspRange(analysis.file(), steps[i].head)},
                       {"hover", hoverOf(analysis, steps[i], statuses[i])}});
  }
  return markers;
}

nlohmann::json stepDetails(const Analysis& analysis, std::size_t step, double stretch) {
  const std::vector<ProofStatus> statuses = analysis.stepStatuses();
  const Step& s = analysis.steps().all().at(step);
  nlohmann::json obligations = nlohmann::json::array();
  for (const std::size_t o : s.obligations) {
    const Obligation& ob = analysis.generated().obligations[o];
    const ObligationState& state = analysis.states()[o];
    obligations.push_back({{"role", roleOf(ob.kind)},
                           {"range", rangeIn(analysis, ob.range, s.head)},
                           {"status", statusName(state.status)},
                           {"normalized", prover::sequentText(ob)},
                           {"results", resultOf(ob, state, stretch)}});
  }
  return {{"kind", stepKindName(s.kind)},
          {"status", statusName(statuses[step])},
          {"location", {{"uri", analysis.uri()}, {"range", lspRange(analysis.file(), s.full)}}},
          {"obligations", std::move(obligations)},
          {"sub_count", countsOf(s.subSteps, statuses)}};
}

nlohmann::json diagnostics(const Analysis& analysis) {
  nlohmann::json items = nlohmann::json::array();
  const SourceFile& file = analysis.file();
  for (const Diagnostic& d : analysis.frontend().diagnostics().all()) {
    const bool here = d.loc.valid() && d.loc.file == file.id;
    std::string message = d.message;
    if (!here && d.loc.valid()) {
      const SourceFile& other = analysis.frontend().sources().file(d.loc.file);
      message = other.path + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " + message;
    }
    const int severity = d.severity == Severity::Error ? 1 : d.severity == Severity::Warning ? 2 : 3;
    items.push_back({{"range", lspPointRange(file, here ? d.loc : SourceLoc{file.id, 1, 1})},
                     {"severity", severity},
                     {"source", kSource},
                     {"message", std::move(message)}});
  }
  const auto& steps = analysis.steps().all();
  for (const Step& step : steps) {
    for (const std::size_t o : step.obligations) {
      const ObligationState& state = analysis.states()[o];
      if (state.status != ProofStatus::Failed || !state.outcome) continue;
      const Obligation& ob = analysis.generated().obligations[o];
      items.push_back({{"range", rangeIn(analysis, ob.range, step.head)},
                       {"severity", 1},
                       {"source", kSource},
                       {"message", "Obligation failed: " + reasonOf(*state.outcome) + "\n" + prover::sequentText(ob)}});
    }
  }
  return items;
}

}  // namespace tlapx::lsp
