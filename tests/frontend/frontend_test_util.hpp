// Test helpers for the resolver, instance, subexpression and level tests: load module
// texts through the Frontend and look at the resolved result.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/frontend.hpp"
#include "frontend/printer.hpp"
#include "loader_test_util.hpp"

namespace tlapx::testing {

// Modules written to a temporary folder and loaded (the first one is the root).
struct Loaded {
  TempDir dir;
  std::unique_ptr<Frontend> frontend;
  const Module* module = nullptr;

  const Diagnostics& diags() const { return frontend->diagnostics(); }

  // "line:col: message" for every error, in order.
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto& d : diags().all())
      if (d.severity == Severity::Error)
        out.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " + d.message);
    return out;
  }

  std::string allErrors() const {
    std::string s;
    for (const auto& e : errors()) s += e + "\n";
    return s;
  }

  // The declaration `name` among the root module's units (definitions, constants,
  // variables, theorems, assumptions, named instances).
  const Decl* decl(const std::string& name, const Module* in = nullptr) const {
    for (const auto& u : (in ? in : module)->units)
      for (const auto& d : u.decls)
        if (d->name == name && d->kind != DeclKind::Recursive) return d.get();
    return nullptr;
  }

  // The printed body of definition or theorem `name`.
  std::string body(const std::string& name) const {
    const Decl* d = decl(name);
    if (d == nullptr || !d->body) return "<no " + name + ">";
    return printExpr(*d->body);
  }
};

// Loads `root` (a module text) with the other modules of `others` (name -> text) beside it.
inline std::unique_ptr<Loaded> load(const std::string& root, const std::map<std::string, std::string>& others = {}) {
  auto l = std::make_unique<Loaded>();
  const std::string path = l->dir.write("Root.tla", root);
  for (const auto& [name, text] : others) l->dir.write(name + ".tla", text);
  l->frontend = std::make_unique<Frontend>(FrontendOptions{});
  l->module = l->frontend->load(path);
  return l;
}

// `---- MODULE Root ----` + body + `====`.
inline std::string moduleText(const std::string& body, const std::string& name = "Root") {
  return "---- MODULE " + name + " ----\n" + body + "\n====\n";
}

}  // namespace tlapx::testing
