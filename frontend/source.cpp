// Line-table construction and lookups for SourceFile / SourceManager.
#include "frontend/source.hpp"

namespace tlapx {

std::string_view SourceFile::lineText(std::uint32_t line) const {
  if (line == 0 || line > lineStarts.size()) return {};
  std::size_t start = lineStarts[line - 1];
  std::size_t end = line < lineStarts.size() ? lineStarts[line] : text.size();
  while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return std::string_view(text).substr(start, end - start);
}

SourceManager::SourceManager() { files_.push_back(std::make_unique<SourceFile>()); }

FileId SourceManager::add(std::string path, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->id = static_cast<FileId>(files_.size());
  f->path = std::move(path);
  f->text = std::move(text);
  f->lineStarts.push_back(0);
  for (std::size_t i = 0; i < f->text.size(); ++i)
    if (f->text[i] == '\n') f->lineStarts.push_back(static_cast<std::uint32_t>(i + 1));
  files_.push_back(std::move(f));
  return files_.back()->id;
}

}  // namespace tlapx
