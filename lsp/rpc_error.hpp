// A JSON-RPC error answer: its code (-32602 invalid params, -32601 unknown method, ...)
// and message.
#pragma once

#include <stdexcept>
#include <string>

namespace tlapx::lsp {

class RpcError : public std::runtime_error {
 public:
  RpcError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

}  // namespace tlapx::lsp
