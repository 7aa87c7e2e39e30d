// Assembly of obligations from proof contexts (see obligation_sink.hpp).
#include "prover/obligation_sink.hpp"

#include "prover/enabled_rules.hpp"
#include "prover/expansion.hpp"
#include "prover/fingerprint.hpp"

namespace tlapx::prover {

void ObligationSink::emit(ObligationKind kind, const Context& context, const ExprPtr& goal,
                          SourceRange range, SourceRange stepRange) {
  if (muted_) return;
  Expander expander(context, context.expandEnabled());
  Obligation ob;
  ob.id = static_cast<std::uint32_t>(result_.obligations.size() + 1);
  ob.kind = kind;
  ob.range = range;
  ob.module = module_;
  ob.method = context.method();
  const bool enabledRules = context.enabledRules();
  const auto normalForm = [enabledRules](const ExprPtr& e) { return enabledRules ? enabledNormalForm(e) : e; };
  if (kind != ObligationKind::Trivial) {
    for (const auto& entry : context.entries()) {
      if (entry.kind == ContextEntry::Kind::Declaration) {
        ObligationHyp hyp;
        hyp.kind = ObligationHyp::Kind::Declaration;
        hyp.decl = entry.decl;
        hyp.domain = expander.expand(entry.domain);
        ob.hyps.push_back(std::move(hyp));
      } else if (entry.kind == ContextEntry::Kind::Fact && entry.visible) {
        ObligationHyp hyp;
        hyp.kind = ObligationHyp::Kind::Fact;
        hyp.fact = normalForm(expander.expand(entry.fact));
        hyp.holdsAlways = entry.holdsAlways;
        ob.hyps.push_back(hyp);
        if (ExprPtr consequence = enabledRules ? enabledConsequence(entry) : nullptr) {
          hyp.fact = normalForm(expander.expand(consequence));
          ob.hyps.push_back(std::move(hyp));
        }
      }
    }
  }
  ob.goal = normalForm(expander.expand(goal));
  ob.opaque = expander.opaque();
  ob.fingerprint = fingerprintOf(ob);
  result_.obligations.push_back(std::move(ob));
  result_.info.push_back(ObligationInfo{stepRange, theorem_, expander.expanded()});
}

}  // namespace tlapx::prover
