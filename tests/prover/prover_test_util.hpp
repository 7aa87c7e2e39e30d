// Test helpers for the prover suite: write TLA+ modules to a fresh folder, load them
// through the frontend, generate obligations, and look at them as text.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/frontend.hpp"
#include "frontend/printer.hpp"
#include "prover/generator.hpp"
#include "prover/fingerprint.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::prover::testing {

// A module (and any companions) written to a temporary folder, loaded and turned into
// obligations. The frontend is kept alive: obligations point into its trees.
struct Generated {
  std::unique_ptr<Frontend> frontend;
  const Module* module = nullptr;
  GeneratedObligations result;

  const std::vector<Obligation>& obligations() const { return result.obligations; }
  const Obligation& at(std::size_t id) const { return result.obligations.at(id - 1); }
  std::size_t count(ObligationKind kind) const {
    std::size_t n = 0;
    for (const auto& ob : result.obligations) n += ob.kind == kind ? 1 : 0;
    return n;
  }
  // The obligations of the given kind, in order.
  std::vector<const Obligation*> of(ObligationKind kind) const {
    std::vector<const Obligation*> out;
    for (const auto& ob : result.obligations)
      if (ob.kind == kind) out.push_back(&ob);
    return out;
  }
};

inline std::filesystem::path freshFolder() {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("tlapx-prover-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  return dir;
}

// `files` maps module names to their full text; `root` names the module to generate for.
inline Generated generate(const std::map<std::string, std::string>& files, const std::string& root) {
  const auto dir = freshFolder();
  for (const auto& [name, text] : files) std::ofstream(dir / (name + ".tla")) << text;
  Generated g;
  g.frontend = std::make_unique<Frontend>(FrontendOptions{});
  g.module = g.frontend->load((dir / (root + ".tla")).string());
  EXPECT_NE(g.module, nullptr);
  EXPECT_FALSE(g.frontend->diagnostics().hasErrors()) << g.frontend->diagnostics().renderAll();
  if (g.module != nullptr) g.result = generateObligations(*g.module);
  std::filesystem::remove_all(dir);
  return g;
}

// A single module named T with the given body (between the header and the end line).
inline Generated generate(const std::string& body) {
  return generate({{"T", "---- MODULE T ----\n" + body + "\n====\n"}}, "T");
}

inline std::string goalText(const Obligation& ob) { return printExpr(*ob.goal); }

// The usable facts of an obligation, printed.
inline std::vector<std::string> factTexts(const Obligation& ob) {
  std::vector<std::string> out;
  for (const auto& h : ob.hyps)
    if (h.kind == ObligationHyp::Kind::Fact) out.push_back(printSequent(*h.fact));
  return out;
}

// The declared symbols of an obligation, by name.
inline std::vector<std::string> declaredNames(const Obligation& ob) {
  std::vector<std::string> out;
  for (const auto& h : ob.hyps)
    if (h.kind == ObligationHyp::Kind::Declaration) out.push_back(h.decl->name);
  return out;
}

inline bool hasFact(const Obligation& ob, const std::string& text) {
  for (const auto& f : factTexts(ob))
    if (f == text) return true;
  return false;
}

inline std::string dump(const Generated& g) {
  std::string out;
  for (const auto& ob : g.obligations())
    out += "#" + std::to_string(ob.id) + " " + kindName(ob.kind) + ": " + sequentText(ob) + "\n";
  return out;
}

}  // namespace tlapx::prover::testing
