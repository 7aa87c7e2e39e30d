// Cache merging (see merge.hpp): the total order on entries and the keep-the-preferred copy.
#include "cache/merge.hpp"

#include <tuple>

namespace tlapx::cache {

namespace {

// Larger ranks first: proved, then the resource-limit kind, then the larger budget; then
// smaller ranks first: the earlier date, the shorter time, then the text fields.
auto rank(const Entry& e) {
  return std::make_tuple(e.proved(), e.budgetKind == BudgetKind::Rlimit, e.budget, -e.date, -e.seconds,
                         ~e.resourcesUsed);
}

auto text(const Entry& e) { return std::tie(e.status, e.decidedBy, e.reason, e.counterModel, e.origin); }

bool same(const Entry& a, const Entry& b) { return rank(a) == rank(b) && text(a) == text(b); }

}  // namespace

bool preferred(const Entry& a, const Entry& b) {
  if (rank(a) != rank(b)) return rank(a) > rank(b);
  return text(a) < text(b);
}

void offer(ResultCache& into, const Key& key, const Entry& entry, MergeCounts& counts) {
  ++counts.read;
  const std::optional<Entry> stored = into.find(key);
  if (stored && (same(*stored, entry) || !preferred(entry, *stored))) return;
  into.replace(key, entry);
  ++(stored ? counts.replaced : counts.added);
}

MergeCounts merge(ResultCache& into, ResultCache& from) {
  MergeCounts counts;
  ResultCache::Transaction transaction(into);
  from.forEach([&](const Key& key, const Entry& entry) { offer(into, key, entry, counts); });
  transaction.commit();
  return counts;
}

}  // namespace tlapx::cache
