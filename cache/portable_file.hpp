// The portable form of a result cache, for CI artifacts and other machines: JSON lines
// (gzip-compressed when the file name ends in ".gz"): a header line, one line per entry
// with its key and every field, and a trailer line with the entry count, so a truncated
// file is detected. Importing reads and checks the whole file before writing anything,
// then merges it into the cache by merge.hpp's rules in one transaction: a corrupt file
// changes nothing.
#pragma once

#include <filesystem>
#include <stdexcept>

#include "cache/merge.hpp"
#include "cache/result_cache.hpp"

namespace tlapx::cache {

// A file that cannot be written, read or understood; the message names the file (and the
// line, for content errors).
class PortableFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes every entry of `cache` to `file` (through a temporary file renamed at the end, so
// an existing file is replaced only by a complete one); returns the number of entries.
std::size_t exportCache(ResultCache& cache, const std::filesystem::path& file);

// Merges the entries of `file` (compressed or not, whatever its name) into `cache`.
MergeCounts importCache(ResultCache& cache, const std::filesystem::path& file);

}  // namespace tlapx::cache
