//===- StageReporter.h - Per-stage times and progress for scopec -*- C++ -*-===//
//
// The driver's stages (frontend, resolve, fuse, lower, emit C++, host C++
// compile) as the user sees them:
//   - `-v`: one line per finished stage with its wall time, then the total;
//   - progress: `scopec: [i/n] stage...` while a long compile runs. `auto`
//     shows it on a terminal once a compile has taken 2 s (most finish
//     sooner; SCOPEC_PROGRESS_DELAY=SECONDS changes that), rewriting one
//     line; `always` prints a line as each stage
//     starts (for logs and tests); `never` is silent;
//   - `--mlir-timing`: every stage is a timer under the root, so the report
//     covers the frontend and the host compile, not only the passes.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TOOLS_SCOPEC_STAGEREPORTER_H
#define SCOPEC_TOOLS_SCOPEC_STAGEREPORTER_H

#include "mlir/Support/Timing.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace scopec {

enum class ProgressMode { Auto, Always, Never };

class StageReporter {
public:
  /// `stages` are all the stages this compile will run, in order.
  StageReporter(mlir::TimingScope &root, llvm::ArrayRef<std::string> stages,
                bool verbose, ProgressMode mode, llvm::raw_ostream &os);
  /// Finishes the current stage and clears the progress line.
  ~StageReporter();

  /// Ends the current stage and starts `name` (one of the stages). Its timer
  /// is `timing()` until the next begin().
  void begin(llvm::StringRef name);
  mlir::TimingScope &timing() { return *current; }
  /// Ends the last stage; with -v prints the total.
  void finish();

private:
  using Clock = std::chrono::steady_clock;
  void endStage();
  /// The `auto` progress line, from its own thread.
  void watch();
  std::string progressText();

  mlir::TimingScope &root;
  std::vector<std::string> stages;
  bool verbose;
  llvm::raw_ostream &os;

  std::optional<mlir::TimingScope> current;
  Clock::time_point start = Clock::now(), stageStart = start;
  bool finished = false;
  bool alwaysShow = false;

  // Shared with the progress thread.
  std::mutex mutex;
  std::condition_variable changed;
  size_t index = 0; ///< 1-based index of the running stage; 0: none yet
  std::string name;
  bool done = false;
  std::thread progressThread;
};

} // namespace scopec

#endif // SCOPEC_TOOLS_SCOPEC_STAGEREPORTER_H
