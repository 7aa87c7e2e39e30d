// The operator table data (Specifying Systems Table 6 plus TLA+2 additions) and
// its lookup functions.
#include "frontend/operators.hpp"

#include <array>
#include <unordered_map>

namespace tlapx {

namespace {

using B = BuiltinOp;
constexpr Fixity kPre = Fixity::Prefix;
constexpr Fixity kIn = Fixity::Infix;
constexpr Fixity kPost = Fixity::Postfix;
constexpr Assoc kNone = Assoc::None;
constexpr Assoc kLeft = Assoc::Left;

constexpr OperatorInfo kOperators[] = {
    // ---- TLA+'s own infix operators
    {Sym::Implies, kIn, "=>", 1, 1, kNone, B::Implies},
    {Sym::Equiv, kIn, "<=>", 2, 2, kNone, B::Equiv},
    {Sym::LeadsTo, kIn, "~>", 2, 2, kNone, B::LeadsTo},
    {Sym::WhilePlus, kIn, "-+->", 2, 2, kNone, B::WhilePlus},
    {Sym::And, kIn, "/\\", 3, 3, kLeft, B::And},
    {Sym::Or, kIn, "\\/", 3, 3, kLeft, B::Or},
    {Sym::Eq, kIn, "=", 5, 5, kNone, B::Eq},
    {Sym::Neq, kIn, "#", 5, 5, kNone, B::Neq},
    {Sym::In, kIn, "\\in", 5, 5, kNone, B::In},
    {Sym::NotIn, kIn, "\\notin", 5, 5, kNone, B::NotIn},
    {Sym::Subseteq, kIn, "\\subseteq", 5, 5, kNone, B::Subseteq},
    {Sym::Cdot, kIn, "\\cdot", 5, 14, kLeft, B::Cdot},
    {Sym::Cup, kIn, "\\cup", 8, 8, kLeft, B::Cup},
    {Sym::Cap, kIn, "\\cap", 8, 8, kLeft, B::Cap},
    {Sym::SetMinus, kIn, "\\", 8, 8, kNone, B::SetMinus},
    // ---- user-definable relations
    {Sym::Lt, kIn, "<", 5, 5, kNone, {}},
    {Sym::Gt, kIn, ">", 5, 5, kNone, {}},
    {Sym::Leq, kIn, "=<", 5, 5, kNone, {}},
    {Sym::Geq, kIn, ">=", 5, 5, kNone, {}},
    {Sym::Prec, kIn, "\\prec", 5, 5, kNone, {}},
    {Sym::Preceq, kIn, "\\preceq", 5, 5, kNone, {}},
    {Sym::Succ, kIn, "\\succ", 5, 5, kNone, {}},
    {Sym::Succeq, kIn, "\\succeq", 5, 5, kNone, {}},
    {Sym::Sim, kIn, "\\sim", 5, 5, kNone, {}},
    {Sym::Simeq, kIn, "\\simeq", 5, 5, kNone, {}},
    {Sym::Approx, kIn, "\\approx", 5, 5, kNone, {}},
    {Sym::Asymp, kIn, "\\asymp", 5, 5, kNone, {}},
    {Sym::Cong, kIn, "\\cong", 5, 5, kNone, {}},
    {Sym::Doteq, kIn, "\\doteq", 5, 5, kNone, {}},
    {Sym::Propto, kIn, "\\propto", 5, 5, kNone, {}},
    {Sym::Ll, kIn, "\\ll", 5, 5, kNone, {}},
    {Sym::Gg, kIn, "\\gg", 5, 5, kNone, {}},
    {Sym::Subset_, kIn, "\\subset", 5, 5, kNone, {}},
    {Sym::Supset, kIn, "\\supset", 5, 5, kNone, {}},
    {Sym::Supseteq, kIn, "\\supseteq", 5, 5, kNone, {}},
    {Sym::Sqsubset, kIn, "\\sqsubset", 5, 5, kNone, {}},
    {Sym::Sqsubseteq, kIn, "\\sqsubseteq", 5, 5, kNone, {}},
    {Sym::Sqsupset, kIn, "\\sqsupset", 5, 5, kNone, {}},
    {Sym::Sqsupseteq, kIn, "\\sqsupseteq", 5, 5, kNone, {}},
    {Sym::Turnstile, kIn, "|-", 5, 5, kNone, {}},
    {Sym::DashV, kIn, "-|", 5, 5, kNone, {}},
    {Sym::Models, kIn, "|=", 5, 5, kNone, {}},
    {Sym::EqBar, kIn, "=|", 5, 5, kNone, {}},
    {Sym::ColonEq, kIn, ":=", 5, 5, kNone, {}},
    {Sym::ColonColonEq, kIn, "::=", 5, 5, kNone, {}},
    // ---- other user-definable infix operators
    {Sym::AtAt, kIn, "@@", 6, 6, kLeft, {}},
    {Sym::ColonGt, kIn, ":>", 7, 7, kNone, {}},
    {Sym::LtColon, kIn, "<:", 7, 7, kNone, {}},
    {Sym::DotDot, kIn, "..", 9, 9, kNone, {}},
    {Sym::DotDotDot, kIn, "...", 9, 9, kNone, {}},
    {Sym::BangBang, kIn, "!!", 9, 13, kNone, {}},
    {Sym::HashHash, kIn, "##", 9, 13, kLeft, {}},
    {Sym::Dollar, kIn, "$", 9, 13, kLeft, {}},
    {Sym::DollarDollar, kIn, "$$", 9, 13, kLeft, {}},
    {Sym::QQ, kIn, "??", 9, 13, kLeft, {}},
    {Sym::Sqcap, kIn, "\\sqcap", 9, 13, kLeft, {}},
    {Sym::Sqcup, kIn, "\\sqcup", 9, 13, kLeft, {}},
    {Sym::Uplus, kIn, "\\uplus", 9, 13, kLeft, {}},
    {Sym::Wr, kIn, "\\wr", 9, 14, kNone, {}},
    {Sym::Plus, kIn, "+", 10, 10, kLeft, {}},
    {Sym::PlusPlus, kIn, "++", 10, 10, kLeft, {}},
    {Sym::Oplus, kIn, "\\oplus", 10, 10, kLeft, {}},
    {Sym::Percent, kIn, "%", 10, 11, kNone, {}},
    {Sym::PercentPercent, kIn, "%%", 10, 11, kLeft, {}},
    {Sym::Bar, kIn, "|", 10, 11, kLeft, {}},
    {Sym::BarBar, kIn, "||", 10, 11, kLeft, {}},
    {Sym::Times, kIn, "\\X", 10, 13, kLeft, {}},
    {Sym::Minus, kIn, "-", 11, 11, kLeft, {}},
    {Sym::MinusMinus, kIn, "--", 11, 11, kLeft, {}},
    {Sym::Ominus, kIn, "\\ominus", 11, 11, kLeft, {}},
    {Sym::Star, kIn, "*", 13, 13, kLeft, {}},
    {Sym::StarStar, kIn, "**", 13, 13, kLeft, {}},
    {Sym::Slash, kIn, "/", 13, 13, kNone, {}},
    {Sym::SlashSlash, kIn, "//", 13, 13, kNone, {}},
    {Sym::Amp, kIn, "&", 13, 13, kLeft, {}},
    {Sym::AmpAmp, kIn, "&&", 13, 13, kLeft, {}},
    {Sym::Circ, kIn, "\\o", 13, 13, kLeft, {}},
    {Sym::Odot, kIn, "\\odot", 13, 13, kLeft, {}},
    {Sym::Oslash, kIn, "\\oslash", 13, 13, kNone, {}},
    {Sym::Otimes, kIn, "\\otimes", 13, 13, kLeft, {}},
    {Sym::Div, kIn, "\\div", 13, 13, kNone, {}},
    {Sym::StarOp, kIn, "\\star", 13, 13, kLeft, {}},
    {Sym::Bullet, kIn, "\\bullet", 13, 13, kLeft, {}},
    {Sym::Bigcirc, kIn, "\\bigcirc", 13, 13, kLeft, {}},
    {Sym::Caret, kIn, "^", 14, 14, kNone, {}},
    {Sym::CaretCaret, kIn, "^^", 14, 14, kNone, {}},
    // ---- prefix operators
    {Sym::Not, kPre, "~", 4, 4, kNone, B::Not},
    {Sym::Always, kPre, "[]", 4, 15, kNone, B::Always},
    {Sym::Eventually, kPre, "<>", 4, 15, kNone, B::Eventually},
    {Sym::Enabled, kPre, "ENABLED", 4, 15, kNone, B::Enabled},
    {Sym::Unchanged, kPre, "UNCHANGED", 4, 15, kNone, B::Unchanged},
    {Sym::SubsetOf, kPre, "SUBSET", 8, 8, kNone, B::Subset},
    {Sym::UnionOf, kPre, "UNION", 8, 8, kNone, B::Union},
    {Sym::Domain, kPre, "DOMAIN", 9, 9, kNone, B::Domain},
    {Sym::Minus, kPre, "-.", 12, 12, kNone, {}},
    {Sym::NegDot, kPre, "-.", 12, 12, kNone, {}},
    // ---- postfix operators
    {Sym::Prime, kPost, "'", 15, 15, kNone, B::Prime},
    {Sym::CaretPlus, kPost, "^+", 15, 15, kNone, {}},
    {Sym::CaretStar, kPost, "^*", 15, 15, kNone, {}},
    {Sym::CaretHash, kPost, "^#", 15, 15, kNone, {}},
};

constexpr OperatorSpelling kSpellings[] = {
    {"=>", Sym::Implies}, {"\u21D2", Sym::Implies},
    {"<=>", Sym::Equiv}, {"\\equiv", Sym::Equiv}, {"\u21D4", Sym::Equiv}, {"\u2261", Sym::Equiv},
    {"~>", Sym::LeadsTo}, {"\u219D", Sym::LeadsTo},
    {"-+->", Sym::WhilePlus}, {"\u21F8", Sym::WhilePlus},
    {"/\\", Sym::And}, {"\\land", Sym::And}, {"\u2227", Sym::And},
    {"\\/", Sym::Or}, {"\\lor", Sym::Or}, {"\u2228", Sym::Or},
    {"=", Sym::Eq},
    {"#", Sym::Neq}, {"/=", Sym::Neq}, {"\u2260", Sym::Neq},
    {"\\in", Sym::In}, {"\u2208", Sym::In},
    {"\\notin", Sym::NotIn}, {"\u2209", Sym::NotIn},
    {"\\subseteq", Sym::Subseteq}, {"\u2286", Sym::Subseteq},
    {"\\cdot", Sym::Cdot}, {"\u22C5", Sym::Cdot},
    {"\\cup", Sym::Cup}, {"\\union", Sym::Cup}, {"\u222A", Sym::Cup},
    {"\\cap", Sym::Cap}, {"\\intersect", Sym::Cap}, {"\u2229", Sym::Cap},
    {"\\", Sym::SetMinus}, {"\\setminus", Sym::SetMinus},
    {"<", Sym::Lt}, {">", Sym::Gt},
    {"=<", Sym::Leq}, {"<=", Sym::Leq}, {"\\leq", Sym::Leq}, {"\u2264", Sym::Leq},
    {">=", Sym::Geq}, {"\\geq", Sym::Geq}, {"\u2265", Sym::Geq},
    {"\\prec", Sym::Prec}, {"\u227A", Sym::Prec},
    {"\\preceq", Sym::Preceq}, {"\u2AAF", Sym::Preceq}, {"\u227C", Sym::Preceq},
    {"\\succ", Sym::Succ}, {"\u227B", Sym::Succ},
    {"\\succeq", Sym::Succeq}, {"\u2AB0", Sym::Succeq}, {"\u227D", Sym::Succeq},
    {"\\sim", Sym::Sim}, {"\u223C", Sym::Sim},
    {"\\simeq", Sym::Simeq}, {"\u2243", Sym::Simeq},
    {"\\approx", Sym::Approx}, {"\u2248", Sym::Approx},
    {"\\asymp", Sym::Asymp}, {"\u224D", Sym::Asymp},
    {"\\cong", Sym::Cong}, {"\u2245", Sym::Cong},
    {"\\doteq", Sym::Doteq}, {"\u2250", Sym::Doteq},
    {"\\propto", Sym::Propto}, {"\u221D", Sym::Propto},
    {"\\ll", Sym::Ll}, {"\u226A", Sym::Ll},
    {"\\gg", Sym::Gg}, {"\u226B", Sym::Gg},
    {"\\subset", Sym::Subset_}, {"\u2282", Sym::Subset_},
    {"\\supset", Sym::Supset}, {"\u2283", Sym::Supset},
    {"\\supseteq", Sym::Supseteq}, {"\u2287", Sym::Supseteq},
    {"\\sqsubset", Sym::Sqsubset}, {"\u228F", Sym::Sqsubset},
    {"\\sqsubseteq", Sym::Sqsubseteq}, {"\u2291", Sym::Sqsubseteq},
    {"\\sqsupset", Sym::Sqsupset}, {"\u2290", Sym::Sqsupset},
    {"\\sqsupseteq", Sym::Sqsupseteq}, {"\u2292", Sym::Sqsupseteq},
    {"|-", Sym::Turnstile}, {"\u22A2", Sym::Turnstile},
    {"-|", Sym::DashV}, {"\u22A3", Sym::DashV},
    {"|=", Sym::Models}, {"\u22A8", Sym::Models},
    {"=|", Sym::EqBar}, {"\u2AE4", Sym::EqBar},
    {":=", Sym::ColonEq}, {"\u2254", Sym::ColonEq},
    {"::=", Sym::ColonColonEq}, {"\u2A74", Sym::ColonColonEq},
    {"@@", Sym::AtAt},
    {":>", Sym::ColonGt},
    {"<:", Sym::LtColon},
    {"..", Sym::DotDot}, {"...", Sym::DotDotDot}, {"\u2026", Sym::DotDotDot},
    {"!!", Sym::BangBang}, {"##", Sym::HashHash}, {"$", Sym::Dollar}, {"$$", Sym::DollarDollar},
    {"??", Sym::QQ},
    {"\\sqcap", Sym::Sqcap}, {"\u2293", Sym::Sqcap},
    {"\\sqcup", Sym::Sqcup}, {"\u2294", Sym::Sqcup},
    {"\\uplus", Sym::Uplus}, {"\u228E", Sym::Uplus},
    {"\\wr", Sym::Wr}, {"\u2240", Sym::Wr},
    {"+", Sym::Plus}, {"++", Sym::PlusPlus},
    {"\\oplus", Sym::Oplus}, {"(+)", Sym::Oplus}, {"\u2295", Sym::Oplus},
    {"%", Sym::Percent}, {"%%", Sym::PercentPercent},
    {"|", Sym::Bar}, {"||", Sym::BarBar}, {"\u2016", Sym::BarBar},
    {"\\X", Sym::Times}, {"\\times", Sym::Times}, {"\u00D7", Sym::Times},
    {"-", Sym::Minus}, {"\u2212", Sym::Minus}, {"--", Sym::MinusMinus},
    {"\\ominus", Sym::Ominus}, {"(-)", Sym::Ominus}, {"\u2296", Sym::Ominus},
    {"*", Sym::Star}, {"**", Sym::StarStar},
    {"/", Sym::Slash}, {"//", Sym::SlashSlash},
    {"&", Sym::Amp}, {"&&", Sym::AmpAmp},
    {"\\o", Sym::Circ}, {"\\circ", Sym::Circ}, {"\u2218", Sym::Circ},
    {"\\odot", Sym::Odot}, {"(.)", Sym::Odot}, {"\u2299", Sym::Odot},
    {"\\oslash", Sym::Oslash}, {"(/)", Sym::Oslash}, {"\u2298", Sym::Oslash},
    {"\\otimes", Sym::Otimes}, {"(\\X)", Sym::Otimes}, {"\u2297", Sym::Otimes},
    {"\\div", Sym::Div}, {"\u00F7", Sym::Div},
    {"\\star", Sym::StarOp}, {"\u22C6", Sym::StarOp},
    {"\\bullet", Sym::Bullet}, {"\u2022", Sym::Bullet},
    {"\\bigcirc", Sym::Bigcirc}, {"\u25EF", Sym::Bigcirc},
    {"^", Sym::Caret}, {"^^", Sym::CaretCaret},
    {"~", Sym::Not}, {"\\lnot", Sym::Not}, {"\\neg", Sym::Not}, {"\u00AC", Sym::Not},
    {"[]", Sym::Always}, {"\u25A1", Sym::Always},
    {"<>", Sym::Eventually}, {"\u25C7", Sym::Eventually},
    {"ENABLED", Sym::Enabled}, {"UNCHANGED", Sym::Unchanged},
    {"SUBSET", Sym::SubsetOf}, {"UNION", Sym::UnionOf}, {"DOMAIN", Sym::Domain},
    {"-.", Sym::NegDot},
    {"'", Sym::Prime}, {"\u2032", Sym::Prime},
    {"^+", Sym::CaretPlus}, {"\u207A", Sym::CaretPlus},
    {"^*", Sym::CaretStar}, {"^#", Sym::CaretHash},
};

constexpr std::size_t kSymCount = static_cast<std::size_t>(Sym::Count_);

struct Tables {
  std::array<std::array<const OperatorInfo*, 3>, kSymCount> byFixity{};
  std::unordered_map<std::string_view, Sym> bySpelling;

  Tables() {
    for (const auto& op : kOperators)
      byFixity[static_cast<std::size_t>(op.sym)][static_cast<std::size_t>(op.fixity)] = &op;
    bySpelling.reserve(std::size(kSpellings));
    for (const auto& s : kSpellings) bySpelling.emplace(s.text, s.sym);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

const OperatorInfo* operatorOf(Sym sym, Fixity fixity) {
  if (sym >= Sym::Count_) return nullptr;
  return tables().byFixity[static_cast<std::size_t>(sym)][static_cast<std::size_t>(fixity)];
}

std::span<const OperatorInfo> allOperators() { return kOperators; }

std::span<const OperatorSpelling> operatorSpellings() { return kSpellings; }

std::optional<Sym> lookupOperatorSpelling(std::string_view spelling) {
  const auto& map = tables().bySpelling;
  auto it = map.find(spelling);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::string_view canonicalOperatorName(std::string_view spelling, Fixity fixity) {
  auto sym = lookupOperatorSpelling(spelling);
  if (!sym) return {};
  const OperatorInfo* op = operatorOf(*sym, fixity);
  return op ? op->name : std::string_view{};
}

const OperatorInfo* findOperatorByName(std::string_view name, Fixity fixity) {
  for (const auto& op : kOperators)
    if (op.fixity == fixity && op.name == name) return &op;
  return nullptr;
}

}  // namespace tlapx
