//===- NearestName.h - "did you mean" for names the user typed --*- C++ -*-===//
//
// The one rule for suggesting a name in scopec's own messages (command-line
// options and values, weights entries): the closest candidate by edit
// distance, if it is within a third of the name's length (at least 2).
// Python-level messages follow CPython's own rule instead
// (Interpreter::didYouMean/suggestName).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_SUPPORT_NEARESTNAME_H
#define SCOPEC_SUPPORT_NEARESTNAME_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <string>

namespace scopec {

/// The candidate closest to `name`, or "" when none is close enough to be a
/// typo of it.
inline std::string nearestName(llvm::StringRef name,
                               llvm::ArrayRef<std::string> candidates,
                               unsigned minDistance = 2) {
  unsigned best = std::max<unsigned>(minDistance, name.size() / 3) + 1;
  std::string found;
  for (const std::string &c : candidates) {
    unsigned d = name.edit_distance(c, /*AllowReplacements=*/true, best);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return found;
}

} // namespace scopec

#endif // SCOPEC_SUPPORT_NEARESTNAME_H
