// Internal state of the Resolver, shared by resolver.cpp (scopes, modules, expressions,
// proofs), instantiate.cpp (INSTANCE) and subexpression.cpp (`!`-paths).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/resolver.hpp"

namespace tlapx {

// What a reference is expected to denote where it occurs.
struct Expect {
  enum class Kind : std::uint8_t {
    Value,     // an expression
    Operator,  // an operator argument of the given arity (> 0)
    Fact,      // a BY/USE/HIDE fact: expression, theorem, assumption, step, instance
    Def,       // a DEF entry: a definition, an instance, a theorem
  };
  Kind kind = Kind::Value;
  int arity = 0;

  static Expect value() { return {}; }
  static Expect op(int arity) { return {Kind::Operator, arity}; }
  static Expect fact() { return {Kind::Fact, 0}; }
  static Expect def() { return {Kind::Def, 0}; }
};

struct Symbol {
  DeclPtr decl;
  bool local = false;  // not exported to extending modules
};

struct Frame {
  bool moduleLevel = false;  // the symbols of a module: redefinitions are errors
  std::unordered_map<std::string, Symbol> symbols;
  std::unordered_map<std::string, const ProofStep*> steps;
  std::unordered_map<std::string, const Module*> modules;  // submodules seen so far
  std::vector<DeclPtr> announced;  // RECURSIVE announcements, in order
};

// What the resolver remembers about a resolved module.
struct ModuleInfo {
  std::unordered_map<std::string, DeclPtr> exports;  // non-LOCAL names, EXTENDS included
  std::vector<DeclPtr> own;  // declared by the module itself, in order, LOCAL ones and
                             // instance copies included (what an INSTANCE may copy)
};

// The canonical spelling of a user-definable operator symbol (\leq for =< and <=, ...);
// `arity` tells prefix minus (-.) from infix minus.
std::string canonicalName(const std::string& name, std::size_t arity);

struct Resolver::Impl {
  Impl(Diagnostics& d, ModuleFinder f) : diags(d), findTopModule(std::move(f)) {}

  Diagnostics& diags;
  ModuleFinder findTopModule;
  std::unordered_map<const Module*, ModuleInfo> modules;

  // --- per-module state ---
  Module* current = nullptr;
  std::vector<Frame> frames;
  std::vector<ExprPtr> recursiveRefs;  // references to RECURSIVE announcements, fixed later
  // Theorems whose proof is being resolved: citing one of them as a fact there is an
  // error (a name is a fact only after its proof).
  std::vector<const Decl*> theoremsInProof;
  // Steps whose proof is being resolved and whose name means nothing there (every kind
  // but ASSUME/PROVE assertions, CASE and SUFFICES, whose names denote their assumptions).
  std::unordered_set<const ProofStep*> stepsInOwnProof;

  // ------------------------------------------------------------ resolver.cpp
  void resolveModule(Module& m);
  void resolveUnit(Unit& u, ModuleInfo& info);
  void importModule(const Module& from, SourceLoc loc, bool local);

  // Reports an unknown module unless the module loader already did.
  void unknownModule(const std::string& name, SourceLoc loc);

  // scopes
  void pushFrame(bool moduleLevel = false) { frames.emplace_back().moduleLevel = moduleLevel; }
  void popFrame() { frames.pop_back(); }
  const Symbol* lookup(const std::string& name, std::size_t arity) const;
  const ProofStep* lookupStep(const std::string& name) const;
  const Module* findModule(const std::string& name) const;
  void declare(const DeclPtr& d, bool local, SourceLoc loc);
  void declareAs(const std::string& name, const DeclPtr& d, bool local, SourceLoc loc);

  // definitions (module level, LET, DEFINE steps)
  void resolveDefinition(const DeclPtr& d, bool local);
  void resolveOperatorBody(Decl& d);
  void fixRecursiveRefs(std::size_t from);
  void checkAnnouncementsDefined();  // of the current frame

  // expressions
  void resolveExpr(ExprPtr& slot, Expect expect = Expect::value());
  void resolveIdent(ExprPtr& slot, Expect expect);
  void resolveOpApp(const ExprPtr& e);
  void resolveArgs(const Decl& op, std::size_t firstParam, std::vector<ExprPtr>& args,
                   const std::string& opName);
  void checkOperatorArg(const ExprPtr& arg, int arity, const std::string& what);
  void resolveBinders(std::vector<Binder>& binders);
  void declareBinders(const std::vector<Binder>& binders);
  void resolveLabel(Expr& e);
  void resolveSequentInto(Expr& seq);  // NEW declarations stay in the current frame
  void resolveModuleRef(Expr& e);
  bool referenceUsable(const Decl& d, Expect expect, const std::string& name, SourceLoc loc);

  // proofs
  void resolveTheoremLike(const DeclPtr& d, bool local);
  void resolveProof(Proof& p);
  void resolveSteps(const std::vector<StepPtr>& steps);
  void resolveStep(ProofStep& s);
  void resolveUseBy(UseBy& u);

  // ------------------------------------------------------------ instantiate.cpp
  // Resolves `inst` (named when `named` is non-null), creates its copies and declares
  // the instance name or imports the instantiated symbols. Returns the copies and the
  // named declaration, in order, for the module's ModuleInfo::own.
  std::vector<DeclPtr> resolveInstance(const std::shared_ptr<Instance>& inst, const DeclPtr& named,
                                       bool local, SourceRange range);
  // The symbol `name` of the module instantiated by instance declaration `inst`.
  DeclPtr lookupInInstance(const Decl& inst, const std::string& name);
  std::vector<DeclPtr> universe(const Module& m);

  std::unordered_map<const Decl*, std::vector<const Decl*>> refsCache;
  const std::vector<const Decl*>& references(const Decl& d);

  // ------------------------------------------------------------ subexpression.cpp
  // The meaning of a Ref node (instance path and/or subexpression selection).
  ExprPtr resolveRef(const Expr& ref, Expect expect);
};

// The number of leading instance parameters that an instantiated copy takes before its
// own parameters (0 for a declaration that is not an instance copy).
std::size_t instanceParamCount(const Decl& d);

}  // namespace tlapx
