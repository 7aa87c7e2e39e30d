// A test client for `tlapx lsp --stdio`: spawns the binary with pipes on stdin/stdout,
// frames JSON-RPC messages with Content-Length, and collects everything the server sends
// on a reader thread so tests can wait for the next message matching a predicate.
#pragma once

#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace tlapx::lsp::test_client {

using Json = nlohmann::json;
using namespace std::chrono_literals;

class LspClient {
 public:
  // Starts `tlapx lsp --stdio --log-io --log-to=LOG` with `extraArgs`.
  LspClient(const std::filesystem::path& log, const std::vector<std::string>& extraArgs = {}) {
    int toServer[2];
    int fromServer[2];
    EXPECT_EQ(::pipe(toServer), 0);
    EXPECT_EQ(::pipe(fromServer), 0);
    std::vector<std::string> argv{TLAPX_BINARY, "lsp", "--log-io", "--log-to=" + log.string(), "--stdio"};
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toServer[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromServer[1], STDOUT_FILENO);
    const std::string errors = log.string() + ".stderr";
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    for (const int fd : {toServer[0], toServer[1], fromServer[0], fromServer[1]})
      posix_spawn_file_actions_addclose(&actions, fd);
    EXPECT_EQ(posix_spawn(&pid_, TLAPX_BINARY, &actions, nullptr, raw.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(toServer[0]);
    ::close(fromServer[1]);
    in_ = ::fdopen(toServer[1], "w");
    out_ = ::fdopen(fromServer[0], "r");
    reader_ = std::thread([this] { readAll(); });
  }
  ~LspClient() {
    if (in_ != nullptr) std::fclose(in_);
    if (!exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    reader_.join();
    std::fclose(out_);
  }
  LspClient(const LspClient&) = delete;
  LspClient& operator=(const LspClient&) = delete;

  int request(const std::string& method, Json params) {
    const int id = nextId_++;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
    return id;
  }
  void notify(const std::string& method, Json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  // The response to request `id`.
  Json response(int id, std::chrono::milliseconds timeout = 60s) {
    return next([id](const Json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); },
                timeout);
  }
  // The next notification (or server request) `method` after those already taken.
  Json next(const std::string& method, std::chrono::milliseconds timeout = 60s,
            const std::function<bool(const Json&)>& also = {}) {
    return next([&](const Json& m) { return m.value("method", "") == method && (!also || also(m)); }, timeout);
  }
  // The next message satisfying `match` after those already taken; null on timeout.
  Json next(const std::function<bool(const Json&)>& match, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      for (std::size_t i = cursor_; i < received_.size(); ++i) {
        if (match(received_[i])) {
          cursor_ = i + 1;
          return received_[i];
        }
      }
      if (closed_ || arrived_.wait_until(lock, deadline) == std::cv_status::timeout) {
        ADD_FAILURE() << "no matching message from the server";
        return nullptr;
      }
    }
  }
  // Ends the session politely; returns the server's exit code.
  int shutdown() {
    response(request("shutdown", nullptr));
    notify("exit", nullptr);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  void send(const Json& message) {
    const std::string body = message.dump();
    std::fprintf(in_, "Content-Length: %zu\r\n\r\n%s", body.size(), body.c_str());
    std::fflush(in_);
  }
  void readAll() {
    while (true) {
      std::size_t length = 0;
      char line[256];
      bool header = false;
      while (std::fgets(line, sizeof line, out_) != nullptr) {
        if (std::string_view(line) == "\r\n") break;
        header = std::sscanf(line, "Content-Length: %zu", &length) == 1 || header;
      }
      std::string body(length, '\0');
      if (!header || std::fread(body.data(), 1, length, out_) != length) break;
      Json message = Json::parse(body, nullptr, false);
      if (message.is_discarded()) {
        ADD_FAILURE() << "not a JSON message from the server: " << body.substr(0, 200);
        break;
      }
      const std::lock_guard lock(mutex_);
      received_.push_back(std::move(message));
      arrived_.notify_all();
    }
    const std::lock_guard lock(mutex_);
    closed_ = true;
    arrived_.notify_all();
  }

  pid_t pid_ = -1;
  bool exited_ = false;
  std::FILE* in_ = nullptr;
  std::FILE* out_ = nullptr;
  int nextId_ = 0;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<Json> received_;
  std::size_t cursor_ = 0;
  bool closed_ = false;
  std::thread reader_;
};

}  // namespace tlapx::lsp::test_client
