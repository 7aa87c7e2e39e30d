// Rendering of diagnostics in the conventional compiler format.
#include "frontend/diagnostics.hpp"

namespace tlapx {

void Diagnostics::error(SourceLoc loc, std::string message) {
  items_.push_back({Severity::Error, loc, std::move(message)});
  ++errors_;
}
void Diagnostics::warning(SourceLoc loc, std::string message) {
  items_.push_back({Severity::Warning, loc, std::move(message)});
}
void Diagnostics::note(SourceLoc loc, std::string message) {
  items_.push_back({Severity::Note, loc, std::move(message)});
}

std::string Diagnostics::render(const Diagnostic& d) const {
  static constexpr const char* kSeverity[] = {"error", "warning", "note"};
  std::string out;
  const bool known = d.loc.file != 0 && d.loc.file < sources_->size();
  if (known) {
    const SourceFile& f = sources_->file(d.loc.file);
    out += f.path + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": ";
  } else {
    out += "tlapx: ";
  }
  out += kSeverity[static_cast<int>(d.severity)];
  out += ": " + d.message + "\n";
  if (known && d.loc.valid()) {
    std::string_view line = sources_->file(d.loc.file).lineText(d.loc.line);
    out += "  ";
    out += line;
    out += "\n  ";
    for (std::uint32_t c = 1; c < d.loc.col && c <= line.size(); ++c) out += line[c - 1] == '\t' ? '\t' : ' ';
    out += "^\n";
  }
  return out;
}

std::string Diagnostics::renderAll() const {
  std::string out;
  for (const auto& d : items_) out += render(d);
  return out;
}

}  // namespace tlapx
