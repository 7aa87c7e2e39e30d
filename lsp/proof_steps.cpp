// Building the editor's step list from a module's AST and attributing obligations to
// steps (see proof_steps.hpp).
#include "lsp/proof_steps.hpp"

#include <map>
#include <tuple>

#include "lsp/positions.hpp"

namespace tlapx::lsp {

namespace {

StepKind kindOf(const Proof* proof) {
  if (proof == nullptr) return StepKind::Leaf;
  if (proof->kind == ProofKind::Steps) return StepKind::Structured;
  if (proof->kind == ProofKind::Omitted) return StepKind::Omitted;
  return StepKind::Leaf;
}

auto key(SourceLoc loc) { return std::make_tuple(loc.file, loc.line, loc.col); }

}  // namespace

const char* stepKindName(StepKind kind) {
  switch (kind) {
    case StepKind::Module: return "module";
    case StepKind::Structured: return "struct";
    case StepKind::Leaf: return "leaf";
    case StepKind::Omitted: return "omitted";
  }
  return "leaf";
}

ProofSteps::ProofSteps(const Module& root, const SourceFile& file, const prover::GeneratedObligations& generated)
    : file_(&file) {
  addModule(root);
  // An obligation belongs to the step (or theorem, or USE) whose full range it names.
  std::map<std::tuple<FileId, std::uint32_t, std::uint32_t>, std::size_t> byStart;
  for (std::size_t i = 0; i < steps_.size(); ++i) byStart.try_emplace(key(steps_[i].full.begin), i);
  for (std::size_t i = 0; i < generated.info.size(); ++i) {
    const auto it = byStart.find(key(generated.info[i].stepRange.begin));
    steps_[it != byStart.end() ? it->second : 0].obligations.push_back(i);
  }
}

std::size_t ProofSteps::add(StepKind kind, SourceRange full, const Proof* proof, SourceLoc statementEnd) {
  Step step;
  step.kind = kind;
  step.full = full;
  step.head = {full.begin, full.end};
  if (statementEnd.valid()) {
    step.head.end = statementEnd;
  } else if (proof != nullptr) {
    step.head.end = endOfTextBefore(*file_, proof->range.begin, full.begin);
  }
  steps_.push_back(std::move(step));
  return steps_.size() - 1;
}

std::size_t ProofSteps::addModule(const Module& module) {
  const SourceRange start{module.range.begin, {module.range.begin.file, module.range.begin.line, module.range.begin.col + 1}};
  const std::size_t index = add(StepKind::Module, module.range, nullptr, start.end);
  for (const Unit& unit : module.units) {
    std::optional<std::size_t> child;
    switch (unit.kind) {
      case UnitKind::Theorem:
        if (!unit.decls.empty()) child = addTheorem(*unit.decls.front());
        break;
      case UnitKind::Use:
      case UnitKind::Hide:
        child = add(StepKind::Leaf, unit.range, nullptr, {});
        break;
      case UnitKind::Submodule:
        if (unit.submodule) child = addModule(*unit.submodule);
        break;
      default:
        break;
    }
    if (child) steps_[index].subSteps.push_back(*child);
  }
  return index;
}

std::size_t ProofSteps::addTheorem(const Decl& theorem) {
  const Proof* proof = theorem.proof.get();
  const SourceLoc statementEnd = theorem.body ? theorem.body->range.end : SourceLoc{};
  const std::size_t index = add(kindOf(proof), theorem.range, proof, statementEnd);
  addProofSteps(index, proof);
  return index;
}

std::size_t ProofSteps::addStep(const ProofStep& step) {
  const Proof* proof = step.proof.get();
  const std::size_t index = add(kindOf(proof), step.range, proof, {});
  addProofSteps(index, proof);
  return index;
}

void ProofSteps::addProofSteps(std::size_t parent, const Proof* proof) {
  if (proof == nullptr || proof->kind != ProofKind::Steps) return;
  for (const StepPtr& s : proof->steps) {
    const std::size_t child = addStep(*s);
    steps_[parent].subSteps.push_back(child);
  }
}

std::optional<std::size_t> ProofSteps::deepestAt(std::uint32_t line) const {
  std::optional<std::size_t> found;
  for (std::size_t i = 1; i < steps_.size(); ++i) {  // pre-order: the last one containing it is deepest
    const SourceRange& r = steps_[i].full;
    if (steps_[i].kind != StepKind::Module && r.begin.line <= line && line <= r.end.line) found = i;
  }
  return found;
}

}  // namespace tlapx::lsp
