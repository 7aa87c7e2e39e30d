// The TLA+ operator table: every ASCII and Unicode spelling of a prefix, infix or
// postfix operator, mapped to its canonical name, fixity, precedence range
// (Specifying Systems, section 15.2.1), associativity and, for TLA+'s own
// operators, the BuiltinOp it denotes. Shared by the lexer, the parser and printers.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "frontend/ast.hpp"

namespace tlapx {

// One operator symbol as lexed; some symbols have several fixities (`-`).
enum class Sym : std::uint8_t {
  // builtin infix
  Implies, Equiv, LeadsTo, WhilePlus, And, Or, Eq, Neq, In, NotIn, Subseteq, Cdot, Cup, Cap,
  SetMinus,
  // user-definable infix, relations (5-5)
  Lt, Gt, Leq, Geq, Prec, Preceq, Succ, Succeq, Sim, Simeq, Approx, Asymp, Cong, Doteq, Propto,
  Ll, Gg, Subset_, Supset, Supseteq, Sqsubset, Sqsubseteq, Sqsupset, Sqsupseteq, Turnstile,
  DashV /* -| */, Models /* |= */, EqBar /* =| */, ColonEq, ColonColonEq,
  // user-definable infix, other
  ColonGt, LtColon, AtAt, DotDot, DotDotDot, BangBang, HashHash, Dollar, DollarDollar, QQ,
  Sqcap, Sqcup, Uplus, Wr, Plus, PlusPlus, Oplus, Percent, PercentPercent, Bar, BarBar, Minus,
  MinusMinus, Ominus, Star, StarStar, Slash, SlashSlash, Amp, AmpAmp, Circ, Odot, Oslash,
  Otimes, Div, StarOp /* \star */, Bullet, Bigcirc, Caret, CaretCaret, Times /* \X */,
  // prefix only
  Not, Always, Eventually, Enabled, Unchanged, SubsetOf /* SUBSET */, UnionOf /* UNION */,
  Domain, NegDot /* -. */,
  // postfix
  Prime, CaretPlus, CaretStar, CaretHash,
  Count_
};

enum class Fixity : std::uint8_t { Prefix, Infix, Postfix };
enum class Assoc : std::uint8_t { None, Left };

struct OperatorInfo {
  Sym sym;
  Fixity fixity;
  std::string_view name;  // canonical spelling, the Decl/OpApp name: "=<", "\\o", "-." ...
  std::uint8_t low;       // precedence range low..high
  std::uint8_t high;
  Assoc assoc;
  std::optional<BuiltinOp> builtin;  // set for TLA+'s own operators (ExprKind::Builtin)
};

// The operator of `sym` with the given fixity, or null.
const OperatorInfo* operatorOf(Sym sym, Fixity fixity);

// Every operator (each fixity of a symbol is one entry).
std::span<const OperatorInfo> allOperators();

// A symbol spelled exactly `spelling` (ASCII, e.g. "\\leq", "(+)", "SUBSET", or UTF-8,
// e.g. "≤"), or nullopt.
std::optional<Sym> lookupOperatorSpelling(std::string_view spelling);

// The canonical name of the operator spelled `spelling` with the given fixity
// ("\\leq" -> "=<", "-" prefix -> "-."), or "" if there is none.
std::string_view canonicalOperatorName(std::string_view spelling, Fixity fixity);

// The operator with canonical name `name` and the given fixity, or null.
const OperatorInfo* findOperatorByName(std::string_view name, Fixity fixity);

// All spellings (ASCII and UTF-8) of operator symbols, for the lexer.
struct OperatorSpelling {
  std::string_view text;
  Sym sym;
};
std::span<const OperatorSpelling> operatorSpellings();

}  // namespace tlapx
