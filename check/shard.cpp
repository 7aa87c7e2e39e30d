// The fingerprint partition of `--shard K/N` (see shard.hpp).
#include "check/shard.hpp"

#include <charconv>
#include <cstdint>

namespace tlapx::check {

namespace {

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::optional<unsigned> number(std::string_view text) {
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> Shard::parse(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto index = number(text.substr(0, slash));
  const auto count = number(text.substr(slash + 1));
  if (!index || !count || *index < 1 || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

unsigned Shard::shardOf(std::string_view fingerprint) const {
  return 1 + static_cast<unsigned>(fnv1a(fingerprint) % count);
}

bool Shard::owns(const Obligation& ob) const {
  const bool needsBackend = ob.kind == ObligationKind::Main || ob.kind == ObligationKind::Support;
  return needsBackend ? shardOf(ob.fingerprint) == index : index == 1;
}

std::string Shard::text() const { return std::to_string(index) + "/" + std::to_string(count); }

}  // namespace tlapx::check
