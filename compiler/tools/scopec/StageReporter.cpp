//===- StageReporter.cpp - Per-stage times and progress for scopec --------===//

#include "StageReporter.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"

#include <algorithm>
#include <cstdlib>

using namespace scopec;

StageReporter::StageReporter(mlir::TimingScope &root,
                             llvm::ArrayRef<std::string> stages, bool verbose,
                             ProgressMode mode, llvm::raw_ostream &os)
    : root(root), stages(stages.begin(), stages.end()), verbose(verbose),
      os(os) {
  // -v already reports every stage as a line; a rewritten line would mix
  // with them.
  bool terminal = llvm::sys::Process::StandardErrIsDisplayed();
  if (mode == ProgressMode::Always)
    alwaysShow = true;
  else if (mode == ProgressMode::Auto && terminal && !verbose)
    progressThread = std::thread([this] { watch(); });
}

StageReporter::~StageReporter() {
  endStage();
  {
    std::lock_guard<std::mutex> lock(mutex);
    done = true;
  }
  changed.notify_all();
  if (progressThread.joinable())
    progressThread.join();
}

std::string StageReporter::progressText() {
  std::string text;
  llvm::raw_string_ostream out(text);
  out << "scopec: [" << index << "/" << stages.size() << "] " << name;
  return text;
}

void StageReporter::begin(llvm::StringRef stage) {
  endStage();
  current.emplace(root.nest(stage));
  stageStart = Clock::now();
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = llvm::find(stages, stage);
    index = (it - stages.begin()) + 1;
    name = stage.str();
  }
  changed.notify_all();
  if (alwaysShow)
    os << progressText() << "\n";
}

void StageReporter::endStage() {
  if (!current)
    return;
  current.reset();
  if (verbose) {
    std::chrono::duration<double> seconds = Clock::now() - stageStart;
    os << "scopec: " << name << ": " << llvm::format("%.3f", seconds.count())
       << " s\n";
  }
}

void StageReporter::finish() {
  endStage();
  if (verbose && !finished) {
    std::chrono::duration<double> seconds = Clock::now() - start;
    os << "scopec: total: " << llvm::format("%.3f", seconds.count())
       << " s\n";
  }
  finished = true;
}

void StageReporter::watch() {
  std::unique_lock<std::mutex> lock(mutex);
  // Most compiles finish within 2 s: stay quiet for those.
  // SCOPEC_PROGRESS_DELAY=SECONDS changes the wait.
  double delay = 2;
  if (const char *env = std::getenv("SCOPEC_PROGRESS_DELAY"))
    delay = std::max(0.0, std::atof(env));
  if (changed.wait_until(
          lock,
          start + std::chrono::duration_cast<Clock::duration>(
                      std::chrono::duration<double>(delay)),
          [&] { return done; }))
    return;
  changed.wait(lock, [&] { return done || index > 0; });
  while (!done) {
    std::chrono::duration<double> seconds = Clock::now() - start;
    // "\r\033[K": back to the line's start and clear it.
    os << "\r\033[K" << progressText() << " ("
       << llvm::format("%.0f", seconds.count()) << " s)";
    os.flush();
    changed.wait_for(lock, std::chrono::milliseconds(500));
  }
  os << "\r\033[K";
  os.flush();
}
