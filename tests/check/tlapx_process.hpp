// Runs the tlapx binary for end-to-end tests: in the foreground (exit code, stdout and
// stderr) or in the background (to signal or kill it mid-run).
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern char** environ;

namespace tlapx::check::testing {

struct RunResult {
  int exitCode = -1;  // 128 + signal number when killed by a signal
  std::string out;
  std::string err;
};

inline std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One tlapx process whose stdout and stderr go to files in `outputDir`.
class TlapxProcess {
 public:
  TlapxProcess(const std::vector<std::string>& args, const std::filesystem::path& outputDir)
      : out_(outputDir / ("out-" + std::to_string(counter()))), err_(out_.string() + ".err") {
    std::vector<std::string> argv{TLAPX_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    // The default SIGINT action even when the tests run where SIGINT is ignored (scripts'
    // background jobs): tlapx keeps an ignored SIGINT ignored.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    const int failed = posix_spawn(&pid_, TLAPX_BINARY, &actions, &attributes, raw.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    EXPECT_EQ(failed, 0) << "cannot start " << TLAPX_BINARY;
  }
  ~TlapxProcess() {
    if (pid_ > 0 && !waited_) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  TlapxProcess(const TlapxProcess&) = delete;
  TlapxProcess& operator=(const TlapxProcess&) = delete;

  void signal(int sig) const { ::kill(pid_, sig); }

  RunResult wait() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    waited_ = true;
    RunResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readFile(out_);
    r.err = readFile(err_);
    return r;
  }

 private:
  static int counter() {
    static int n = 0;
    return n++;
  }
  std::filesystem::path out_, err_;
  pid_t pid_ = -1;
  bool waited_ = false;
};

inline RunResult runTlapx(const std::vector<std::string>& args, const std::filesystem::path& outputDir) {
  return TlapxProcess(args, outputDir).wait();
}

}  // namespace tlapx::check::testing
