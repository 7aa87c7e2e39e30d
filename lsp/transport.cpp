// Content-Length framing of JSON-RPC messages (see transport.hpp).
#include "lsp/transport.hpp"

#include <charconv>

namespace tlapx::lsp {

namespace {

constexpr std::string_view kLengthHeader = "Content-Length:";

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

Transport::Transport(std::istream& in, std::ostream& out, std::ostream* log, bool traceMessages)
    : in_(in), out_(out), log_(log), trace_(traceMessages && log != nullptr) {
  // A tied input stream flushes the output before each read, from the reading thread,
  // while another thread may be writing a message (std::cin is tied to std::cout).
  in_.tie(nullptr);
}

std::optional<nlohmann::json> Transport::read() {
  std::optional<std::size_t> length;
  std::string line;
  bool sawHeader = false;
  while (std::getline(in_, line)) {
    const std::string header = trimmed(line);
    if (header.empty()) {
      if (sawHeader) break;
      continue;  // blank lines between messages
    }
    sawHeader = true;
    if (header.size() >= kLengthHeader.size() &&
        std::equal(kLengthHeader.begin(), kLengthHeader.end(), header.begin(),
                   [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      const std::string value = trimmed(std::string_view(header).substr(kLengthHeader.size()));
      std::size_t n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size())
        throw ProtocolError("bad Content-Length: " + value);
      length = n;
    }
  }
  if (!sawHeader) return std::nullopt;  // end of input
  if (!length) throw ProtocolError("message without Content-Length");
  std::string body(*length, '\0');
  in_.read(body.data(), static_cast<std::streamsize>(body.size()));
  if (static_cast<std::size_t>(in_.gcount()) != body.size()) return std::nullopt;  // cut off: end
  if (trace_) log("[I] " + body);
  try {
    return nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    throw ProtocolError(std::string("message is not JSON: ") + e.what());
  }
}

void Transport::send(const nlohmann::json& message) {
  const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  {
    const std::lock_guard lock(sendMutex_);
    out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out_.flush();
  }
  if (trace_) log("[O] " + body);
}

void Transport::log(const std::string& line) {
  if (log_ == nullptr) return;
  const std::lock_guard lock(logMutex_);
  *log_ << line << '\n';
  log_->flush();
}

}  // namespace tlapx::lsp
