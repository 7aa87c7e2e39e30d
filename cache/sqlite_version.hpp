// Reports the version of the SQLite library that backs the result cache.
#pragma once

#include <string>

namespace tlapx {

std::string sqliteVersion();

}  // namespace tlapx
