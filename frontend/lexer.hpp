// The TLA+ lexer: source text -> token vector (comments and whitespace dropped).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/diagnostics.hpp"
#include "frontend/source.hpp"
#include "frontend/token.hpp"

namespace tlapx {

enum class LexMode {
  Module,      // start at the first `---- MODULE` header, stop after the `====` closing it
  Expression,  // lex the whole text
};

// Tokenizes `file`. The result always ends with a Tok::End token. Lexical errors are
// reported to `diags` and produce a Tok::Error token at the offending position.
std::vector<Token> lex(const SourceFile& file, Diagnostics& diags, LexMode mode);

// Offset of the first module header (`----` followed by `MODULE`), or npos.
std::size_t findModuleHeader(std::string_view text);

// Decodes a Tok::Number token's text to decimal digits ("\\h1F" -> "31", "3.50" -> "3.50").
std::string numberValue(std::string_view text);

// Decodes a Tok::String token's text (with quotes) to its value; false on a bad escape.
bool stringValue(std::string_view text, std::string& out);

}  // namespace tlapx
