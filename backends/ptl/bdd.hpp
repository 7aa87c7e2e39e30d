// A small reduced ordered BDD package for the PTL backend's symbolic tableau: hash-consed
// nodes (no complement edges, no garbage collection: a manager lives for one obligation),
// if-then-else, relational product, and priming (variable 2k -> 2k+1). Every node created
// counts against a node budget and the wall-clock deadline; exceeding either throws
// BddLimitExceeded, so callers can never mistake an aborted computation for a result.
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace tlapx::ptl {

struct BddLimitExceeded : std::runtime_error {
  bool timeout;  // the deadline passed (else: the node budget)
  explicit BddLimitExceeded(bool isTimeout)
      : std::runtime_error(isTimeout ? "wall-clock limit reached" : "BDD node budget exhausted"),
        timeout(isTimeout) {}
};

class Bdd {
 public:
  using Ref = std::uint32_t;
  static constexpr Ref kFalse = 0;
  static constexpr Ref kTrue = 1;

  Bdd(std::uint64_t maxNodes, std::chrono::steady_clock::time_point deadline);

  // The variable `v` as a formula. Variables are ordered by index; the PTL tableau uses
  // 2k for the current state and 2k + 1 for the next state.
  Ref var(std::uint32_t v);
  Ref ite(Ref f, Ref g, Ref h);
  Ref neg(Ref f) { return ite(f, kFalse, kTrue); }
  Ref conj(Ref f, Ref g) { return ite(f, g, kFalse); }
  Ref disj(Ref f, Ref g) { return ite(f, kTrue, g); }
  Ref iff(Ref f, Ref g) { return ite(f, g, neg(g)); }
  // \E vars(cube) : f /\ g, where `cube` is a conjunction of positive variables.
  Ref relProd(Ref f, Ref g, Ref cube);
  // f with every (even) current-state variable 2k renamed to its next-state twin 2k + 1;
  // f must not mention odd variables.
  Ref prime(Ref f);

  std::uint64_t nodeCount() const { return nodes_.size(); }

 private:
  struct Node {
    std::uint32_t var;
    Ref lo;
    Ref hi;
  };
  enum class Op : std::uint32_t { Ite = 1, RelProd, Prime };
  struct CacheEntry {
    Op op{};
    Ref a = 0, b = 0, c = 0;
    Ref result = 0;
  };

  Ref make(std::uint32_t v, Ref lo, Ref hi);
  std::uint32_t varOf(Ref f) const { return nodes_[f].var; }
  Ref cofactor(Ref f, std::uint32_t v, bool high) const {
    const Node& n = nodes_[f];
    return n.var != v ? f : (high ? n.hi : n.lo);
  }
  void growTable();
  CacheEntry& slot(Op op, Ref a, Ref b, Ref c);
  bool cached(Op op, Ref a, Ref b, Ref c, Ref& result);
  void remember(Op op, Ref a, Ref b, Ref c, Ref result);

  std::vector<Node> nodes_;
  std::vector<Ref> table_;  // open addressing over nodes_ indices; 0 = empty slot
  std::vector<CacheEntry> cache_;
  std::uint64_t maxNodes_;
  std::chrono::steady_clock::time_point deadline_;
};

}  // namespace tlapx::ptl
