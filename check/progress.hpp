// The live progress line of `tlapx check` on a terminal: `Module: k/N proved, f failed,
// t s`, rewritten in place and erased when the module is done. Silent when disabled
// (standard error is not a terminal).
#pragma once

#include <chrono>
#include <ostream>
#include <string>

#include "check/checker.hpp"

namespace tlapx::check {

class ProgressLine {
 public:
  ProgressLine(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  // Starts a module: the clock starts now.
  void start(std::string module);
  void update(const Tally& tally);
  void clear();  // erases the line (before other output)

 private:
  std::ostream& out_;
  bool enabled_;
  bool shown_ = false;
  std::string module_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace tlapx::check
