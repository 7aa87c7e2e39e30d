// RAII SQLite connection and statements (see sqlite.hpp).
#include "cache/sqlite.hpp"

namespace tlapx::cache {

Database::Database(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int code = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  db_.reset(raw);  // SQLite allocates a handle even when opening fails; it must be closed
  if (code != SQLITE_OK) {
    throw SqliteError(code,
                      "cannot open " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(code)));
  }
  sqlite3_extended_result_codes(raw, 0);
}

void check(sqlite3* db, int code, std::string_view what) {
  if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) return;
  throw SqliteError(code & 0xff, std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

void Database::exec(const char* sql) {
  check(db_.get(), sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr), sql);
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int code = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  Statement result(stmt);
  check(db_.get(), code, sql);
  return result;
}

void Database::busyTimeout(int milliseconds) {
  check(db_.get(), sqlite3_busy_timeout(db_.get(), milliseconds), "busy_timeout");
}

Statement& Statement::bind(int index, std::string_view text) {
  check(sqlite3_db_handle(stmt_.get()),
        sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
        "bind");
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  check(sqlite3_db_handle(stmt_.get()), sqlite3_bind_int64(stmt_.get(), index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check(sqlite3_db_handle(stmt_.get()), sqlite3_bind_double(stmt_.get(), index, value), "bind");
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(stmt_.get());
  if (code == SQLITE_ROW) return true;
  if (code != SQLITE_DONE) {
    sqlite3_reset(stmt_.get());  // leave the statement reusable after an error
    check(sqlite3_db_handle(stmt_.get()), code, sqlite3_sql(stmt_.get()));
  }
  return false;
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)))
           : std::string();
}

}  // namespace tlapx::cache
