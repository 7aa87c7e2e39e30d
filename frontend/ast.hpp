// The TLA+ abstract syntax tree shared by every layer: expressions, declarations,
// modules and the hierarchical proof language.
//
// Lifecycle: the parser builds the tree with names only (Expr::name / Ref paths);
// the resolver (frontend/resolver.hpp) then links every reference to its Decl,
// replaces subexpression selections by the selected subterm, and creates the
// instantiated copies of INSTANCEd definitions. Later layers treat the tree as
// immutable and identify symbols by Decl pointer, never by name, so substitution
// can never capture a variable.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/source.hpp"

namespace tlapx {

struct Expr;
struct Decl;
struct Proof;
struct ProofStep;
struct Module;
struct Instance;
using ExprPtr = std::shared_ptr<Expr>;
using DeclPtr = std::shared_ptr<Decl>;
using ProofPtr = std::shared_ptr<Proof>;
using StepPtr = std::shared_ptr<ProofStep>;
using ModulePtr = std::shared_ptr<Module>;

// Level of an expression (Specifying Systems, section 17.2).
enum class Level : std::uint8_t { Constant = 0, State = 1, Action = 2, Temporal = 3 };

// Operators with a fixed meaning in TLA+ itself (not defined in any module).
// Arithmetic, `..`, `\o`, `Len`, ... are NOT here: they are definitions of the
// bundled standard modules, referenced through ExprKind::OpApp / Ident.
enum class BuiltinOp : std::uint16_t {
  // constants
  True, False, BooleanSet /*BOOLEAN*/, StringSet /*STRING*/,
  // propositional logic (And/Or are n-ary, >= 2 args, or bulleted lists with >= 1)
  And, Or, Not, Implies, Equiv,
  // equality and sets
  Eq, Neq, In, NotIn, Cup, Cap, SetMinus, Subseteq, Subset /*SUBSET S*/, Union /*UNION S*/,
  Domain,
  // action and temporal operators
  Prime, Unchanged, Enabled, Cdot, Always, Eventually, LeadsTo, WhilePlus /* -+-> */,
};

enum class ExprKind : std::uint8_t {
  // --- references ---
  Ident,      // `name`; decl = the referenced symbol (constant, variable, bound var, 0-ary op, ...)
  OpApp,      // `name(args...)` or a user/standard infix/prefix/postfix operator; decl, args
  Ref,        // parser only: a `!`-path `I!J!Op(a)!2!(x)` (see Expr::path); the resolver
              // turns it into Ident/OpApp (instances) or the selected subexpression
  StepRef,    // a proof step name used as a fact or in an expression: `<1>3`; name = "<1>3", step = target
  Builtin,    // op, args
  // --- literals ---
  Number,     // text = decimal digits ("12", "3.5"); \b \o \h literals are converted to decimal
  String,     // text = the decoded string value
  // --- binding constructs (binders are in Expr::binders) ---
  Quant,      // quantOp: Forall/Exists; binders; args[0] = body
  TempQuant,  // \AA / \EE: quantOp; binders (unbounded); args[0] = body
  Choose,     // binders (exactly one var or one tuple, bounded or not); args[0] = body
  SetFilter,  // {x \in S : P}: binders (one); args[0] = P
  SetMap,     // {e : x \in S, y \in T}: binders; args[0] = e
  FuncCons,   // [x \in S, y \in T |-> e]: binders; args[0] = e
  Lambda,     // LAMBDA x, y : e ; params = the parameters; args[0] = e
  Let,        // LET defs IN body: letDefs; args[0] = body
  // --- other constructors ---
  SetEnum,    // {a, b, c}: args
  Tuple,      // <<a, b>>: args
  FuncApp,    // f[a, b]: args[0] = f, args[1..] = arguments
  FuncSet,    // [S -> T]: args[0], args[1]
  RecordCons, // [a |-> e, b |-> f]: fields[i] |-> args[i]
  RecordSet,  // [a : S, b : T]: fields[i] : args[i]
  Times,      // S \X T \X U: args (n-ary, not associative)
  Except,     // [f EXCEPT ![a].b = e, ...]: args[0] = f; excepts
  ExceptAt,   // @ inside an EXCEPT value
  Dot,        // r.field: args[0]; text = field name
  If,         // args[0] cond, args[1] then, args[2] else
  Case,       // CASE p1 -> e1 [] ... [] OTHER -> d: args = p1, e1, p2, e2, ..., [d if hasOther]
  BoxAction,  // [A]_v: args[0] = A, args[1] = v
  AngleAction,// <<A>>_v: args[0] = A, args[1] = v
  Fairness,   // WF_v(A) / SF_v(A): fairnessStrong; args[0] = v, args[1] = A
  Label,      // name :: e  (or name(p, q) :: e): text = label name; params; args[0] = e
  // --- proof language ---
  Sequent,    // ASSUME hyps PROVE goal: hyps; args[0] = goal
  ModuleRef,  // MODULE M (in USE/HIDE/BY fact and DEF lists): text = module name
};

enum class QuantOp : std::uint8_t { Forall, Exists };

// One group of bound variables: `x, y \in S`, `<<x, y>> \in S`, or unbounded `x`.
struct Binder {
  std::vector<DeclPtr> vars;  // DeclKind::BoundVar
  bool tuple = false;         // `<<x, y>> \in S`: vars form one tuple pattern
  ExprPtr domain;             // null when unbounded
};

// One step of an EXCEPT path: `.field` or `[e1, e2]`.
struct ExceptPathElem {
  bool isField = false;
  std::string field;
  std::vector<ExprPtr> index;  // a tuple index [a, b] has two entries
};

struct ExceptClause {
  std::vector<ExceptPathElem> path;  // non-empty
  ExprPtr value;                     // may contain ExceptAt
};

// One component of a `!`-path (parser output, consumed by the resolver).
struct RefSegment {
  enum class Kind : std::uint8_t {
    Name,     // Op or Op(args): name, args (may be empty)
    Number,   // !3 : the n-th operand (1-based), number
    Args,     // !(e1, e2): instantiate the bound variables / parameters with args
    First,    // !<<  (left operand)
    Second,   // !>>  (right operand)
    Colon,    // !:   (the body after the binders)
    At,       // !@   (the inner expression of the body)
  };
  Kind kind = Kind::Name;
  std::string name;
  std::vector<ExprPtr> args;
  int number = 0;
  SourceLoc loc;
};

// One hypothesis of an ASSUME ... PROVE: either a NEW declaration or a fact.
struct SequentHyp {
  DeclPtr newDecl;  // DeclKind::NewSymbol, or null
  ExprPtr fact;     // an expression or a nested Sequent, or null
};

struct Expr {
  ExprKind kind;
  SourceRange range;

  BuiltinOp op = BuiltinOp::True;  // Builtin
  QuantOp quantOp = QuantOp::Forall;
  bool bulleted = false;        // Builtin And/Or written as a bulleted junction list
  bool hasOther = false;        // Case
  bool fairnessStrong = false;  // Fairness: SF_ when true, WF_ otherwise

  std::string name;             // Ident / OpApp / StepRef: the name as written; a reference
                                // through a named instance keeps its path (`I!J!Op`)
  std::string text;             // Number / String / Dot / Label / ModuleRef payload
  const Decl* decl = nullptr;   // Ident / OpApp: resolved target
  const ProofStep* step = nullptr;  // StepRef: resolved target

  std::vector<ExprPtr> args;
  std::vector<Binder> binders;
  std::vector<DeclPtr> params;   // Lambda / Label parameters
  std::vector<DeclPtr> letDefs;  // Let
  std::vector<std::string> fields;  // RecordCons / RecordSet
  std::vector<ExceptClause> excepts;
  std::vector<RefSegment> path;  // Ref
  std::vector<SequentHyp> hyps;  // Sequent

  explicit Expr(ExprKind k, SourceRange r = {}) : kind(k), range(r) {}
};

ExprPtr makeExpr(ExprKind kind, SourceRange range = {});
ExprPtr makeBuiltin(BuiltinOp op, std::vector<ExprPtr> args, SourceRange range = {});

enum class DeclKind : std::uint8_t {
  Constant,    // CONSTANT c  or  CONSTANT F(_, _)   (arity = number of `_`)
  Variable,    // VARIABLE x
  Operator,    // Op(p, q) == body  (also LET definitions, DEFINE steps, instantiated copies)
  Function,    // f[x \in S] == e : body = FuncCons [x \in S |-> e], may refer to itself
  OpParam,     // formal parameter of an operator, LAMBDA or label; arity for `F(_)`
  BoundVar,    // variable bound by a quantifier, CHOOSE, set/function constructor
  NewSymbol,   // NEW [CONSTANT|VARIABLE|STATE|ACTION|TEMPORAL] x [\in S] in an ASSUME
  Theorem,     // THEOREM/LEMMA/PROPOSITION/COROLLARY [name ==] statement [proof]
  Assumption,  // ASSUME/AXIOM [name ==] expr
  Instance,    // I(p) == INSTANCE M WITH ... (named instance)
  Recursive,   // RECURSIVE Op(_): forward declaration; `definition` points to the Operator
  ModuleName,  // a module, as the target of `MODULE M` and `M!Op` via EXTENDS-free paths
};

enum class NewKind : std::uint8_t { Constant, Variable, State, Action, Temporal };

struct Decl {
  DeclKind kind;
  std::string name;   // "Op", "+", "\\prec", "a" ...; empty for unnamed theorems/assumptions
  SourceRange range;
  bool local = false;     // LOCAL definition / instance

  // Operators and operator-valued constants/params.
  int arity = 0;
  std::vector<DeclPtr> params;   // Operator / Instance: formal parameters (OpParam)
  ExprPtr body;                  // Operator body; Function: the FuncCons `[x \in S |-> e]`;
                                 // Theorem/Assumption statement (an expression or a Sequent);
                                 // NewSymbol: domain of `NEW x \in S` (or null)
  NewKind newKind = NewKind::Constant;  // NewSymbol
  bool recursive = false;        // declared RECURSIVE
  bool primitive = false;        // a standard-module operator the backends interpret natively
                                 // (Nat, +, Len, Cardinality, ...): its body is never expanded
  bool flexible = false;         // BoundVar of \EE / \AA: a variable (x' is not x), not a constant

  // Theorems.
  ProofPtr proof;                // Theorem: may be null (no proof given)
  std::string theoremKeyword;    // "THEOREM", "LEMMA", ... (for printing)

  // Instances.
  std::shared_ptr<Instance> instance;  // Instance: the instantiated module

  // Provenance (set by the resolver).
  const Module* owner = nullptr;       // module whose text declares (or instantiates) it
  const Decl* origin = nullptr;        // instantiated copy: the decl in the instantiated module
  const Instance* instantiation = nullptr;  // instantiated copy: the INSTANCE (substitution) that made it
  const Decl* definition = nullptr;    // Recursive: the definition it announces

  // Level information (set by the level checker): the level of an application is
  // max(level, levels of the arguments at positions where paramContributes[i]).
  Level level = Level::Constant;
  std::vector<bool> paramContributes;

  Decl(DeclKind k, std::string n, SourceRange r = {}) : kind(k), name(std::move(n)), range(r) {}
};

DeclPtr makeDecl(DeclKind kind, std::string name, SourceRange range = {});

// `INSTANCE M WITH p <- e, ...` (named or not).
struct Substitution {
  std::string name;     // the parameter of M being substituted
  SourceLoc loc;
  ExprPtr value;
  const Decl* target = nullptr;  // resolver: the CONSTANT/VARIABLE of M
};

struct Instance {
  std::string moduleName;
  SourceRange range;
  std::vector<Substitution> with;       // explicit substitutions as written
  const Module* module = nullptr;       // resolver: the instantiated module
  // resolver: every constant/variable of M mapped to its value, explicit or implicit
  std::vector<Substitution> fullSubstitution;
  // resolver: instantiated copies of M's definitions, theorems and assumptions
  std::vector<DeclPtr> copies;
  // resolver: when the substitution is not a renaming of M's variables, one fresh
  // VARIABLE per variable x of M standing for x' inside ENABLED (instance_enabled.hpp)
  std::vector<DeclPtr> nextStateStandIns;
};

// ---------------------------------------------------------------- proofs ---

// The content of BY / USE / HIDE:  [ONLY] facts DEF defs
struct UseBy {
  bool only = false;
  std::vector<ExprPtr> facts;  // expressions, theorem/step names (Ident/StepRef), ModuleRef
  std::vector<ExprPtr> defs;   // Ident (resolved to definitions), Ref (I!Op), ModuleRef
  SourceRange range;
};

enum class ProofKind : std::uint8_t {
  Obvious,   // OBVIOUS
  Omitted,   // OMITTED
  By,        // BY ...
  Steps,     // a sequence of steps ending in QED
};

struct Proof {
  ProofKind kind = ProofKind::Obvious;
  SourceRange range;
  bool proofKeyword = false;     // written with a leading PROOF
  UseBy by;                      // By
  std::vector<StepPtr> steps;    // Steps
};

enum class StepKind : std::uint8_t {
  Assert,    // <n>l. expr   or   <n>l. ASSUME ... PROVE ...   (expr holds the Sequent)
  Suffices,  // SUFFICES expr / SUFFICES ASSUME ... PROVE ...
  Case,      // CASE expr
  Pick,      // PICK binders : expr
  Take,      // TAKE binders
  Witness,   // WITNESS e1, e2
  Have,      // HAVE expr
  Define,    // [DEFINE] Op == e ...   (defs)
  Use,       // USE ...
  Hide,      // HIDE ...
  Instance,  // INSTANCE M ... or I == INSTANCE M ... as a step
  Qed,       // QED
};

struct ProofStep {
  StepKind kind = StepKind::Assert;
  SourceRange range;
  int level = 0;               // numeric level (the parser resolves <+> and <*>)
  std::string levelText;       // as written: "<1>", "<+>", "<*>"
  std::string label;           // "1", "a", "3b", or "" for an unnamed step
  std::string name;            // canonical name for citation: "<1>1" ("" if unnamed)

  ExprPtr expr;                // Assert/Suffices/Case/Pick/Have: the formula
  std::vector<Binder> binders; // Pick / Take
  std::vector<ExprPtr> exprs;  // Witness
  std::vector<DeclPtr> defs;   // Define (also a DEFINE unit inside a step)
  UseBy use;                   // Use / Hide
  DeclPtr instanceDecl;        // Instance step
  ProofPtr proof;              // null when the step has no proof (missing / not needed)
};

// ---------------------------------------------------------------- modules ---

enum class UnitKind : std::uint8_t {
  Constants,   // decls = the constants
  Variables,   // decls = the variables
  Recursive,   // decls = the forward declarations
  Definition,  // decls = { the Operator / Function }
  Instance,    // decls = { the Instance decl } when named; instance set in both cases
  Assumption,  // decls = { Assumption decl }
  Theorem,     // decls = { Theorem decl }
  Use,         // use
  Hide,        // use
  Submodule,   // submodule
  Separator,   // ---- (kept for printing)
};

struct Unit {
  UnitKind kind;
  SourceRange range;
  bool local = false;
  std::vector<DeclPtr> decls;
  std::shared_ptr<Instance> instance;  // Instance (named: also decls[0]->instance)
  UseBy use;                           // Use / Hide
  ModulePtr submodule;                 // Submodule
  explicit Unit(UnitKind k, SourceRange r = {}) : kind(k), range(r) {}
};

struct NameRef {
  std::string name;
  SourceLoc loc;
};

struct Module {
  std::string name;
  SourceRange range;
  FileId file = 0;
  std::vector<NameRef> extends;
  std::vector<Unit> units;      // in source order
  bool standard = false;        // one of the bundled standard modules (Naturals, ...)
  const Module* parent = nullptr;  // enclosing module of a submodule
  DeclPtr self;                 // DeclKind::ModuleName for `MODULE M` references

  // resolver: the modules this one extends, transitively, in dependency order
  std::vector<const Module*> extended;
};

}  // namespace tlapx
