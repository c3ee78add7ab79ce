//===- StackSwitch.h - Switching between stacks (generator fibers) -*- C++
//-*-===//
//
// The two primitives a generator needs to run on a stack of its own
// (Generators.cpp): prepare a fresh stack to start a function, and switch
// from the running stack to a suspended one. They save and restore only
// what the C ABI says a call preserves (callee-saved registers, the stack
// pointer and the floating-point control state), which is all a switch at
// a function call needs. glibc's swapcontext also saves and restores the
// signal mask with a system call on every switch, and AddressSanitizer's
// interceptor of it clears the shadow of the whole target stack each time:
// a 1000-deep `yield from` chain (about 10^6 switches,
// test/Hostile/Inputs/generator-recursion.py) took 1.5 s in a release build
// and 17 s in an ASan build with it, 0.4 s and 10 s with these
// (docs/architecture.md, section 1).
//
// x86-64 and AArch64 (the System V and AAPCS64 ABIs).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STACKSWITCH_H
#define SCOPEC_FRONTEND_STACKSWITCH_H

#include <cstddef>

namespace scopec::frontend {

/// Prepares the stack [low, low + size) so that the first switch to the
/// returned stack pointer calls `entry(arg)` on it. `entry` must never
/// return (it ends by switching away for good).
void *prepareStack(char *low, size_t size, void (*entry)(void *), void *arg);

/// Saves the running context on its stack, stores its stack pointer in
/// `*save`, and continues the context suspended at `next` (a pointer from
/// prepareStack or from an earlier switch's `*save`). Returns when
/// something switches back to `*save`.
void switchStack(void **save, void *next);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_STACKSWITCH_H
