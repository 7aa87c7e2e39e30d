// Small TLA+ modules shared by the end-to-end check tests.
#pragma once

namespace tlapx::check::testing {

// Two theorems, both proved (the second cites the first).
inline constexpr const char* kGoodModule = R"(---- MODULE Good ----
EXTENDS Naturals
THEOREM One == 1 + 1 = 2
  OBVIOUS
THEOREM Two == \A x \in Nat : x + 0 = x
  BY One
====
)";

}  // namespace tlapx::check::testing
