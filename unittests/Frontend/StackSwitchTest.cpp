//===- StackSwitchTest.cpp - Switching between stacks ---------------------===//
//
// Ping-pong between the test's stack and a fiber (as a generator and its
// resumer do): values cross, locals and the floating-point rounding mode of
// each side survive the other side's changes, the fiber runs on its stack.
//
//===----------------------------------------------------------------------===//

#include "StackSwitch.h"

#include <gtest/gtest.h>

#include <cfenv>
#include <cstdint>
#include <vector>

using namespace scopec::frontend;

namespace {

struct PingPong {
  void *main = nullptr;
  void *fiber = nullptr;
  int64_t value = 0;
  char *low = nullptr;
  size_t size = 0;
  bool onOwnStack = true;
  bool done = false;
};

/// Doubles every value it is sent, 1000 times, then ends for good.
void fiberEntry(void *arg) {
  auto *p = static_cast<PingPong *>(arg);
  volatile double local = 0.5; // lives across the switches
  std::fesetround(FE_DOWNWARD);
  for (int i = 0; i < 1000; ++i) {
    // (The frame, not a local: ASan may keep locals on a fake stack.)
    auto *here = static_cast<char *>(__builtin_frame_address(0));
    p->onOwnStack &= here >= p->low && here < p->low + p->size;
    p->value *= 2;
    local += 1;
    switchStack(&p->fiber, p->main);
    // The resumer's rounding mode does not leak in.
    p->onOwnStack &= std::fegetround() == FE_DOWNWARD;
  }
  p->done = local == 1000.5;
  switchStack(&p->fiber, p->main);
  __builtin_unreachable();
}

TEST(StackSwitchTest, PingPong) {
  std::vector<char> stack(1 << 20);
  PingPong p;
  p.low = stack.data();
  p.size = stack.size();
  p.fiber = prepareStack(stack.data(), stack.size(), fiberEntry, &p);
  std::fesetround(FE_TONEAREST);
  int64_t expected = 0;
  for (int i = 0; i < 1000; ++i) {
    p.value = i;
    expected = 2 * i;
    switchStack(&p.main, p.fiber);
    ASSERT_EQ(p.value, expected);
    ASSERT_EQ(std::fegetround(), FE_TONEAREST);
  }
  switchStack(&p.main, p.fiber);
  EXPECT_TRUE(p.done);
  EXPECT_TRUE(p.onOwnStack);
}

} // namespace
