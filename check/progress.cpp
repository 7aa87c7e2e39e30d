// The progress line (see progress.hpp).
#include "check/progress.hpp"

#include <fmt/format.h>

namespace tlapx::check {

void ProgressLine::start(std::string module) {
  module_ = std::move(module);
  start_ = std::chrono::steady_clock::now();
}

void ProgressLine::update(const Tally& tally) {
  if (!enabled_) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  out_ << fmt::format("\r\033[K{}: {}/{} proved, {} failed, {:.1f} s", module_, tally.proved, tally.total,
                      tally.failed, seconds)
       << std::flush;
  shown_ = true;
}

void ProgressLine::clear() {
  if (!shown_) return;
  out_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace tlapx::check
