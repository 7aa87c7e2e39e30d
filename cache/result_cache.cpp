// The SQLite result cache (see result_cache.hpp): schema, lookups, the keep-the-better
// upsert, maintenance, and the open policy for damaged or foreign files.
#include "cache/result_cache.hpp"

#include <chrono>
#include <ctime>
#include <system_error>
#include <thread>

namespace tlapx::cache {

namespace {

// PRAGMA application_id of tlapx caches ("tlpx"), and the schema version.
constexpr std::int64_t kApplicationId = 0x746c7078;
constexpr std::int64_t kSchemaVersion = 1;
constexpr int kBusyTimeoutMs = 30'000;

const char* kindName(BudgetKind kind) { return kind == BudgetKind::Rlimit ? "rlimit" : "wall"; }

std::int64_t pragmaValue(Database& db, const char* sql) {
  Statement st = db.prepare(sql);
  return st.step() ? st.integer(0) : 0;
}

Database openDatabase(const std::filesystem::path& path, bool create) {
  if (create && path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);  // open reports failures
  }
  if (!create && !std::filesystem::exists(path)) {
    throw SqliteError(SQLITE_EMPTY, "no cache at " + path.string());
  }
  Database db(path.string(), SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX);
  db.busyTimeout(kBusyTimeoutMs);
  // Reading the header first tells a damaged or foreign file apart before anything is written.
  // The three reads share one read transaction: another tlapx creating the same fresh cache
  // commits its schema and application id together, so we see both or neither.
  db.exec("BEGIN");
  const std::int64_t application = pragmaValue(db, "PRAGMA application_id");
  const std::int64_t version = pragmaValue(db, "PRAGMA user_version");
  const std::int64_t tables = pragmaValue(db, "SELECT count(*) FROM sqlite_master");
  db.exec("COMMIT");
  if (application != kApplicationId && tables > 0) {
    throw SqliteError(SQLITE_MISMATCH, path.string() + " is an SQLite database not written by tlapx");
  }
  if (application == kApplicationId && version > kSchemaVersion) {
    throw SqliteError(SQLITE_MISMATCH, path.string() + " was written by a newer tlapx (schema " +
                                           std::to_string(version) + ")");
  }
  if (tables == 0 && !create) throw SqliteError(SQLITE_EMPTY, "no cache at " + path.string());
  // Switching to WAL needs an exclusive lock, and SQLite reports a concurrent creator's lock
  // as busy at once instead of waiting on it (deadlock avoidance): retry until the timeout.
  const auto giveUp = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    try {
      pragmaValue(db, "PRAGMA journal_mode=WAL");
      break;
    } catch (const SqliteError& e) {
      if (e.code() != SQLITE_BUSY || std::chrono::steady_clock::now() > giveUp) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  db.exec("PRAGMA synchronous=NORMAL");
  if (tables == 0) {
    const std::string schema =
        "BEGIN IMMEDIATE;"
        "CREATE TABLE IF NOT EXISTS results ("
        "  fingerprint TEXT NOT NULL, backend TEXT NOT NULL, backend_version TEXT NOT NULL,"
        "  encoder_version TEXT NOT NULL, status TEXT NOT NULL, decided_by TEXT NOT NULL,"
        "  reason TEXT NOT NULL, counter_model TEXT NOT NULL, budget_kind TEXT NOT NULL, budget REAL NOT "
        "NULL,"
        "  resources_used INTEGER NOT NULL, seconds REAL NOT NULL, date INTEGER NOT NULL,"
        "  PRIMARY KEY (fingerprint, backend, backend_version, encoder_version)) WITHOUT ROWID;"
        "PRAGMA application_id=" +
        std::to_string(kApplicationId) + ";" + "PRAGMA user_version=" + std::to_string(kSchemaVersion) + ";" +
        "COMMIT;";
    db.exec(schema.c_str());
  }
  return db;
}

std::string timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &tm);
  return buffer;
}

// Renames the damaged database and its log to PATH.corrupt-TIMESTAMP[-wal]; returns the new name.
std::filesystem::path moveAside(const std::filesystem::path& path) {
  const std::filesystem::path target = path.string() + ".corrupt-" + timestamp();
  std::filesystem::rename(path, target);
  std::error_code ec;
  if (std::filesystem::exists(path.string() + "-wal", ec)) {
    std::filesystem::rename(path.string() + "-wal", target.string() + "-wal", ec);
  }
  std::filesystem::remove(path.string() + "-shm", ec);  // only an index of the log
  return target;
}

}  // namespace

bool reusable(const Entry& entry, const Requested& requested) {
  if (entry.proved()) return true;
  const double wanted = entry.budgetKind == BudgetKind::Rlimit ? requested.rlimit : requested.wallSeconds;
  return entry.budget >= wanted;
}

void setBudget(Entry& entry, const Requested& limits) {
  entry.budgetKind = entry.status == "timeout" ? BudgetKind::WallSeconds : BudgetKind::Rlimit;
  entry.budget = entry.budgetKind == BudgetKind::Rlimit ? limits.rlimit : limits.wallSeconds;
}

ResultCache::ResultCache(std::filesystem::path path, bool create)
    : path_(std::move(path)),
      db_(openDatabase(path_, create)),
      find_(db_.prepare(
          "SELECT status, decided_by, reason, counter_model, budget_kind, budget, resources_used, seconds, "
          "date"
          " FROM results"
          " WHERE fingerprint = ?1 AND backend = ?2 AND backend_version = ?3 AND encoder_version = ?4")),
      store_(db_.prepare(
          "INSERT INTO results VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
          " ON CONFLICT DO UPDATE SET status = excluded.status, decided_by = excluded.decided_by,"
          "  reason = excluded.reason, counter_model = excluded.counter_model, budget_kind = "
          "excluded.budget_kind, budget = excluded.budget,"
          "  resources_used = excluded.resources_used, seconds = excluded.seconds, date = excluded.date"
          " WHERE excluded.status = 'proved' OR (results.status <> 'proved' AND"
          "  (excluded.budget_kind <> results.budget_kind OR excluded.budget >= results.budget))")) {}

std::optional<Entry> ResultCache::find(const Key& key) {
  find_.bind(1, key.fingerprint).bind(2, key.backend).bind(3, key.backendVersion).bind(4, key.encoderVersion);
  std::optional<Entry> entry;
  if (find_.step()) {
    entry.emplace();
    entry->status = find_.text(0);
    entry->decidedBy = find_.text(1);
    entry->reason = find_.text(2);
    entry->counterModel = find_.text(3);
    entry->budgetKind =
        find_.text(4) == kindName(BudgetKind::Rlimit) ? BudgetKind::Rlimit : BudgetKind::WallSeconds;
    entry->budget = find_.real(5);
    entry->resourcesUsed = static_cast<std::uint64_t>(find_.integer(6));
    entry->seconds = find_.real(7);
    entry->date = find_.integer(8);
  }
  find_.reset();
  return entry;
}

void ResultCache::store(const Key& key, const Entry& entry) {
  const std::int64_t date = entry.date != 0 ? entry.date
                                            : std::chrono::duration_cast<std::chrono::seconds>(
                                                  std::chrono::system_clock::now().time_since_epoch())
                                                  .count();
  store_.bind(1, key.fingerprint)
      .bind(2, key.backend)
      .bind(3, key.backendVersion)
      .bind(4, key.encoderVersion);
  store_.bind(5, entry.status).bind(6, entry.decidedBy).bind(7, entry.reason).bind(8, entry.counterModel);
  store_.bind(9, std::string_view(kindName(entry.budgetKind))).bind(10, entry.budget);
  store_.bind(11, static_cast<std::int64_t>(entry.resourcesUsed)).bind(12, entry.seconds).bind(13, date);
  store_.run();
}

Stats ResultCache::stats() {
  Stats stats;
  Statement st = db_.prepare(
      "SELECT count(*), coalesce(sum(status = 'proved'), 0), coalesce(min(date), 0), coalesce(max(date), 0)"
      " FROM results");
  if (st.step()) {
    stats.entries = st.integer(0);
    stats.proved = st.integer(1);
    stats.oldest = st.integer(2);
    stats.newest = st.integer(3);
  }
  std::error_code ec;
  for (const std::string suffix : {"", "-wal"}) {
    const auto size = std::filesystem::file_size(path_.string() + suffix, ec);
    if (!ec) stats.bytes += size;
  }
  return stats;
}

void ResultCache::clear() { db_.exec("DELETE FROM results"); }

void ResultCache::vacuum() {
  db_.exec("VACUUM");
  pragmaValue(db_, "PRAGMA wal_checkpoint(TRUNCATE)");
}

OpenedCache openCache(const std::filesystem::path& path, bool create) {
  OpenedCache opened;
  try {
    opened.cache = std::make_unique<ResultCache>(path, create);
  } catch (const SqliteError& e) {
    if (e.code() == SQLITE_EMPTY) return opened;  // only reading, and nothing to read
    if (!e.corrupt() || !create) {
      opened.warnings.push_back("cannot use the cache " + path.string() + " (" + e.what() +
                                "); going on without it");
      return opened;
    }
    std::filesystem::path aside;
    try {
      aside = moveAside(path);
    } catch (const std::filesystem::filesystem_error& moveError) {
      opened.warnings.push_back("the cache " + path.string() + " is damaged (" + e.what() +
                                ") and could not be moved aside (" + moveError.what() +
                                "); checking without a cache");
      return opened;
    }
    opened.warnings.push_back("the cache " + path.string() + " is damaged (" + e.what() + "); moved it to " +
                              aside.string() + " and started a fresh cache");
    try {
      opened.cache = std::make_unique<ResultCache>(path, create);
    } catch (const SqliteError& again) {
      opened.warnings.push_back("cannot create a fresh cache at " + path.string() + " (" + again.what() +
                                "); checking without a cache");
    }
  }
  return opened;
}

}  // namespace tlapx::cache
