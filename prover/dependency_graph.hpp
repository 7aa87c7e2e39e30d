// The dependency graph of a module and its obligations (Boost.Graph): vertices are
// modules, definitions, theorems and obligations; an edge u -> v means "u uses v"
// (a module uses the modules it extends or instantiates and contains its definitions and
// theorems, a definition uses the definitions its body refers to, a theorem uses the
// obligations of its proof, an obligation uses the definitions whose bodies it contains
// and the definitions it mentions).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::prover {

class DependencyGraph {
 public:
  enum class VertexKind : std::uint8_t { Module, Definition, Theorem, Obligation };
  struct Vertex {
    VertexKind kind = VertexKind::Module;
    std::string name;            // module / definition (`I!Op` for instance copies) / theorem
    const void* key = nullptr;   // the Module or Decl
    std::uint32_t obligation = 0;  // Obligation: its id
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Vertex>;

  DependencyGraph(const Module& root, const GeneratedObligations& obligations);

  // The modules, each after every module it uses (extends or instantiates).
  std::vector<const Module*> moduleOrder() const;
  // Groups of definitions that use each other (recursion), by name.
  std::vector<std::vector<std::string>> definitionCycles() const;
  // Ids of the obligations whose fingerprint depends on the body of a definition named
  // `name` (its plain name, or `I!Op` for an instantiated copy), in increasing order: those
  // that expand it or mention it, directly or through the bodies of the definitions they
  // mention.
  std::vector<std::uint32_t> obligationsDependingOn(std::string_view name) const;

  const Graph& graph() const { return graph_; }

 private:
  using VertexId = Graph::vertex_descriptor;
  VertexId vertexOf(VertexKind kind, const void* key, std::string name);
  void addModule(const Module& module);
  void addDefinition(const Decl& def, const Module& module, const std::string& name);
  void addUses(VertexId from, const Expr& e);
  // What an instance copy without a body (opaque) stands for in fingerprints: its origin
  // under its INSTANCE's substitution.
  void addOpaqueCopyUses(VertexId copy, const Decl& def);

  Graph graph_;
  std::unordered_map<const void*, VertexId> byKey_;
};

}  // namespace tlapx::prover
