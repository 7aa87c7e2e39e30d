// Names, hover texts and verdict mapping of the proof states (see proof_status.hpp).
#include "lsp/proof_status.hpp"

namespace tlapx::lsp {

const char* statusName(ProofStatus status) {
  switch (status) {
    case ProofStatus::Pending: return "pending";
    case ProofStatus::Failed: return "failed";
    case ProofStatus::Missing: return "missing";
    case ProofStatus::Omitted: return "omitted";
    case ProofStatus::Progress: return "progress";
    case ProofStatus::Proved: return "proved";
  }
  return "pending";
}

const char* statusHover(ProofStatus status) {
  switch (status) {
    case ProofStatus::Pending: return "Proof pending.";
    case ProofStatus::Failed: return "Proof failed.";
    case ProofStatus::Missing: return "Proof missing.";
    case ProofStatus::Omitted: return "Proof omitted.";
    case ProofStatus::Progress: return "Proving in progress.";
    case ProofStatus::Proved: return "Proof checked successfully.";
  }
  return "";
}

ProofStatus statusOf(check::Verdict verdict) {
  switch (verdict) {
    case check::Verdict::Proved:
    case check::Verdict::Trivial: return ProofStatus::Proved;
    case check::Verdict::Failed: return ProofStatus::Failed;
    case check::Verdict::Omitted: return ProofStatus::Omitted;
    case check::Verdict::Missing: return ProofStatus::Missing;
    case check::Verdict::Interrupted:
    case check::Verdict::Unchecked:
    case check::Verdict::OtherShard: return ProofStatus::Pending;
  }
  return ProofStatus::Pending;
}

}  // namespace tlapx::lsp
