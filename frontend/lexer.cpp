// The TLA+ lexer: comments, identifiers/keywords, numbers (incl. \b \o \h), strings,
// proof step labels, ASCII and Unicode operator symbols, module header/footer lines.
#include "frontend/lexer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>

namespace tlapx {

namespace {

struct Keyword {
  std::string_view text;
  Tok kind;
  Sym sym;  // for keyword operators (SUBSET, ...)
};

// Sorted by text for binary search.
constexpr Keyword kKeywords[] = {
    {"ACTION", Tok::KwACTION, Sym::Count_},
    {"ASSUME", Tok::KwASSUME, Sym::Count_},
    {"ASSUMPTION", Tok::KwASSUMPTION, Sym::Count_},
    {"AXIOM", Tok::KwAXIOM, Sym::Count_},
    {"BOOLEAN", Tok::KwBOOLEAN, Sym::Count_},
    {"BY", Tok::KwBY, Sym::Count_},
    {"CASE", Tok::KwCASE, Sym::Count_},
    {"CHOOSE", Tok::KwCHOOSE, Sym::Count_},
    {"CONSTANT", Tok::KwCONSTANT, Sym::Count_},
    {"CONSTANTS", Tok::KwCONSTANTS, Sym::Count_},
    {"COROLLARY", Tok::KwCOROLLARY, Sym::Count_},
    {"DEF", Tok::KwDEF, Sym::Count_},
    {"DEFINE", Tok::KwDEFINE, Sym::Count_},
    {"DEFS", Tok::KwDEFS, Sym::Count_},
    {"DOMAIN", Tok::Op, Sym::Domain},
    {"ELSE", Tok::KwELSE, Sym::Count_},
    {"ENABLED", Tok::Op, Sym::Enabled},
    {"EXCEPT", Tok::KwEXCEPT, Sym::Count_},
    {"EXTENDS", Tok::KwEXTENDS, Sym::Count_},
    {"FALSE", Tok::KwFALSE, Sym::Count_},
    {"HAVE", Tok::KwHAVE, Sym::Count_},
    {"HIDE", Tok::KwHIDE, Sym::Count_},
    {"IF", Tok::KwIF, Sym::Count_},
    {"IN", Tok::KwIN, Sym::Count_},
    {"INSTANCE", Tok::KwINSTANCE, Sym::Count_},
    {"LAMBDA", Tok::KwLAMBDA, Sym::Count_},
    {"LEMMA", Tok::KwLEMMA, Sym::Count_},
    {"LET", Tok::KwLET, Sym::Count_},
    {"LOCAL", Tok::KwLOCAL, Sym::Count_},
    {"MODULE", Tok::KwMODULE, Sym::Count_},
    {"NEW", Tok::KwNEW, Sym::Count_},
    {"OBVIOUS", Tok::KwOBVIOUS, Sym::Count_},
    {"OMITTED", Tok::KwOMITTED, Sym::Count_},
    {"ONLY", Tok::KwONLY, Sym::Count_},
    {"OTHER", Tok::KwOTHER, Sym::Count_},
    {"PICK", Tok::KwPICK, Sym::Count_},
    {"PROOF", Tok::KwPROOF, Sym::Count_},
    {"PROPOSITION", Tok::KwPROPOSITION, Sym::Count_},
    {"PROVE", Tok::KwPROVE, Sym::Count_},
    {"QED", Tok::KwQED, Sym::Count_},
    {"RECURSIVE", Tok::KwRECURSIVE, Sym::Count_},
    {"STATE", Tok::KwSTATE, Sym::Count_},
    {"STRING", Tok::KwSTRING, Sym::Count_},
    {"SUBSET", Tok::Op, Sym::SubsetOf},
    {"SUFFICES", Tok::KwSUFFICES, Sym::Count_},
    {"TAKE", Tok::KwTAKE, Sym::Count_},
    {"TEMPORAL", Tok::KwTEMPORAL, Sym::Count_},
    {"THEN", Tok::KwTHEN, Sym::Count_},
    {"THEOREM", Tok::KwTHEOREM, Sym::Count_},
    {"TRUE", Tok::KwTRUE, Sym::Count_},
    {"UNCHANGED", Tok::Op, Sym::Unchanged},
    {"UNION", Tok::Op, Sym::UnionOf},
    {"USE", Tok::KwUSE, Sym::Count_},
    {"VARIABLE", Tok::KwVARIABLE, Sym::Count_},
    {"VARIABLES", Tok::KwVARIABLES, Sym::Count_},
    {"WITH", Tok::KwWITH, Sym::Count_},
    {"WITNESS", Tok::KwWITNESS, Sym::Count_},
};

const Keyword* findKeyword(std::string_view word) {
  auto it = std::lower_bound(std::begin(kKeywords), std::end(kKeywords), word,
                             [](const Keyword& k, std::string_view w) { return k.text < w; });
  return it != std::end(kKeywords) && it->text == word ? &*it : nullptr;
}

// A fixed spelling: punctuation or an operator symbol.
struct Punct {
  std::string_view text;
  Tok kind;
  Sym sym;
};

constexpr Punct kPunct[] = {
    {"(", Tok::LParen, Sym::Count_},   {")", Tok::RParen, Sym::Count_},
    {"[", Tok::LBracket, Sym::Count_}, {"]", Tok::RBracket, Sym::Count_},
    {"{", Tok::LBrace, Sym::Count_},   {"}", Tok::RBrace, Sym::Count_},
    {"<<", Tok::LAngle, Sym::Count_},  {">>", Tok::RAngle, Sym::Count_},
    {">>_", Tok::RAngleUnder, Sym::Count_}, {"]_", Tok::RBracketUnder, Sym::Count_},
    {",", Tok::Comma, Sym::Count_},    {":", Tok::Colon, Sym::Count_},
    {"::", Tok::ColonColon, Sym::Count_}, {"==", Tok::DefEq, Sym::Count_},
    {"!", Tok::Bang, Sym::Count_},     {"@", Tok::At, Sym::Count_},
    {".", Tok::Dot, Sym::Count_},      {"->", Tok::Arrow, Sym::Count_},
    {"|->", Tok::MapsTo, Sym::Count_}, {"<-", Tok::LArrow, Sym::Count_},
};

// Unicode spellings of non-operator tokens.
struct UnicodePunct {
  std::string_view text;
  Tok kind;
};
constexpr UnicodePunct kUnicodePunct[] = {
    {"\u2200", Tok::Forall}, {"\u2203", Tok::Exists}, {"\u225C", Tok::DefEq},
    {"\u21A6", Tok::MapsTo}, {"\u2192", Tok::Arrow},  {"\u2190", Tok::LArrow},
    {"\u27E8", Tok::LAngle}, {"\u27E9", Tok::RAngle},
};

// ASCII spellings grouped by first character, longest first.
struct PunctTable {
  std::array<std::vector<Punct>, 128> byFirst;
  PunctTable() {
    for (const auto& p : kPunct) byFirst[static_cast<unsigned char>(p.text[0])].push_back(p);
    for (const auto& s : operatorSpellings()) {
      auto c = static_cast<unsigned char>(s.text[0]);
      // Backslash words, keyword operators and UTF-8 spellings are lexed elsewhere.
      if (c >= 128 || c == '\\' || (c >= 'A' && c <= 'Z')) continue;
      byFirst[c].push_back({s.text, Tok::Op, s.sym});
    }
    for (auto& v : byFirst)
      std::stable_sort(v.begin(), v.end(),
                       [](const Punct& a, const Punct& b) { return a.text.size() > b.text.size(); });
  }
};

const PunctTable& punctTable() {
  static const PunctTable t;
  return t;
}

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view p : parts) s.append(p);
  return s;
}

bool isIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isBaseDigit(char c, int base) {
  if (base == 2) return c == '0' || c == '1';
  if (base == 8) return c >= '0' && c <= '7';
  if (base == 10) return isDigit(c);
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int baseOf(char c) {
  switch (c) {
    case 'b': case 'B': return 2;
    case 'o': case 'O': return 8;
    case 'h': case 'H': return 16;
    default: return 0;
  }
}

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags, LexMode mode)
      : file_(file), s_(file.text), diags_(diags), moduleMode_(mode == LexMode::Module) {}

  std::vector<Token> run() {
    if (moduleMode_) {
      std::size_t start = findModuleHeader(s_);
      if (start == std::string_view::npos) {
        push(Tok::End, s_.size(), 0);
        return std::move(out_);
      }
      advanceTo(start);
    }
    out_.reserve(s_.size() / 5 + 16);
    while (true) {
      if (!skipTrivia()) break;
      if (i_ >= s_.size()) break;
      if (!lexToken()) break;
    }
    push(Tok::End, std::min(i_, s_.size()), 0);
    return std::move(out_);
  }

 private:
  const SourceFile& file_;
  std::string_view s_;
  Diagnostics& diags_;
  bool moduleMode_;
  std::vector<Token> out_;
  std::size_t i_ = 0;
  std::uint32_t line_ = 1;
  std::size_t lineStart_ = 0;
  std::size_t acolOff_ = 0;
  std::uint32_t acol_ = 1;
  int moduleDepth_ = 0;

  char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

  // Moves to `target`, keeping the line count (used to jump to the module header).
  void advanceTo(std::size_t target) {
    for (; i_ < target; ++i_)
      if (s_[i_] == '\n') newline(i_);
  }

  void newline(std::size_t nlPos) {
    ++line_;
    lineStart_ = nlPos + 1;
  }

  SourceLoc locAt(std::size_t off) const {
    return {file_.id, line_, static_cast<std::uint32_t>(off - lineStart_ + 1)};
  }

  std::uint32_t alignCol(std::size_t off) {
    if (acolOff_ < lineStart_) {
      acolOff_ = lineStart_;
      acol_ = 1;
    }
    for (; acolOff_ < off; ++acolOff_) {
      auto b = static_cast<unsigned char>(s_[acolOff_]);
      if (b == '\t')
        acol_ = ((acol_ - 1) / 8 + 1) * 8 + 1;
      else if ((b & 0xC0) != 0x80)
        ++acol_;
    }
    return acol_;
  }

  void push(Tok kind, std::size_t start, std::size_t len, Sym sym = Sym::Count_) {
    Token t;
    t.kind = kind;
    t.sym = sym;
    t.offset = static_cast<std::uint32_t>(start);
    t.length = static_cast<std::uint32_t>(len);
    t.line = line_;
    t.col = static_cast<std::uint32_t>(start - lineStart_ + 1);
    t.acol = alignCol(start);
    out_.push_back(t);
  }

  void error(std::size_t off, std::string msg) {
    diags_.error(locAt(off), std::move(msg));
  }

  // Skips whitespace and comments. False after an unterminated comment (reported).
  bool skipTrivia() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        newline(i_);
        ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++i_;
      } else if (c == '\\' && at(i_ + 1) == '*') {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (c == '(' && at(i_ + 1) == '*') {
        if (!skipBlockComment()) return false;
      } else {
        break;
      }
    }
    return true;
  }

  bool skipBlockComment() {
    const std::size_t start = i_;
    const std::uint32_t startLine = line_;
    const std::size_t startLineStart = lineStart_;
    int depth = 0;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '(' && at(i_ + 1) == '*') {
        ++depth;
        i_ += 2;
      } else if (c == '*' && at(i_ + 1) == ')') {
        i_ += 2;
        if (--depth == 0) return true;
      } else {
        if (c == '\n') newline(i_);
        ++i_;
      }
    }
    // Report at the comment's start.
    line_ = startLine;
    lineStart_ = startLineStart;
    error(start, "unterminated comment: '(*' has no matching '*)'");
    push(Tok::Error, start, 2);
    return false;
  }

  // Lexes one token at i_. False when lexing must stop (end of the module).
  bool lexToken() {
    const std::size_t start = i_;
    const char c = s_[i_];
    if (isIdentChar(c)) return lexWord(start);
    if (c == '"') return lexString(start);
    if (c == '\\') return lexBackslash(start);
    if (c == '<' && lexStep(start)) return true;
    if (c == '-' && at(i_ + 1) == '-' && at(i_ + 2) == '-' && at(i_ + 3) == '-') {
      while (at(i_) == '-') ++i_;
      push(Tok::DashLine, start, i_ - start);
      if (moduleMode_ && followedByModule(i_)) ++moduleDepth_;
      return true;
    }
    if (c == '=' && at(i_ + 1) == '=' && at(i_ + 2) == '=' && at(i_ + 3) == '=') {
      while (at(i_) == '=') ++i_;
      push(Tok::EqLine, start, i_ - start);
      return !(moduleMode_ && --moduleDepth_ <= 0);
    }
    if (static_cast<unsigned char>(c) >= 128) return lexUnicode(start);
    for (const Punct& p : punctTable().byFirst[static_cast<unsigned char>(c)]) {
      if (s_.compare(i_, p.text.size(), p.text) == 0) {
        i_ += p.text.size();
        push(p.kind, start, p.text.size(), p.sym);
        return true;
      }
    }
    ++i_;
    char buf[64];
    if (static_cast<unsigned char>(c) < 32)
      std::snprintf(buf, sizeof buf, "unexpected character (code %d)", static_cast<int>(c));
    else
      std::snprintf(buf, sizeof buf, "unexpected character '%c'", c);
    error(start, buf);
    push(Tok::Error, start, 1);
    return true;
  }

  bool followedByModule(std::size_t k) const {
    while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t' || s_[k] == '\r' || s_[k] == '\n')) ++k;
    return s_.compare(k, 6, "MODULE") == 0 && !isIdentChar(at(k + 6));
  }

  bool lexWord(std::size_t start) {
    if ((s_.compare(start, 3, "WF_") == 0 || s_.compare(start, 3, "SF_") == 0)) {
      i_ += 3;
      push(s_[start] == 'W' ? Tok::WF : Tok::SF, start, 3);
      return true;
    }
    bool letter = false;
    while (i_ < s_.size() && isIdentChar(s_[i_])) {
      letter = letter || isLetter(s_[i_]);
      ++i_;
    }
    std::string_view word = s_.substr(start, i_ - start);
    if (letter) {
      if (word[0] >= 'A' && word[0] <= 'Z') {
        if (const Keyword* k = findKeyword(word)) {
          push(k->kind, start, word.size(), k->sym);
          return true;
        }
      }
      push(Tok::Ident, start, word.size());
      return true;
    }
    if (word == "_") {
      push(Tok::Underscore, start, 1);
      return true;
    }
    if (word.find('_') != std::string_view::npos) {
      error(start, cat({"invalid identifier '", word, "': an identifier needs a letter"}));
      push(Tok::Error, start, word.size());
      return true;
    }
    if (at(i_) == '.' && isDigit(at(i_ + 1))) {
      ++i_;
      while (isDigit(at(i_))) ++i_;
    }
    push(Tok::Number, start, i_ - start);
    return true;
  }

  bool lexString(std::size_t start) {
    ++i_;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"') {
        ++i_;
        push(Tok::String, start, i_ - start);
        return true;
      }
      if (c == '\n') break;
      if (c == '\\') {
        char e = at(i_ + 1);
        if (e != '"' && e != '\\' && e != 'n' && e != 't' && e != 'r' && e != 'f') {
          error(i_, "invalid escape sequence in string (allowed: \\\" \\\\ \\n \\t \\r \\f)");
          // Keep lexing the string so the rest of the line is not misread.
        }
        if (e == '\n' || e == '\0') break;
        i_ += 2;
        continue;
      }
      ++i_;
    }
    error(start, "unterminated string literal");
    push(Tok::Error, start, i_ - start);
    return true;
  }

  bool lexBackslash(std::size_t start) {
    char n = at(i_ + 1);
    if (n == '/') {
      i_ += 2;
      push(Tok::Op, start, 2, Sym::Or);
      return true;
    }
    if (!isLetter(n)) {
      ++i_;
      push(Tok::Op, start, 1, Sym::SetMinus);
      return true;
    }
    if (int base = baseOf(n); base != 0 && isBaseDigit(at(i_ + 2), base)) {
      i_ += 2;
      while (isIdentChar(at(i_))) {
        if (!isBaseDigit(s_[i_], base)) {
          while (isIdentChar(at(i_))) ++i_;
          error(start, cat({"invalid digit in number literal '", s_.substr(start, i_ - start), "'"}));
          push(Tok::Error, start, i_ - start);
          return true;
        }
        ++i_;
      }
      push(Tok::Number, start, i_ - start);
      return true;
    }
    std::size_t k = i_ + 1;
    while (isLetter(at(k))) ++k;
    std::string_view word = s_.substr(start, k - start);
    i_ = k;
    if (word == "\\A") return push(Tok::Forall, start, 2), true;
    if (word == "\\E") return push(Tok::Exists, start, 2), true;
    if (word == "\\AA") return push(Tok::TForall, start, 3), true;
    if (word == "\\EE") return push(Tok::TExists, start, 3), true;
    if (auto sym = lookupOperatorSpelling(word)) {
      push(Tok::Op, start, word.size(), *sym);
      return true;
    }
    error(start, cat({"unknown operator '", word, "'"}));
    push(Tok::Error, start, word.size());
    return true;
  }

  // <1>2.  <1>.  <1>  <+>  <*>  <1>a  ; false if this `<` does not start a step label.
  bool lexStep(std::size_t start) {
    std::size_t k = start + 1;
    if (at(k) == '+' || at(k) == '*') {
      ++k;
    } else {
      if (!isDigit(at(k))) return false;
      while (isDigit(at(k))) ++k;
    }
    if (at(k) != '>' || at(k + 1) == '>') return false;
    ++k;
    while (isIdentChar(at(k))) ++k;
    bool dot = false;
    if (at(k) == '.' && at(k + 1) != '.') {
      dot = true;
      ++k;
    }
    i_ = k;
    push(Tok::Step, start, k - start);
    out_.back().stepDot = dot;
    return true;
  }

  bool lexUnicode(std::size_t start) {
    auto b0 = static_cast<unsigned char>(s_[start]);
    std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
    bool valid = len > 1 && start + len <= s_.size();
    for (std::size_t k = 1; valid && k < len; ++k)
      valid = (static_cast<unsigned char>(s_[start + k]) & 0xC0) == 0x80;
    if (!valid) {
      ++i_;
      while ((static_cast<unsigned char>(at(i_)) & 0xC0) == 0x80) ++i_;
      error(start, "invalid UTF-8 byte in source");
      push(Tok::Error, start, i_ - start);
      return true;
    }
    std::string_view ch = s_.substr(start, len);
    i_ += len;
    if (ch == "\u27E9" && at(i_) == '_') {
      ++i_;
      push(Tok::RAngleUnder, start, len + 1);
      return true;
    }
    for (const auto& p : kUnicodePunct) {
      if (p.text == ch) {
        push(p.kind, start, len);
        return true;
      }
    }
    if (auto sym = lookupOperatorSpelling(ch)) {
      push(Tok::Op, start, len, *sym);
      return true;
    }
    error(start, cat({"unexpected character '", ch, "'"}));
    push(Tok::Error, start, len);
    return true;
  }
};

// Multiplies the little-endian base-1e9 number `n` by `m` and adds `a`.
void mulAdd(std::vector<std::uint32_t>& n, std::uint32_t m, std::uint32_t a) {
  std::uint64_t carry = a;
  for (auto& limb : n) {
    std::uint64_t v = static_cast<std::uint64_t>(limb) * m + carry;
    limb = static_cast<std::uint32_t>(v % 1000000000u);
    carry = v / 1000000000u;
  }
  while (carry != 0) {
    n.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
    carry /= 1000000000u;
  }
}

}  // namespace

std::string_view tokenKindName(Tok kind) {
  switch (kind) {
    case Tok::End: return "end of input";
    case Tok::Error: return "invalid token";
    case Tok::Offside: return "a token left of the junction bullet";
    case Tok::Ident: return "identifier";
    case Tok::Number: return "number";
    case Tok::String: return "string";
    case Tok::Step: return "proof step label";
    case Tok::Op: return "operator";
    case Tok::LParen: return "'('";
    case Tok::RParen: return "')'";
    case Tok::LBracket: return "'['";
    case Tok::RBracket: return "']'";
    case Tok::RBracketUnder: return "']_'";
    case Tok::LBrace: return "'{'";
    case Tok::RBrace: return "'}'";
    case Tok::LAngle: return "'<<'";
    case Tok::RAngle: return "'>>'";
    case Tok::RAngleUnder: return "'>>_'";
    case Tok::Comma: return "','";
    case Tok::Colon: return "':'";
    case Tok::ColonColon: return "'::'";
    case Tok::DefEq: return "'=='";
    case Tok::Bang: return "'!'";
    case Tok::At: return "'@'";
    case Tok::Dot: return "'.'";
    case Tok::Arrow: return "'->'";
    case Tok::MapsTo: return "'|->'";
    case Tok::LArrow: return "'<-'";
    case Tok::Underscore: return "'_'";
    case Tok::DashLine: return "'----'";
    case Tok::EqLine: return "'===='";
    case Tok::Forall: return "'\\A'";
    case Tok::Exists: return "'\\E'";
    case Tok::TForall: return "'\\AA'";
    case Tok::TExists: return "'\\EE'";
    case Tok::WF: return "'WF_'";
    case Tok::SF: return "'SF_'";
    default: break;
  }
  for (const auto& k : kKeywords)
    if (k.kind == kind) return k.text;
  return "token";
}

std::size_t findModuleHeader(std::string_view text) {
  std::size_t pos = 0;
  while ((pos = text.find("----", pos)) != std::string_view::npos) {
    std::size_t k = pos;
    while (k < text.size() && text[k] == '-') ++k;
    std::size_t after = k;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\n'))
      ++k;
    if (text.compare(k, 6, "MODULE") == 0 && (k + 6 == text.size() || !isIdentChar(text[k + 6])))
      return pos;
    pos = after;
  }
  return std::string_view::npos;
}

std::string numberValue(std::string_view text) {
  if (text.empty() || text[0] != '\\') return std::string(text);
  const int base = baseOf(text[1]);
  std::vector<std::uint32_t> n{0};
  for (char c : text.substr(2)) {
    std::uint32_t d = isDigit(c) ? static_cast<std::uint32_t>(c - '0')
                    : (c >= 'a' && c <= 'f') ? static_cast<std::uint32_t>(c - 'a' + 10)
                                             : static_cast<std::uint32_t>(c - 'A' + 10);
    mulAdd(n, static_cast<std::uint32_t>(base), d);
  }
  std::string out = std::to_string(n.back());
  char buf[16];
  for (std::size_t k = n.size() - 1; k-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(n[k]));
    out += buf;
  }
  return out;
}

bool stringValue(std::string_view text, std::string& out) {
  out.clear();
  if (text.size() < 2) return false;
  std::string_view body = text.substr(1, text.size() - 2);
  out.reserve(body.size());
  bool ok = true;
  for (std::size_t k = 0; k < body.size(); ++k) {
    char c = body[k];
    if (c != '\\' || k + 1 >= body.size()) {
      out += c;
      continue;
    }
    switch (body[++k]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      default: ok = false; out += body[k]; break;
    }
  }
  return ok;
}

std::vector<Token> lex(const SourceFile& file, Diagnostics& diags, LexMode mode) {
  return Lexer(file, diags, mode).run();
}

}  // namespace tlapx
