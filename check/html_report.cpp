// The HTML report of a check run (see html_report.hpp).
#include "check/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <stdexcept>

#include "backends/budget.hpp"
#include "check/proof_tree.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::check {

namespace {

// The editor's step states, worst first: a step shows the minimum over its obligations
// and sub-steps (tlapm_lsp's order; `progress` never occurs in a finished report).
enum class Marker : std::uint8_t { Pending, Failed, Missing, Omitted, Proved };
constexpr std::array kMarkerNames{"pending", "failed", "missing", "omitted", "proved"};

Marker markerOf(Verdict v) {
  switch (v) {
    case Verdict::Proved:
    case Verdict::Trivial: return Marker::Proved;
    case Verdict::Failed: return Marker::Failed;
    case Verdict::Omitted: return Marker::Omitted;
    case Verdict::Missing: return Marker::Missing;
    case Verdict::Interrupted:
    case Verdict::Unchecked:
    case Verdict::OtherShard: return Marker::Pending;
  }
  return Marker::Pending;
}

const char* nameOf(Marker m) { return kMarkerNames[static_cast<std::size_t>(m)]; }

// Share of the budget above which a proof is reported as near its budget (brittle).
constexpr double kNearBudget = 0.5;
constexpr std::size_t kSlowestShown = 10;
constexpr std::size_t kHeadChars = 110;

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string seconds(double s) { return fmt::format("{:.2f} s", s); }

constexpr const char* kStyle = R"(
body{font:14px/1.4 system-ui,sans-serif;margin:0 2em 3em;color:#222}
h1{font-size:1.5em;margin:.8em 0 .3em}h2{font-size:1.2em;margin:1.4em 0 .4em}
table{border-collapse:collapse;margin:.3em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}
th{background:#f3f3f3}td.l,th.l{text-align:left}code,pre{font:12px/1.35 ui-monospace,monospace}
pre{background:#fafafa;border:1px solid #ddd;padding:6px;margin:4px 0;white-space:pre-wrap}
.verdict{display:inline-block;padding:4px 12px;border-radius:4px;font-weight:bold;margin:.3em 0}
.v-ok{background:#00ff0040;border:1px solid #2a2}.v-bad{background:#ff000030;border:1px solid #c22}
.v-open{background:#ff660030;border:1px solid #d80}
.s-proved{background:#00ff0020;border-left:4px solid #3b3}.s-failed{background:#ff000030;border-left:4px solid #d33}
.s-omitted,.s-missing{background:#ff660020;border-left:4px solid #e80}
.s-pending{background:#c8c8c820;border-left:4px solid #aaa}
.mark{border-left:0!important;display:inline-block;min-width:5.2em;text-align:center;border-radius:3px;font-size:12px;padding:0 4px}
details.step{margin:2px 0 2px 1.2em;padding:1px 4px}details.step>summary{cursor:pointer}
.meta{color:#666;font-size:12px;margin-left:.6em}.name{font-weight:600;margin-right:.4em}
tr.o td{font-size:12px}tr.text td{text-align:left}#tools button{margin-right:.4em}
)";

constexpr const char* kScript = R"(
function openTo(id){var e=document.getElementById(id);if(!e)return;
 for(var p=e;p;p=p.parentElement){if(p.tagName==='DETAILS')p.open=true;}e.scrollIntoView();}
window.addEventListener('hashchange',function(){openTo(location.hash.slice(1));});
function setAll(open,onlyProved){document.querySelectorAll('details.step').forEach(function(d){
 if(!onlyProved||d.classList.contains('s-proved'))d.open=open;});}
document.getElementById('expand').onclick=function(){setAll(true,false);};
document.getElementById('collapse').onclick=function(){setAll(false,false);};
document.getElementById('problems').onclick=function(){setAll(true,false);setAll(false,true);};
if(location.hash)openTo(location.hash.slice(1));
document.body.setAttribute('data-ready','yes');
)";

// One module's outcomes by obligation index, and the tree built over them.
class ModuleView {
 public:
  explicit ModuleView(const HtmlModule& m) : m_(m), tree_(proofTree(*m.module, *m.generated)) {
    byIndex_.assign(m.generated->obligations.size(), nullptr);
    for (const auto& o : m.report->outcomes) byIndex_.at(o.obligation->id - 1) = &o;
  }
  const HtmlModule& module() const { return m_; }
  const ProofTree& tree() const { return tree_; }
  const ObligationOutcome* outcome(std::size_t index) const { return byIndex_[index]; }
  const Obligation& obligation(std::size_t index) const { return m_.generated->obligations[index]; }
  Marker marker(std::size_t index) const {
    const ObligationOutcome* o = outcome(index);
    return o != nullptr ? markerOf(o->verdict) : Marker::Pending;  // not selected in this run
  }
  Marker marker(const ProofNode& node) const {
    Marker m = Marker::Proved;
    for (std::size_t i : node.obligations) m = std::min(m, marker(i));
    for (const auto& c : node.children) m = std::min(m, marker(c));
    return m;
  }
  std::string stepId(const ProofNode& node) const {
    return fmt::format("s-{}-{}-{}", node.module->name, node.range.begin.line, node.range.begin.col);
  }
  std::string obligationId(std::size_t index) const {
    return fmt::format("o-{}-{}", m_.module->name, index + 1);
  }
  std::string head(const ProofNode& node) const {
    const SourceLoc& at = node.range.begin;
    if (at.file == 0) return {};
    std::string_view line = m_.sources->file(at.file).lineText(at.line);
    line.remove_prefix(std::min<std::size_t>(at.col - 1, line.size()));
    std::string text(line.substr(0, kHeadChars));
    if (line.size() > kHeadChars) text += " …";
    return text;
  }

 private:
  const HtmlModule& m_;
  ProofTree tree_;
  std::vector<const ObligationOutcome*> byIndex_;
};

double budgetSeconds(const Obligation& ob, double stretch) {
  Budget budget;
  budget.stretch = stretch;
  return static_cast<double>(limitsFor(ob.method, budget).rlimit) / static_cast<double>(kRlimitPerSecond);
}

bool sentToBackend(const Obligation& ob) {
  return ob.kind == ObligationKind::Main || ob.kind == ObligationKind::Support;
}

// An obligation of some module, for the lists at the top.
struct Ref {
  const ModuleView* view;
  std::size_t index;
  const ObligationOutcome& outcome() const { return *view->outcome(index); }
};

class Writer {
 public:
  Writer(std::ostream& out, const std::vector<HtmlModule>& modules, const Summary& summary,
         const RunDescription& run)
      : out_(out), summary_(summary), run_(run) {
    for (const auto& m : modules) views_.push_back(std::make_unique<ModuleView>(m));
  }

  void write() {
    std::string title = "tlapx report";
    for (const auto& v : views_) title += " " + v->module().module->name;
    out_ << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" << escape(title)
         << "</title>\n<style>" << kStyle << "</style></head>\n<body>\n";
    header(title);
    problems();
    summaryTables();
    hotSpots();
    trees();
    out_ << "<script>" << kScript << "</script>\n</body></html>\n";
  }

 private:
  std::string share(const Ref& r) const {
    const Obligation& ob = r.view->obligation(r.index);
    if (!sentToBackend(ob) || r.outcome().backend.empty()) return "";
    const double budget = budgetSeconds(ob, run_.stretch);
    return budget > 0 ? fmt::format("{:.0f}%", 100 * r.outcome().seconds / budget) : "";
  }
  double shareValue(const Ref& r) const {
    const Obligation& ob = r.view->obligation(r.index);
    if (!sentToBackend(ob) || r.outcome().backend.empty()) return 0;
    const double budget = budgetSeconds(ob, run_.stretch);
    return budget > 0 ? r.outcome().seconds / budget : 0;
  }
  std::string where(const Ref& r) const {
    const SourceLoc& at = r.view->obligation(r.index).range.begin;
    return fmt::format("{}:{}:{}", r.outcome().file, at.line, at.col);
  }
  std::string link(const Ref& r) const {
    return fmt::format("<a href=\"#{}\">{} obligation {}</a>", r.view->obligationId(r.index),
                       escape(where(r)), r.index + 1);
  }

  std::vector<Ref> all() const {
    std::vector<Ref> refs;
    for (const auto& v : views_)
      for (std::size_t i = 0; i < v->module().generated->obligations.size(); ++i)
        if (v->outcome(i) != nullptr) refs.push_back(Ref{v.get(), i});
    return refs;
  }

  void header(const std::string& title) {
    const Summary& s = summary_;
    std::string verdict, cls = "v-ok";
    if (s.failed > 0) {
      verdict = fmt::format("{}/{} obligations failed", s.failed, s.total);
      cls = "v-bad";
    } else if (s.proved + s.trivial == s.total) {
      verdict = fmt::format("All {} obligations proved", s.total);
    } else {
      verdict = fmt::format("{}/{} obligations not proved (omitted, missing or not checked)",
                            s.total - s.proved - s.trivial, s.total);
      cls = "v-open";
    }
    out_ << "<h1>" << escape(title) << "</h1>\n<div class=\"verdict " << cls << "\" id=\"verdict\">"
         << escape(verdict) << " — exit code " << run_.exitCode << "</div>\n<table class=\"run\">\n";
    const auto row = [this](const std::string& k, const std::string& v) {
      out_ << "<tr><th class=\"l\">" << escape(k) << "</th><td class=\"l\"><code>" << escape(v)
           << "</code></td></tr>\n";
    };
    row("command", run_.command);
    row("tlapx", run_.version);
    row("date", run_.date);
    for (const auto& [k, v] : run_.options) row(k, v);
    row("wall time", seconds(s.wallMs / 1000));
    out_ << "</table>\n<div id=\"tools\"><button id=\"expand\">expand all</button><button "
            "id=\"collapse\">collapse all</button><button id=\"problems\">only problems</button></div>\n";
  }

  void refList(const std::string& id, const std::string& title, const std::vector<Ref>& refs, bool withWhy) {
    out_ << "<h2 id=\"" << id << "\">" << escape(title) << " (" << refs.size() << ")</h2>\n";
    if (refs.empty()) return;
    out_ << "<ul>\n";
    for (const Ref& r : refs) {
      out_ << "<li>" << link(r);
      if (withWhy) out_ << ": " << escape(why(r.outcome()));
      out_ << "</li>\n";
    }
    out_ << "</ul>\n";
  }

  static std::string why(const ObligationOutcome& o) {
    std::string text = o.status.empty() ? verdictName(o.verdict) : o.status;
    if (!o.backend.empty()) text += " (" + o.backend + ")";
    if (!o.reason.empty()) text += ": " + o.reason;
    return text;
  }

  void problems() {
    std::vector<Ref> failed, open;
    for (const Ref& r : all()) {
      const Verdict v = r.outcome().verdict;
      if (v == Verdict::Failed) failed.push_back(r);
      if (v == Verdict::Omitted || v == Verdict::Missing) open.push_back(r);
    }
    refList("failures", "Failures", failed, true);
    refList("open", "Omitted and missing proofs", open, true);
  }

  void summaryTables() {
    struct Counts {
      std::size_t total = 0, proved = 0, cached = 0, failed = 0, omitted = 0, missing = 0, pending = 0;
      double seconds = 0, maxSeconds = 0;
      void add(const ObligationOutcome& o) {
        ++total;
        cached += o.cached ? 1 : 0;
        seconds += o.seconds;
        maxSeconds = std::max(maxSeconds, o.seconds);
        switch (markerOf(o.verdict)) {
          case Marker::Proved: ++proved; break;
          case Marker::Failed: ++failed; break;
          case Marker::Omitted: ++omitted; break;
          case Marker::Missing: ++missing; break;
          case Marker::Pending: ++pending; break;
        }
      }
    };
    std::map<std::string, Counts> byKind, byBackend;
    Counts total;
    for (const Ref& r : all()) {
      const ObligationOutcome& o = r.outcome();
      byKind[prover::kindName(r.view->obligation(r.index).kind)].add(o);
      if (!o.backend.empty()) byBackend[o.backend].add(o);
      total.add(o);
    }
    const auto row = [this](const std::string& name, const Counts& c) {
      out_ << fmt::format(
          "<tr><th class=\"l\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
          "<td>{}</td><td>{:.2f}</td><td>{:.2f}</td></tr>\n",
          escape(name), c.total, c.proved, c.cached, c.failed, c.omitted, c.missing, c.pending, c.seconds,
          c.maxSeconds);
    };
    const char* columns =
        "<th>total</th><th>proved</th><th>from cache</th><th>failed</th><th>omitted</th><th>missing</th>"
        "<th>not checked</th><th>time (s)</th><th>max (s)</th></tr>\n";
    out_ << "<h2 id=\"summary\">Summary</h2>\n<table class=\"by-kind\"><tr><th class=\"l\">kind</th>" << columns;
    for (const char* kind : {"main", "support", "trivial", "omitted", "missing"})
      if (byKind.count(kind) != 0) row(kind, byKind[kind]);
    row("total", total);
    out_ << "</table>\n<table class=\"by-backend\"><tr><th class=\"l\">backend</th>" << columns;
    for (const auto& [name, c] : byBackend) row(name, c);
    out_ << "</table>\n";
  }

  void obligationRows(const std::vector<Ref>& refs, bool withStep) {
    out_ << "<table class=\"obls\"><tr><th>#</th><th class=\"l\">where</th><th class=\"l\">kind</th>"
            "<th class=\"l\">status</th><th class=\"l\">backend</th><th>time (s)</th><th>of budget</th>"
            "<th class=\"l\">cached</th><th class=\"l\">reason</th></tr>\n";
    for (const Ref& r : refs) {
      const ObligationOutcome& o = r.outcome();
      const Obligation& ob = r.view->obligation(r.index);
      const char* marker = nameOf(markerOf(o.verdict));
      const std::string id = withStep ? "" : fmt::format(" id=\"{}\"", r.view->obligationId(r.index));
      const std::string number =
          withStep ? fmt::format("<a href=\"#{}\">{}</a>", r.view->obligationId(r.index), ob.id) : std::to_string(ob.id);
      const std::string place = withStep ? escape(where(r)) : fmt::format("{}:{}", ob.range.begin.line, ob.range.begin.col);
      out_ << fmt::format(
          "<tr class=\"o s-{}\"{}><td>{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td>"
          "<td class=\"l\"><span class=\"mark s-{}\">{}</span></td><td class=\"l\">{}</td><td>{:.3f}</td>"
          "<td>{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td></tr>\n",
          marker, id, number, place, prover::kindName(ob.kind), marker,
          verdictName(o.verdict), escape(o.backend), o.seconds, share(r), o.cached ? "yes" : "no",
          escape(o.reason));
      if (o.verdict == Verdict::Failed && !withStep) {
        out_ << "<tr class=\"text\"><td colspan=\"9\"><pre>" << escape(prover::sequentText(ob)) << "</pre>";
        if (!o.counterModel.empty()) out_ << "counter-model:<pre>" << escape(o.counterModel) << "</pre>";
        out_ << "</td></tr>\n";
      }
    }
    out_ << "</table>\n";
  }

  void hotSpots() {
    std::vector<Ref> timed, near;
    for (const Ref& r : all()) {
      if (r.outcome().seconds > 0) timed.push_back(r);
      if (shareValue(r) >= kNearBudget) near.push_back(r);
    }
    std::sort(timed.begin(), timed.end(),
              [](const Ref& a, const Ref& b) { return a.outcome().seconds > b.outcome().seconds; });
    if (timed.size() > kSlowestShown) timed.resize(kSlowestShown);
    std::sort(near.begin(), near.end(), [this](const Ref& a, const Ref& b) { return shareValue(a) > shareValue(b); });
    out_ << "<h2 id=\"slowest\">Slowest obligations</h2>\n";
    if (!timed.empty()) obligationRows(timed, true);
    out_ << fmt::format("<h2 id=\"near-budget\">Near their budget (≥ {:.0f}%): {}</h2>\n", 100 * kNearBudget,
                        near.size());
    if (!near.empty()) obligationRows(near, true);
  }

  void node(const ModuleView& v, const ProofNode& n) {
    const Marker m = v.marker(n);
    std::array<std::size_t, kMarkerNames.size()> sub{};
    for (const auto& c : n.children) ++sub[static_cast<std::size_t>(v.marker(c))];
    double time = 0;
    std::size_t cached = 0;
    for (std::size_t i : n.obligations)
      if (const ObligationOutcome* o = v.outcome(i)) {
        time += o->seconds;
        cached += o->cached ? 1 : 0;
      }
    const std::string head = v.head(n);
    std::string meta = fmt::format("line {}", n.range.begin.line);
    if (!n.obligations.empty())
      meta += fmt::format(" · {} obligation{} · {:.2f} s · {} cached", n.obligations.size(),
                          n.obligations.size() == 1 ? "" : "s", time, cached);
    if (!n.children.empty()) {
      meta += fmt::format(" · {} sub-step{}:", n.children.size(), n.children.size() == 1 ? "" : "s");
      for (std::size_t k = kMarkerNames.size(); k-- > 0;)
        if (sub[k] != 0) meta += fmt::format(" {} {}", sub[k], kMarkerNames[k]);
    }
    out_ << fmt::format(
        "<details class=\"step s-{0}\" id=\"{1}\" data-status=\"{0}\"{2}><summary><span class=\"mark s-{0}\">{0}"
        "</span> <span class=\"name\">{3}</span><code>{4}</code><span class=\"meta\">{5}</span></summary>\n",
        nameOf(m), v.stepId(n), m == Marker::Proved ? "" : " open",
        head.starts_with(n.name) ? "" : escape(n.name), escape(head), meta);
    std::vector<Ref> refs;
    for (std::size_t i : n.obligations)
      if (v.outcome(i) != nullptr) refs.push_back(Ref{&v, i});
    if (!refs.empty()) obligationRows(refs, false);
    for (const auto& c : n.children) node(v, c);
    out_ << "</details>\n";
  }

  void trees() {
    out_ << "<h2 id=\"tree\">Proof tree</h2>\n";
    for (const auto& v : views_) {
      const Module& module = *v->module().module;
      out_ << "<h3 id=\"m-" << escape(module.name) << "\">Module " << escape(module.name) << " <span class=\"meta\">"
           << escape(v->module().report->file) << "</span></h3>\n";
      for (const auto& n : v->tree().roots) node(*v, n);
      std::vector<Ref> other;
      for (std::size_t i : v->tree().unattached)
        if (v->outcome(i) != nullptr) other.push_back(Ref{v.get(), i});
      if (!other.empty()) {
        out_ << "<h4>Obligations outside the proof steps</h4>\n";
        obligationRows(other, false);
      }
    }
  }

  std::ostream& out_;
  const Summary& summary_;
  const RunDescription& run_;
  std::vector<std::unique_ptr<ModuleView>> views_;
};

}  // namespace

const char* markerName(Verdict verdict) { return nameOf(markerOf(verdict)); }

void writeHtml(std::ostream& out, const std::vector<HtmlModule>& modules, const Summary& summary,
               const RunDescription& run) {
  Writer(out, modules, summary, run).write();
}

void writeHtmlFile(const std::filesystem::path& file, const std::vector<HtmlModule>& modules,
                   const Summary& summary, const RunDescription& run) {
  std::ofstream out(file, std::ios::binary);
  if (out) writeHtml(out, modules, summary, run);
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace tlapx::check
