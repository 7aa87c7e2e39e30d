// Test helper: renders parser output as compact S-expressions so tests can assert
// the exact AST shape, e.g. "(+ a (* b c))", "(and* x y)" for a bulleted list.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"

namespace tlapx::test {

std::string sexpr(const Expr& e);
std::string sexpr(const Decl& d);

inline std::string builtinName(BuiltinOp op) {
  switch (op) {
    case BuiltinOp::True: return "TRUE";
    case BuiltinOp::False: return "FALSE";
    case BuiltinOp::BooleanSet: return "BOOLEAN";
    case BuiltinOp::StringSet: return "STRING";
    case BuiltinOp::And: return "and";
    case BuiltinOp::Or: return "or";
    case BuiltinOp::Not: return "not";
    case BuiltinOp::Implies: return "=>";
    case BuiltinOp::Equiv: return "<=>";
    case BuiltinOp::Eq: return "=";
    case BuiltinOp::Neq: return "#";
    case BuiltinOp::In: return "in";
    case BuiltinOp::NotIn: return "notin";
    case BuiltinOp::Cup: return "cup";
    case BuiltinOp::Cap: return "cap";
    case BuiltinOp::SetMinus: return "setminus";
    case BuiltinOp::Subseteq: return "subseteq";
    case BuiltinOp::Subset: return "SUBSET";
    case BuiltinOp::Union: return "UNION";
    case BuiltinOp::Domain: return "DOMAIN";
    case BuiltinOp::Prime: return "prime";
    case BuiltinOp::Unchanged: return "UNCHANGED";
    case BuiltinOp::Enabled: return "ENABLED";
    case BuiltinOp::Cdot: return "cdot";
    case BuiltinOp::Always: return "[]";
    case BuiltinOp::Eventually: return "<>";
    case BuiltinOp::LeadsTo: return "~>";
    case BuiltinOp::WhilePlus: return "-+->";
  }
  return "?";
}

inline std::string binderText(const Binder& b) {
  std::string s = "[";
  if (b.tuple) s += "<<";
  for (std::size_t i = 0; i < b.vars.size(); ++i) s += (i ? " " : "") + b.vars[i]->name;
  if (b.tuple) s += ">>";
  if (b.domain) s += " in " + sexpr(*b.domain);
  return s + "]";
}

inline std::string binders(const std::vector<Binder>& bs) {
  std::string s;
  for (const auto& b : bs) s.append(" ").append(binderText(b));
  return s;
}

inline std::string list(const std::vector<ExprPtr>& args) {
  std::string s;
  for (const auto& a : args) s.append(" ").append(sexpr(*a));
  return s;
}

inline std::string params(const std::vector<DeclPtr>& ps) {
  std::string s = "(";
  for (std::size_t i = 0; i < ps.size(); ++i) {
    s += (i ? " " : "") + ps[i]->name;
    if (ps[i]->arity) s.append("/").append(std::to_string(ps[i]->arity));
  }
  return s + ")";
}

inline std::string sexpr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Ident: return e.name;
    case ExprKind::OpApp: return "(" + e.name + list(e.args) + ")";
    case ExprKind::StepRef: return e.name;
    case ExprKind::Builtin:
      if (e.args.empty()) return builtinName(e.op);
      return "(" + builtinName(e.op) + (e.bulleted ? "*" : "") + list(e.args) + ")";
    case ExprKind::Number: return e.text;
    case ExprKind::String: return "\"" + e.text + "\"";
    case ExprKind::Quant:
      return std::string("(") + (e.quantOp == QuantOp::Forall ? "A" : "E") + binders(e.binders) +
             " " + sexpr(*e.args[0]) + ")";
    case ExprKind::TempQuant:
      return std::string("(") + (e.quantOp == QuantOp::Forall ? "AA" : "EE") +
             binders(e.binders) + " " + sexpr(*e.args[0]) + ")";
    case ExprKind::Choose: return "(choose" + binders(e.binders) + " " + sexpr(*e.args[0]) + ")";
    case ExprKind::SetFilter: return "(filter" + binders(e.binders) + " " + sexpr(*e.args[0]) + ")";
    case ExprKind::SetMap: return "(map " + sexpr(*e.args[0]) + binders(e.binders) + ")";
    case ExprKind::FuncCons: return "(fn" + binders(e.binders) + " " + sexpr(*e.args[0]) + ")";
    case ExprKind::Lambda: return "(lambda " + params(e.params) + " " + sexpr(*e.args[0]) + ")";
    case ExprKind::Let: {
      std::string s = "(let (";
      for (std::size_t i = 0; i < e.letDefs.size(); ++i) s += (i ? " " : "") + sexpr(*e.letDefs[i]);
      return s + ") " + sexpr(*e.args[0]) + ")";
    }
    case ExprKind::SetEnum: return "(set" + list(e.args) + ")";
    case ExprKind::Tuple: return "(tuple" + list(e.args) + ")";
    case ExprKind::FuncApp: return "(app" + list(e.args) + ")";
    case ExprKind::FuncSet: return "(funset" + list(e.args) + ")";
    case ExprKind::RecordCons:
    case ExprKind::RecordSet: {
      std::string s = e.kind == ExprKind::RecordCons ? "(record" : "(recset";
      for (std::size_t i = 0; i < e.fields.size(); ++i)
        s += " (" + e.fields[i] + " " + sexpr(*e.args[i]) + ")";
      return s + ")";
    }
    case ExprKind::Times: return "(X" + list(e.args) + ")";
    case ExprKind::Except: {
      std::string s = "(except " + sexpr(*e.args[0]);
      for (const auto& c : e.excepts) {
        s += " (!";
        for (const auto& p : c.path) {
          if (p.isField) s += "." + p.field;
          else {
            s += "[";
            for (std::size_t i = 0; i < p.index.size(); ++i) s += (i ? " " : "") + sexpr(*p.index[i]);
            s += "]";
          }
        }
        s.append(" ").append(sexpr(*c.value) + ")");
      }
      return s + ")";
    }
    case ExprKind::ExceptAt: return "@";
    case ExprKind::Dot: return "(. " + sexpr(*e.args[0]) + " " + e.text + ")";
    case ExprKind::If: return "(if" + list(e.args) + ")";
    case ExprKind::Case: return std::string("(case") + (e.hasOther ? "+other" : "") + list(e.args) + ")";
    case ExprKind::BoxAction: return "([]_" + list(e.args) + ")";
    case ExprKind::AngleAction: return "(<>_" + list(e.args) + ")";
    case ExprKind::Fairness: return std::string(e.fairnessStrong ? "(SF" : "(WF") + list(e.args) + ")";
    case ExprKind::Label:
      return "(label " + e.text + (e.params.empty() ? "" : params(e.params)) + " " +
             sexpr(*e.args[0]) + ")";
    case ExprKind::Sequent: {
      std::string s = "(sequent (";
      for (std::size_t i = 0; i < e.hyps.size(); ++i) {
        s += i ? " " : "";
        s += e.hyps[i].newDecl ? sexpr(*e.hyps[i].newDecl) : sexpr(*e.hyps[i].fact);
      }
      return s + ") " + sexpr(*e.args[0]) + ")";
    }
    case ExprKind::ModuleRef: return "(module " + e.text + ")";
    case ExprKind::Ref: {
      std::string s = "(ref";
      for (const auto& seg : e.path) {
        s += " ";
        switch (seg.kind) {
          case RefSegment::Kind::Name: s += seg.name; break;
          case RefSegment::Kind::Number: s += std::to_string(seg.number); break;
          case RefSegment::Kind::Args: s += "()"; break;
          case RefSegment::Kind::First: s += "<<"; break;
          case RefSegment::Kind::Second: s += ">>"; break;
          case RefSegment::Kind::Colon: s += ":"; break;
          case RefSegment::Kind::At: s += "@"; break;
        }
        if (!seg.args.empty()) {
          s += "(";
          for (std::size_t i = 0; i < seg.args.size(); ++i) s += (i ? " " : "") + sexpr(*seg.args[i]);
          s += ")";
        }
      }
      return s + ")";
    }
  }
  return "?";
}

inline std::string sexpr(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Operator:
      return "(def " + d.name + (d.params.empty() ? "" : " " + params(d.params)) + " " +
             sexpr(*d.body) + ")";
    case DeclKind::Function: return "(fndef " + d.name + " " + sexpr(*d.body) + ")";
    case DeclKind::Recursive: return "(recursive " + d.name + "/" + std::to_string(d.arity) + ")";
    case DeclKind::Instance: {
      std::string s = "(instance " + d.name + (d.params.empty() ? "" : " " + params(d.params)) +
                      " " + d.instance->moduleName;
      for (const auto& w : d.instance->with) s += " (" + w.name + " <- " + sexpr(*w.value) + ")";
      return s + ")";
    }
    case DeclKind::NewSymbol: {
      static const char* kinds[] = {"constant", "variable", "state", "action", "temporal"};
      std::string s = std::string("(new ") + kinds[static_cast<int>(d.newKind)] + " " + d.name;
      if (d.arity) s.append("/").append(std::to_string(d.arity));
      if (d.body) s += " in " + sexpr(*d.body);
      return s + ")";
    }
    default:
      return d.name + (d.arity ? "/" + std::to_string(d.arity) : "");
  }
}

// Parses `text` as a standalone expression.
struct ParsedExpr {
  SourceManager sources;
  Diagnostics diags{sources};
  ExprPtr expr;
  explicit ParsedExpr(std::string text) {
    FileId id = sources.add("<test>", std::move(text));
    expr = parseExpression(sources.file(id), diags);
  }
};

// Parses `text` as a module file.
struct ParsedModule {
  SourceManager sources;
  Diagnostics diags{sources};
  ModulePtr module;
  explicit ParsedModule(std::string text) {
    FileId id = sources.add("<test>", std::move(text));
    module = parseModule(sources.file(id), diags);
  }
};

}  // namespace tlapx::test
