// Collects errors and warnings with source locations and renders them as
// `file:line:col: error: message` followed by the source line and a caret.
#pragma once

#include <string>
#include <vector>

#include "frontend/source.hpp"

namespace tlapx {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sources) : sources_(&sources) {}

  void error(SourceLoc loc, std::string message);
  void warning(SourceLoc loc, std::string message);
  void note(SourceLoc loc, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t errorCount() const { return errors_; }
  bool hasErrors() const { return errors_ != 0; }

  // "path:line:col: error: message\n  <source line>\n  <caret>\n"
  std::string render(const Diagnostic& d) const;
  std::string renderAll() const;

 private:
  const SourceManager* sources_;
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace tlapx
