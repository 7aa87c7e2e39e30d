// Builds the proof tree of a module from its AST and attaches obligations (see
// proof_tree.hpp).
#include "check/proof_tree.hpp"

#include <map>
#include <tuple>

namespace tlapx::check {

namespace {

using RangeKey = std::tuple<FileId, std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t>;

RangeKey keyOf(const SourceRange& r) { return {r.begin.file, r.begin.line, r.begin.col, r.end.line, r.end.col}; }

ProofNode stepNode(const ProofStep& step, const Module& module);

void addSteps(ProofNode& node, const Proof* proof, const Module& module) {
  if (proof == nullptr || proof->kind != ProofKind::Steps) return;
  for (const auto& s : proof->steps) node.children.push_back(stepNode(*s, module));
}

ProofNode stepNode(const ProofStep& step, const Module& module) {
  ProofNode node;
  node.kind = ProofNode::Kind::Step;
  node.name = step.levelText == "<+>" || step.levelText == "<*>" ? "<" + std::to_string(step.level) + ">"
                                                                 : step.levelText;
  node.name += step.label;
  node.range = step.range;
  node.module = &module;
  addSteps(node, step.proof.get(), module);
  return node;
}

void addUnits(std::vector<ProofNode>& roots, const Module& module) {
  for (const auto& unit : module.units) {
    if (unit.kind == UnitKind::Theorem && !unit.decls.empty()) {
      const Decl& thm = *unit.decls.front();
      ProofNode node;
      node.kind = ProofNode::Kind::Theorem;
      node.name = thm.theoremKeyword.empty() ? "THEOREM" : thm.theoremKeyword;
      if (!thm.name.empty()) node.name += " " + thm.name;
      node.range = thm.range;
      node.module = &module;
      addSteps(node, thm.proof.get(), module);
      roots.push_back(std::move(node));
    } else if (unit.kind == UnitKind::Use) {
      roots.push_back(ProofNode{ProofNode::Kind::Use, "USE", unit.range, &module, {}, {}});
    }
  }
  for (const auto& unit : module.units)
    if (unit.kind == UnitKind::Submodule && unit.submodule) addUnits(roots, *unit.submodule);
}

void index(std::map<RangeKey, ProofNode*>& byRange, ProofNode& node) {
  byRange.emplace(keyOf(node.range), &node);
  for (auto& child : node.children) index(byRange, child);
}

}  // namespace

ProofTree proofTree(const Module& root, const prover::GeneratedObligations& generated) {
  ProofTree tree;
  addUnits(tree.roots, root);
  std::map<RangeKey, ProofNode*> byRange;
  for (auto& node : tree.roots) index(byRange, node);
  for (std::size_t i = 0; i < generated.info.size(); ++i) {
    const auto it = byRange.find(keyOf(generated.info[i].stepRange));
    if (it != byRange.end())
      it->second->obligations.push_back(i);
    else
      tree.unattached.push_back(i);
  }
  // Module-level USE units without obligations say nothing about proofs.
  std::erase_if(tree.roots, [](const ProofNode& n) { return n.kind == ProofNode::Kind::Use && n.obligations.empty(); });
  return tree;
}

}  // namespace tlapx::check
