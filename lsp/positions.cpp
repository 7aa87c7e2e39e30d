// Byte/UTF-16 column conversion and offset arithmetic on a SourceFile (see positions.hpp).
#include "lsp/positions.hpp"

#include <algorithm>
#include <cctype>

namespace tlapx::lsp {

namespace {

// UTF-16 code units in the UTF-8 text `s`.
unsigned utf16Length(std::string_view s) {
  unsigned n = 0;
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte
    n += byte >= 0xF0 ? 2 : 1;            // four-byte sequences are surrogate pairs
  }
  return n;
}

std::size_t offsetOf(const SourceFile& file, SourceLoc loc) {
  if (loc.line == 0 || loc.line > file.lineStarts.size()) return file.text.size();
  return std::min<std::size_t>(file.lineStarts[loc.line - 1] + loc.col - 1, file.text.size());
}

SourceLoc locOf(const SourceFile& file, std::size_t offset) {
  const auto it = std::upper_bound(file.lineStarts.begin(), file.lineStarts.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - file.lineStarts.begin());
  return SourceLoc{file.id, line, static_cast<std::uint32_t>(offset - file.lineStarts[line - 1] + 1)};
}

}  // namespace

nlohmann::json lspPosition(const SourceFile& file, SourceLoc loc) {
  if (!loc.valid()) return {{"line", 0}, {"character", 0}};
  const std::string_view text = file.lineText(loc.line);
  const std::size_t bytes = std::min<std::size_t>(loc.col > 0 ? loc.col - 1 : 0, text.size());
  return {{"line", loc.line - 1}, {"character", utf16Length(text.substr(0, bytes))}};
}

nlohmann::json lspRange(const SourceFile& file, SourceRange range) {
  return {{"start", lspPosition(file, range.begin)}, {"end", lspPosition(file, range.end)}};
}

nlohmann::json lspPointRange(const SourceFile& file, SourceLoc loc) {
  SourceLoc end = loc;
  ++end.col;
  return lspRange(file, {loc, end});
}

SourceLoc endOfTextBefore(const SourceFile& file, SourceLoc loc, SourceLoc floor) {
  const std::size_t low = offsetOf(file, floor);
  std::size_t offset = offsetOf(file, loc);
  while (offset > low && std::isspace(static_cast<unsigned char>(file.text[offset - 1])) != 0) --offset;
  return locOf(file, offset);
}

}  // namespace tlapx::lsp
