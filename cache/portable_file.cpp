// Export and import of the portable cache file (see portable_file.hpp), through zlib's
// gz* functions, which read plain and compressed files alike.
#include "cache/portable_file.hpp"

#include <zlib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace tlapx::cache {

namespace {

constexpr const char* kFormat = "tlapx-cache";
constexpr int kFormatVersion = 1;

struct GzClose {
  void operator()(gzFile_s* f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<gzFile_s, GzClose>;

bool compressed(const std::filesystem::path& file) { return file.extension() == ".gz"; }

nlohmann::json toJson(const Key& key, const Entry& e) {
  return {{"fingerprint", key.fingerprint},
          {"backend", key.backend},
          {"backend_version", key.backendVersion},
          {"encoder_version", key.encoderVersion},
          {"status", e.status},
          {"decided_by", e.decidedBy},
          {"reason", e.reason},
          {"counter_model", e.counterModel},
          {"budget_kind", e.budgetKind == BudgetKind::Rlimit ? "rlimit" : "wall"},
          {"budget", e.budget},
          {"resources_used", e.resourcesUsed},
          {"seconds", e.seconds},
          {"date", e.date},
          {"origin", e.origin}};
}

// Reads one entry line; throws nlohmann::json::exception or std::invalid_argument.
std::pair<Key, Entry> fromJson(const nlohmann::json& j) {
  Key key{j.at("fingerprint").get<std::string>(), j.at("backend").get<std::string>(),
          j.at("backend_version").get<std::string>(), j.at("encoder_version").get<std::string>()};
  Entry e;
  e.status = j.at("status").get<std::string>();
  e.decidedBy = j.at("decided_by").get<std::string>();
  e.reason = j.at("reason").get<std::string>();
  e.counterModel = j.at("counter_model").get<std::string>();
  const std::string kind = j.at("budget_kind").get<std::string>();
  if (kind != "rlimit" && kind != "wall") throw std::invalid_argument("unknown budget_kind \"" + kind + "\"");
  e.budgetKind = kind == "rlimit" ? BudgetKind::Rlimit : BudgetKind::WallSeconds;
  e.budget = j.at("budget").get<double>();
  e.resourcesUsed = j.at("resources_used").get<std::uint64_t>();
  e.seconds = j.at("seconds").get<double>();
  e.date = j.at("date").get<std::int64_t>();
  e.origin = j.value("origin", std::string());
  if (key.fingerprint.empty() || e.status.empty() || e.date <= 0)
    throw std::invalid_argument("empty fingerprint or status, or no date");
  return {std::move(key), std::move(e)};
}

void writeLine(gzFile_s* out, const nlohmann::json& j, const std::filesystem::path& file) {
  const std::string line = j.dump() + "\n";
  if (gzwrite(out, line.data(), static_cast<unsigned>(line.size())) != static_cast<int>(line.size()))
    throw PortableFileError("cannot write " + file.string());
}

// The whole (decompressed) content of `file`.
std::string readAll(const std::filesystem::path& file) {
  GzFile in(gzopen(file.c_str(), "rb"));
  if (!in) throw PortableFileError("cannot open " + file.string());
  std::string text;
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const int n = gzread(in.get(), buffer.data(), static_cast<unsigned>(buffer.size()));
    if (n < 0) {
      int code = 0;
      throw PortableFileError(file.string() + ": " + gzerror(in.get(), &code));
    }
    if (n == 0) break;
    text.append(buffer.data(), static_cast<std::size_t>(n));
  }
  if (gzclose(in.release()) != Z_OK) throw PortableFileError(file.string() + ": truncated compressed data");
  return text;
}

}  // namespace

std::size_t exportCache(ResultCache& cache, const std::filesystem::path& file) {
  const std::filesystem::path temporary = file.string() + ".partial";
  std::size_t entries = 0;
  {
    GzFile out(gzopen(temporary.c_str(), compressed(file) ? "wb" : "wT"));
    if (!out) throw PortableFileError("cannot write " + temporary.string());
    writeLine(out.get(), {{"format", kFormat}, {"version", kFormatVersion}}, temporary);
    cache.forEach([&](const Key& key, const Entry& entry) {
      writeLine(out.get(), toJson(key, entry), temporary);
      ++entries;
    });
    writeLine(out.get(), {{"end", true}, {"entries", entries}}, temporary);
    if (gzclose(out.release()) != Z_OK) throw PortableFileError("cannot write " + temporary.string());
  }
  std::error_code ec;
  std::filesystem::rename(temporary, file, ec);
  if (ec) throw PortableFileError("cannot write " + file.string() + ": " + ec.message());
  return entries;
}

MergeCounts importCache(ResultCache& cache, const std::filesystem::path& file) {
  const std::string text = readAll(file);
  std::vector<std::pair<Key, Entry>> entries;
  bool header = false, trailer = false;
  std::size_t lineNumber = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    at = end + 1;
    ++lineNumber;
    const auto fail = [&](const std::string& why) {
      return PortableFileError(file.string() + ":" + std::to_string(lineNumber) + ": " + why);
    };
    if (trailer) throw fail("data after the end line");
    try {
      const nlohmann::json j = nlohmann::json::parse(line);
      if (!j.is_object()) throw fail("not a JSON object");
      if (!header) {
        if (j.value("format", std::string()) != kFormat) throw fail("not a tlapx cache export");
        if (j.value("version", 0) != kFormatVersion)
          throw fail("format version " + j.value("version", nlohmann::json()).dump() + " is not supported");
        header = true;
      } else if (j.contains("end")) {
        if (j.at("entries").get<std::size_t>() != entries.size())
          throw fail("the end line counts " + j.at("entries").dump() + " entries, the file holds " +
                     std::to_string(entries.size()));
        trailer = true;
      } else {
        entries.push_back(fromJson(j));
      }
    } catch (const nlohmann::json::exception& e) {
      throw fail(e.what());
    } catch (const std::invalid_argument& e) {
      throw fail(e.what());
    }
  }
  if (!header) throw PortableFileError(file.string() + ": empty, not a tlapx cache export");
  if (!trailer) throw PortableFileError(file.string() + ": truncated (no end line)");
  MergeCounts counts;
  ResultCache::Transaction transaction(cache);
  for (const auto& [key, entry] : entries) offer(cache, key, entry, counts);
  transaction.commit();
  return counts;
}

}  // namespace tlapx::cache
