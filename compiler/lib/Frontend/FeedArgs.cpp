//===- FeedArgs.cpp - The driver's --feed and --input-shape arguments -----===//
//
// `--feed NAME=VALUE` makes a placeholder a compile-time constant and
// `--input-shape NAME=DIMS` gives one its static shape (docs/user-guide.md,
// "Placeholders"). VALUE is a Python literal: a number, True/False, or a
// nested list of them; DIMS a list of non-negative ints.
//
//===----------------------------------------------------------------------===//

#include "scopec/Frontend/Frontend.h"

#include "llvm/Support/JSON.h"

#include <cmath>

using namespace scopec::frontend;

namespace {

/// Splits `NAME=REST`; false with a message if there is no name.
bool splitName(llvm::StringRef arg, llvm::StringRef flag, std::string &name,
               llvm::StringRef &rest, std::string &error) {
  auto [n, r] = arg.split('=');
  n = n.trim();
  if (n.empty() || n.size() == arg.size()) {
    error = "--" + flag.str() + " expects NAME=" +
            (flag == "feed" ? "VALUE" : "DIMS") + ", got '" + arg.str() + "'";
    return false;
  }
  name = n.str();
  rest = r.trim();
  return true;
}

/// Walks a JSON value as a nested list of numbers: appends the leaves and
/// fixes the shape from the first element of each level.
bool flatten(const llvm::json::Value &v, size_t depth,
             std::vector<int64_t> &shape, bool &shapeFixed,
             std::vector<double> &values) {
  if (const llvm::json::Array *a = v.getAsArray()) {
    if (!shapeFixed) {
      shape.push_back(static_cast<int64_t>(a->size()));
      if (a->empty())
        shapeFixed = true;
    } else if (depth >= shape.size() ||
               shape[depth] != static_cast<int64_t>(a->size())) {
      return false;
    }
    for (const llvm::json::Value &e : *a)
      if (!flatten(e, depth + 1, shape, shapeFixed, values))
        return false;
    return true;
  }
  if (!shapeFixed)
    shapeFixed = true;
  else if (depth != shape.size())
    return false;
  if (std::optional<bool> b = v.getAsBoolean()) {
    values.push_back(*b ? 1.0 : 0.0);
    return true;
  }
  if (std::optional<double> d = v.getAsNumber()) {
    values.push_back(*d);
    return true;
  }
  return false;
}

} // namespace

bool scopec::frontend::parseFeed(llvm::StringRef arg,
                                 FrontendOptions::Feed &out,
                                 std::string &error) {
  llvm::StringRef rest;
  if (!splitName(arg, "feed", out.name, rest, error))
    return false;
  out.text = rest.str();
  // Python's spelling of the literals JSON spells otherwise.
  std::string json;
  for (size_t i = 0; i < rest.size();) {
    llvm::StringRef tail = rest.drop_front(i);
    if (tail.starts_with("True")) {
      json += "true";
      i += 4;
    } else if (tail.starts_with("False")) {
      json += "false";
      i += 5;
    } else {
      json += rest[i++];
    }
  }
  llvm::Expected<llvm::json::Value> v = llvm::json::parse(json);
  bool shapeFixed = false;
  if (!v) {
    llvm::consumeError(v.takeError());
  } else if (flatten(*v, 0, out.shape, shapeFixed, out.values)) {
    return true;
  }
  error = "--feed " + out.name + "=" + out.text +
          ": VALUE must be a number, True, False or a (nested, rectangular) "
          "list of them";
  return false;
}

bool scopec::frontend::parseInputShape(
    llvm::StringRef arg, std::pair<std::string, std::vector<int64_t>> &out,
    std::string &error) {
  llvm::StringRef rest;
  if (!splitName(arg, "input-shape", out.first, rest, error))
    return false;
  std::string json = rest.str();
  if (!rest.starts_with("["))
    json = "[" + json + "]";
  llvm::Expected<llvm::json::Value> v = llvm::json::parse(json);
  bool ok = static_cast<bool>(v);
  if (!v)
    llvm::consumeError(v.takeError());
  else if (const llvm::json::Array *a = v->getAsArray())
    for (const llvm::json::Value &e : *a) {
      std::optional<int64_t> d = e.getAsInteger();
      if (!d || *d < 0) {
        ok = false;
        break;
      }
      out.second.push_back(*d);
    }
  else
    ok = false;
  if (ok)
    return true;
  error = "--input-shape " + out.first + "=" + rest.str() +
          ": DIMS must be a list of non-negative integers, e.g. "
          "[1,28,28,1] or 1,28,28,1";
  return false;
}
