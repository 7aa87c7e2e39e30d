// Construction and queries of the module/definition/obligation dependency graph
// (see dependency_graph.hpp).
#include "prover/dependency_graph.hpp"

#include <algorithm>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <map>

#include "prover/expansion.hpp"

namespace tlapx::prover {

DependencyGraph::VertexId DependencyGraph::vertexOf(VertexKind kind, const void* key, std::string name) {
  if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
  VertexId v = boost::add_vertex(Vertex{kind, std::move(name), key, 0}, graph_);
  byKey_.emplace(key, v);
  return v;
}

DependencyGraph::DependencyGraph(const Module& root, const GeneratedObligations& obligations) {
  for (const Module* m : root.extended) addModule(*m);
  addModule(root);
  for (std::size_t i = 0; i < obligations.obligations.size(); ++i) {
    const Obligation& ob = obligations.obligations[i];
    const ObligationInfo& info = obligations.info[i];
    VertexId v = boost::add_vertex(Vertex{VertexKind::Obligation, "obligation " + std::to_string(ob.id),
                                          nullptr, ob.id},
                                   graph_);
    if (info.theorem != nullptr)
      boost::add_edge(vertexOf(VertexKind::Theorem, info.theorem, info.theorem->name), v, graph_);
    for (const Decl* d : info.expandedDefinitions)
      boost::add_edge(v, vertexOf(VertexKind::Definition, d, d->name), graph_);
    // The definitions it mentions unexpanded: their bodies are part of its fingerprint.
    for (const auto& h : ob.hyps) {
      if (h.fact) addUses(v, *h.fact);
      if (h.domain) addUses(v, *h.domain);
    }
    if (ob.goal) addUses(v, *ob.goal);
  }
}

void DependencyGraph::addModule(const Module& module) {
  if (byKey_.contains(&module)) return;
  VertexId self = vertexOf(VertexKind::Module, &module, module.name);
  for (const Module* m : module.extended) {
    addModule(*m);
    boost::add_edge(self, byKey_.at(m), graph_);
  }
  for (const auto& unit : module.units) {
    switch (unit.kind) {
      case UnitKind::Definition:
      case UnitKind::Recursive:
        for (const auto& d : unit.decls)
          if (isDefinition(*d)) addDefinition(*d, module, d->name);
        break;
      case UnitKind::Instance:
        if (unit.instance && unit.instance->module != nullptr) {
          addModule(*unit.instance->module);
          boost::add_edge(self, byKey_.at(unit.instance->module), graph_);
          const std::string prefix = unit.decls.empty() ? "" : unit.decls[0]->name + "!";
          for (const auto& copy : unit.instance->copies)
            if (isDefinition(*copy)) addDefinition(*copy, module, prefix + copy->name);
        }
        break;
      case UnitKind::Theorem:
        for (const auto& d : unit.decls)
          boost::add_edge(self, vertexOf(VertexKind::Theorem, d.get(), d->name), graph_);
        break;
      case UnitKind::Submodule:
        if (unit.submodule) {
          addModule(*unit.submodule);
          boost::add_edge(self, byKey_.at(unit.submodule.get()), graph_);
        }
        break;
      default:
        break;
    }
  }
}

void DependencyGraph::addDefinition(const Decl& def, const Module& module, const std::string& name) {
  VertexId v = vertexOf(VertexKind::Definition, &def, name);
  graph_[v].name = name;  // a vertex created earlier by a use gets its display name
  boost::add_edge(byKey_.at(&module), v, graph_);
  if (def.body) addUses(v, *def.body);
  addOpaqueCopyUses(v, def);
}

void DependencyGraph::addOpaqueCopyUses(VertexId copy, const Decl& def) {
  if (def.body || def.origin == nullptr || def.instantiation == nullptr) return;
  if (isDefinition(*def.origin)) {
    const bool known = byKey_.contains(def.origin);
    const VertexId origin = vertexOf(VertexKind::Definition, def.origin, def.origin->name);
    if (!boost::edge(copy, origin, graph_).second) boost::add_edge(copy, origin, graph_);
    if (!known && def.origin->body) addUses(origin, *def.origin->body);
  }
  for (const auto& s : def.instantiation->fullSubstitution)
    if (s.value) addUses(copy, *s.value);
}

void DependencyGraph::addUses(VertexId from, const Expr& e) {
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr) {
    const Decl* target = definitionOf(e.decl);
    if (isDefinition(*target) && !target->primitive) {
      const bool known = byKey_.contains(target);
      VertexId to = vertexOf(VertexKind::Definition, target, target->name);
      if (!boost::edge(from, to, graph_).second) boost::add_edge(from, to, graph_);
      if (!known) addOpaqueCopyUses(to, *target);  // e.g. a copy of a LET INSTANCE
    }
  }
  for (const auto& a : e.args) addUses(from, *a);
  for (const auto& b : e.binders)
    if (b.domain) addUses(from, *b.domain);
  for (const auto& c : e.excepts) {
    addUses(from, *c.value);
    for (const auto& p : c.path)
      for (const auto& i : p.index) addUses(from, *i);
  }
  for (const auto& d : e.letDefs)
    if (d->body) addUses(from, *d->body);
  for (const auto& h : e.hyps)
    if (h.fact) addUses(from, *h.fact);
}

namespace {

// Vertex filter of the module subgraph (Boost needs a default-constructible predicate).
struct IsModule {
  const DependencyGraph::Graph* graph = nullptr;
  bool operator()(DependencyGraph::Graph::vertex_descriptor v) const {
    return (*graph)[v].kind == DependencyGraph::VertexKind::Module;
  }
};

}  // namespace

std::vector<const Module*> DependencyGraph::moduleOrder() const {
  boost::filtered_graph<Graph, boost::keep_all, IsModule> modules(graph_, {}, IsModule{&graph_});
  // topological_sort emits a vertex after everything it reaches: used modules come first.
  std::vector<VertexId> sorted;
  boost::topological_sort(modules, std::back_inserter(sorted));
  std::vector<const Module*> order;
  for (VertexId v : sorted) order.push_back(static_cast<const Module*>(graph_[v].key));
  return order;
}

std::vector<std::vector<std::string>> DependencyGraph::definitionCycles() const {
  std::vector<std::size_t> component(boost::num_vertices(graph_));
  const std::size_t count = boost::strong_components(
      graph_, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph_)));
  std::vector<std::vector<VertexId>> members(count);
  for (VertexId v = 0; v < boost::num_vertices(graph_); ++v) members[component[v]].push_back(v);
  std::vector<std::vector<std::string>> cycles;
  for (const auto& group : members) {
    const bool selfLoop = group.size() == 1 && boost::edge(group[0], group[0], graph_).second;
    if (group.size() < 2 && !selfLoop) continue;
    std::vector<std::string> names;
    for (VertexId v : group)
      if (graph_[v].kind == VertexKind::Definition) names.push_back(graph_[v].name);
    std::sort(names.begin(), names.end());
    if (!names.empty()) cycles.push_back(std::move(names));
  }
  return cycles;
}

std::vector<std::uint32_t> DependencyGraph::obligationsDependingOn(std::string_view name) const {
  // Backwards from the definitions named `name`: through the definitions whose bodies
  // mention them (a body is part of the fingerprint of every obligation that reaches it),
  // to the obligations.
  std::vector<VertexId> pending;
  std::vector<bool> seen(boost::num_vertices(graph_), false);
  for (VertexId v = 0; v < boost::num_vertices(graph_); ++v) {
    if (graph_[v].kind == VertexKind::Definition && graph_[v].name == name) {
      pending.push_back(v);
      seen[v] = true;
    }
  }
  std::vector<std::uint32_t> ids;
  while (!pending.empty()) {
    const VertexId v = pending.back();
    pending.pop_back();
    for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) {
      const VertexId from = boost::source(*it, graph_);
      const Vertex& user = graph_[from];
      if (user.kind == VertexKind::Obligation) ids.push_back(user.obligation);
      if (user.kind == VertexKind::Definition && !seen[from]) {
        seen[from] = true;
        pending.push_back(from);
      }
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace tlapx::prover
