// The LSP base protocol on a pair of streams: JSON-RPC 2.0 messages, each framed by a
// `Content-Length` header. One thread reads; any thread may send (sends are serialized).
// With a log, every message in and out can be traced as `[I] ...` / `[O] ...`.
#pragma once

#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace tlapx::lsp {

// A frame or body that is not a JSON-RPC message; reading may go on with the next frame.
class ProtocolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Transport {
 public:
  // `log` may be null (no log); `traceMessages` also logs every message.
  Transport(std::istream& in, std::ostream& out, std::ostream* log, bool traceMessages);

  // The next message; none at the end of the input. Throws ProtocolError for a bad one.
  std::optional<nlohmann::json> read();
  void send(const nlohmann::json& message);
  void log(const std::string& line);

 private:
  std::istream& in_;
  std::ostream& out_;
  std::ostream* log_;
  bool trace_;
  std::mutex sendMutex_;
  std::mutex logMutex_;
};

}  // namespace tlapx::lsp
