// Owns the text of every loaded source file and maps byte offsets to line/column positions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tlapx {

using FileId = std::uint32_t;

// A position in a source file: 1-based line and column (columns count bytes).
struct SourceLoc {
  FileId file = 0;
  std::uint32_t line = 0;
  std::uint32_t col = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const SourceLoc&, const SourceLoc&) = default;
};

// A half-open region [begin, end) of one file.
struct SourceRange {
  SourceLoc begin;
  SourceLoc end;
};

struct SourceFile {
  FileId id = 0;
  std::string path;  // as given by the user or "<builtin>/Name.tla" for bundled modules
  std::string text;
  std::vector<std::uint32_t> lineStarts;  // byte offset of each line start

  std::string_view lineText(std::uint32_t line) const;
};

// Registry of all source files of one run. File ids are indices; id 0 is reserved (unknown).
class SourceManager {
 public:
  SourceManager();
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return *files_.at(id); }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace tlapx
