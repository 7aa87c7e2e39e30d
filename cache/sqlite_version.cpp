// SQLite library version, as reported by the library at run time.
#include "cache/sqlite_version.hpp"

#include <sqlite3.h>

namespace tlapx {

std::string sqliteVersion() { return sqlite3_libversion(); }

}  // namespace tlapx
