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
// Schema 2 added the `origin` column; schema 1 caches are migrated on open.
constexpr std::int64_t kSchemaVersion = 2;
constexpr int kBusyTimeoutMs = 30'000;

const char* kindName(BudgetKind kind) { return kind == BudgetKind::Rlimit ? "rlimit" : "wall"; }

std::int64_t pragmaValue(Database& db, const char* sql) {
  Statement st = db.prepare(sql);
  return st.step() ? st.integer(0) : 0;
}

// Schema 1 -> 2: adds the origin column (empty for the old entries). The version is read
// again inside the write transaction: a concurrent tlapx may have migrated meanwhile.
void migrate(Database& db) {
  db.exec("BEGIN IMMEDIATE");
  try {
    if (pragmaValue(db, "PRAGMA user_version") < 2) {
      db.exec("ALTER TABLE results ADD COLUMN origin TEXT NOT NULL DEFAULT ''; PRAGMA user_version=2");
    }
    db.exec("COMMIT");
  } catch (const SqliteError&) {
    db.exec("ROLLBACK");
    throw;
  }
}

constexpr const char* kColumns =
    "fingerprint, backend, backend_version, encoder_version, status, decided_by, reason, counter_model,"
    " budget_kind, budget, resources_used, seconds, date, origin";

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
        "  origin TEXT NOT NULL DEFAULT '',"
        "  PRIMARY KEY (fingerprint, backend, backend_version, encoder_version)) WITHOUT ROWID;"
        "PRAGMA application_id=" +
        std::to_string(kApplicationId) + ";" + "PRAGMA user_version=" + std::to_string(kSchemaVersion) + ";" +
        "COMMIT;";
    db.exec(schema.c_str());
  } else if (version < kSchemaVersion) {
    migrate(db);
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

namespace {

// Binds `key` and `entry` to ?1..?14 in kColumns order.
void bindRow(Statement& st, const Key& key, const Entry& entry) {
  const std::int64_t date = entry.date != 0 ? entry.date
                                            : std::chrono::duration_cast<std::chrono::seconds>(
                                                  std::chrono::system_clock::now().time_since_epoch())
                                                  .count();
  st.bind(1, key.fingerprint).bind(2, key.backend).bind(3, key.backendVersion).bind(4, key.encoderVersion);
  st.bind(5, entry.status).bind(6, entry.decidedBy).bind(7, entry.reason).bind(8, entry.counterModel);
  st.bind(9, std::string_view(kindName(entry.budgetKind))).bind(10, entry.budget);
  st.bind(11, static_cast<std::int64_t>(entry.resourcesUsed)).bind(12, entry.seconds).bind(13, date);
  st.bind(14, entry.origin);
}

// Reads the entry columns (status .. origin of kColumns) starting at column `first`.
Entry readEntry(const Statement& st, int first) {
  Entry entry;
  entry.status = st.text(first);
  entry.decidedBy = st.text(first + 1);
  entry.reason = st.text(first + 2);
  entry.counterModel = st.text(first + 3);
  entry.budgetKind =
      st.text(first + 4) == kindName(BudgetKind::Rlimit) ? BudgetKind::Rlimit : BudgetKind::WallSeconds;
  entry.budget = st.real(first + 5);
  entry.resourcesUsed = static_cast<std::uint64_t>(st.integer(first + 6));
  entry.seconds = st.real(first + 7);
  entry.date = st.integer(first + 8);
  entry.origin = st.text(first + 9);
  return entry;
}

const std::string kInsert =
    std::string("INSERT INTO results (") + kColumns +
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    " ON CONFLICT DO UPDATE SET status = excluded.status, decided_by = excluded.decided_by,"
    "  reason = excluded.reason, counter_model = excluded.counter_model,"
    "  budget_kind = excluded.budget_kind, budget = excluded.budget,"
    "  resources_used = excluded.resources_used, seconds = excluded.seconds,"
    "  date = excluded.date, origin = excluded.origin";

}  // namespace

ResultCache::ResultCache(std::filesystem::path path, bool create)
    : path_(std::move(path)),
      db_(openDatabase(path_, create)),
      find_(db_.prepare(
          "SELECT status, decided_by, reason, counter_model, budget_kind, budget, resources_used, seconds,"
          " date, origin FROM results"
          " WHERE fingerprint = ?1 AND backend = ?2 AND backend_version = ?3 AND encoder_version = ?4")),
      store_(db_.prepare(
          kInsert + " WHERE excluded.status = 'proved' OR (results.status <> 'proved' AND"
                    "  (excluded.budget_kind <> results.budget_kind OR excluded.budget >= results.budget))")),
      replace_(db_.prepare(kInsert)) {}

std::optional<Entry> ResultCache::find(const Key& key) {
  find_.bind(1, key.fingerprint).bind(2, key.backend).bind(3, key.backendVersion).bind(4, key.encoderVersion);
  std::optional<Entry> entry;
  if (find_.step()) entry = readEntry(find_, 0);
  find_.reset();
  return entry;
}

void ResultCache::store(const Key& key, const Entry& entry) {
  bindRow(store_, key, entry);
  store_.run();
}

void ResultCache::replace(const Key& key, const Entry& entry) {
  bindRow(replace_, key, entry);
  replace_.run();
}

void ResultCache::forEach(const std::function<void(const Key&, const Entry&)>& visit) {
  Statement st = db_.prepare(std::string("SELECT ") + kColumns +
                             " FROM results ORDER BY fingerprint, backend, backend_version, encoder_version");
  while (st.step()) visit(Key{st.text(0), st.text(1), st.text(2), st.text(3)}, readEntry(st, 4));
}

ResultCache::Transaction::Transaction(ResultCache& cache) : cache_(cache) {
  cache_.db_.exec("BEGIN IMMEDIATE");
}

ResultCache::Transaction::~Transaction() {
  if (!open_) return;
  try {
    cache_.db_.exec("ROLLBACK");
  } catch (const SqliteError&) {  // SQLite already rolled back (a failed statement)
  }
}

void ResultCache::Transaction::commit() {
  cache_.db_.exec("COMMIT");
  open_ = false;
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
