// Token kinds and the Token record produced by the TLA+ lexer.
#pragma once

#include <cstdint>
#include <string_view>

#include "frontend/operators.hpp"

namespace tlapx {

enum class Tok : std::uint8_t {
  End,      // end of input (or of the first module)
  Error,    // a lexical error, already reported
  Offside,  // parser only: a token at or left of the enclosing junction bullet

  Ident,
  Number,   // 12, 3.5, \b101, \o17, \h1F
  String,   // "..." (text includes the quotes and escapes)
  Step,     // <1>2.  <1>.  <1>  <+>  <*>  <1>a  (see Token::stepDot)
  Op,       // an operator symbol; Token::sym

  LParen, RParen, LBracket, RBracket, RBracketUnder /* ]_ */, LBrace, RBrace,
  LAngle /* << */, RAngle /* >> */, RAngleUnder /* >>_ */,
  Comma, Colon, ColonColon /* :: */, DefEq /* == */, Bang /* ! */, At /* @ */, Dot /* . */,
  Arrow /* -> */, MapsTo /* |-> */, LArrow /* <- */, Underscore /* _ */,
  DashLine /* ---- */, EqLine /* ==== */,
  Forall /* \A */, Exists /* \E */, TForall /* \AA */, TExists /* \EE */,
  WF /* WF_ */, SF /* SF_ */,

  // keywords
  KwACTION, KwASSUME, KwASSUMPTION, KwAXIOM, KwBOOLEAN, KwBY, KwCASE, KwCHOOSE, KwCONSTANT,
  KwCONSTANTS, KwCOROLLARY, KwDEF, KwDEFINE, KwDEFS, KwELSE, KwEXCEPT, KwEXTENDS, KwFALSE,
  KwHAVE, KwHIDE, KwIF, KwIN, KwINSTANCE, KwLAMBDA, KwLEMMA, KwLET, KwLOCAL, KwMODULE, KwNEW,
  KwOBVIOUS, KwOMITTED, KwONLY, KwOTHER, KwPICK, KwPROOF, KwPROPOSITION, KwPROVE, KwQED,
  KwRECURSIVE, KwSTATE, KwSTRING, KwSUFFICES, KwTAKE, KwTEMPORAL, KwTHEN, KwTHEOREM, KwTRUE,
  KwUSE, KwVARIABLE, KwVARIABLES, KwWITH, KwWITNESS,
};

struct Token {
  Tok kind = Tok::End;
  Sym sym = Sym::Count_;      // Tok::Op
  bool stepDot = false;       // Tok::Step: written with a trailing '.' (a step start)
  std::uint32_t offset = 0;   // byte offset of the first character
  std::uint32_t length = 0;   // bytes
  std::uint32_t line = 0;     // 1-based
  std::uint32_t col = 0;      // 1-based, bytes
  std::uint32_t acol = 0;     // 1-based alignment column: code points, tab stops of 8
};

// A short human-readable name of a token kind: "')'", "identifier", "'THEOREM'".
std::string_view tokenKindName(Tok kind);

}  // namespace tlapx
