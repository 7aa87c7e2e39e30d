// Lexer tests: token kinds, positions and alignment columns, step labels, numbers,
// strings, comments, Unicode, module boundaries and lexical errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frontend/lexer.hpp"

namespace tlapx {
namespace {

struct Lexed {
  SourceManager sources;
  Diagnostics diags{sources};
  std::vector<Token> tokens;
  const SourceFile* file = nullptr;
  Lexed(std::string text, LexMode mode) {
    FileId id = sources.add("<lex>", std::move(text));
    file = &sources.file(id);
    tokens = lex(*file, diags, mode);
  }
  std::string_view text(std::size_t i) const {
    return std::string_view(file->text).substr(tokens[i].offset, tokens[i].length);
  }
};

std::vector<Tok> kinds(const std::string& text, LexMode mode = LexMode::Expression) {
  Lexed l(text, mode);
  std::vector<Tok> out;
  for (const auto& t : l.tokens) out.push_back(t.kind);
  return out;
}

TEST(Lexer, PunctuationAndOperators) {
  using enum Tok;
  EXPECT_EQ(kinds("( ) [ ] { } << >> , : :: == ! @ . -> |-> <-"),
            (std::vector<Tok>{LParen, RParen, LBracket, RBracket, LBrace, RBrace, LAngle, RAngle,
                              Comma, Colon, ColonColon, DefEq, Bang, At, Dot, Arrow, MapsTo, LArrow,
                              End}));
  EXPECT_EQ(kinds("[A]_v <<A>>_v"),
            (std::vector<Tok>{LBracket, Ident, RBracketUnder, Ident, LAngle, Ident, RAngleUnder,
                              Ident, End}));
  EXPECT_EQ(kinds("\\A \\E \\AA \\EE WF_v SF_<<"),
            (std::vector<Tok>{Forall, Exists, TForall, TExists, WF, Ident, SF, LAngle, End}));
}

TEST(Lexer, LongestMatchOperators) {
  Lexed l("<=> <= <: <> =< => =| -+-> -> -- -| -. ... .. ::= := :> |-> |- |= || ^+ ^^ @@ (+) (\\X)",
          LexMode::Expression);
  const std::vector<std::string_view> expected = {
      "<=>", "<=", "<:", "<>", "=<", "=>", "=|", "-+->", "->", "--", "-|", "-.", "...", "..",
      "::=", ":=", ":>", "|->", "|-", "|=", "||", "^+", "^^", "@@", "(+)", "(\\X)"};
  ASSERT_EQ(l.tokens.size(), expected.size() + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(l.text(i), expected[i]) << i;
  EXPECT_EQ(l.tokens[0].sym, Sym::Equiv);
  EXPECT_EQ(l.tokens[1].sym, Sym::Leq);
  EXPECT_EQ(l.tokens[24].sym, Sym::Oplus);
}

TEST(Lexer, BackslashOperators) {
  Lexed l("\\in \\notin \\cup \\union \\X \\times \\o \\circ \\ \\/ \\lnot x", LexMode::Expression);
  const std::vector<Sym> expected = {Sym::In,    Sym::NotIn, Sym::Cup,  Sym::Cup,
                                     Sym::Times, Sym::Times, Sym::Circ, Sym::Circ,
                                     Sym::SetMinus, Sym::Or, Sym::Not};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(l.tokens[i].kind, Tok::Op) << i;
    EXPECT_EQ(l.tokens[i].sym, expected[i]) << i;
  }
  EXPECT_FALSE(l.diags.hasErrors());
}

TEST(Lexer, KeywordsAndIdentifiers) {
  using enum Tok;
  EXPECT_EQ(kinds("THEOREM Theorem IF If x_1 _y 2x PROOF BY DEFS SUBSET"),
            (std::vector<Tok>{KwTHEOREM, Ident, KwIF, Ident, Ident, Ident, Ident, KwPROOF, KwBY,
                              KwDEFS, Op, End}));
  EXPECT_EQ(kinds("F(_, _)"), (std::vector<Tok>{Ident, LParen, Underscore, Comma, Underscore,
                                                RParen, End}));
}

TEST(Lexer, Numbers) {
  Lexed l("12 3.25 1..2 \\b1010 \\o17 \\h1f \\HFF", LexMode::Expression);
  EXPECT_EQ(l.text(0), "12");
  EXPECT_EQ(l.text(1), "3.25");
  EXPECT_EQ(l.text(2), "1");
  EXPECT_EQ(l.text(3), "..");
  EXPECT_EQ(l.text(4), "2");
  EXPECT_EQ(l.tokens[5].kind, Tok::Number);
  EXPECT_EQ(numberValue(l.text(5)), "10");
  EXPECT_EQ(numberValue(l.text(6)), "15");
  EXPECT_EQ(numberValue(l.text(7)), "31");
  EXPECT_EQ(numberValue(l.text(8)), "255");
  EXPECT_EQ(numberValue("\\b0"), "0");
  EXPECT_EQ(numberValue("\\hFFFFFFFFFFFFFFFFFFFF"), "1208925819614629174706175");
}

TEST(Lexer, Strings) {
  Lexed l(R"("a\"b" "\\" "tab\there")", LexMode::Expression);
  ASSERT_EQ(l.tokens[0].kind, Tok::String);
  std::string v;
  EXPECT_TRUE(stringValue(l.text(0), v));
  EXPECT_EQ(v, "a\"b");
  EXPECT_TRUE(stringValue(l.text(1), v));
  EXPECT_EQ(v, "\\");
  EXPECT_TRUE(stringValue(l.text(2), v));
  EXPECT_EQ(v, "tab\there");
  EXPECT_FALSE(l.diags.hasErrors());
}

TEST(Lexer, StepLabels) {
  Lexed l("<1>2. <1>. <1> <+> <*>. <2>1a <12>x. <<1>> x<1", LexMode::Expression);
  const std::vector<std::pair<std::string_view, bool>> steps = {
      {"<1>2.", true}, {"<1>.", true}, {"<1>", false}, {"<+>", false},
      {"<*>.", true},  {"<2>1a", false}, {"<12>x.", true}};
  for (std::size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(l.tokens[i].kind, Tok::Step) << i;
    EXPECT_EQ(l.text(i), steps[i].first);
    EXPECT_EQ(l.tokens[i].stepDot, steps[i].second) << i;
  }
  EXPECT_EQ(l.tokens[7].kind, Tok::LAngle);   // <<1>> is a tuple
  EXPECT_EQ(l.tokens[8].kind, Tok::Number);
  EXPECT_EQ(l.tokens[9].kind, Tok::RAngle);
  EXPECT_EQ(l.tokens[11].kind, Tok::Op);       // x<1
  EXPECT_EQ(l.tokens[11].sym, Sym::Lt);
}

TEST(Lexer, CommentsArePassedOver) {
  using enum Tok;
  EXPECT_EQ(kinds("a (* x (* nested *) y *) b \\* rest of line ) ]\nc"),
            (std::vector<Tok>{Ident, Ident, Ident, End}));
  EXPECT_EQ(kinds("(***********)\n(* \" *)x"), (std::vector<Tok>{Ident, End}));
}

TEST(Lexer, PositionsAndAlignmentColumns) {
  Lexed l("ab  cd\n\t x\n\u2200 y", LexMode::Expression);
  EXPECT_EQ(l.tokens[0].line, 1u);
  EXPECT_EQ(l.tokens[0].col, 1u);
  EXPECT_EQ(l.tokens[1].col, 5u);
  EXPECT_EQ(l.tokens[1].length, 2u);
  EXPECT_EQ(l.tokens[2].line, 2u);
  EXPECT_EQ(l.tokens[2].col, 3u);   // bytes
  EXPECT_EQ(l.tokens[2].acol, 10u);  // a tab advances to column 9
  EXPECT_EQ(l.tokens[3].kind, Tok::Forall);
  EXPECT_EQ(l.tokens[4].line, 3u);
  EXPECT_EQ(l.tokens[4].col, 5u);   // after a 3-byte character and a space
  EXPECT_EQ(l.tokens[4].acol, 3u);  // code points
}

TEST(Lexer, Unicode) {
  using enum Tok;
  EXPECT_EQ(kinds("\u2200\u2203\u225C\u21A6\u2192\u2190\u27E8\u27E9"),
            (std::vector<Tok>{Forall, Exists, DefEq, MapsTo, Arrow, LArrow, LAngle, RAngle, End}));
  Lexed l("\u2227 \u2264 \u27E9_v", LexMode::Expression);
  EXPECT_EQ(l.tokens[0].sym, Sym::And);
  EXPECT_EQ(l.tokens[1].sym, Sym::Leq);
  EXPECT_EQ(l.tokens[2].kind, Tok::RAngleUnder);
}

TEST(Lexer, ModuleBoundaries) {
  const std::string text =
      "junk \" ( before\n---- MODULE A ----\nx\n---- MODULE B ----\ny\n====\nz\n=====\nafter \"\n";
  Lexed l(text, LexMode::Module);
  using enum Tok;
  std::vector<Tok> got;
  for (const auto& t : l.tokens) got.push_back(t.kind);
  EXPECT_EQ(got, (std::vector<Tok>{DashLine, KwMODULE, Ident, DashLine, Ident, DashLine, KwMODULE,
                                   Ident, DashLine, Ident, EqLine, Ident, EqLine, End}));
  EXPECT_EQ(l.tokens[0].line, 2u);
  EXPECT_FALSE(l.diags.hasErrors());
  EXPECT_EQ(findModuleHeader("-- MODULE\n----MODULE X"), 10u);
  EXPECT_EQ(findModuleHeader("---- MODULES"), std::string_view::npos);
}

TEST(Lexer, NoHeaderYieldsOnlyEnd) {
  Lexed l("MODULE A\n====", LexMode::Module);
  ASSERT_EQ(l.tokens.size(), 1u);
  EXPECT_EQ(l.tokens[0].kind, Tok::End);
}

TEST(LexerErrors, UnterminatedComment) {
  Lexed l("a\n  (* x (* y *)\nb", LexMode::Expression);
  ASSERT_EQ(l.diags.errorCount(), 1u);
  EXPECT_EQ(l.diags.all()[0].loc.line, 2u);
  EXPECT_EQ(l.diags.all()[0].loc.col, 3u);
  EXPECT_NE(l.diags.all()[0].message.find("unterminated comment"), std::string::npos);
  EXPECT_EQ(l.tokens[1].kind, Tok::Error);
  EXPECT_EQ(l.tokens.back().kind, Tok::End);
}

TEST(LexerErrors, UnterminatedString) {
  Lexed l("x = \"abc\ny", LexMode::Expression);
  ASSERT_EQ(l.diags.errorCount(), 1u);
  EXPECT_EQ(l.diags.all()[0].loc.line, 1u);
  EXPECT_EQ(l.diags.all()[0].loc.col, 5u);
  EXPECT_EQ(l.tokens[2].kind, Tok::Error);
  EXPECT_EQ(l.tokens[3].kind, Tok::Ident);  // lexing resumes on the next line
}

TEST(LexerErrors, BadCharactersAndEscapes) {
  Lexed l("a ? b \\foo \"\\q\" \u00E9 \\b12 __", LexMode::Expression);
  ASSERT_EQ(l.diags.errorCount(), 6u);
  EXPECT_EQ(l.diags.all()[0].loc.col, 3u);
  EXPECT_NE(l.diags.all()[1].message.find("unknown operator '\\foo'"), std::string::npos);
  EXPECT_NE(l.diags.all()[2].message.find("escape"), std::string::npos);
  EXPECT_NE(l.diags.all()[4].message.find("invalid digit"), std::string::npos);
  EXPECT_NE(l.diags.all()[5].message.find("invalid identifier"), std::string::npos);
  EXPECT_EQ(l.tokens.back().kind, Tok::End);
}

TEST(LexerErrors, InvalidUtf8) {
  Lexed l(std::string("a \xFF b \xE2\x88"), LexMode::Expression);
  EXPECT_EQ(l.diags.errorCount(), 2u);
  EXPECT_EQ(l.tokens.back().kind, Tok::End);
}

}  // namespace
}  // namespace tlapx
