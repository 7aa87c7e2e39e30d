// The server's lifecycle, message dispatch and document handling (see server.hpp);
// the workspace commands and proof runs are in server_commands.cpp.
#include "lsp/server.hpp"

#include "check/cache_location.hpp"
#include "lsp/bundled_modules.hpp"
#include "lsp/messages.hpp"
#include "lsp/rpc_error.hpp"
#include "lsp/uri.hpp"

namespace tlapx::lsp {

namespace {

const nlohmann::json kCommands = {"tlaplus.tlaps.check-step.lsp", "tlaplus.tlaps.proofStepMarkers.fetch.lsp",
                                  "tlaplus.tlaps.currentProofStep.set.lsp",
                                  "tlaplus.tlaps.moduleSearchPaths.updated.lsp"};

std::vector<std::string> stringsIn(const nlohmann::json& array) {
  std::vector<std::string> out;
  if (!array.is_array()) return out;
  for (const auto& item : array)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Server::Server(Transport& transport, ServerOptions options)
    : transport_(transport),
      options_(std::move(options)),
      bundledModules_(bundledModulesFolder(options_.version)),
      runner_(options_.runner, [this](const std::string& w) { log("warning: " + w); }) {}

int Server::run() {
  while (true) {
    std::optional<nlohmann::json> message;
    try {
      message = transport_.read();
    } catch (const ProtocolError& e) {
      log(std::string("error: ") + e.what());
      transport_.send({{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", e.what()}}}});
      continue;
    }
    if (!message) return shutdown_ ? 0 : 1;  // the editor went away without `exit`
    if (message->value("method", "") == "exit") return shutdown_ ? 0 : 1;
    handle(*message);
  }
}

void Server::handle(const nlohmann::json& message) {
  if (!message.is_object() || !message.contains("method")) return;  // a response to one of our requests
  const std::string method = message["method"].get<std::string>();
  const nlohmann::json params = message.value("params", nlohmann::json::object());
  if (!message.contains("id")) {
    try {
      notification(method, params);
    } catch (const std::exception& e) {
      log("error: " + method + ": " + e.what());
    }
    return;
  }
  nlohmann::json reply = {{"jsonrpc", "2.0"}, {"id", message["id"]}};
  try {
    reply["result"] = request(method, params);
  } catch (const RpcError& e) {
    reply["error"] = {{"code", e.code}, {"message", e.what()}};
  } catch (const std::exception& e) {
    reply["error"] = {{"code", -32603}, {"message", e.what()}};
  }
  transport_.send(reply);
}

nlohmann::json Server::request(const std::string& method, const nlohmann::json& params) {
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    const std::lock_guard lock(mutex_);
    cancelRuns("");
    return nullptr;
  }
  if (method == "workspace/executeCommand") return executeCommand(params);
  if (method == "textDocument/diagnostic") {
    const std::lock_guard lock(mutex_);
    publish(*document(params.at("textDocument").at("uri").get<std::string>()));
    return {{"kind", "full"}, {"resultId", "0"}, {"items", nlohmann::json::array()}};  // pushed instead
  }
  throw RpcError(-32601, "method not supported: " + method);
}

void Server::notification(const std::string& method, const nlohmann::json& params) {
  const std::lock_guard lock(mutex_);
  if (method == "textDocument/didOpen") {
    const auto& doc = params.at("textDocument");
    analyse(doc.at("uri").get<std::string>(), doc.value("version", 0), doc.at("text").get<std::string>());
  } else if (method == "textDocument/didChange") {
    const auto& changes = params.at("contentChanges");
    if (changes.empty()) return;
    if (changes.back().contains("range")) throw RpcError(-32602, "incremental changes not supported");
    const auto& doc = params.at("textDocument");
    const std::string uri = doc.at("uri").get<std::string>();
    cancelRuns(uri);
    analyse(uri, doc.value("version", 0), changes.back().at("text").get<std::string>());
  } else if (method == "textDocument/didClose") {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    cancelRuns(uri);
    documents_.erase(uri);
  } else if (method == "window/workDoneProgress/cancel") {
    const nlohmann::json token = params.value("token", nlohmann::json());
    const auto it = token.is_string() ? runs_.find(token.get<std::string>()) : runs_.end();
    if (it != runs_.end()) *it->second->cancel = true;
  }
  // initialized, didSave, $/setTrace, $/cancelRequest: nothing to do
}

nlohmann::json Server::initialize(const nlohmann::json& params) {
  const nlohmann::json options = params.value("initializationOptions", nlohmann::json::object());
  if (options.is_object()) includeDirs_ = stringsIn(options.value("moduleSearchPaths", nlohmann::json::array()));
  nlohmann::json experimental = nlohmann::json::object();
  if (bundledModules_) experimental["moduleSearchPaths"] = {bundledModules_->string()};
  return {{"capabilities",
           {{"textDocumentSync", 1},
            {"executeCommandProvider", {{"commands", kCommands}, {"workDoneProgress", true}}},
            {"diagnosticProvider",
             {{"identifier", "tlapx"},
              {"interFileDependencies", false},
              {"workspaceDiagnostics", false},
              {"workDoneProgress", false}}},
            {"experimental", experimental}}},
          {"serverInfo", {{"name", "tlapx"}, {"version", options_.version}}}};
}

void Server::analyse(const std::string& uri, int version, std::string text) {
  const auto start = std::chrono::steady_clock::now();
  const std::optional<std::string> path = pathOfUri(uri);
  if (!path) throw RpcError(-32602, "not a file: URI: " + uri);
  auto analysis = std::make_shared<Analysis>(uri, version, *path, std::move(text), includeDirs_);
  readCache(*analysis);
  documents_[uri] = analysis;
  publish(*analysis);
  log("analysed " + uri + " v" + std::to_string(version) + ": " +
      std::to_string(analysis->generated().obligations.size()) + " obligations, " +
      std::to_string(analysis->steps().all().size()) + " steps, markers after " +
      std::to_string(millisecondsSince(start)) + " ms");
}

// What the cache already says about each obligation (trivial, omitted and missing ones
// are settled too); nothing is proved.
void Server::readCache(Analysis& analysis) {
  if (analysis.root() == nullptr) return;
  CacheReader& reader = cacheReaders_[check::defaultCachePath(analysis.path())];
  if (!reader.cache || !reader.checker) {
    cache::OpenedCache opened = cache::openCache(check::defaultCachePath(analysis.path()), false);
    for (const std::string& w : opened.warnings) log("warning: " + w);
    reader.cache = std::move(opened.cache);
    check::CheckSettings settings;
    settings.prove = false;
    settings.stretch = options_.runner.stretch;
    reader.checker = std::make_unique<check::Checker>(registry_, reader.cache.get(), settings,
                                                      [this](const std::string& w) { log("warning: " + w); });
  }
  const std::atomic<bool> never{false};
  reader.checker->check(*analysis.root(), analysis.generated(), analysis.frontend().sources(), never,
                        [](const check::Tally&) {},
                        [&analysis](const check::ObligationOutcome& o) { analysis.settle(o); });
  if (!reader.cache) reader.checker.reset();  // look for the cache file again next time
}

void Server::publish(const Analysis& analysis) {
  notify("textDocument/publishDiagnostics",
         {{"uri", analysis.uri()}, {"version", analysis.version()}, {"diagnostics", diagnostics(analysis)}});
  notify("tlaplus/tlaps/proofStepMarkers", nlohmann::json::array({analysis.uri(), proofStepMarkers(analysis)}));
  if (currentStep_ && currentStep_->uri == analysis.uri()) sendCurrentStep(analysis);
}

std::shared_ptr<Analysis> Server::document(const std::string& uri) const {
  const auto it = documents_.find(uri);
  if (it == documents_.end()) throw RpcError(-32602, "document not open: " + uri);
  return it->second;
}

bool Server::isCurrent(const Analysis& analysis) const {
  const auto it = documents_.find(analysis.uri());
  return it != documents_.end() && it->second.get() == &analysis;
}

void Server::notify(const std::string& method, nlohmann::json params) {
  transport_.send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

}  // namespace tlapx::lsp
