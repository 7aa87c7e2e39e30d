// Text rendering of obligations, kinds and methods (see obligation_text.hpp).
#include "prover/obligation_text.hpp"

#include <vector>

#include "frontend/printer.hpp"

namespace tlapx::prover {

std::string sequentText(const Obligation& ob) {
  std::vector<SequentLine> lines;
  lines.reserve(ob.hyps.size());
  for (const auto& h : ob.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration)
      lines.push_back(SequentLine{h.decl, h.domain.get(), nullptr});
    else
      lines.push_back(SequentLine{nullptr, nullptr, h.fact.get()});
  }
  return printSequent(lines, *ob.goal);
}

const char* kindName(ObligationKind kind) {
  switch (kind) {
    case ObligationKind::Main: return "main";
    case ObligationKind::Support: return "support";
    case ObligationKind::Trivial: return "trivial";
    case ObligationKind::Omitted: return "omitted";
    case ObligationKind::Missing: return "missing";
  }
  return "?";
}

const char* methodName(Method method) {
  switch (method) {
    case Method::Default: return "default";
    case Method::Smt: return "smt";
    case Method::Zenon: return "zenon";
    case Method::Isabelle: return "isabelle";
    case Method::Ptl: return "ptl";
  }
  return "?";
}

std::string methodText(const MethodRequest& method) {
  std::string text = methodName(method.method);
  if (!method.pragma.empty()) text += " (" + method.pragma + ")";
  return text;
}

}  // namespace tlapx::prover
