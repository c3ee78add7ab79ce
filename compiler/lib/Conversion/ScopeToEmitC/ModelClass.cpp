//===- ModelClass.cpp - The generated header's model class ----------------===//
//
// The header's object API, in the spirit of tfcompile's generated classes:
//
//   image_filter::ImageFilter model;        // owns inputs, outputs, scratch
//   model.set_num_threads(2);
//   model.image(0, y, x, c) = ...;          // or model.image_data()
//   if (!model.Run()) ...                   // parameters failed their check
//   float v = model.output(0, y, x, c);     // or model.output_data()
//
// One class per model: a named, typed accessor for every input and output
// (`<name>_data()`, element access `<name>(i0, ...)`, `<name>_shape()` and
// `<name>_count()` as constexpr), Run(), a thread count, and by-position
// access for generic code. Everything is inline in the header except the
// model itself, so the header needs only the C++ standard library.
//
// The class is emitc.verbatim text: emitc.class has no constructors,
// destructors, access control, const methods or static members, which are
// the point of this API.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

/// The class's own members; an accessor with one of these names gets a "_".
static const char *const kFixedMembers[] = {
    "Run",          "set_num_threads", "num_threads",  "input_data",
    "output_data",  "input_name",      "output_name",  "input_rank",
    "output_rank",  "input_shape",     "output_shape", "input_dtype",
    "output_dtype", "input_bytes",     "output_bytes", "storage_",
    "num_threads_", "params_ok_"};

/// `base` + "_" + `suffix`, never with "__" (reserved in C++): identifiers
/// of keywords already end in "_" ("class_").
static std::string join(StringRef base, StringRef suffix) {
  return (base.ends_with("_") ? base + suffix : base + "_" + suffix).str();
}

/// The names an input/output called `base` defines in the class.
static SmallVector<std::string, 4> accessorNames(StringRef base) {
  return {base.str(), join(base, "data"), join(base, "shape"),
          join(base, "count")};
}

FailureOr<std::string> lowering::deriveClassName(
    ModelLowering &l, StringRef requested,
    const std::vector<std::string> &namespaceNames, Location loc) {
  StringRef ns = l.getModelName();
  if (requested.empty()) {
    std::string name = toCamelCase(ns);
    // A class named like its namespace would hide the namespace inside it;
    // one named like a member would make that member a constructor.
    if (name == ns || llvm::is_contained(namespaceNames, name) ||
        llvm::is_contained(kFixedMembers, StringRef(name)))
      name += "Model";
    return toIdentifier(name);
  }
  if (toIdentifier(requested) != requested)
    return mlir::emitError(loc) << "class name '" << requested
                                << "' is not a C++ identifier that scopec "
                                   "can use (it would be '"
                                << toIdentifier(requested) << "')";
  if (requested == ns || llvm::is_contained(namespaceNames, requested))
    return mlir::emitError(loc)
           << "class name '" << requested
           << "' is already a name in the model's namespace '" << ns << "'";
  if (llvm::is_contained(kFixedMembers, requested))
    return mlir::emitError(loc) << "class name '" << requested
                                << "' is the name of one of its members";
  return requested.str();
}

namespace {
/// An input or output as the class lays it out in its storage.
struct Member {
  const TensorSignature *sig;
  std::string base; ///< accessor name
  int64_t offset;   ///< bytes into the storage (64-aligned)
};
} // namespace

static int64_t alignTo64(int64_t bytes) { return (bytes + 63) / 64 * 64; }

/// "int64_t i0, int64_t i1" and "(i0 * 3 + i1)" for a shape.
static std::pair<std::string, std::string> indexing(ArrayRef<int64_t> shape) {
  std::string params, index;
  for (size_t i = 0; i < shape.size(); ++i) {
    std::string var = "i" + std::to_string(i);
    params += (i ? ", int64_t " : "int64_t ") + var;
    if (i == 0)
      index = var;
    else
      index = (i == 1 ? index : "(" + index + ")") + " * " +
              std::to_string(shape[i]) + " + " + var;
  }
  return {params, index.empty() ? "0" : index};
}

static std::string joined(ArrayRef<int64_t> values) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::interleave(values, os, ", ");
  return text;
}

void lowering::buildModelClass(ModelLowering &l, OpBuilder &headerBuilder,
                               ArrayRef<TensorSignature> inputs,
                               ArrayRef<TensorSignature> outputs,
                               int64_t arenaBytes, StringRef className) {
  std::string ns = l.getModelName().str();
  std::string qualified = "::" + ns + "::";

  // Storage: inputs, outputs, then the arena, each 64-byte aligned.
  llvm::StringSet<> taken;
  for (const char *name : kFixedMembers)
    taken.insert(name);
  taken.insert(className);
  SmallVector<Member> inputMembers, outputMembers;
  int64_t storageBytes = 0;
  auto place = [&](ArrayRef<TensorSignature> list,
                   SmallVector<Member> &members) {
    for (const TensorSignature &sig : list) {
      std::string base = sig.identifier;
      for (int suffix = 1;
           llvm::any_of(accessorNames(base),
                        [&](const std::string &name) {
                          return taken.contains(name);
                        });
           ++suffix)
        base = join(sig.identifier, std::to_string(suffix));
      for (const std::string &name : accessorNames(base))
        taken.insert(name);
      members.push_back({&sig, base, storageBytes});
      storageBytes += alignTo64(sig.bytes);
    }
  };
  place(inputs, inputMembers);
  place(outputs, outputMembers);
  int64_t arenaOffset = storageBytes;
  storageBytes += alignTo64(arenaBytes);
  std::string storage = std::to_string(storageBytes);

  // The class, one emitc.verbatim line at a time.
  auto line = [&](const Twine &text) {
    emitc::VerbatimOp::create(headerBuilder, headerBuilder.getUnknownLoc(),
                              text.str());
  };
  const std::string &c = className.str();
  line("");
  line("/// The model as an object. It owns its inputs, outputs and scratch "
         "(" + storage + " bytes,");
  line("/// 64-byte aligned), so separate objects can Run() at the same "
         "time; one object is");
  line("/// not thread-safe. Fill the inputs, Run(), read the outputs.");
  line("class " + c + " {");
  line("public:");
  line("  " + c + "()");
  line("      : storage_(static_cast<char *>(::operator new(" + storage +
         ", std::align_val_t(64)))),");
  line("        params_ok_(" + qualified + "checkParams()) {");
  line("    std::memset(storage_, 0, " + storage + ");");
  line("  }");
  line("  ~" + c + "() { ::operator delete(storage_, std::align_val_t(64)); "
         "}");
  line("  " + c + "(const " + c + " &) = delete;");
  line("  " + c + " &operator=(const " + c + " &) = delete;");
  line("");
  line("  /// Runs the model on the current inputs; the outputs hold the "
         "results until the");
  line("  /// next Run(). Returns false, computing nothing, when the linked "
         "parameters fail");
  line("  /// their checksum (checked once, when the object is made).");
  line("  bool Run() {");
  line("    if (!params_ok_)");
  line("      return false;");
  auto pointerList = [&](ArrayRef<Member> members, StringRef type,
                         StringRef name) {
    if (members.empty())
      return std::string("nullptr");
    std::string list;
    for (const Member &m : members)
      list += (list.empty() ? "" : ", ") + std::string("storage_ + ") +
              std::to_string(m.offset);
    line("    " + type + name + "[] = {" + list + "};");
    return name.str();
  };
  std::string in = pointerList(inputMembers, "const void *", "inputs");
  std::string out = pointerList(outputMembers, "void *", "outputs");
  line("    " + qualified + "runWithThreads(" + in + ", " + out +
         ", storage_ + " + std::to_string(arenaOffset) + ", num_threads_);");
  line("    return true;");
  line("  }");
  line("");
  line("  /// OpenMP threads for Run(); 0 (the default) uses OpenMP's "
         "default. The calling");
  line("  /// thread's own OpenMP setting is restored after each Run().");
  line("  void set_num_threads(int n) { num_threads_ = n < 0 ? 0 : n; }");
  line("  int num_threads() const { return num_threads_; }");

  auto accessors = [&](ArrayRef<Member> members, StringRef what,
                       bool writable) {
    for (auto [index, m] : llvm::enumerate(members)) {
      const TensorSignature &sig = *m.sig;
      const std::string &t = sig.cType;
      int64_t count = 1;
      for (int64_t d : sig.shape)
        count *= d;
      auto [params, index_expr] = indexing(sig.shape);
      std::string at = "storage_ + " + std::to_string(m.offset);
      line("");
      line(("  // " + what + " " + Twine(index) + ": \"" + sig.name + "\", " +
              t + " [" + joined(sig.shape) + "]"));
      std::string data = join(m.base, "data");
      line("  static constexpr std::array<int64_t, " +
             Twine(sig.shape.size()) + "> " + join(m.base, "shape") +
             "() { return {" + joined(sig.shape) + "}; }");
      line("  static constexpr int64_t " + join(m.base, "count") +
             "() { return " + Twine(count) + "; }");
      if (writable) {
        line("  " + t + " *" + data + "() { return reinterpret_cast<" + t +
               " *>(" + at + "); }");
        line("  " + t + " &" + m.base + "(" + params + ") { return " + data +
               "()[" + index_expr + "]; }");
      }
      line("  const " + t + " *" + data +
             "() const { return reinterpret_cast<const " + t + " *>(" + at +
             "); }");
      line("  " + t + " " + m.base + "(" + params + ") const { return " +
             data + "()[" + index_expr + "]; }");
    }
  };
  accessors(inputMembers, "input", /*writable=*/true);
  accessors(outputMembers, "output", /*writable=*/false);

  // By position, for code written for any model (k<Name>Index order).
  auto byIndex = [&](ArrayRef<Member> members, StringRef what,
                     StringRef constness) {
    std::string offsets, names;
    for (const Member &m : members) {
      offsets += (offsets.empty() ? "" : ", ") + std::to_string(m.offset);
      names += (names.empty() ? "\"" : ", \"") + m.sig->name + "\"";
    }
    std::string data = (constness + "void *" + what + "_data(int index)" +
                        (constness.empty() ? "" : " const"))
                           .str();
    std::string name =
        ("static const char *" + what + "_name(int index)").str();
    if (members.empty()) {
      line("  " + data + " { return nullptr; }");
      line("  " + name + " { return nullptr; }");
      line("  static int " + what + "_rank(int) { return -1; }");
      line("  static const int64_t *" + what +
             "_shape(int) { return nullptr; }");
      line("  static const char *" + what + "_dtype(int) { return nullptr; }");
      line("  static size_t " + what + "_bytes(int) { return 0; }");
      return;
    }
    line("  " + data + " {");
    line("    static constexpr size_t offsets[] = {" + offsets + "};");
    line("    return index >= 0 && index < " + Twine(members.size()) +
           " ? storage_ + offsets[index] : nullptr;");
    line("  }");
    line("  " + name + " {");
    line("    static constexpr const char *names[] = {" + names + "};");
    line("    return index >= 0 && index < " + Twine(members.size()) +
           " ? names[index] : nullptr;");
    line("  }");
    // Rank, shape, NumPy dtype name and bytes: -1, nullptr, nullptr and 0
    // out of range. Shapes are runs of one array (0-terminated, so a model
    // of scalars still has one).
    std::string ranks, dims, starts, dtypes, bytes;
    int64_t start = 0;
    for (const Member &m : members) {
      const TensorSignature &sig = *m.sig;
      auto sep = [](std::string &list) { return list.empty() ? "" : ", "; };
      ranks += sep(ranks) + std::to_string(sig.shape.size());
      starts += sep(starts) + std::to_string(start);
      for (int64_t d : sig.shape)
        dims += sep(dims) + std::to_string(d);
      start += sig.shape.size();
      dtypes += sep(dtypes) + ("\"" + sig.numpyDType + "\"");
      bytes += sep(bytes) + std::to_string(sig.bytes);
    }
    dims += (dims.empty() ? "0" : ", 0");
    std::string inRange =
        ("index >= 0 && index < " + Twine(members.size())).str();
    line("  static int " + what + "_rank(int index) {");
    line("    static constexpr int ranks[] = {" + ranks + "};");
    line("    return " + inRange + " ? ranks[index] : -1;");
    line("  }");
    line("  static const int64_t *" + what + "_shape(int index) {");
    line("    static constexpr int64_t dims[] = {" + dims + "};");
    line("    static constexpr int starts[] = {" + starts + "};");
    line("    return " + inRange + " ? dims + starts[index] : nullptr;");
    line("  }");
    line("  static const char *" + what + "_dtype(int index) {");
    line("    static constexpr const char *dtypes[] = {" + dtypes + "};");
    line("    return " + inRange + " ? dtypes[index] : nullptr;");
    line("  }");
    line("  static size_t " + what + "_bytes(int index) {");
    line("    static constexpr size_t bytes[] = {" + bytes + "};");
    line("    return " + inRange + " ? bytes[index] : 0;");
    line("  }");
  };
  line("");
  line("  /// By position (k<Name>Index), for code written for any model: "
         "nullptr out of range.");
  line("  /// *_dtype is NumPy's name of the element type (\"float32\", "
         "\"uint8\", \"bool\", ...).");
  byIndex(inputMembers, "input", "");
  byIndex(outputMembers, "output", "const ");
  line("");
  line("private:");
  line("  char *storage_;");
  line("  bool params_ok_;");
  line("  int num_threads_ = 0;");
  line("};");
}
