// libFuzzer target: arbitrary bytes through the lexer and parser must never crash,
// hang or trip a sanitizer; they may only produce diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend/diagnostics.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tlapx::SourceManager sources;
  const tlapx::FileId id =
      sources.add("fuzz.tla", std::string(reinterpret_cast<const char*>(data), size));
  tlapx::Diagnostics diags(sources);
  tlapx::parseModule(sources.file(id), diags);
  (void)diags.renderAll();  // rendering must cope with every reported location
  return 0;
}
