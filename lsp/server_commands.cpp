// The `tlaplus.tlaps.*.lsp` commands and the life of a check-step run: selection,
// progress markers, streamed verdicts (at most every 0.5 s), work-done progress, and
// restoring what a cancelled run did not answer (see server.hpp).
#include <string>

#include "lsp/messages.hpp"
#include "lsp/rpc_error.hpp"
#include "lsp/server.hpp"

namespace tlapx::lsp {

namespace {

constexpr std::chrono::milliseconds kFlushPeriod{500};

const nlohmann::json& argument(const nlohmann::json& args, std::size_t i) {
  if (!args.is_array() || args.size() <= i) throw RpcError(-32602, "arguments missing");
  return args[i];
}

std::uint32_t lineOf(const nlohmann::json& position) { return position.at("line").get<std::uint32_t>() + 1; }

}  // namespace

nlohmann::json Server::executeCommand(const nlohmann::json& params) {
  const std::string command = params.at("command").get<std::string>();
  const nlohmann::json args = params.value("arguments", nlohmann::json::array());
  const std::lock_guard lock(mutex_);
  if (command == "tlaplus.tlaps.check-step.lsp") {
    checkStep(args);
  } else if (command == "tlaplus.tlaps.currentProofStep.set.lsp") {
    setCurrentStep(args);
  } else if (command == "tlaplus.tlaps.proofStepMarkers.fetch.lsp") {
    publish(*document(argument(args, 0).at("uri").get<std::string>()));
  } else if (command == "tlaplus.tlaps.moduleSearchPaths.updated.lsp") {
    includeDirs_.clear();
    for (const auto& a : args)
      if (a.is_string()) includeDirs_.push_back(a.get<std::string>());
    for (auto& [uri, analysis] : documents_) {
      std::string text = analysis->file().text;
      cancelRuns(uri);
      analyse(uri, analysis->version(), std::move(text));
    }
  } else {
    throw RpcError(-32601, "command unknown: " + command);
  }
  return nullptr;
}

void Server::setCurrentStep(const nlohmann::json& args) {
  const std::string uri = argument(args, 0).at("uri").get<std::string>();
  currentStep_ = CurrentStep{uri, lineOf(argument(args, 1).at("start"))};
  sendCurrentStep(*document(uri));
}

void Server::sendCurrentStep(const Analysis& analysis) {
  const auto& steps = analysis.steps().all();
  nlohmann::json details = nullptr;
  if (!steps.empty()) {
    const std::size_t step = analysis.steps().deepestAt(currentStep_->line).value_or(0);
    details = stepDetails(analysis, step, options_.runner.stretch);
  }
  notify("tlaplus/tlaps/currentProofStep", nlohmann::json::array({details}));
}

void Server::cancelRuns(const std::string& uri) {
  for (auto& [token, run] : runs_)
    if (uri.empty() || run->analysis->uri() == uri) *run->cancel = true;
}

// Proves the steps under a range: the deepest steps at its first and last lines and
// everything between (the whole module when the range is in no theorem).
void Server::checkStep(const nlohmann::json& args) {
  const std::string uri = argument(args, 0).at("uri").get<std::string>();
  std::shared_ptr<Analysis> analysis = document(uri);
  if (analysis->dependenciesChanged()) {  // a module it reads was edited on disk since
    std::string text = analysis->file().text;
    cancelRuns(uri);
    analyse(uri, analysis->version(), std::move(text));
    analysis = document(uri);
  }
  const nlohmann::json& range = argument(args, 1);
  if (analysis->root() == nullptr) return;  // errors: the diagnostics say why
  const ProofSteps& steps = analysis->steps();
  const std::optional<std::size_t> first = steps.deepestAt(lineOf(range.at("start")));
  const std::optional<std::size_t> last = steps.deepestAt(lineOf(range.at("end")));
  std::optional<check::LineRegion> region;
  if (first || last) {
    const SourceRange a = steps.all()[first.value_or(*last)].full;
    const SourceRange b = steps.all()[last.value_or(*first)].full;
    region = check::LineRegion{std::min(a.begin.line, b.begin.line), std::max(a.end.line, b.end.line)};
  }

  cancelRuns("");  // one run at a time, the newest
  auto run = std::make_shared<Run>();
  run->token = "tlapx-run-" + std::to_string(++nextRun_);
  run->analysis = analysis;
  run->cancel = std::make_shared<std::atomic<bool>>(false);
  const auto& generated = analysis->generated();
  for (std::size_t i = 0; i < generated.obligations.size(); ++i) {
    if (region && !region->meets(generated.obligations[i].range) && !region->meets(generated.info[i].stepRange))
      continue;
    run->selected.push_back(i);
    run->before.push_back(analysis->states()[i]);
    analysis->setStatus(i, ProofStatus::Progress);
  }
  run->answered.assign(run->selected.size(), false);
  run->lastFlush = std::chrono::steady_clock::now();
  runs_[run->token] = run;

  transport_.send({{"jsonrpc", "2.0"},
                   {"id", "tlapx-" + std::to_string(++nextOutgoingId_)},
                   {"method", "window/workDoneProgress/create"},
                   {"params", {{"token", run->token}}}});
  sendProgress(*run, "begin");
  publish(*analysis);

  ProofRun job;
  job.analysis = analysis;
  job.region = region;
  job.cancel = run->cancel;
  job.settled = [this, run](const check::ObligationOutcome& o) { settled(*run, o); };
  job.progress = [this, run](const check::Tally&) { ticked(*run); };
  job.finished = [this, run](bool cancelled) { finished(*run, cancelled); };
  runner_.submit(std::move(job));
}

void Server::settled(Run& run, const check::ObligationOutcome& outcome) {
  const std::lock_guard lock(mutex_);
  run.analysis->settle(outcome);
  const std::size_t index = outcome.obligation->id - 1;
  const auto it = std::lower_bound(run.selected.begin(), run.selected.end(), index);
  if (it == run.selected.end() || *it != index) return;
  const auto position = static_cast<std::size_t>(it - run.selected.begin());
  if (!run.answered[position]) ++run.done;
  run.answered[position] = true;
}

void Server::ticked(Run& run) {
  const std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (now - run.lastFlush < kFlushPeriod) return;
  run.lastFlush = now;
  sendProgress(run, "report");
  if (isCurrent(*run.analysis)) publish(*run.analysis);
}

void Server::finished(Run& run, bool cancelled) {
  const std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < run.selected.size(); ++i) {
    if (run.answered[i]) continue;
    const std::size_t o = run.selected[i];
    run.analysis->setStatus(o, run.before[i].status);
  }
  sendProgress(run, "end");
  if (isCurrent(*run.analysis)) publish(*run.analysis);
  log(std::string(cancelled ? "cancelled " : "finished ") + run.token + ": " + std::to_string(run.done) + " of " +
      std::to_string(run.selected.size()) + " obligations checked");
  runs_.erase(run.token);
}

void Server::sendProgress(const Run& run, const char* kind) {
  const std::size_t total = run.selected.size();
  nlohmann::json value = {
      {"kind", kind},
      {"message", std::to_string(run.done) + " of " + std::to_string(total) + " obligations checked"}};
  if (std::string_view(kind) != "end") {
    value["cancellable"] = true;
    value["percentage"] = total == 0 ? 100 : run.done * 100 / total;
  }
  if (std::string_view(kind) == "begin") value["title"] = "Checking TLA+ proofs";
  notify("$/progress", {{"token", run.token}, {"value", std::move(value)}});
}

}  // namespace tlapx::lsp
