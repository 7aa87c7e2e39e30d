// The theorems of a red-team module and what a `tlapx check --json` report says about
// each: obligations are mapped to their enclosing theorem by line ranges (a theorem runs
// to the line before the next one). Shared by the red-team and the edit suites.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "../check/tlapx_process.hpp"

namespace tlapx::redteam {

struct Theorem {
  std::string name;
  int firstLine = 0;
  int lastLine = 0;  // the line before the next theorem (or the end of the file)
};

// Theorems of a module file with their line ranges.
inline std::vector<Theorem> theoremsOf(const std::filesystem::path& file) {
  static const std::regex head(R"(^\s*(THEOREM|LEMMA|PROPOSITION|COROLLARY)\s+(\w+)\s*==)");
  std::vector<Theorem> theorems;
  std::istringstream in(check::testing::readFile(file));
  std::string line;
  int n = 0;
  for (; std::getline(in, line);) {
    ++n;
    std::smatch m;
    if (std::regex_search(line, m, head)) {
      if (!theorems.empty()) theorems.back().lastLine = n - 1;
      theorems.push_back({m[2].str(), n, 0});
    }
  }
  if (!theorems.empty()) theorems.back().lastLine = n;
  return theorems;
}

inline const Theorem* theoremAt(const std::vector<Theorem>& theorems, int line) {
  for (const auto& t : theorems) {
    if (t.firstLine <= line && line <= t.lastLine) return &t;
  }
  return nullptr;
}

inline bool hasPrefix(const std::string& name, const std::string& prefix) { return name.rfind(prefix, 0) == 0; }
inline bool isFalseCase(const std::string& name) { return hasPrefix(name, "False_"); }
inline bool isTrueCase(const std::string& name) { return hasPrefix(name, "True_"); }

// What a report says about one theorem's obligations.
struct Tally {
  int obligations = 0;
  int cached = 0;                     // answered from the cache
  std::vector<std::string> unproved;  // "line: status"
  bool proved() const { return obligations > 0 && unproved.empty(); }
  std::string why() const {
    std::string s;
    for (const auto& u : unproved) s += "\n  line " + u;
    return s;
  }
};

// The tallies of the theorems of `file` in a JSON report (obligations of other files,
// e.g. helper modules, are left out).
inline std::map<std::string, Tally> tallies(const nlohmann::json& report, const std::filesystem::path& file,
                                            const std::vector<Theorem>& theorems) {
  std::map<std::string, Tally> out;
  for (const auto& t : theorems) out[t.name];
  for (const auto& o : report["obligations"]) {
    if (std::filesystem::path(o["file"].get<std::string>()).filename() != file.filename()) continue;
    const int line = o["line"].get<int>();
    const Theorem* t = theoremAt(theorems, line);
    if (t == nullptr) continue;
    Tally& y = out[t->name];
    ++y.obligations;
    if (o.value("cached", false)) ++y.cached;
    const std::string status = o["status"].get<std::string>();
    if (status != "proved" && status != "trivial") y.unproved.push_back(std::to_string(line) + ": " + status);
  }
  return out;
}

}  // namespace tlapx::redteam
