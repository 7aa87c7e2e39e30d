// RAII wrappers over the SQLite C API used by the result cache: a connection, a prepared
// statement, and SqliteError carrying the SQLite result code. Nothing here knows about
// obligations; result_cache.hpp builds the cache on top.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tlapx::cache {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }  // primary result code (SQLITE_BUSY, SQLITE_CORRUPT, ...)
  // The file is not a database or is damaged (as opposed to busy, read-only, ...).
  bool corrupt() const { return code_ == SQLITE_CORRUPT || code_ == SQLITE_NOTADB; }

 private:
  int code_;
};

class Statement;

// Throws SqliteError for `code` unless it is SQLITE_OK, SQLITE_ROW or SQLITE_DONE.
void check(sqlite3* db, int code, std::string_view what);

// One connection. Open flags are SQLite's (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, ...).
class Database {
 public:
  Database(const std::string& path, int flags);

  // Runs one or more statements without results.
  void exec(const char* sql);
  Statement prepare(std::string_view sql);
  void busyTimeout(int milliseconds);

 private:
  struct Close {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  std::unique_ptr<sqlite3, Close> db_;
};

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  // Steps once: true when a row is available, false when done.
  bool step();
  // Steps until done (statements without rows), then resets for reuse.
  void run();
  void reset();

  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
  double real(int column) const { return sqlite3_column_double(stmt_.get(), column); }
  std::string text(int column) const;

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
};

}  // namespace tlapx::cache
