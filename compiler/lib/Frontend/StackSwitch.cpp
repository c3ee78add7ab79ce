//===- StackSwitch.cpp - Switching between stacks (generator fibers) ------===//
//
// See StackSwitch.h. `scopec_switch_stack` pushes the callee-saved state on
// the running stack, stores the stack pointer, loads the other one and pops
// its state; a fresh stack is laid out as if it had been switched away from
// just before `scopec_stack_entry`, which calls the entry function.
//
//===----------------------------------------------------------------------===//

#include "StackSwitch.h"

#include <cstdint>
#include <cstring>

extern "C" void scopec_switch_stack(void **save, void *next);
extern "C" void scopec_stack_entry();

#if defined(__x86_64__)
// State pushed, from the new stack pointer up: MXCSR (4 bytes), x87 control
// word (4), r15, r14, r13, r12, rbx, rbp, return address.
asm(R"(
  .text
  .globl scopec_switch_stack
  .type scopec_switch_stack, @function
  .p2align 4
scopec_switch_stack:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  subq $8, %rsp
  stmxcsr (%rsp)
  fnstcw 4(%rsp)
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  ldmxcsr (%rsp)
  fldcw 4(%rsp)
  addq $8, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size scopec_switch_stack, .-scopec_switch_stack

  .globl scopec_stack_entry
  .type scopec_stack_entry, @function
  .p2align 4
scopec_stack_entry:
  movq %r13, %rdi
  callq *%r12
  ud2
  .size scopec_stack_entry, .-scopec_stack_entry
)");

namespace {
constexpr size_t kSavedBytes = 64;
void layOut(uint64_t *frame, void (*entry)(void *), void *arg) {
  uint32_t mxcsr, fpcw = 0;
  asm volatile("stmxcsr %0" : "=m"(mxcsr));
  asm volatile("fnstcw %0" : "=m"(fpcw));
  frame[0] = uint64_t(mxcsr) | uint64_t(fpcw & 0xffff) << 32;
  frame[3] = reinterpret_cast<uint64_t>(arg);   // r13
  frame[4] = reinterpret_cast<uint64_t>(entry); // r12
  frame[7] = reinterpret_cast<uint64_t>(&scopec_stack_entry);
}
} // namespace

#elif defined(__aarch64__)
// State stored, from the new stack pointer up: x19-x28, x29 (frame
// pointer), x30 (link register: where `ret` continues), d8-d15.
asm(R"(
  .text
  .globl scopec_switch_stack
  .type scopec_switch_stack, %function
  .p2align 4
scopec_switch_stack:
  sub sp, sp, #160
  stp x19, x20, [sp, #0]
  stp x21, x22, [sp, #16]
  stp x23, x24, [sp, #32]
  stp x25, x26, [sp, #48]
  stp x27, x28, [sp, #64]
  stp x29, x30, [sp, #80]
  stp d8, d9, [sp, #96]
  stp d10, d11, [sp, #112]
  stp d12, d13, [sp, #128]
  stp d14, d15, [sp, #144]
  mov x9, sp
  str x9, [x0]
  mov sp, x1
  ldp x19, x20, [sp, #0]
  ldp x21, x22, [sp, #16]
  ldp x23, x24, [sp, #32]
  ldp x25, x26, [sp, #48]
  ldp x27, x28, [sp, #64]
  ldp x29, x30, [sp, #80]
  ldp d8, d9, [sp, #96]
  ldp d10, d11, [sp, #112]
  ldp d12, d13, [sp, #128]
  ldp d14, d15, [sp, #144]
  add sp, sp, #160
  ret
  .size scopec_switch_stack, .-scopec_switch_stack

  .globl scopec_stack_entry
  .type scopec_stack_entry, %function
  .p2align 4
scopec_stack_entry:
  mov x0, x20
  blr x19
  brk #0
  .size scopec_stack_entry, .-scopec_stack_entry
)");

namespace {
constexpr size_t kSavedBytes = 160;
void layOut(uint64_t *frame, void (*entry)(void *), void *arg) {
  frame[0] = reinterpret_cast<uint64_t>(entry);                // x19
  frame[1] = reinterpret_cast<uint64_t>(arg);                  // x20
  frame[11] = reinterpret_cast<uint64_t>(&scopec_stack_entry); // x30
}
} // namespace

#else
#error                                                                         \
    "StackSwitch.cpp: no stack switch for this architecture (x86-64 and AArch64 are supported)"
#endif

namespace scopec::frontend {

void *prepareStack(char *low, size_t size, void (*entry)(void *), void *arg) {
  // The entry runs with the stack pointer 16-byte aligned at its call, and
  // 16 zero bytes above it end a debugger's or unwinder's walk.
  auto top = (reinterpret_cast<uintptr_t>(low + size) & ~uintptr_t(15)) - 16;
  std::memset(reinterpret_cast<void *>(top), 0, 16);
  auto *frame = reinterpret_cast<uint64_t *>(top - kSavedBytes);
  std::memset(frame, 0, kSavedBytes);
  layOut(frame, entry, arg);
  return frame;
}

void switchStack(void **save, void *next) { scopec_switch_stack(save, next); }

} // namespace scopec::frontend
