// The proof context while obligations are generated: declarations in scope, facts with
// their usability and time flag, pragmas cited, which definitions are usable, what each
// step name currently denotes, and the current goal. Implements TLAPS' visibility rules
// (USE / HIDE / ONLY / named vs unnamed steps); the step rules (step_rules.cpp) decide
// what to add, this class only records it.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/obligation.hpp"

namespace tlapx::prover {

// What a citable name (step, theorem, assumption) denotes at a point of the proof.
struct Citable {
  ExprPtr statement;
  bool holdsAlways = false;
};

struct ContextEntry {
  enum class Kind : std::uint8_t {
    Declaration,  // module CONSTANT/VARIABLE, NEW symbol, PICK/TAKE variable
    Fact,         // an expression or sequent; used only when visible
    Pragma,       // a cited backend pragma: never a hypothesis, selects the method
  };
  Kind kind = Kind::Fact;
  const Decl* decl = nullptr;  // Declaration
  ExprPtr domain;              // Declaration `\in S` (always usable, even under ONLY)
  ExprPtr fact;                // Fact
  bool visible = true;         // Fact / Pragma
  bool holdsAlways = false;    // Fact
  // Fact: the assumption level of the context that established it (Context::assumptionLevel).
  Level assumedAt = Level::Constant;
  const void* citedAs = nullptr;  // Fact added by citing a name: the step or decl cited
  MethodRequest method;        // Pragma
  bool selectsBackend = true;  // Pragma: false for preprocessing-only pragmas (ExpandENABLED, ...)
  bool expandEnabled = false;  // Pragma: ExpandENABLED
  bool autoUse = false;        // Pragma: AutoUSE
  bool enabledRules = false;   // Pragma: ENABLEDaxioms / ENABLEDrules
};

class Context {
 public:
  // --- declarations and facts ---
  void declare(const Decl* decl, ExprPtr domain = nullptr);
  void addFact(ExprPtr fact, bool visible, bool holdsAlways, const void* citedAs = nullptr);
  // A cited pragma; what it selects or enables comes from pragmas.hpp.
  void addPragma(MethodRequest method, const Decl& pragma);
  // ONLY: hide every visible fact and pragma except the last `keep` ones.
  void forgetAllButLast(std::size_t keep);
  // HIDE of a fact: hides every visible fact or pragma `matches` accepts; returns how many.
  std::size_t hideFacts(const std::function<bool(const ContextEntry&)>& matches);
  const std::vector<ContextEntry>& entries() const { return entries_; }
  std::size_t factCount() const;  // facts and pragmas, visible or not

  // The method request of the most recent visible pragma, and whether ENABLED is expanded.
  MethodRequest method() const;
  bool expandEnabled() const;
  // Whether a visible AutoUSE pragma expands every definition under ENABLED and \cdot.
  bool autoUse() const;
  // Whether a visible ENABLEDaxioms / ENABLEDrules pragma asks for the ENABLED rules.
  bool enabledRules() const;

  // --- definitions ---
  // Standard-module and step definitions are usable unless hidden; user module
  // definitions are hidden unless used.
  void setUsable(const Decl* def, bool usable);
  bool isUsable(const Decl& def) const;

  // --- step names ---
  void setCitable(const ProofStep* step, Citable meaning);
  const Citable* citable(const ProofStep* step) const;

  // --- goal and time flag ---
  ExprPtr goal;
  // Whether facts established here hold in every state (no non-box-closed hypothesis
  // in scope): TLAPS' Always time flag.
  bool always = true;
  // The highest expression level of the assumptions in scope (ASSUME, CASE, PICK and HAVE
  // facts, NEW and TAKE domains). Facts established under assumptions of at most state
  // level hold for every next state of the current state, which the ENABLED rules need.
  Level assumptionLevel = Level::Constant;
  void assumeAtLevel(Level level);

 private:
  std::vector<ContextEntry> entries_;
  std::unordered_map<const Decl*, bool> usable_;  // overrides of the default
  std::unordered_map<const ProofStep*, Citable> steps_;
};

// Whether `def` is usable by default (before any USE/HIDE).
bool usableByDefault(const Decl& def);

}  // namespace tlapx::prover
