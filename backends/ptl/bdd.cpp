// The BDD package of the PTL backend (see bdd.hpp).
#include "backends/ptl/bdd.hpp"

#include <algorithm>
#include <limits>

namespace tlapx::ptl {

namespace {

constexpr std::uint32_t kTerminalVar = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kInitialTable = 1u << 12;
constexpr std::size_t kInitialCache = 1u << 14;
constexpr std::size_t kMaxCache = 1u << 22;

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d = 0) {
  std::uint64_t h = a * 0x9E3779B97F4A7C15ull;
  h ^= b + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
  h ^= c + 0x94D049BB133111EBull + (h << 6) + (h >> 2);
  h ^= d + 0xBF58476D1CE4E5B9ull + (h << 6) + (h >> 2);
  return h ^ (h >> 31);
}

}  // namespace

Bdd::Bdd(std::uint64_t maxNodes, std::chrono::steady_clock::time_point deadline)
    : table_(kInitialTable, 0), cache_(kInitialCache), maxNodes_(maxNodes), deadline_(deadline) {
  nodes_.push_back({kTerminalVar, kFalse, kFalse});
  nodes_.push_back({kTerminalVar, kTrue, kTrue});
}

Bdd::Ref Bdd::make(std::uint32_t v, Ref lo, Ref hi) {
  if (lo == hi) return lo;
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = mix(v, lo, hi) & mask;; i = (i + 1) & mask) {
    const Ref r = table_[i];
    if (r == 0) break;
    const Node& n = nodes_[r];
    if (n.var == v && n.lo == lo && n.hi == hi) return r;
  }
  if (nodes_.size() >= maxNodes_) throw BddLimitExceeded(false);
  if ((nodes_.size() & 0xFFF) == 0 && std::chrono::steady_clock::now() > deadline_) {
    throw BddLimitExceeded(true);
  }
  const Ref r = static_cast<Ref>(nodes_.size());
  nodes_.push_back({v, lo, hi});
  if (2 * nodes_.size() > table_.size()) {
    growTable();
  } else {
    std::size_t i = mix(v, lo, hi) & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = r;
  }
  return r;
}

void Bdd::growTable() {
  std::vector<Ref> table(table_.size() * 2, 0);
  const std::size_t mask = table.size() - 1;
  for (Ref r = 2; r < nodes_.size(); ++r) {
    const Node& n = nodes_[r];
    std::size_t i = mix(n.var, n.lo, n.hi) & mask;
    while (table[i] != 0) i = (i + 1) & mask;
    table[i] = r;
  }
  table_ = std::move(table);
  if (cache_.size() < kMaxCache && cache_.size() < nodes_.size()) {
    cache_.assign(std::min(kMaxCache, cache_.size() * 4), CacheEntry{});
  }
}

Bdd::CacheEntry& Bdd::slot(Op op, Ref a, Ref b, Ref c) {
  return cache_[mix(static_cast<std::uint64_t>(op), a, b, c) & (cache_.size() - 1)];
}

bool Bdd::cached(Op op, Ref a, Ref b, Ref c, Ref& result) {
  const CacheEntry& e = slot(op, a, b, c);
  if (e.op != op || e.a != a || e.b != b || e.c != c) return false;
  result = e.result;
  return true;
}

void Bdd::remember(Op op, Ref a, Ref b, Ref c, Ref result) { slot(op, a, b, c) = {op, a, b, c, result}; }

Bdd::Ref Bdd::var(std::uint32_t v) { return make(v, kFalse, kTrue); }

Bdd::Ref Bdd::ite(Ref f, Ref g, Ref h) {
  if (f == kTrue) return g;
  if (f == kFalse) return h;
  if (g == h) return g;
  if (g == kTrue && h == kFalse) return f;
  Ref result;
  if (cached(Op::Ite, f, g, h, result)) return result;
  const std::uint32_t v = std::min({varOf(f), varOf(g), varOf(h)});
  const Ref lo = ite(cofactor(f, v, false), cofactor(g, v, false), cofactor(h, v, false));
  const Ref hi = ite(cofactor(f, v, true), cofactor(g, v, true), cofactor(h, v, true));
  result = make(v, lo, hi);
  remember(Op::Ite, f, g, h, result);
  return result;
}

Bdd::Ref Bdd::relProd(Ref f, Ref g, Ref cube) {
  if (f == kFalse || g == kFalse) return kFalse;
  if (f == kTrue && g == kTrue) return kTrue;
  const std::uint32_t v = std::min(varOf(f), varOf(g));
  while (varOf(cube) < v) cube = nodes_[cube].hi;  // quantified variables f and g ignore
  if (cube == kTrue) return conj(f, g);
  Ref result;
  if (cached(Op::RelProd, f, g, cube, result)) return result;
  if (varOf(cube) == v) {
    const Ref rest = nodes_[cube].hi;
    const Ref lo = relProd(cofactor(f, v, false), cofactor(g, v, false), rest);
    result = lo == kTrue ? kTrue : disj(lo, relProd(cofactor(f, v, true), cofactor(g, v, true), rest));
  } else {
    result = make(v, relProd(cofactor(f, v, false), cofactor(g, v, false), cube),
                  relProd(cofactor(f, v, true), cofactor(g, v, true), cube));
  }
  remember(Op::RelProd, f, g, cube, result);
  return result;
}

Bdd::Ref Bdd::prime(Ref f) {
  if (f == kFalse || f == kTrue) return f;
  Ref result;
  if (cached(Op::Prime, f, 0, 0, result)) return result;
  const Node n = nodes_[f];
  // Renaming 2k -> 2k + 1 keeps the order of even variables, so the result stays ordered.
  result = make(n.var + 1, prime(n.lo), prime(n.hi));
  remember(Op::Prime, f, 0, 0, result);
  return result;
}

}  // namespace tlapx::ptl
